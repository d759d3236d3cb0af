/**
 * Opening the env repo: a local non-bare repository given by path is used in place (its
 * own object store and branches, its work tree updated only where files change); anything
 * else (a URL, a bare path) gets a fresh repository in `workdir` that never checks
 * anything out. A token never reaches argv, logs, errors or `.git/config`.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { ExternalError } from "../../core/common/errors.ts";
import { gitRunner, httpOrigin, stripUserinfo, type GitRunnerOptions } from "../git-exec.ts";
import { gitError } from "./errors.ts";
import { gitProcess } from "./process.ts";
import { EnvStore } from "./store.ts";

export interface EnvStoreOptions {
  /** Remote URL (https, file://, a bare path), or a local non-bare repository used in place. */
  url: string;
  /** HTTP token; sent as an `Authorization` header to the URL's origin only. */
  token?: string;
  /** Where the store lives (must not exist or be empty). Ignored when `url` is used in place. */
  workdir: string;
  /** Author and committer of capstan's commits. Default: git's configured identity, else `capstan`. */
  committer?: { name: string; email: string };
  /** Extra environment for every git call (tests pin GIT_AUTHOR_DATE/GIT_COMMITTER_DATE here). */
  env?: Record<string, string>;
}

const FALLBACK_IDENTITY = { name: "capstan", email: "capstan@users.noreply.github.com" };
/** Settings of every call in a store capstan made: no auto-gc, no CRLF conversion. */
const STORE_CONFIG: [string, string][] = [
  ["core.autocrlf", "false"],
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["fetch.writeCommitGraph", "false"],
];

export async function openEnvStore(opts: EnvStoreOptions): Promise<EnvStore> {
  const { url, password } = stripUserinfo(opts.url);
  const token = opts.token || password;
  const secrets = token ? [token] : [];
  const env = { ...(opts.env ?? {}) };
  const local = isRemoteUrl(url) ? undefined : await localWorktree(url, env, secrets);
  if (local) return openInPlace(local, opts, env, secrets);

  // Synchronous up to the first git process (a caller may go on with CPU work meanwhile).
  const dir = path.resolve(opts.workdir);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length)
    throw new ExternalError(`cannot clone the env repo into ${dir}: the directory is not empty`);
  const origin = httpOrigin(url);
  const runner: GitRunnerOptions = {
    cwd: dir,
    env: { ...withConfig(env, STORE_CONFIG), ...identityEnv(opts.committer ?? FALLBACK_IDENTITY) },
    auth: token && origin ? { token, origin } : undefined,
    secrets,
  };
  const git = gitProcess(runner);
  try {
    await git({ args: ["init", "-q", dir] });
  } catch (e) {
    throw gitError("initialise the env repo clone", e);
  }
  // What `git remote add origin URL` writes, without a process of its own.
  appendFileSync(path.join(dir, ".git", "config"), remoteSection(url));
  return new EnvStore({ dir, url, inPlace: false, git });
}

async function openInPlace(
  dir: string,
  opts: EnvStoreOptions,
  env: Record<string, string>,
  secrets: string[],
): Promise<EnvStore> {
  const probe = gitRunner({ cwd: dir, env, secrets });
  const [remote, hasIdentity] = await Promise.all([
    probe(["remote", "get-url", "origin"]).then(
      (s) => stripUserinfo(s.trim()).url,
      () => "",
    ),
    probe(["config", "user.email"]).then(
      (s) => s.trim() !== "",
      () => false,
    ),
  ]);
  const token = secrets[0];
  const origin = httpOrigin(remote);
  const identity = opts.committer ?? (hasIdentity ? undefined : FALLBACK_IDENTITY);
  const git = gitProcess({
    cwd: dir,
    env: { ...(identity ? identityEnv(identity) : {}), ...env },
    auth: token && origin ? { token, origin } : undefined,
    secrets,
  });
  return new EnvStore({ dir: await fs.realpath(dir), url: remote, inPlace: true, git });
}

/** The `[remote "origin"]` section of a new repository's config (a quoted, escaped value). */
export function remoteSection(url: string): string {
  if (/[\0\n\r]/.test(url)) throw new ExternalError(`the env repo URL contains a line break`);
  const quoted = `"${url.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  return `[remote "origin"]\n\turl = ${quoted}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
}

/** A URL (`scheme://…`) or scp-like `user@host:path`: never a local work tree. */
function isRemoteUrl(url: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return true;
  return /^[^/\\]+:/.test(url) && !/^[a-z]:[\\/]/i.test(url);
}

/** A path (not a URL) naming the top of an existing non-bare repository. */
async function localWorktree(
  url: string,
  env: Record<string, string>,
  secrets: string[],
): Promise<string | undefined> {
  const abs = path.resolve(url);
  if (!existsSync(abs)) return undefined;
  const probe = gitRunner({ cwd: abs, env, secrets });
  const out = await probe(["rev-parse", "--is-bare-repository", "--show-toplevel"]).then(
    (s) => s.trim().split("\n"),
    () => undefined,
  );
  if (!out || out[0] !== "false" || !out[1]) return undefined;
  const [a, b] = await Promise.all([fs.realpath(out[1]), fs.realpath(abs)]);
  return a === b ? abs : undefined;
}

function identityEnv(id: { name: string; email: string }): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: id.name,
    GIT_AUTHOR_EMAIL: id.email,
    GIT_COMMITTER_NAME: id.name,
    GIT_COMMITTER_EMAIL: id.email,
  };
}

/** `pairs` as `GIT_CONFIG_KEY_n`/`VALUE_n` entries after any the environment has. */
function withConfig(
  env: Record<string, string>,
  pairs: [string, string][],
): Record<string, string> {
  const out = { ...env };
  let n = Number.parseInt(out.GIT_CONFIG_COUNT ?? process.env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  if (out.GIT_CONFIG_COUNT === undefined && process.env.GIT_CONFIG_COUNT)
    for (let i = 0; i < n; i++) {
      out[`GIT_CONFIG_KEY_${i}`] = process.env[`GIT_CONFIG_KEY_${i}`] ?? "";
      out[`GIT_CONFIG_VALUE_${i}`] = process.env[`GIT_CONFIG_VALUE_${i}`] ?? "";
    }
  for (const [k, v] of pairs) {
    out[`GIT_CONFIG_KEY_${n}`] = k;
    out[`GIT_CONFIG_VALUE_${n}`] = v;
    n++;
  }
  out.GIT_CONFIG_COUNT = String(n);
  return out;
}
