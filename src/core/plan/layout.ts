/**
 * The environment tree (docs/design.md, "The environment tree"): `<root>/<env>/<app>/<kind>-<name>.yaml`,
 * one object per file, a kustomization.yaml per app and per environment, and
 * `.capstan/state.json`. Pure: objects in, `path → text` out.
 */
import { emitYaml } from "../../yaml/emit.ts";
import { isSafeRelPath } from "../common/paths.ts";
import type { KObject } from "../render/render.ts";
import { cmp, sha256 } from "../common/text.ts";

export { isSafeRelPath };

export const STATE_FILE = ".capstan/state.json";
/**
 * 2: each app's entry records its source file and its objects' identities (`objects`),
 * so duplicate detection spans the whole environment without re-rendering anything.
 * A state file of version 1 is read as it is; see `needsIdentities`.
 */
export const STATE_SCHEMA_VERSION = 2;
const READABLE_SCHEMA_VERSIONS = new Set([1, 2]);

function group(apiVersion: string): string {
  return apiVersion.includes("/") ? apiVersion.split("/")[0]! : "core";
}

/** File names for an app's objects: `<kind>-<name>.yaml`; on a collision `.<group>`, then `.<namespace>`. */
export function fileNames(objects: KObject[]): string[] {
  const base = objects.map((o) => `${o.kind.toLowerCase()}-${String(o.metadata.name)}`);
  const withGroup = objects.map((o, i) => `${base[i]}.${group(o.apiVersion)}`);
  const withNs = objects.map(
    (o, i) => `${withGroup[i]}.${String(o.metadata.namespace ?? "_cluster")}`,
  );
  const count = (list: string[]) =>
    list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const c1 = count(base);
  const names = objects.map((_, i) => (c1.get(base[i]!)! > 1 ? withGroup[i]! : base[i]!));
  const c2 = count(names);
  return names.map((n, i) => (c2.get(n)! > 1 ? withNs[i]! : n) + ".yaml");
}

export function kustomization(resources: string[]): string {
  return emitYaml({
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [...resources].sort(cmp),
  });
}

/**
 * An app's folder: object files plus its kustomization.yaml (paths relative to the app
 * folder). `texts`, when given, are the objects' emitted YAML (the write worker has them
 * from an identical object emitted before).
 */
export function appFiles(objects: KObject[], texts?: string[]): Map<string, string> {
  const names = fileNames(objects);
  const files = new Map<string, string>();
  objects.forEach((o, i) => files.set(names[i]!, texts ? texts[i]! : emitYaml(o)));
  files.set("kustomization.yaml", kustomization(names));
  return new Map([...files].sort((a, b) => cmp(a[0], b[0])));
}

/**
 * An app's files as they sit in the environment folder (`<app>/…`, sorted) and the sha256 of
 * each: what `renderAppFiles` returns and what the write worker computes from the objects
 * the main thread posts it, so both give the same bytes.
 */
export function appFilesWithHashes(
  app: string,
  objects: KObject[],
  texts?: string[],
): { files: Map<string, string>; hashes: Record<string, string> } {
  const files = new Map<string, string>();
  const hashes: Record<string, string> = {};
  for (const [p, t] of appFiles(objects, texts)) {
    const rel = `${app}/${p}`;
    files.set(rel, t);
    hashes[rel] = sha256(t);
  }
  return { files, hashes };
}

export type AppChange = "added" | "changed" | "unchanged" | "removed";

export interface AppOutcome {
  name: string;
  change: AppChange;
  added: string[];
  changed: string[];
  removed: string[];
  /** the new files of the app (relative to the env folder) when it was rendered */
  files?: Map<string, string>;
}

export interface AppState {
  sourceRepo: string;
  commit: string;
  inputDigest: string;
  /** path relative to the environment folder → sha256 of its bytes */
  files: Record<string, string>;
  /** the Application's file in its source repo (schemaVersion 2) */
  source?: string;
  /** identity (`objectIdentity`) → the component that rendered it (schemaVersion 2) */
  objects?: Identities;
}

/**
 * Identity → component: a record when read from state.json; when built by a render, the
 * pairs in one flat array (`[identity, component, …]`) — a property per identity makes V8
 * internalize every identity string, which a full render pays for every object of every
 * environment (docs/performance.md, "Stop 19"). Either is written out the same way.
 */
export type Identities = Readonly<Record<string, string>> | IdentityPairs;
export type IdentityPairs = readonly string[];

/** Calls `f` with each identity and its component, in the order they were recorded. */
export function eachIdentity(
  ids: Identities | undefined,
  f: (id: string, component: string) => void,
): void {
  if (!ids) return;
  if (isPairs(ids)) for (let i = 0; i < ids.length; i += 2) f(ids[i]!, ids[i + 1]!);
  else for (const id in ids) f(id, ids[id]!);
}

function isPairs(ids: Identities): ids is IdentityPairs {
  return Array.isArray(ids);
}

/** The identities as a record (a later pair of one identity wins, as it would in a record). */
function identityRecord(ids: Identities | undefined): Record<string, string> {
  if (!ids) return {};
  if (!isPairs(ids)) return { ...ids };
  const out: Record<string, string> = {};
  eachIdentity(ids, (id, component) => (out[id] = component));
  return out;
}

/**
 * The identity the API server (and kustomize) knows an object by: kind and API group,
 * namespace, name — `Deployment.apps/shop/web`, `Service/shop/web` (core group), and
 * without a namespace for cluster-scoped kinds (`ClusterRole.rbac.authorization.k8s.io/x`),
 * so those clash across namespaces. The version is left out: two versions of one kind
 * are one object on the server.
 */
export function objectIdentity(o: KObject): string {
  const slash = o.apiVersion.indexOf("/");
  const kind = slash <= 0 ? o.kind : `${o.kind}.${o.apiVersion.slice(0, slash)}`;
  const ns = o.metadata.namespace;
  return ns === undefined || ns === null || ns === ""
    ? `${kind}/${String(o.metadata.name)}`
    : `${kind}/${String(ns)}/${String(o.metadata.name)}`;
}

/** An entry written before schemaVersion 2: its objects' identities are not known. */
export function needsIdentities(a: AppState): boolean {
  return a.objects === undefined;
}

export interface EnvState {
  schemaVersion: number;
  capstanVersion: string;
  apps: Record<string, AppState>;
  /**
   * Per source repository, what its Application files were when this state was written
   * (core/plan/unchanged.ts): a render skips parsing the files whose bytes did not change.
   * Optional: a state without it (or an older capstan's) only means every file is parsed.
   */
  sources?: Record<string, SourceRecord>;
}

/** The inputs a state was rendered from, as far as a later run needs to trust them unchanged. */
export interface SourceRecord {
  /** digest of everything but the Application files: capstan.yaml, packs, lock, schemas, version */
  inputs: string;
  /** Application file → its record */
  files: Record<string, FileRecord>;
}

export interface FileRecord {
  /** sha256 of the file's bytes */
  digest: string;
  /** the apps the file defines, space-separated, sorted */
  apps: string;
  /** those of them bound to this environment, space-separated, sorted */
  bound: string;
  /** the capabilities its apps use in any environment (`name@version`, space-separated, sorted) */
  caps: string;
}

/**
 * state.json's text: `JSON.stringify(state, null, 2)` of the state with every key set sorted
 * (apps, files, objects) and each entry's fields in one order — written out directly, since
 * it runs on every render that changes something, over every app of the environment
 * (docs/performance.md, "state.json"). test/core/layout.test.ts holds it to
 * `JSON.stringify` on random states.
 */
export function emitState(s: EnvState): string {
  const known = emitted.get(s);
  if (known !== undefined) return known;
  const out: string[] = [
    `{\n  "schemaVersion": ${JSON.stringify(s.schemaVersion)},\n  "capstanVersion": ${JSON.stringify(s.capstanVersion)},\n  "apps": `,
  ];
  const names = sortedKeys(s.apps);
  if (!names.length) out.push("{}");
  else {
    out.push("{");
    for (let i = 0; i < names.length; i++) {
      const a = s.apps[names[i]!]!;
      out.push(
        `${i ? "," : ""}\n    ${JSON.stringify(names[i])}: {\n      "sourceRepo": ${JSON.stringify(a.sourceRepo)},\n      "commit": ${JSON.stringify(a.commit)},\n      "inputDigest": ${JSON.stringify(a.inputDigest)},\n      "files": `,
      );
      emitStringMap(a.files, out);
      if (a.source !== undefined) out.push(`,\n      "source": ${JSON.stringify(a.source)}`);
      if (a.objects) {
        out.push(`,\n      "objects": `);
        if (isPairs(a.objects)) emitPairs(a.objects, out);
        else emitStringMap(a.objects, out);
      }
      out.push("\n    }");
    }
    out.push("\n  }");
  }
  if (s.sources) emitSources(s.sources, out);
  out.push("\n}\n");
  const text = out.join("");
  emitted.set(s, text);
  return text;
}

/** Each state's emitted text (states are not changed once built or parsed). */
const emitted = new WeakMap<EnvState, string>();
/** The text each parsed state was read from. */
const readFrom = new WeakMap<EnvState, string>();

/**
 * The text of state.json that holds `s`: the text it was read from (parseState), else its
 * emitted text. Whether a render changes state.json compares these, so the state read is
 * never emitted only to be compared.
 */
export function stateText(s: EnvState): string {
  return readFrom.get(s) ?? emitState(s);
}

/** The `sources` field (JSON.stringify's layout, keys sorted). */
function emitSources(sources: Record<string, SourceRecord>, out: string[]): void {
  out.push(`,\n  "sources": `);
  const repos = sortedKeys(sources);
  if (!repos.length) {
    out.push("{}");
    return;
  }
  out.push("{");
  repos.forEach((repo, i) => {
    const r = sources[repo]!;
    out.push(
      `${i ? "," : ""}\n    ${JSON.stringify(repo)}: {\n      "inputs": ${JSON.stringify(r.inputs)},\n      "files": `,
    );
    const files = sortedKeys(r.files);
    if (!files.length) out.push("{}");
    else {
      out.push("{");
      files.forEach((f, j) => {
        const x = r.files[f]!;
        out.push(
          `${j ? "," : ""}\n        ${JSON.stringify(f)}: {\n          "digest": ${JSON.stringify(x.digest)},\n          "apps": ${JSON.stringify(x.apps)},\n          "bound": ${JSON.stringify(x.bound)},\n          "caps": ${JSON.stringify(x.caps)}\n        }`,
        );
      });
      out.push("\n      }");
    }
    out.push("\n    }");
  });
  out.push("\n  }");
}

/** A `string → string` map at the depth of an app entry's fields, keys sorted. */
function emitStringMap(m: Readonly<Record<string, string>>, out: string[]): void {
  const keys = sortedKeys(m);
  emitEntries(
    keys,
    keys.map((k) => m[k]!),
    out,
  );
}

/** Identity pairs written as the record they stand for would be (`emitStringMap`). */
function emitPairs(ids: IdentityPairs, out: string[]): void {
  const n = ids.length / 2;
  // an identity always holds a `/`, so it is never an array-index key (which a record puts first)
  for (let i = 0; i < ids.length; i += 2) {
    const c = ids[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57 && isArrayIndex(ids[i]!)) return emitStringMap(identityRecord(ids), out);
  }
  // pair indexes by identity, then by position: of a repeated identity, the last pair holds its value
  // (insertion sort: an app has a handful of objects, and it keeps equal identities in order)
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = ids[2 * i]!;
    let j = i;
    while (j > 0 && ids[2 * order[j - 1]!]! > id) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  const keys: string[] = [];
  const values: string[] = [];
  for (const i of order) {
    const id = ids[2 * i]!;
    if (keys.length && keys[keys.length - 1] === id) values[values.length - 1] = ids[2 * i + 1]!;
    else {
      keys.push(id);
      values.push(ids[2 * i + 1]!);
    }
  }
  emitEntries(keys, values, out);
}

/** `keys[i]: values[i]` as state.json's inner mapping. */
function emitEntries(keys: readonly string[], values: readonly string[], out: string[]): void {
  if (!keys.length) {
    out.push("{}");
    return;
  }
  out.push("{");
  for (let i = 0; i < keys.length; i++)
    out.push(`${i ? "," : ""}\n        ${JSON.stringify(keys[i])}: ${JSON.stringify(values[i])}`);
  out.push("\n      }");
}

/**
 * The keys of a record in the order `JSON.stringify` gives an object built in `cmp` order:
 * array-index keys (an app named `123`) first, ascending as numbers, then the rest in `cmp`
 * order. Sorted only when they are not already in that order (the usual case).
 */
function sortedKeys(o: object): string[] {
  const keys = Object.keys(o);
  let digits = false;
  for (let i = 0; i < keys.length; i++) {
    const c = keys[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57) digits = true;
  }
  if (digits) {
    const index = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    if (!index.length) return keys.sort(cmp);
    const rest = keys.filter((k) => !isArrayIndex(k)).sort(cmp);
    return [...index, ...rest];
  }
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort(cmp);
  return keys;
}

function isArrayIndex(k: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
}

/**
 * Parses state.json; a message instead when it is corrupt or hand-edited beyond recognition.
 * The last few texts' results are kept: a run reads an environment's state once to decide
 * which files to parse and again to plan (states are never changed once parsed).
 */
export function parseState(text: string): EnvState | { error: string } {
  const hit = parsedStates.get(text);
  if (hit) return hit;
  const r = parseStateUncached(text);
  if (parsedStates.size >= 8) parsedStates.delete(parsedStates.keys().next().value!);
  parsedStates.set(text, r);
  return r;
}
const parsedStates = new Map<string, EnvState | { error: string }>();

function parseStateUncached(text: string): EnvState | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { error: `is not valid JSON (${(e as Error).message})` };
  }
  const s = v as EnvState;
  if (
    !s ||
    typeof s !== "object" ||
    typeof s.apps !== "object" ||
    s.apps === null ||
    Array.isArray(s.apps)
  )
    return { error: "is not a capstan state file (needs schemaVersion and apps)" };
  if (!READABLE_SCHEMA_VERSIONS.has(s.schemaVersion))
    return {
      error: `has schemaVersion ${String(s.schemaVersion)}; this capstan understands ${[...READABLE_SCHEMA_VERSIONS].join(" and ")}`,
    };
  for (const name in s.apps) {
    const problem = entryProblem(name, s.apps[name]!);
    if (problem) return { error: problem };
  }
  // A malformed record of the sources is dropped, not refused: it only lets a run skip work.
  if (s.sources !== undefined && !validSources(s.sources)) delete s.sources;
  readFrom.set(s, text);
  return s;
}

function validSources(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const r of Object.values(v as Record<string, unknown>)) {
    if (typeof r !== "object" || r === null) return false;
    const { inputs, files } = r as Record<string, unknown>;
    if (typeof inputs !== "string") return false;
    if (typeof files !== "object" || files === null || Array.isArray(files)) return false;
    for (const f of Object.values(files)) {
      const x = f as Record<string, unknown> | null;
      if (typeof x !== "object" || x === null) return false;
      if (typeof x.digest !== "string" || typeof x.apps !== "string") return false;
      if (typeof x.bound !== "string" || typeof x.caps !== "string") return false;
    }
  }
  return true;
}

/** What is wrong with one app's entry of a parsed state.json, if anything. */
function entryProblem(name: string, a: AppState): string | undefined {
  if (
    !a ||
    typeof a !== "object" ||
    typeof a.inputDigest !== "string" ||
    typeof a.commit !== "string" ||
    typeof a.files !== "object" ||
    a.files === null
  )
    return `entry for app "${name}" is malformed (needs sourceRepo, commit, inputDigest, files)`;
  if (a.source !== undefined && typeof a.source !== "string")
    return `entry for app "${name}" has a malformed source`;
  if (a.objects !== undefined && !isStringMap(a.objects))
    return `entry for app "${name}" has malformed objects (identity → component name)`;
  for (const p in a.files) {
    if (!isSha256Hex(a.files[p])) return `entry for app "${name}" has a malformed digest for ${p}`;
    if (!isSafeRelPath(p))
      return `entry for app "${name}" names a path outside the environment: ${p}`;
  }
  return undefined;
}

function isStringMap(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const k in v) if (typeof (v as Record<string, unknown>)[k] !== "string") return false;
  return true;
}

/** 64 lowercase hex digits (`/^[0-9a-f]{64}$/`), without a regex per file. */
function isSha256Hex(h: unknown): boolean {
  if (typeof h !== "string" || h.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = h.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
