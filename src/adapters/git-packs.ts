/**
 * Capability packs from git ("install a capability like installing an operator").
 *
 * A `capabilities:` entry `{ git: URL, ref: TAG|BRANCH|SHA, path? }` is resolved
 * ref → commit (`git ls-remote`; with a lock the locked commit is used instead
 * of the moving ref), fetched into a bare mirror and checked out once per commit:
 *
 *   $XDG_CACHE_HOME/capstan/packs/<sha256(url)>/mirror.git
 *   $XDG_CACHE_HOME/capstan/packs/<sha256(url)>/<commit>/       (the tree, read-only by convention)
 *
 * Without XDG_CACHE_HOME the cache lives in `<source>/.capstan-cache/packs/`.
 * A commit folder appears by an atomic rename, so its existence means complete.
 * With a lock and a warm cache no network is used at all. Content is verified by
 * the lock's digests (core `checkLock`), not here.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
import { ExternalError, UserError, type Problem } from "../core/common/errors.ts";
import type { CapabilitySourceRef, Config } from "../core/model/config.ts";
import type { Lock } from "../core/model/lock.ts";
import type { CapabilityPack } from "../core/model/source.ts";
import { GitExit, gitRunner, httpOrigin } from "./git-exec.ts";
import { NO_GOLDEN_CASES, readPack } from "./source-files.ts";

export type GitPackRef = Extract<CapabilitySourceRef, { kind: "git" }>;

export const LOCAL_CACHE_DIR = ".capstan-cache";

/** How the lock and errors name a git pack: `git:<url>@<ref>` (`git:<url>//<path>@<ref>` with a path). */
export function gitPackSource(r: { url: string; ref: string; path?: string }): string {
  const p = r.path ? `//${r.path.replace(/^\.?\/+|\/+$/g, "")}` : "";
  return `git:${r.url}${p}@${r.ref}`;
}

export function packCacheRoot(sourceDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return xdg && isAbsolute(xdg)
    ? join(xdg, "capstan", "packs")
    : join(sourceDir, LOCAL_CACHE_DIR, "packs");
}

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");
const FULL_SHA = /^[0-9a-f]{40}$/;
const SHORT_SHA = /^[0-9a-f]{7,39}$/;

/** A URL git understands from `cwd`: scp-like and scheme URLs as is; local paths made absolute. */
function gitUrl(url: string, sourceDir: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/\\]+@[^/\\]+:/.test(url)) return url;
  return resolve(sourceDir, url);
}

export interface FetchOptions {
  /** the source repository: relative pack URLs and the local cache are under it */
  sourceDir: string;
  cacheRoot?: string;
  /** the commit the lock pins for this pack (used instead of resolving the ref) */
  lockedCommit?: string;
  /** an HTTP token sent only to the pack URL's origin */
  token?: string;
}

export interface FetchedPack {
  pack: CapabilityPack;
  commit: string;
  /** folder the pack was read from */
  dir: string;
}

function failure(what: string, url: string, e: unknown): ExternalError {
  const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
  return new ExternalError(`git: could not ${what} capability pack ${url}: ${detail}`);
}

/** Fetches (or finds in the cache) one git pack and reads it. */
export async function fetchGitPack(ref: GitPackRef, opts: FetchOptions): Promise<FetchedPack> {
  const m = openMirror(ref, opts);
  const commit = opts.lockedCommit ?? (await resolveRef(ref, m.url, m.git, m.has, m.fetchAll));
  const dir = packDir(ref, await checkedOutTree(ref, opts, m, commit), commit);
  return { pack: readFetchedPack(ref, dir, commit), commit, dir };
}

/** The per-URL cache: a bare mirror of the pack's repository and one folder per commit. */
interface PackMirror {
  urlDir: string;
  url: string;
  mirror: string;
  git: (args: readonly string[]) => Promise<string>;
  /** the commit `rev` names, when the mirror has it */
  has: (rev: string) => Promise<string | undefined>;
  /** fetches every branch and tag into the mirror */
  fetchAll: () => Promise<void>;
}

function openMirror(ref: GitPackRef, opts: FetchOptions): PackMirror {
  const cacheRoot = opts.cacheRoot ?? packCacheRoot(opts.sourceDir);
  const urlDir = join(cacheRoot, sha256(ref.url));
  mkdirSync(urlDir, { recursive: true });
  const url = gitUrl(ref.url, opts.sourceDir);
  const origin = httpOrigin(url);
  const git = gitRunner({
    cwd: urlDir,
    auth: opts.token && origin ? { token: opts.token, origin } : undefined,
  });
  const mirror = join(urlDir, "mirror.git");
  const has = async (rev: string): Promise<string | undefined> => {
    if (!existsSync(join(mirror, "HEAD"))) return undefined;
    try {
      return (
        await git(["--git-dir", mirror, "rev-parse", "--verify", "-q", `${rev}^{commit}`])
      ).trim();
    } catch {
      return undefined;
    }
  };
  const fetchAll = async () => {
    await ensureMirror(git, mirror);
    try {
      await git(["--git-dir", mirror, "fetch", "-q", "--prune", "--force", url, ...ALL_REFS]);
    } catch (e) {
      throw failure("fetch", ref.url, e);
    }
  };
  return { urlDir, url, mirror, git, has, fetchAll };
}

const ALL_REFS = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"];

async function ensureMirror(
  git: (args: readonly string[]) => Promise<string>,
  mirror: string,
): Promise<void> {
  if (existsSync(join(mirror, "HEAD"))) return;
  const tmp = `${mirror}.tmp-${randomBytes(4).toString("hex")}`;
  await git(["init", "-q", "--bare", tmp]);
  try {
    renameSync(tmp, mirror);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process won the race
  }
}

/** The folder holding `commit`'s files, checked out from the mirror on first use. */
async function checkedOutTree(
  ref: GitPackRef,
  opts: FetchOptions,
  m: PackMirror,
  commit: string,
): Promise<string> {
  const tree = join(m.urlDir, commit);
  if (!existsSync(tree)) {
    await fetchCommit(ref, opts, m, commit);
    await checkOut(ref, m, commit, tree);
  }
  return realpathSync(tree);
}

async function fetchCommit(
  ref: GitPackRef,
  opts: FetchOptions,
  m: PackMirror,
  commit: string,
): Promise<void> {
  if (!(await m.has(commit))) await m.fetchAll();
  if (!(await m.has(commit))) {
    // Not on any branch or tag (e.g. force-pushed away): ask for the commit itself.
    try {
      await m.git(["--git-dir", m.mirror, "fetch", "-q", m.url, commit]);
    } catch {
      // reported below
    }
  }
  if (!(await m.has(commit)))
    throw new UserError([
      {
        code: "git-pack",
        message: `capability pack ${ref.url}: commit ${commit}${opts.lockedCommit ? " (pinned in capstan.lock)" : ""} does not exist there; run \`capstan lock --update\` to re-resolve ${ref.ref}`,
      },
    ]);
}

/** Checks `commit` out into a fresh folder and renames it into place (atomic for readers). */
async function checkOut(ref: GitPackRef, m: PackMirror, commit: string, tree: string) {
  const tmp = `${tree}.tmp-${randomBytes(4).toString("hex")}`;
  mkdirSync(tmp, { recursive: true });
  try {
    await gitRunner({ cwd: m.urlDir, env: { GIT_INDEX_FILE: `${tmp}.index` } })([
      "--git-dir",
      m.mirror,
      "--work-tree",
      tmp,
      "checkout",
      "-q",
      "-f",
      commit,
      "--",
      ".",
    ]);
    rmSync(`${tmp}.index`, { force: true });
    try {
      renameSync(tmp, tree);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // a concurrent run put it there first
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(`${tmp}.index`, { force: true });
    throw failure("check out", ref.url, e);
  }
}

/** The pack's folder in the checked-out tree (`ref.path`, which must stay inside it). */
function packDir(ref: GitPackRef, tree: string, commit: string): string {
  const dir = ref.path ? resolve(tree, ref.path) : tree;
  if (!existsSync(dir) || (dir !== tree && !realpathSync(dir).startsWith(tree + sep)))
    throw new UserError([
      {
        code: "git-pack",
        message: `capability pack ${gitPackSource(ref)}: path "${ref.path}" ${existsSync(dir) ? "is outside the repository" : "does not exist"} at ${commit.slice(0, 12)}`,
      },
    ]);
  return dir;
}

function readFetchedPack(ref: GitPackRef, dir: string, commit: string): CapabilityPack {
  const problems: Problem[] = [];
  const name =
    ref.url
      .replace(/\.git$/, "")
      .split(/[/:]/)
      .pop() || ref.url;
  const display = `<git:${name}@${ref.ref}>/`;
  const pack = readPack(dir, gitPackSource(ref), display, problems, commit, NO_GOLDEN_CASES);
  if (problems.length) throw new UserError(problems);
  return pack;
}

async function resolveRef(
  ref: GitPackRef,
  url: string,
  git: (args: readonly string[]) => Promise<string>,
  inMirror: (rev: string) => Promise<string | undefined>,
  fetchAll: () => Promise<void>,
): Promise<string> {
  if (FULL_SHA.test(ref.ref)) return ref.ref;
  let listing: string;
  try {
    listing = await git(["ls-remote", url]);
  } catch (e) {
    throw failure("list refs of", ref.url, e);
  }
  const refs = new Map<string, string>();
  for (const line of listing.split("\n")) {
    const [sha, name] = line.trim().split(/\s+/);
    if (sha && name) refs.set(name, sha);
  }
  const hit =
    refs.get(`refs/tags/${ref.ref}^{}`) ??
    refs.get(`refs/tags/${ref.ref}`) ??
    refs.get(`refs/heads/${ref.ref}`) ??
    (ref.ref.startsWith("refs/") ? (refs.get(`${ref.ref}^{}`) ?? refs.get(ref.ref)) : undefined);
  if (hit) return hit;
  if (SHORT_SHA.test(ref.ref)) {
    await fetchAll();
    const c = await inMirror(ref.ref);
    if (c) return c;
  }
  const names = (prefix: string) =>
    [...refs.keys()]
      .filter((k) => k.startsWith(prefix) && !k.endsWith("^{}"))
      .map((k) => k.slice(prefix.length));
  throw new UserError([
    {
      code: "git-pack",
      message: `capability pack ${ref.url}: no tag, branch or commit "${ref.ref}" (tags: ${names("refs/tags/").join(", ") || "none"}; branches: ${names("refs/heads/").join(", ") || "none"})`,
    },
  ]);
}

/** The commit the lock pins for a pack source, if any. */
export function lockedCommit(lock: Lock | undefined, source: string): string | undefined {
  return lock?.entries.find((e) => e.source === source && e.commit)?.commit;
}

/** Every git pack of the config, by its index in `capabilities:` (what readSource takes). */
export async function fetchGitPacks(
  config: Config,
  opts: { sourceDir: string; lock?: Lock; refresh?: boolean; cacheRoot?: string; token?: string },
): Promise<Map<number, CapabilityPack>> {
  const out = new Map<number, CapabilityPack>();
  // One at a time: two entries may share a URL, hence a mirror.
  for (const [i, c] of config.capabilities.entries()) {
    if (c.kind !== "git") continue;
    const locked = opts.refresh ? undefined : lockedCommit(opts.lock, gitPackSource(c));
    const r = await fetchGitPack(c, {
      sourceDir: opts.sourceDir,
      cacheRoot: opts.cacheRoot,
      lockedCommit: locked,
      token: opts.token,
    });
    out.set(i, r.pack);
  }
  return out;
}
