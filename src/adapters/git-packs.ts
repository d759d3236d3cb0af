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
import { ExternalError, UserError, type Problem } from "../core/errors.ts";
import type { CapabilitySourceRef, Config } from "../core/config.ts";
import type { Lock } from "../core/lock.ts";
import type { CapabilityPack } from "../core/source.ts";
import { GitExit, gitRunner, httpOrigin } from "./git-exec.ts";
import { readPack } from "./source-files.ts";

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
  const ensureMirror = async () => {
    if (existsSync(join(mirror, "HEAD"))) return;
    const tmp = `${mirror}.tmp-${randomBytes(4).toString("hex")}`;
    await git(["init", "-q", "--bare", tmp]);
    try {
      renameSync(tmp, mirror);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process won the race
    }
  };
  const inMirror = async (rev: string): Promise<string | undefined> => {
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
    await ensureMirror();
    try {
      await git([
        "--git-dir",
        mirror,
        "fetch",
        "-q",
        "--prune",
        "--force",
        url,
        "+refs/heads/*:refs/heads/*",
        "+refs/tags/*:refs/tags/*",
      ]);
    } catch (e) {
      throw failure("fetch", ref.url, e);
    }
  };

  let commit = opts.lockedCommit;
  if (!commit) commit = await resolveRef(ref, url, git, inMirror, fetchAll);
  let tree = join(urlDir, commit);
  if (!existsSync(tree)) {
    if (!(await inMirror(commit))) await fetchAll();
    if (!(await inMirror(commit))) {
      // Not on any branch or tag (e.g. force-pushed away): ask for the commit itself.
      try {
        await git(["--git-dir", mirror, "fetch", "-q", url, commit]);
      } catch {
        // reported below
      }
    }
    if (!(await inMirror(commit)))
      throw new UserError([
        {
          code: "git-pack",
          message: `capability pack ${ref.url}: commit ${commit}${opts.lockedCommit ? " (pinned in capstan.lock)" : ""} does not exist there; run \`capstan lock --update\` to re-resolve ${ref.ref}`,
        },
      ]);
    const tmp = `${tree}.tmp-${randomBytes(4).toString("hex")}`;
    mkdirSync(tmp, { recursive: true });
    try {
      await gitRunner({ cwd: urlDir, env: { GIT_INDEX_FILE: `${tmp}.index` } })([
        "--git-dir",
        mirror,
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
  tree = realpathSync(tree);
  const dir = ref.path ? resolve(tree, ref.path) : tree;
  const source = gitPackSource(ref);
  if (!existsSync(dir) || (dir !== tree && !realpathSync(dir).startsWith(tree + sep)))
    throw new UserError([
      {
        code: "git-pack",
        message: `capability pack ${source}: path "${ref.path}" ${existsSync(dir) ? "is outside the repository" : "does not exist"} at ${commit.slice(0, 12)}`,
      },
    ]);
  const problems: Problem[] = [];
  const name =
    ref.url
      .replace(/\.git$/, "")
      .split(/[/:]/)
      .pop() || ref.url;
  const pack = readPack(dir, source, `<git:${name}@${ref.ref}>/`, problems, commit);
  if (problems.length) throw new UserError(problems);
  return { pack, commit, dir };
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
