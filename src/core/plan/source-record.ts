/**
 * What an environment's state records of the source that planned it (unchanged.ts): the
 * digest of its other inputs, the capabilities its apps use, and per Application file its
 * bytes' digest, its apps and those bound to the environment.
 */
import type { FileRecord, EnvState, SourceRecord } from "./layout.ts";
import { bindOnce, usedCapabilities, type LoadedSource } from "./source.ts";
import { certified, names } from "./unchanged.ts";

/** Whether `state` vouches for every file `src` left unparsed. */
export function certifies(src: LoadedSource, state: EnvState | undefined): boolean {
  if (!src.unchanged) return true;
  const c = certified(state, src.sourceRepo, src.inputsDigest, src.fileDigests);
  for (const [f, r] of src.unchanged.files) if (c.get(f)?.apps !== r.apps) return false;
  return true;
}

/**
 * The record of `src` for an environment where the apps in `bound` are bound. A file
 * whose apps print a notice when bound is left out: it is parsed on every run, so the
 * notice is too.
 */
export function sourceRecord(src: LoadedSource, bound: ReadonlySet<string>): SourceRecord {
  const files: Record<string, FileRecord> = {};
  for (const [file, { digest, apps }] of recordedFiles(src))
    files[file] = {
      digest,
      apps: apps.join(" "),
      bound: apps.filter((a) => bound.has(a)).join(" "),
    };
  return { inputs: src.inputsDigest, caps: capsOf(src), files };
}

/** What every environment's record says of each file (all but `bound`), once per source. */
function recordedFiles(src: LoadedSource): Map<string, { digest: string; apps: string[] }> {
  let out = filesCache.get(src);
  if (out) return out;
  const byFile = new Map<string, string[]>();
  const noisy = new Set<string>();
  for (const a of src.apps) {
    const list = byFile.get(a.doc.file);
    if (list) list.push(a.name);
    else byFile.set(a.doc.file, [a.name]);
    if (bindOnce(a, src.config.environments).notices.length) noisy.add(a.doc.file);
  }
  for (const [f, r] of src.unchanged?.files ?? []) byFile.set(f, names(r.apps));
  out = new Map();
  for (const [file, digest] of src.fileDigests)
    if (!noisy.has(file)) out.set(file, { digest, apps: [...(byFile.get(file) ?? [])].sort() });
  filesCache.set(src, out);
  return out;
}
const filesCache = new WeakMap<LoadedSource, Map<string, { digest: string; apps: string[] }>>();

/** `name@version` of every capability the source uses, sorted, space-separated. */
function capsOf(src: LoadedSource): string {
  let ids = capsCache.get(src);
  if (ids === undefined) {
    ids = usedCapabilities(src)
      .caps.map((c) => `${c.name}@${c.version}`)
      .sort()
      .join(" ");
    capsCache.set(src, ids);
  }
  return ids;
}
const capsCache = new WeakMap<LoadedSource, string>();
