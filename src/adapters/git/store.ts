/**
 * The env repo's object store, without a work tree: the tips of the refs a run needs
 * (one `ls-remote`, or the local refs in place), one shallow blob-less fetch of them,
 * reads by path in batches (reads.ts), commits built in one `fast-import`
 * (fast-import.ts), and one atomic push with leases (push.ts). In place, the commits
 * land on the local branches and the checked-out branch's work tree is updated for the
 * changed files only (`read-tree -m -u`).
 */
import { GitExit } from "../git-exec.ts";
import { gitError } from "./errors.ts";
import { buildCommits, identities, type NewCommit } from "./fast-import.ts";
import type { GitProcess } from "./process.ts";
import { atomicPush, fullRef, type PushRef, type PushResult } from "./push.ts";
import { BlobReader } from "./reads.ts";

export interface EnvStoreInit {
  dir: string;
  /** The remote URL without credentials ("" when used in place without a remote). */
  url: string;
  inPlace: boolean;
  git: GitProcess;
}

export class EnvStore {
  readonly dir: string;
  readonly url: string;
  readonly inPlace: boolean;
  readonly git: GitProcess;
  readonly reads: BlobReader;
  /** Commits fetched so far (a retry fetches only tips it has not seen). */
  private readonly fetched = new Set<string>();
  /** Trees and blobs fetched by id so far. */
  private readonly objects = new Set<string>();
  /** Only some trees were fetched (read sets): folders are fetched before they are read. */
  private someTrees = false;
  /** The server refused `--filter=tree:0`: tips are fetched with every tree. */
  private noTreeFilter = false;
  /** Author and committer of the run's commits, asked of git once. */
  private idents?: Promise<[string, string]>;

  constructor(init: EnvStoreInit) {
    this.dir = init.dir;
    this.url = init.url;
    this.inPlace = init.inPlace;
    this.git = init.git;
    this.reads = new BlobReader(init.git, !init.inPlace);
  }

  /** Where this store's refs come from: the URL, or the local folder in place. */
  get where(): string {
    return this.inPlace ? this.dir : this.url;
  }

  /** ref → sha of the given refs (full names) that exist: on the remote, or locally in place. */
  async tips(refs: string[]): Promise<Map<string, string>> {
    const wanted = new Set(refs.map(fullRef));
    const args = this.inPlace
      ? ["for-each-ref", "--format=%(objectname)\t%(refname)", ...wanted]
      : ["ls-remote", "origin", ...wanted];
    const out = await this.run(`list ${this.where || "origin"}`, args);
    const tips = new Map<string, string>();
    for (const line of out.stdout.toString("utf8").split("\n")) {
      const [sha, ref] = line.split("\t");
      if (sha && ref && wanted.has(ref)) tips.set(ref, sha);
    }
    return tips;
  }

  /** Fetches these commits at depth 1 without blobs (the server may refuse the filter: then with). */
  async fetch(shas: Iterable<string>): Promise<void> {
    if (this.inPlace) return;
    const missing = [...new Set(shas)].filter((s) => !this.fetched.has(s));
    if (!missing.length) return;
    const args = ["fetch", "-q", "--no-tags", "--no-write-fetch-head", "--depth=1"];
    args.push("--filter=blob:none", "--stdin", "origin");
    const out = await this.run(`fetch from ${this.url}`, args, missing.join("\n") + "\n");
    if (/filtering not recognized/i.test(out.stderr)) this.reads.partial = false;
    for (const s of missing) this.fetched.add(s);
  }

  /**
   * Fetches these commits at depth 1 without trees (`tree:0`; read-set.ts). False when
   * the server sent every tree instead — it ignores filters (then it sent every object),
   * or refuses `tree:0` (then they were fetched `blob:none`, as `fetch` does): nothing
   * more is to be fetched.
   */
  async fetchCommits(shas: Iterable<string>): Promise<boolean> {
    const missing = [...new Set(shas)].filter((s) => !this.fetched.has(s));
    if (!missing.length) return true;
    if (this.noTreeFilter) {
      await this.fetch(missing);
      return false;
    }
    const args = ["fetch", "-q", "--no-tags", "--no-write-fetch-head", "--depth=1"];
    args.push("--filter=tree:0", "--stdin", "origin");
    let out: { stdout: Buffer; stderr: string };
    try {
      out = await this.run(`fetch from ${this.url}`, args, missing.join("\n") + "\n");
    } catch (e) {
      // a server that bans the tree filter (`uploadpackfilter.tree.allow false`): every
      // tree, as before read sets
      if (!/filter '?tree'? not (supported|allowed)/i.test((e as Error).message)) throw e;
      this.noTreeFilter = true;
      await this.fetch(missing);
      return false;
    }
    for (const s of missing) this.fetched.add(s);
    if (/filtering not recognized/i.test(out.stderr)) {
      this.reads.partial = false;
      return false;
    }
    this.someTrees = true;
    return true;
  }

  /**
   * Fetches objects by id: `listed` alone (trees and blobs a read set names, `tree:0`),
   * and `whole` trees with every tree below them (`blob:none`). `listed` comes in groups,
   * each a request with its filter, none of whose objects lies inside another of the same
   * group: the server leaves out an object it meets below another one wanted in the
   * request (the filter applies to it there), so a folder and its parent go in separate
   * requests — made at once.
   */
  async fetchObjects(
    listed: { oids: string[]; filter: "tree:0" | "blob:none" }[],
    whole: string[],
  ): Promise<void> {
    const one = async (oids: string[], filter: "tree:0" | "blob:none") => {
      const todo = [...new Set(oids)].filter((o) => !this.objects.has(o));
      if (!todo.length) return;
      await this.reads.fetchIds(todo, filter);
      for (const o of todo) this.objects.add(o);
    };
    await Promise.all([...listed.map((g) => one(g.oids, g.filter)), one(whole, "blob:none")]);
    for (const g of listed) for (const o of g.oids) this.reads.fetched.add(o);
  }

  /**
   * The trees of these folders at `rev`, and the blobs of `files` there, fetched in one
   * request when the run fetched only a read set (the folders and detail files of the
   * apps a plan renders or removes) — before git would fetch each folder on its own as it
   * met them.
   */
  async prefetchDirs(rev: string, dirs: string[], files: string[] = []): Promise<void> {
    if (!this.someTrees || (!dirs.length && !files.length)) return;
    const [trees, blobs] = await Promise.all([
      dirs.length ? this.reads.list(rev, dirs, false, "trees") : [],
      this.reads.resolve(files.map((f) => `${rev}:${f}`)),
    ]);
    // folders of apps and detail files: none inside another
    const oids = [...trees.map((e) => e.oid), ...blobs.filter((o): o is string => !!o)];
    await this.fetchObjects([{ oids, filter: "tree:0" }], []);
  }

  /** Builds commits (one `fast-import`); returns their shas in order. */
  async build(commits: NewCommit[]): Promise<string[]> {
    if (!commits.length) return [];
    try {
      // the dates git var prints are the clock's at the call: one store, one run
      this.idents ??= identities(this.git);
      return await buildCommits(this.git, commits, this.idents);
    } catch (e) {
      throw gitError("build the env repo commits", e);
    }
  }

  /** One atomic push to origin. */
  push(refs: PushRef[]): Promise<PushResult> {
    return atomicPush(this.git, "origin", this.url, refs);
  }

  /**
   * In place: moves local refs in one transaction (each must still be at `expect`),
   * then brings the work tree of the checked-out branch to its new commit, touching
   * only the files that differ.
   */
  async updateLocal(
    refs: { ref: string; sha: string; expect: string }[],
    scratch: string[] = [],
  ): Promise<boolean> {
    if (!refs.length && !scratch.length) return true;
    const lines = ["start"];
    for (const r of refs) lines.push(`update ${fullRef(r.ref)} ${r.sha} ${r.expect || ZERO}`);
    for (const r of scratch) lines.push(`delete ${r}`);
    lines.push("prepare", "commit", "");
    try {
      await this.git({ args: ["update-ref", "--stdin"], input: lines.join("\n") });
    } catch (e) {
      if (
        e instanceof GitExit &&
        /cannot lock ref|but expected|reference already exists/.test(e.stderr)
      )
        return false;
      throw gitError(`update the branches of ${this.dir}`, e);
    }
    const head = await this.headRef();
    const moved = refs.find((r) => fullRef(r.ref) === head);
    if (moved) {
      const args = moved.expect
        ? ["read-tree", "-m", "-u", moved.expect, moved.sha]
        : ["read-tree", "-m", "-u", moved.sha];
      await this.run(`update the work tree of ${this.dir}`, args);
    }
    return true;
  }

  /** The branch HEAD names (`refs/heads/…`), or "" when detached. */
  async headRef(): Promise<string> {
    const out = await this.git({ args: ["symbolic-ref", "-q", "HEAD"], okCodes: [1] });
    return out.stdout.toString("utf8").trim();
  }

  /** Paths with uncommitted changes or untracked files (in place). */
  async dirty(): Promise<string[]> {
    const out = await this.run("read env repo status", [
      "status",
      "--porcelain=v1",
      "-z",
      "--untracked-files=all",
    ]);
    return out.stdout
      .toString("utf8")
      .split("\0")
      .filter((e) => e.length > 3)
      .map((e) => e.slice(3));
  }

  async run(
    what: string,
    args: string[],
    input?: string,
  ): Promise<{ stdout: Buffer; stderr: string }> {
    try {
      return await this.git({ args, input });
    } catch (e) {
      throw gitError(what, e);
    }
  }
}

const ZERO = "0000000000000000000000000000000000000000";
