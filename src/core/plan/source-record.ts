/**
 * What an environment's state records of the source that planned it (unchanged.ts): the
 * digest of its other inputs, the capabilities its apps use, and per Application file its
 * bytes' digest, its apps and those bound to the environment.
 */
import type { FileRecord, EnvState, SourceRecord } from "./layout.ts";
import {
  bindOnce,
  capabilitiesOf,
  everyApp,
  kindsToPreload,
  usedCapabilities,
  type LoadedSource,
} from "./source.ts";
import { preloadKinds } from "../../kube/index.ts";
import { certified, names } from "./unchanged.ts";

/**
 * Whether `state` vouches for every file `src` left unparsed. Asked several times of one
 * source and state in a run (before the plan, by `renderTasks`, by `planEnv`): answered
 * once, since neither changes after it is built.
 */
export function certifies(src: LoadedSource, state: EnvState | undefined): boolean {
  if (!src.unchanged) return true;
  if (!state) return certifiesUncached(src, state);
  let known = answers.get(src);
  if (!known) answers.set(src, (known = new WeakMap()));
  let yes = known.get(state);
  if (yes === undefined) known.set(state, (yes = certifiesUncached(src, state)));
  return yes;
}
const answers = new WeakMap<LoadedSource, WeakMap<EnvState, boolean>>();

function certifiesUncached(src: LoadedSource, state: EnvState | undefined): boolean {
  const c = certified(state, src.sourceRepo, src.inputsDigest, src.fileDigests);
  for (const [f, r] of src.unchanged!.files) if (c.get(f)?.apps !== r.apps) return false;
  return true;
}

/**
 * The record of `src` for an environment where the apps in `bound` are bound. A file
 * whose apps print a notice when bound is left out: it is parsed on every run, so the
 * notice is too.
 */
export function sourceRecord(src: LoadedSource, bound: ReadonlySet<string>): SourceRecord {
  const files: Record<string, FileRecord> = {};
  for (const [file, { digest, apps, caps }] of recordedFiles(src))
    files[file] = {
      digest,
      apps: apps.join(" "),
      bound: apps.filter((a) => bound.has(a)).join(" "),
      caps,
    };
  return { inputs: src.inputsDigest, files };
}

interface Recorded {
  digest: string;
  apps: string[];
  caps: string;
}

/** What every environment's record says of each file (all but `bound`), once per source. */
function recordedFiles(src: LoadedSource): Map<string, Recorded> {
  let out = filesCache.get(src);
  if (out) return out;
  const byFile = new Map<string, { apps: string[]; caps: Set<string> }>();
  const noisy = new Set<string>();
  for (const a of src.apps) {
    let f = byFile.get(a.doc.file);
    if (!f) byFile.set(a.doc.file, (f = { apps: [], caps: new Set() }));
    f.apps.push(a.name);
    for (const c of capabilitiesOf(src, a).caps) f.caps.add(`${c.name}@${c.version}`);
    if (bindOnce(a, src.config.environments).notices.length) noisy.add(a.doc.file);
  }
  for (const [file, r] of src.unchanged?.files ?? [])
    byFile.set(file, { apps: names(r.apps), caps: new Set(names(r.caps)) });
  out = new Map();
  for (const [file, digest] of src.fileDigests) {
    if (noisy.has(file)) continue;
    const f = byFile.get(file);
    const apps = [...(f?.apps ?? [])].sort();
    out.set(file, { digest, apps, caps: [...(f?.caps ?? [])].sort().join(" ") });
  }
  filesCache.set(src, out);
  return out;
}
const filesCache = new WeakMap<LoadedSource, Map<string, Recorded>>();

/**
 * Loads the kube validators planning against `state` needs beyond those loaded for the
 * parsed apps: a state that does not vouch for the unparsed files (a retry after a race)
 * makes `planEnv` plan from every file, and their apps may render kinds (through
 * `k8s-objects`) that no parsed app names.
 */
export async function preloadForState(
  src: LoadedSource,
  state: EnvState | undefined,
): Promise<void> {
  if (certifies(src, state)) return;
  const all = everyApp(src);
  await preloadKinds(kindsToPreload(all, usedCapabilities(all).caps));
}
