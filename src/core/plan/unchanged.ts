/**
 * Application files a render need not parse (docs/performance.md, "Unchanged sources"):
 * an environment's state.json records, per source repository, a digest of everything but
 * the Application files (capstan.yaml, capability packs, lock, schemas, capstan's version)
 * and, per Application file, the sha256 of its bytes, the apps it defines and those bound
 * to the environment. A file whose bytes are the recorded ones, under the recorded inputs,
 * defines the same apps with the same bindings and input digests: each of its apps is
 * "unchanged" in every environment whose state certifies it, and parsing it would only
 * find that out again. Reference mode (`CAPSTAN_REFERENCE=1`) parses every file.
 */
import { createHash } from "node:crypto";
import { packDigest, type SourceInput } from "../model/source.ts";
import { CAPSTAN_VERSION } from "../model/version.ts";
import { sha256 } from "../common/text.ts";
import { needsIdentities, type EnvState, type FileRecord } from "./layout.ts";

/** The skip a load decided: the files not parsed, their apps, and what they certify. */
export interface Unchanged {
  /** file → its record (the same in every certifying state) */
  files: Map<string, FileRecord>;
  /** app → the file that defines it, for the apps of those files */
  apps: Map<string, string>;
  /** the capabilities those apps use in any environment (`name@version`) */
  caps: string[];
}

/** Digest of every input but the Application files (what a record's `inputs` holds). */
export function inputsDigest(input: SourceInput): string {
  const h = createHash("sha256");
  const part = (s: string): void => void h.update(`${s.length}:${s}\0`);
  part(CAPSTAN_VERSION);
  part(input.sourceRepo);
  part(input.config.text);
  part(input.lock?.text ?? "\0none");
  for (const f of input.crdFiles) {
    part(f.file);
    part(f.text);
  }
  for (const pack of input.packs) part(packDigest(pack));
  return h.digest("hex");
}

/** sha256 of each Application file's text, by file. */
export function fileDigests(input: SourceInput): Map<string, string> {
  return new Map(input.apps.map((f) => [f.file, sha256(f.text)]));
}

/** The names of a record's space-separated list. */
export function names(list: string): string[] {
  return list ? list.split(" ") : [];
}

/**
 * The files `state` certifies unchanged: recorded under these inputs with these bytes,
 * and its entries still as the record says (every app bound here has this source's
 * entry with object identities; no other app of the file has one).
 */
export function certified(
  state: EnvState | undefined,
  sourceRepo: string,
  inputs: string,
  digests: ReadonlyMap<string, string>,
): Map<string, FileRecord> {
  const out = new Map<string, FileRecord>();
  const rec = state?.sources?.[sourceRepo];
  if (!state || !rec || rec.inputs !== inputs) return out;
  for (const [file, digest] of digests) {
    const r = rec.files[file];
    if (!r || r.digest !== digest) continue;
    const apps = names(r.apps);
    const bound = new Set(names(r.bound));
    const consistent = apps.every((app) => {
      const e = state.apps[app];
      const ours = e !== undefined && e.sourceRepo === sourceRepo;
      return bound.has(app) ? ours && !needsIdentities(e) : !ours;
    });
    // every bound app is one of the file's (a hand-edited record may say otherwise)
    if (consistent && [...bound].every((a) => apps.includes(a))) out.set(file, r);
  }
  return out;
}

/**
 * The files every one of `states` certifies (none when a state has no record: a new
 * environment, an older capstan's state), with their apps and the recorded capabilities.
 */
export function unchangedAcross(
  states: (EnvState | undefined)[],
  sourceRepo: string,
  inputs: string,
  digests: ReadonlyMap<string, string>,
): Unchanged | undefined {
  if (!states.length) return undefined;
  let common: Map<string, FileRecord> | undefined;
  for (const s of states) {
    const c = certified(s, sourceRepo, inputs, digests);
    if (!common) common = c;
    else
      for (const [f, r] of common) {
        const o = c.get(f);
        // the same bytes define the same apps everywhere; which of them are bound differs
        if (!o || o.apps !== r.apps || o.caps !== r.caps) common.delete(f);
      }
    if (!common.size) return undefined;
  }
  const apps = new Map<string, string>();
  for (const [f, r] of common!) for (const a of names(r.apps)) apps.set(a, f);
  const caps = new Set<string>();
  for (const r of common!.values()) for (const c of names(r.caps)) caps.add(c);
  return { files: common!, apps, caps: [...caps].sort() };
}
