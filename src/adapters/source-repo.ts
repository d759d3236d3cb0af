/**
 * Reading the SOURCE repository's history: files at a revision, merge bases, logs.
 *
 * capstan runs from a shallow `actions/checkout`; where an answer needs history
 * that is not there, these helpers deepen the clone themselves (a few steps, then
 * `--unshallow`), and when that fails they raise a user error naming `fetch-depth: 0`.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { ExternalError, UserError } from "../core/common/errors.ts";
import { GitExit, gitFailureDetail, gitRunner, stripUserinfo, type GitRunner } from "./git-exec.ts";

/** Deepening steps tried before `--unshallow`. */
const DEEPEN_STEPS = [50, 500];

export interface LogEntry {
  sha: string;
  subject: string;
}

function runner(dir: string): GitRunner {
  return gitRunner({ cwd: dir });
}

async function run(dir: string, what: string, args: string[]): Promise<string> {
  try {
    return await runner(dir)(args);
  } catch (e) {
    throw external(what, e);
  }
}

function external(what: string, e: unknown): ExternalError {
  return new ExternalError(`git: could not ${what}: ${gitFailureDetail(e)}`);
}

/** Exit code of a git call (0 on success); other failures than a non-zero exit throw. */
async function exitCode(dir: string, args: string[]): Promise<number> {
  try {
    await runner(dir)(args);
    return 0;
  } catch (e) {
    if (e instanceof GitExit) return e.exitCode;
    throw e;
  }
}

export async function headCommit(dir: string): Promise<string> {
  return (
    await run(dir, "read the source HEAD", ["rev-parse", "--verify", "HEAD^{commit}"])
  ).trim();
}

export async function isShallow(dir: string): Promise<boolean> {
  return (
    (
      await run(dir, "inspect the source checkout", ["rev-parse", "--is-shallow-repository"])
    ).trim() === "true"
  );
}

/** The `origin` URL without credentials, or undefined when there is no `origin`. */
export async function remoteUrl(dir: string): Promise<string | undefined> {
  let url: string;
  try {
    url = (await runner(dir)(["remote", "get-url", "origin"])).trim();
  } catch (e) {
    if (e instanceof GitExit) return undefined;
    throw external("read the source remote", e);
  }
  return stripUserinfo(url).url;
}

/**
 * Fetches more history from `origin`: `by` more commits, or all of it. A no-op on a
 * complete clone. Failure is a user error that says to set `fetch-depth: 0`.
 */
export function deepen(dir: string, opts: { by?: number; why?: string } = {}): Promise<void> {
  return oneFetchAtATime(dir, () => deepenNow(dir, opts));
}

async function deepenNow(dir: string, opts: { by?: number; why?: string }): Promise<void> {
  if (!(await isShallow(dir))) return;
  const args = [
    "fetch",
    "-q",
    "--no-tags",
    opts.by ? `--deepen=${opts.by}` : "--unshallow",
    "origin",
  ];
  try {
    await runner(dir)(args);
  } catch (e) {
    const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
    throw shallowError(opts.why ?? "this step", detail);
  }
}

/**
 * Fetches into one clone, one at a time: git locks the shallow file and refs while it
 * fetches, and several history questions asked side by side (render-order.ts) may each
 * want a commit or more depth. Reads run beside a fetch, as git allows.
 */
const fetching = new Map<string, Promise<unknown>>();
function oneFetchAtATime<T>(dir: string, f: () => Promise<T>): Promise<T> {
  const next = (fetching.get(dir) ?? Promise.resolve()).then(f);
  fetching.set(
    dir,
    next.catch(() => undefined),
  );
  return next;
}

function shallowError(why: string, detail: string): UserError {
  return new UserError([
    {
      code: "shallow",
      message:
        `the source checkout is shallow and ${why} needs more history; fetching it failed: ${detail}. ` +
        "Set `fetch-depth: 0` on actions/checkout.",
    },
  ]);
}

/**
 * Runs `probe` until it says "found"; between tries deepens the clone (50, 500, then
 * all commits). A miss on a complete clone is final: `onMissing` decides what it means.
 */
async function withHistory<T>(
  dir: string,
  why: string,
  probe: () => Promise<{ found: true; value: T } | { found: false }>,
  onMissing: () => T,
): Promise<T> {
  for (let step = 0; ; step++) {
    const r = await probe();
    if (r.found) return r.value;
    if (!(await isShallow(dir))) return onMissing();
    await deepen(dir, { by: DEEPEN_STEPS[step], why });
  }
}

async function hasCommit(dir: string, rev: string): Promise<boolean> {
  return (await exitCode(dir, ["cat-file", "-e", `${rev}^{commit}`])) === 0;
}

/** Commit shas already resolved, by folder: a full sha names the same commit for good. */
const resolvedShas = new Map<string, Set<string>>();
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * `rev` as a commit sha when it is there now (one git call, none for a full sha seen
 * before), else undefined. Never deepens and never throws: callers that need the
 * reason take `resolveCommit`.
 */
export function peekCommit(dir: string, rev: string): Promise<string | undefined> {
  if (FULL_SHA.test(rev) && resolvedShas.get(dir)?.has(rev)) return Promise.resolve(rev);
  // questions asked side by side often start by resolving the same commit: one git call
  const key = `${dir}\0${rev}`;
  let p = peeking.get(key);
  if (!p) {
    p = peekNow(dir, rev).finally(() => peeking.delete(key));
    peeking.set(key, p);
  }
  return p;
}
const peeking = new Map<string, Promise<string | undefined>>();

async function peekNow(dir: string, rev: string): Promise<string | undefined> {
  let out: string;
  try {
    out = (await runner(dir)(["rev-parse", "--verify", "-q", `${rev}^{commit}`])).trim();
  } catch {
    return undefined;
  }
  if (!FULL_SHA.test(out)) return undefined;
  let known = resolvedShas.get(dir);
  if (!known) resolvedShas.set(dir, (known = new Set()));
  known.add(out);
  return out;
}

/** Resolves `rev` to a commit sha, deepening a shallow clone when it is not there yet. */
export async function resolveCommit(dir: string, rev: string): Promise<string> {
  const fast = await peekCommit(dir, rev);
  if (fast !== undefined) return fast;
  await withHistory(
    dir,
    `reading revision ${rev}`,
    async () =>
      (await hasCommit(dir, rev)) ? { found: true, value: undefined } : { found: false },
    () => {
      throw new UserError([
        { code: "unknown-revision", message: `unknown revision ${rev} in ${dir}` },
      ]);
    },
  );
  return (await run(dir, `resolve ${rev}`, ["rev-parse", "--verify", `${rev}^{commit}`])).trim();
}

/** The text of `path` at `rev`, or undefined when the file does not exist there. */
export async function showFileAt(
  dir: string,
  rev: string,
  path: string,
): Promise<string | undefined> {
  const sha = await resolveCommit(dir, rev);
  if ((await exitCode(dir, ["cat-file", "-e", `${sha}:${path}`])) !== 0) return undefined;
  return run(dir, `read ${path} at ${rev}`, ["cat-file", "blob", `${sha}:${path}`]);
}

/** Every file path in the tree of `rev` (`git ls-tree -r`), sorted. */
export async function listFilesAt(dir: string, rev: string): Promise<string[]> {
  const sha = await resolveCommit(dir, rev);
  const out = await run(dir, `list files at ${rev}`, [
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    "--name-only",
    sha,
  ]);
  return out.split("\0").filter(Boolean);
}

/**
 * Blob contents a reader already has: by object id, and by path (e.g. the working
 * tree's bytes), used for a blob whose id they hash to. A preview reads the base and
 * the head of one repository, whose files are mostly the same blobs.
 */
export interface BlobCache {
  /** object id → bytes */
  byOid: Map<string, Buffer>;
  /** path relative to the repository root → bytes it may hold */
  candidates?: Map<string, Buffer>;
}

export function newBlobCache(candidates?: Map<string, Buffer>): BlobCache {
  return { byOid: new Map(), candidates };
}

/** The id git gives `bytes` as a blob (SHA-1, or SHA-256 in a SHA-256 repository). */
export function blobOid(bytes: Buffer, format: "sha1" | "sha256"): string {
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/**
 * The contents of the regular files at `rev` under `pathspecs` (file or folder paths
 * relative to the repository root; none = everything), read with one `git ls-tree` and
 * at most one `git cat-file --batch` process (none when `cache` has every blob). Symlinks
 * and submodules are skipped.
 */
export async function readTreeAt(
  dir: string,
  rev: string,
  pathspecs: string[] = [],
  cache?: BlobCache,
): Promise<Map<string, Buffer>> {
  const sha = await resolveCommit(dir, rev);
  const out = await run(dir, `list files at ${rev}`, [
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    sha,
    "--",
    ...pathspecs,
  ]);
  const entries: { path: string; oid: string }[] = [];
  for (const rec of out.split("\0")) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(rec);
    if (!m || m[2] !== "blob" || m[1] === "120000") continue;
    entries.push({ path: m[4] ?? "", oid: m[3] ?? "" });
  }
  const known = (e: { path: string; oid: string }): Buffer | undefined => {
    if (!cache) return undefined;
    const hit = cache.byOid.get(e.oid);
    if (hit) return hit;
    const cand = cache.candidates?.get(e.path);
    if (cand && blobOid(cand, e.oid.length === 64 ? "sha256" : "sha1") === e.oid) {
      cache.byOid.set(e.oid, cand);
      return cand;
    }
    return undefined;
  };
  const result = new Map<string, Buffer>();
  const missing = [...new Set(entries.filter((e) => !known(e)).map((e) => e.oid))];
  const blobs = await catFileBatch(dir, missing);
  const fetched = new Map(missing.map((oid, i) => [oid, blobs[i] ?? Buffer.alloc(0)]));
  for (const [oid, b] of fetched) cache?.byOid.set(oid, b);
  for (const e of entries) result.set(e.path, cache?.byOid.get(e.oid) ?? fetched.get(e.oid)!);
  return result;
}

/** Reads many objects with one `git cat-file --batch` process. */
function catFileBatch(dir: string, oids: string[]): Promise<Buffer[]> {
  if (!oids.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], {
      cwd: dir,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    const errs: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => errs.push(c));
    child.on("error", (e) => reject(external("read objects", e)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(
          new ExternalError(
            `git: could not read objects: ${Buffer.concat(errs).toString("utf8").trim()}`,
          ),
        );
        return;
      }
      const buf = Buffer.concat(chunks);
      const out: Buffer[] = [];
      let pos = 0;
      for (const oid of oids) {
        const nl = buf.indexOf(10, pos);
        const header = buf.subarray(pos, nl).toString("latin1");
        const [, type, size] = header.split(" ");
        if (nl < 0 || type === undefined || size === undefined) {
          reject(new ExternalError(`git: could not read object ${oid}: ${header}`));
          return;
        }
        const start = nl + 1;
        const end = start + Number(size);
        out.push(Buffer.from(buf.subarray(start, end)));
        pos = end + 1; // the LF after each object
      }
      resolve(out);
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(oids.join("\n") + "\n");
  });
}

/**
 * The merge base of `a` and `b`, deepening a shallow clone as needed; undefined when
 * histories are unrelated. `resolved`: the commits `a` and `b` name, when the caller
 * has just resolved them.
 */
export async function mergeBase(
  dir: string,
  a: string,
  b: string,
  resolved?: [string, string],
): Promise<string | undefined> {
  const [ca, cb] = resolved ?? [await resolveCommit(dir, a), await resolveCommit(dir, b)];
  return withHistory<string | undefined>(
    dir,
    `finding the merge base of ${a} and ${b}`,
    async () => {
      try {
        const out = (await runner(dir)(["merge-base", ca, cb])).trim();
        return { found: true, value: out };
      } catch (e) {
        if (e instanceof GitExit && e.exitCode === 1) return { found: false };
        throw external(`find the merge base of ${a} and ${b}`, e);
      }
    },
    () => undefined,
  );
}

export type FetchCommitResult =
  { kind: "fetched" | "absent" | "no-origin" } | { kind: "failed"; detail: string };

/**
 * Fetches one commit by sha from `origin`, with the history between it and what the
 * clone has (a run's checkout holds only its own history; a newer run's commit is not
 * in it). "absent": origin does not have it; "failed": origin could not be asked.
 */
export async function fetchCommit(dir: string, sha: string): Promise<FetchCommitResult> {
  if ((await remoteUrl(dir)) === undefined) return { kind: "no-origin" };
  try {
    await oneFetchAtATime(dir, () =>
      runner(dir)(["fetch", "-q", "--no-tags", "--no-write-fetch-head", "origin", sha]),
    );
    return { kind: "fetched" };
  } catch (e) {
    const detail = gitFailureDetail(e);
    if (/not our ref|no such remote ref|unadvertised object/i.test(detail))
      return { kind: "absent" };
    return { kind: "failed", detail };
  }
}

/** `git merge-base --is-ancestor a b`, deepening a shallow clone before answering "no". */
export async function isAncestor(dir: string, a: string, b: string): Promise<boolean> {
  const [ca, cb] = [await resolveCommit(dir, a), await resolveCommit(dir, b)];
  return withHistory<boolean>(
    dir,
    `checking whether ${a} is an ancestor of ${b}`,
    async () => {
      const code = await exitCode(dir, ["merge-base", "--is-ancestor", ca, cb]);
      if (code === 0) return { found: true, value: true };
      if (code === 1) return { found: false };
      throw new ExternalError(`git: could not compare ${a} and ${b} (exit ${code})`);
    },
    () => false,
  );
}

/** Commits reachable from `to` but not from `from`, newest first (`git log --oneline from..to`). */
export async function logBetween(dir: string, from: string, to: string): Promise<LogEntry[]> {
  const base = await mergeBase(dir, from, to);
  if (base === undefined) {
    throw new UserError([
      { code: "unrelated-history", message: `${from} and ${to} have no common history` },
    ]);
  }
  const out = await run(dir, `list commits ${from}..${to}`, [
    "log",
    "-z",
    "--format=%H %s",
    `${from}..${to}`,
  ]);
  return out
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const i = line.indexOf(" ");
      return { sha: line.slice(0, i), subject: line.slice(i + 1) };
    });
}
