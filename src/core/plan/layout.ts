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
 * 3: state.json is an index (source, commit, input digest, object count per app) and each
 * app's file hashes and identities are in its detail shard, `.capstan/details/<h>.json`
 * (state-file.ts).
 * States of versions 1 and 2 are read as they are; see `needsIdentities`.
 */
export const STATE_SCHEMA_VERSION = 4;

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

export function isPairs(ids: Identities): ids is IdentityPairs {
  return Array.isArray(ids);
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

/**
 * Entries read from a schema-3 or 4 index (state-file.ts): their files and identities are
 * read from their detail file on first use, so what needs only the index asks here —
 * the entry's object count, and whether it records identities at all.
 */
export const indexed = new WeakMap<AppState, { count: number; identities: boolean }>();

/** An entry written before schemaVersion 2: its objects' identities are not known. */
export function needsIdentities(a: AppState): boolean {
  const i = indexed.get(a);
  return i ? !i.identities : a.objects === undefined;
}

/** The objects an entry's files hold (its files but the kustomization), without reading them. */
export function objectCount(a: AppState): number {
  const i = indexed.get(a);
  if (i) return i.count;
  let n = 0;
  for (const p in a.files) if (!p.endsWith("/kustomization.yaml")) n++;
  return n;
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
