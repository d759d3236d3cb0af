/**
 * The env repo as a run sees it: the tips of its refs when the run fetched them, and
 * reads of their files by path — lazily, batched, cached (adapters/git/reads.ts). Planners
 * read only what they need (state, kustomization, the files of the apps a diff shows);
 * nothing of the env repo is ever written to disk.
 */
import type { EnvStore } from "../../adapters/git/store.ts";
import { fullRef } from "../../adapters/git/push.ts";
import type { TreeEntry } from "../../adapters/git/reads.ts";
import { STATE_FILE } from "../../core/plan/layout.ts";

/** state.json files are large and alike across environments: each is fetched on its own. */
function isStateFile(path: string): boolean {
  return path.endsWith(`/${STATE_FILE}`);
}

/** A number per store: what `EnvTree.key` says (trees of one store read the same objects). */
const storeKeys = new WeakMap<EnvStore, string>();
let nextStoreKey = 0;

export class EnvTree {
  /** The same for every tree of one store. */
  readonly key: string;

  constructor(
    private readonly store: EnvStore,
    /** Full ref name → sha, for the refs that exist. */
    readonly tips: ReadonlyMap<string, string>,
  ) {
    let k = storeKeys.get(store);
    if (k === undefined) storeKeys.set(store, (k = `store${++nextStoreKey}`));
    this.key = k;
  }

  /** The fetched tip of a branch (or full ref), undefined when it does not exist. */
  tip(ref: string): string | undefined {
    return this.tips.get(fullRef(ref));
  }

  /** Where the env repo is: its URL, or the folder used in place. */
  get where(): string {
    return this.store.where;
  }

  /** Texts of `paths` at commit `rev` (undefined: no such file), read in one batch. */
  async read(rev: string, paths: string[]): Promise<(string | undefined)[]> {
    return this.store.reads.read(
      paths.map((p) => `${rev}:${p}`),
      isStateFile,
    );
  }

  /** Reads of several commits at once: [rev, path] pairs. */
  async readMany(specs: [string, string][]): Promise<(string | undefined)[]> {
    return this.store.reads.read(
      specs.map(([rev, p]) => `${rev}:${p}`),
      isStateFile,
    );
  }

  /** Blob ids of [rev, path] pairs (undefined: no such file); no blob is fetched. */
  async oids(specs: [string, string][]): Promise<(string | undefined)[]> {
    return this.store.reads.resolve(specs.map(([rev, p]) => `${rev}:${p}`));
  }

  /**
   * The trees of these folders at `rev` (and the blobs of `files`), in one request when the
   * run fetched only some trees (read-set.ts).
   */
  prefetchDirs(rev: string, dirs: string[], files?: string[]): Promise<void> {
    return this.store.prefetchDirs(rev, dirs, files);
  }

  /** Entries of folders at `rev`: one level, or every file below (`recursive`). */
  async list(rev: string, dirs: string[], recursive = false): Promise<TreeEntry[]> {
    return this.store.reads.list(rev, dirs, recursive);
  }
}
