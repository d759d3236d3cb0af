/**
 * Reading files of fetched commits by path, in batches, with few processes: paths →
 * blob ids with one `cat-file --batch-check` (trees are local, no blob is touched),
 * the blobs a blob-less store lacks in one `fetch` (git 2.39's `cat-file --batch`
 * would fetch each missing blob on its own), then their bytes with one `cat-file --batch`.
 * Answers are cached: a commit's files never change.
 */
import { gitError } from "./errors.ts";
import type { GitProcess } from "./process.ts";

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  path: string;
}

export class BlobReader {
  private readonly oids = new Map<string, string | undefined>();
  private readonly blobs = new Map<string, Buffer>();
  /** Blobs fetched already (a read set's): `load` reads them without fetching. */
  readonly fetched = new Set<string>();

  constructor(
    private readonly git: GitProcess,
    /** Blobs may be missing locally (a blob-less fetch the server honoured). */
    public partial: boolean,
  ) {}

  /** Marks blobs as present (written by this run). */
  have(oid: string, bytes: Buffer): void {
    this.blobs.set(oid, bytes);
  }

  /** Blob ids of `rev:path` specs (undefined: no such file). */
  async resolve(specs: string[]): Promise<(string | undefined)[]> {
    const todo = [...new Set(specs.filter((s) => !this.oids.has(s)))];
    if (todo.length) {
      const lines = await this.check(todo);
      todo.forEach((s, i) => this.oids.set(s, lines[i]));
    }
    return specs.map((s) => this.oids.get(s));
  }

  /**
   * Blob ids from the trees: one `ls-tree` per commit with the paths as literal pathspecs.
   * (`cat-file --batch-check` would fetch every missing blob it names, one by one, on a
   * blob-less store with git 2.39 — even for `%(objectname)` alone.)
   */
  private async check(specs: string[]): Promise<(string | undefined)[]> {
    const byRev = new Map<string, string[]>();
    for (const s of specs) {
      const i = s.indexOf(":");
      const rev = s.slice(0, i);
      byRev.set(rev, [...(byRev.get(rev) ?? []), s.slice(i + 1)]);
    }
    const found = new Map<string, string>();
    await Promise.all(
      [...byRev].map(async ([rev, paths]) => {
        for (const e of await this.list(rev, paths, false, true))
          if (e.type === "blob") found.set(`${rev}:${e.path}`, e.oid);
      }),
    );
    return specs.map((s) => found.get(s));
  }

  /**
   * Texts of `rev:path` specs (undefined: no such file). `alone`: paths of large files
   * whose blobs are fetched each in a request of its own, in parallel (see `load`).
   */
  async read(specs: string[], alone?: (path: string) => boolean): Promise<(string | undefined)[]> {
    const oids = await this.resolve(specs);
    const separate = new Set<string>();
    if (alone)
      specs.forEach((s, i) => {
        if (oids[i] && alone(s.slice(s.indexOf(":") + 1))) separate.add(oids[i]);
      });
    await this.load(
      oids.filter((o): o is string => !!o),
      separate,
    );
    return oids.map((o) => (o ? this.blobs.get(o)!.toString("utf8") : undefined));
  }

  /**
   * Bytes of these blobs, prefetched when the store is blob-less: those in `separate`
   * each in a fetch of its own, the others together, all fetches at once. Two large,
   * similar blobs in one request (the states of two environments) make the server
   * search deltas between them: measured 0.24 s for two 1.4 MB states in one fetch,
   * 0.08 s in two parallel ones (docs/performance.md).
   */
  async load(oids: string[], separate: ReadonlySet<string> = new Set()): Promise<void> {
    const todo = [...new Set(oids.filter((o) => !this.blobs.has(o)))];
    if (!todo.length) return;
    const missing = todo.filter((o) => !this.fetched.has(o));
    if (this.partial && missing.length) {
      const rest = missing.filter((o) => !separate.has(o));
      const groups = [...missing.filter((o) => separate.has(o)).map((o) => [o]), rest];
      await Promise.all(groups.filter((g) => g.length).map((g) => this.fetchBlobs(g)));
    }
    const out = await this.run(
      "read env repo files",
      ["cat-file", "--batch"],
      todo.join("\n") + "\n",
      true,
    );
    let pos = 0;
    for (const oid of todo) {
      const nl = out.indexOf(10, pos);
      const header = out.subarray(pos, nl).toString("utf8").split(" ");
      if (header[1] === "missing")
        throw gitError("read env repo files", new Error(`${oid} missing`));
      const size = Number(header[2]);
      this.blobs.set(oid, Buffer.from(out.subarray(nl + 1, nl + 1 + size)));
      pos = nl + 1 + size + 1;
    }
  }

  private fetchBlobs(oids: string[]): Promise<void> {
    return this.fetchIds(oids, "blob:none");
  }

  /**
   * Objects by id, in one request (`filter`: what the server leaves out below a wanted
   * tree; a wanted object itself is sent — unless it lies below another wanted one).
   */
  async fetchIds(oids: string[], filter: "blob:none" | "tree:0"): Promise<void> {
    const args = ["-c", "fetch.negotiationAlgorithm=noop", "fetch", "-q", "--no-tags"];
    args.push("--no-write-fetch-head", "--recurse-submodules=no", `--filter=${filter}`);
    args.push("--stdin", "origin");
    await this.run("fetch env repo files", args, oids.join("\n") + "\n");
  }

  /** Tree, parents and message of local commits (undefined: not in the store). */
  async commits(
    shas: string[],
  ): Promise<({ tree: string; parents: string[]; message: string } | undefined)[]> {
    const out = await this.run(
      "read env repo commits",
      ["cat-file", "--batch"],
      shas.join("\n") + "\n",
    );
    const result: ({ tree: string; parents: string[]; message: string } | undefined)[] = [];
    let pos = 0;
    for (let i = 0; i < shas.length; i++) {
      const nl = out.indexOf(10, pos);
      const header = out.subarray(pos, nl).toString("utf8").split(" ");
      if (header[1] !== "commit") {
        result.push(undefined);
        pos = nl + 1;
        continue;
      }
      const size = Number(header[2]);
      const body = out.subarray(nl + 1, nl + 1 + size).toString("utf8");
      pos = nl + 1 + size + 1;
      const split = body.indexOf("\n\n");
      const head = split < 0 ? body : body.slice(0, split);
      const tree = /^tree (\S+)$/m.exec(head)?.[1] ?? "";
      const parents = [...head.matchAll(/^parent (\S+)$/gm)].map((m) => m[1]!);
      result.push({ tree, parents, message: split < 0 ? "" : body.slice(split + 2) });
    }
    return result;
  }

  /**
   * Entries under these folders of `rev` (`recursive`: every file below, else one level);
   * `exact`: the entries these paths name (`"trees"`: folders only, themselves, not their
   * contents).
   */
  async list(
    rev: string,
    dirs: string[],
    recursive: boolean,
    exact: boolean | "trees" = false,
  ): Promise<TreeEntry[]> {
    const args = ["--literal-pathspecs", "ls-tree", "-z", "--full-tree"];
    if (recursive) args.push("-r");
    if (exact === "trees") args.push("-d");
    const specs = exact ? dirs : dirs.filter(Boolean).map((d) => (d.endsWith("/") ? d : `${d}/`));
    args.push(rev, "--", ...specs);
    const out = await this.run("list env repo files", args);
    const entries: TreeEntry[] = [];
    for (const rec of out.toString("utf8").split("\0")) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(rec);
      if (m) entries.push({ mode: m[1]!, type: m[2]!, oid: m[3]!, path: m[4]! });
    }
    // A whole folder listed: its files need no second lookup by path (an `ls-tree` with a
    // pathspec per file costs more than the listing itself).
    if (recursive && !exact)
      for (const e of entries) if (e.type === "blob") this.oids.set(`${rev}:${e.path}`, e.oid);
    return entries;
  }

  private async run(
    what: string,
    args: string[],
    input?: string,
    bulkOutput = false,
  ): Promise<Buffer> {
    try {
      return (await this.git({ args, input, bulkOutput })).stdout;
    } catch (e) {
      throw gitError(what, e);
    }
  }
}
