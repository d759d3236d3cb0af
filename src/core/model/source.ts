/**
 * What the core consumes: the source repository's files, already read by an
 * adapter (the core never touches the filesystem). Paths are `/`-separated and
 * relative to the source root.
 */
import { createHash } from "node:crypto";

export interface SourceFile {
  file: string;
  text: string;
}

/** A capability pack: files relative to the pack root (`<name>/<version>/…`). */
export interface CapabilityPack {
  /** `builtin`, `path:<dir>` or `git:<url>@<ref>` — how the lock and errors name it. */
  source: string;
  /** Commit of a git pack (recorded in the lock). */
  commit?: string;
  /** Display prefix for file names in errors, e.g. `capabilities/` or `<builtin>/`. */
  displayRoot: string;
  files: Map<string, string>;
}

/**
 * sha256 of a pack's identity and every file: the same digest means the same capabilities.
 * Once per pack (a pack is not changed once read): the inputs digest and the pack cache
 * both ask, and the built-in pack is ≈ 0.5 MB of text.
 */
export function packDigest(pack: CapabilityPack): string {
  let d = packDigests.get(pack);
  if (d === undefined) {
    const h = createHash("sha256");
    h.update(`${pack.source}\0${pack.commit ?? ""}\0${pack.displayRoot}\0`);
    for (const [p, t] of pack.files) h.update(`${p.length}:${p}\0${t.length}:${t}\0`);
    packDigests.set(pack, (d = h.digest("hex")));
  }
  return d;
}
const packDigests = new WeakMap<CapabilityPack, string>();

export interface SourceInput {
  config: SourceFile;
  /** Files matched by the config's `apps` globs, sorted by path. */
  apps: SourceFile[];
  /** Packs in config order; later ones shadow earlier ones by capability name. */
  packs: CapabilityPack[];
  /** CRD files matched by `schemas:`. */
  crdFiles: SourceFile[];
  /** Existing capstan.lock, if any. */
  lock?: SourceFile;
  /** Identity of the source for state.json and commit messages. */
  sourceRepo: string;
  commit: string;
  /** the commit's author, date and message, for hydrator.metadata (core/plan/hydrator.ts) */
  commitMeta?: CommitMeta;
}

/** A source commit's facts for hydrator.metadata and the env README.md (core/plan/hydrator.ts). */
export interface CommitMeta {
  /** the source repository as a URL, e.g. https://github.com/acme/shop.git */
  repoURL?: string;
  /** `Name <email>` */
  author?: string;
  /** author date, ISO 8601 */
  date?: string;
  subject?: string;
  body?: string;
}
