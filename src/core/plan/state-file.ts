/**
 * An environment's bookkeeping files (docs/design.md, "The environment tree"; schema 4):
 *
 * - `.capstan/state.json`, the index every run reads whole: per app its source repo,
 *   commit, input digest, source file and object count, and the records of the sources
 *   (core/plan/unchanged.ts);
 * - `.capstan/details/<h>.json`, 16 shards (detail-text.ts): per app its files' sha256 and
 *   its objects' identities — read only for the shards of the apps a run renders, removes
 *   or checks, and written only where an app's entry changes.
 *
 * So a run that changes one app of thousands reads, writes, fetches and pushes one shard
 * plus the index, not every app's files and identities (docs/performance.md, "State by
 * app"), and a full render writes 16 detail files per environment, not one per app. An
 * entry read from the index is an ordinary `AppState` whose `files` and `objects` are read
 * from its detail file on first use, through the `DetailSource` its reader gave:
 * synchronous from a folder; from the env repo, what was loaded before — else
 * `DetailsNotLoaded`, which `withDetails` answers by loading and planning again. States of
 * schema 1 and 2 (everything in state.json) and 3 (a detail file per app,
 * `.capstan/apps/<app>.json`) are read as they are; the next write turns them into schema
 * 4. Pure: texts in, texts out.
 */
import { UserError } from "../common/errors.ts";
import {
  APPS_DIR,
  appDetailPath,
  DETAILS_DIR,
  detailPath,
  detailText,
  shardOf,
  shardPath,
  shardText,
} from "./detail-text.ts";
import { indexed, isSafeRelPath, STATE_FILE, type AppState, type EnvState } from "./layout.ts";
import { emitIndex, readIndex, sortedKeys } from "./state-index.ts";

const READABLE_SCHEMA_VERSIONS = new Set([1, 2, 3, 4]);

export { APPS_DIR, DETAILS_DIR, detailPath };

/** Where a state's detail files are read from. */
export interface DetailSource {
  /** Tells sources apart in the parse cache: the folder, or the commit and folder. */
  readonly key: string;
  /** The environment folder as messages name it (`envs/staging`). */
  readonly display: string;
  /**
   * The text of a detail file, relative to the environment folder (undefined: absent);
   * `DetailsNotLoaded` when not read yet.
   */
  read(file: string): string | undefined;
}

/** A source that reads asynchronously: what it holds is loaded beforehand. */
export interface LoadingDetailSource extends DetailSource {
  /** The detail files `files`, and the folders of apps `apps` (the plan reads them). */
  load(apps: readonly string[], files: readonly string[]): Promise<void>;
  /** Every app the state lists. */
  loadAll(): Promise<void>;
}

/** Where the entries of a state of this schema version keep their details. */
export function detailFileOf(schemaVersion: number): (app: string) => string {
  return schemaVersion >= 4 ? detailPath : appDetailPath;
}

/** A detail a plan needed before it was loaded: `withDetails` loads and plans again. */
export class DetailsNotLoaded extends Error {
  constructor(
    readonly source: LoadingDetailSource,
    readonly file: string,
  ) {
    super(`the detail file ${source.display}/${file} is not loaded`);
  }
}

/**
 * `f` (a plan: pure, so it can run again), after loading the details of `ahead.apps` of
 * `ahead.state` (`preloadDetails`: what the plan is known to read), and run again after
 * loading what it found missing: every detail of that state at once, so a check that
 * needs them all (an identity new to its app, looked up in every other app) costs one
 * more round, not one per app.
 */
export async function withDetails<T>(
  f: () => T,
  ahead?: { state: EnvState | undefined; apps: Iterable<string> },
): Promise<T> {
  if (ahead) await preloadDetails(ahead.state, ahead.apps);
  for (let round = 0; ; round++) {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof DetailsNotLoaded) || round > 16) throw e;
      await e.source.loadAll();
    }
  }
}

/**
 * Loads ahead of a plan the details of these apps of `state` (of any state its entries were
 * read into) that a loading source has not read yet.
 */
async function preloadDetails(state: EnvState | undefined, apps: Iterable<string>): Promise<void> {
  if (!state) return;
  const bySource = new Map<LoadingDetailSource, { apps: string[]; files: string[] }>();
  for (const app of new Set(apps)) {
    const e = state.apps[app];
    const source = e ? entrySource.get(e) : undefined;
    if (!source || !("load" in source)) continue;
    let list = bySource.get(source as LoadingDetailSource);
    if (!list) bySource.set(source as LoadingDetailSource, (list = { apps: [], files: [] }));
    list.apps.push(app);
    list.files.push(entryFileOf.get(e!)!(app));
  }
  await Promise.all([...bySource].map(([source, l]) => source.load(l.apps, l.files)));
}

/** The source each index entry reads its detail from. */
const entrySource = new WeakMap<AppState, DetailSource>();
/**
 * Where each index entry reads its detail from (a shard, or schema 3's own file), asked
 * only when the detail is: a run that renders nothing hashes no app's name.
 */
const entryFileOf = new WeakMap<AppState, (app: string) => string>();
/** The text of the detail file each entry was read from, once read. */
const detailRead = new WeakMap<AppState, string>();

// ---------------------------------------------------------------- writing

/**
 * The bookkeeping files of `next` against `prev`: state.json when its text changes, and
 * each detail shard holding an app whose entry is not the very entry read, or an app
 * `prev` listed that `next` does not — when its text changes (deleted when it holds no app
 * any more). From a state of schema 1–3, every shard, and a deletion for each of schema
 * 3's per-app files.
 */
export function stateChanges(
  prev: EnvState | undefined,
  next: EnvState,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const text = emitState(next);
  if (text !== (prev ? stateText(prev) : undefined)) out.set(STATE_FILE, text);
  const sharded = prev !== undefined && prev.schemaVersion >= 4;
  const byShard = new Map<string, string[]>();
  const touched = new Set<string>();
  for (const app of sortedKeys(next.apps)) {
    const shard = shardOf(app);
    const list = byShard.get(shard);
    if (list) list.push(app);
    else byShard.set(shard, [app]);
    const e = next.apps[app]!;
    if (!sharded || prev.apps[app] !== e || !indexed.has(e)) touched.add(shard);
  }
  /** per shard, an app `prev` held there: its detail read gives the shard's text */
  const before = new Map<string, string>();
  if (prev)
    for (const app in prev.apps) {
      if (prev.schemaVersion === 3) out.set(appDetailPath(app), null);
      if (!sharded) continue;
      const shard = shardOf(app);
      if (!before.has(shard)) before.set(shard, app);
      if (!(app in next.apps)) touched.add(shard);
    }
  for (const shard of [...touched].sort()) {
    const apps = byShard.get(shard);
    const was = before.get(shard);
    if (!apps) {
      if (was !== undefined) out.set(shardPath(shard), null);
      continue;
    }
    const detail = shardText(new Map(apps.map((a) => [a, emitDetail(next.apps[a]!)])));
    if (was !== undefined && readShard(prev!.apps[was]!) === detail) continue;
    out.set(shardPath(shard), detail);
  }
  return out;
}

/** The text of the shard a schema-4 entry was read from (reading it, if not read yet). */
function readShard(a: AppState): string | undefined {
  void a.files;
  return detailRead.get(a);
}

/** Whether `path` (relative to the environment folder) is one of the state's files. */
export function isStateFile(path: string): boolean {
  return (
    path === STATE_FILE ||
    ((path.startsWith(`${DETAILS_DIR}/`) || path.startsWith(`${APPS_DIR}/`)) &&
      path.endsWith(".json"))
  );
}

/**
 * state.json's text (schema 3, the index: state-index.ts) — written out directly, since
 * it runs on every render that changes something, over every app of the environment.
 * test/core/state.test.ts holds it to JSON.stringify.
 */
export function emitState(s: EnvState): string {
  const known = emitted.get(s);
  if (known !== undefined) return known;
  const text = emitIndex(s);
  emitted.set(s, text);
  return text;
}

/**
 * An app's part of its shard (`detailText`), or the text emitted for this very entry while
 * its app rendered (`emittedAhead`).
 */
export function emitDetail(a: AppState): string {
  return ahead.get(a) ?? detailText(a.files, a.objects);
}

/** Detail texts emitted ahead, from the files and objects their entry holds. */
const ahead = new WeakMap<AppState, string>();

/**
 * `entry`'s detail text was emitted already, from the very `files` and `objects` it holds
 * (and staged while its app rendered: flows/render/render-dir.ts, writer/write-worker.ts).
 */
export function emittedAhead(entry: AppState, text: string): void {
  ahead.set(entry, text);
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

// ---------------------------------------------------------------- reading

/**
 * Parses state.json; a message instead when it is corrupt or hand-edited beyond recognition.
 * A schema-3 index's entries read their details through `details` on first use. The last
 * few texts' results are kept: a run reads an environment's state once to decide which
 * files to parse and again to plan (states are never changed once parsed).
 */
export function parseState(text: string, details?: DetailSource): EnvState | { error: string } {
  const key = details?.key ?? "";
  const hit = parsedStates.get(text);
  if (hit && hit.key === key) return hit.result;
  const result = parseStateUncached(text, details ?? NO_DETAILS);
  if (parsedStates.size >= 8) parsedStates.delete(parsedStates.keys().next().value!);
  parsedStates.set(text, { key, result });
  return result;
}
const parsedStates = new Map<string, { key: string; result: EnvState | { error: string } }>();

/** Details of a state parsed without a source: every one absent. */
const NO_DETAILS: DetailSource = { key: "", display: ".", read: () => undefined };

function parseStateUncached(text: string, details: DetailSource): EnvState | { error: string } {
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
      error: `has schemaVersion ${String(s.schemaVersion)}; this capstan understands ${[...READABLE_SCHEMA_VERSIONS].join(", ")}`,
    };
  if (s.schemaVersion >= 3) return readIndexed(s, text, details, detailFileOf(s.schemaVersion));
  for (const name in s.apps) {
    const problem = entryProblem(name, s.apps[name]!);
    if (problem) return { error: problem };
  }
  // A malformed record of the sources is dropped, not refused: it only lets a run skip work.
  if (s.sources !== undefined && !validSources(s.sources)) delete s.sources;
  readFrom.set(s, text);
  return s;
}

/** A schema-3 or 4 state: the index's entries, each made whole by its detail file on first use. */
function readIndexed(
  s: EnvState,
  text: string,
  details: DetailSource,
  fileOf: (app: string) => string,
): EnvState | { error: string } {
  const r = readIndex(s.apps as Record<string, unknown>, s.sources);
  if ("error" in r) return r;
  const state: EnvState = {
    schemaVersion: s.schemaVersion,
    capstanVersion: s.capstanVersion,
    apps: {},
  };
  for (const [name, { entry, count, identities }] of r.apps) {
    indexed.set(entry, { count, identities });
    entrySource.set(entry, details);
    entryFileOf.set(entry, fileOf);
    readLazily(name, entry, details, s.schemaVersion >= 4);
    state.apps[name] = entry;
  }
  if (r.sources) state.sources = r.sources;
  readFrom.set(state, text);
  return state;
}

/** An index entry made whole: its `files` and `objects` read from its detail file on first use. */
function readLazily(name: string, a: AppState, details: DetailSource, sharded: boolean): void {
  let detail: { files: Record<string, string>; objects?: Record<string, string> } | undefined;
  const get = () => (detail ??= readDetail(name, a, details, sharded));
  Object.defineProperty(a, "files", { get: () => get().files, enumerable: true });
  Object.defineProperty(a, "objects", { get: () => get().objects, enumerable: true });
}

/** Each source's detail files parsed, by text: a shard's apps share one parse. */
const parsedDetails = new WeakMap<DetailSource, Map<string, { text: string; value: unknown }>>();

function parseDetailFile(details: DetailSource, rel: string, text: string, file: string): unknown {
  let byFile = parsedDetails.get(details);
  if (!byFile) parsedDetails.set(details, (byFile = new Map()));
  const hit = byFile.get(rel);
  if (hit && hit.text === text) return hit.value;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw corruptDetail(file, `is not valid JSON (${(e as Error).message})`);
  }
  byFile.set(rel, { text, value: v });
  return v;
}

function readDetail(
  name: string,
  a: AppState,
  details: DetailSource,
  sharded: boolean,
): { files: Record<string, string>; objects?: Record<string, string> } {
  const rel = entryFileOf.get(a)!(name);
  const text = details.read(rel);
  const file = `${details.display}/${rel}`;
  if (text === undefined)
    throw corruptDetail(
      file,
      `is missing (${STATE_FILE} lists app "${name}"${sharded ? `, whose detail it holds` : ""})`,
    );
  const v = parseDetailFile(details, rel, text, file);
  const d = (
    sharded && v && typeof v === "object" && !Array.isArray(v) && Object.hasOwn(v, name)
      ? (v as Record<string, unknown>)[name]
      : sharded
        ? undefined
        : v
  ) as { files?: unknown; objects?: unknown } | undefined;
  if (sharded && d === undefined)
    throw corruptDetail(file, `does not hold app "${name}" (${STATE_FILE} lists it)`);
  if (!d || typeof d !== "object" || typeof d.files !== "object" || d.files === null)
    throw corruptDetail(
      file,
      `is not an app's detail (needs files${sharded ? ` for "${name}"` : ""})`,
    );
  const problem = filesProblem(name, d.files as Record<string, string>, d.objects);
  if (problem) throw corruptDetail(file, problem);
  detailRead.set(a, text);
  return d as { files: Record<string, string>; objects?: Record<string, string> };
}

function corruptDetail(file: string, why: string): UserError {
  return new UserError([
    {
      file,
      code: "corrupt-state",
      message: `${file} ${why}; capstan will not overwrite files it cannot account for — restore it from the env repo's history (git log -- ${file})`,
    },
  ]);
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

/** What is wrong with one app's entry of a parsed state.json (schema 1 or 2), if anything. */
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
  return filesProblem(name, a.files, a.objects);
}

/** What is wrong with an app's file hashes and identities, if anything. */
function filesProblem(
  name: string,
  files: Record<string, unknown>,
  objects: unknown,
): string | undefined {
  if (objects !== undefined && !isStringMap(objects))
    return `entry for app "${name}" has malformed objects (identity → component name)`;
  for (const p in files) {
    if (!isSha256Hex(files[p])) return `entry for app "${name}" has a malformed digest for ${p}`;
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
