/**
 * The environment repository: the only place git runs against it.
 *
 * `EnvRepo.open` either clones a remote (shallow, one branch; an empty remote or a
 * missing branch starts an unborn branch of that name) or opens a local non-bare
 * repository in place. A token never reaches argv, logs, errors or `.git/config`:
 * see `git-exec.ts`.
 */
import { existsSync } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { ExternalError, UserError } from "../core/errors.ts";
import {
  GitExit,
  gitFailureDetail,
  gitRunner,
  httpOrigin,
  stripUserinfo,
  type GitRunner,
} from "./git-exec.ts";

export { redact } from "./git-exec.ts";

export interface EnvRepoOptions {
  /** Remote URL (https, file://, a bare path), or a local non-bare repository used in place. */
  url: string;
  branch: string;
  /** HTTP token; sent as an `Authorization` header to the URL's origin only. */
  token?: string;
  /** Where to clone (must not exist or be empty). Ignored when `url` is used in place. */
  workdir: string;
  /** Clone depth; 1 by default, 0 for full history. */
  depth?: number;
  /** Author and committer of capstan's commits. Default: git's configured identity, else `capstan`. */
  committer?: { name: string; email: string };
  /** Extra environment for every git call (tests pin GIT_AUTHOR_DATE/GIT_COMMITTER_DATE here). */
  env?: Record<string, string>;
}

export interface FileChanges {
  /** Relative path → full text. */
  write: Map<string, string>;
  /** Relative paths; missing files are ignored. */
  delete: string[];
}

export interface FileStatus {
  path: string;
  /** Porcelain v1 status letters: index and worktree (`?` for untracked). */
  index: string;
  worktree: string;
}

export interface PushRef {
  /** Local branch name or commit. */
  local: string;
  /** Remote branch name (`refs/heads/` is added when missing). */
  remote: string;
  /** Allow a non-fast-forward update, but only if the remote still is where we think. */
  force?: "with-lease";
  /** With `force: "with-lease"`: the sha the remote ref must have ("" = must not exist). */
  expectedRemoteSha?: string;
}

export type PushResult =
  { ok: true } | { ok: false; reason: "non-fast-forward" | "rejected"; detail: string };

const FALLBACK_IDENTITY = { name: "capstan", email: "capstan@users.noreply.github.com" };
/** Push rejections that mean "someone else moved the ref": re-fetch and retry. */
const RACE_REASONS = /non-fast-forward|fetch first|stale info|cannot lock ref|incorrect old value/;
const RACE_WITHOUT_REFS =
  /atomic push failed|remote contains work that you do\s+not have locally|cannot lock ref/;

export class EnvRepo {
  private constructor(
    /** Absolute path of the worktree. */
    readonly dir: string,
    /** The branch capstan commits to. */
    readonly branch: string,
    /** The remote URL without credentials ("" when used in place without a remote). */
    readonly url: string,
    /** True when a local repository is used in place (nothing was cloned). */
    readonly inPlace: boolean,
    private readonly depth: number,
    private readonly git: GitRunner,
  ) {}

  static async open(opts: EnvRepoOptions): Promise<EnvRepo> {
    const { url, password } = stripUserinfo(opts.url);
    const token = opts.token || password;
    const secrets = token ? [token] : [];
    const depth = opts.depth ?? 1;
    const env = { ...(opts.env ?? {}) };

    const local = localWorktree(url);
    if (local) {
      const probe = gitRunner({ cwd: local, env, secrets });
      const top = await probe(["rev-parse", "--show-toplevel"]).then(
        (s) => s.trim(),
        () => undefined,
      );
      const isBare = await probe(["rev-parse", "--is-bare-repository"]).then(
        (s) => s.trim() === "true",
        () => false,
      );
      if (top && !isBare && (await samePath(top, local))) {
        return EnvRepo.openInPlace(local, opts, env, secrets);
      }
    }

    const dir = path.resolve(opts.workdir);
    await fs.mkdir(dir, { recursive: true });
    if ((await fs.readdir(dir)).length) {
      throw new ExternalError(`cannot clone the env repo into ${dir}: the directory is not empty`);
    }
    const origin = httpOrigin(url);
    const auth = token && origin ? { token, origin } : undefined;
    const identity = opts.committer ?? FALLBACK_IDENTITY;
    const git = gitRunner({ cwd: dir, env: { ...identityEnv(identity), ...env }, auth, secrets });
    const repo = new EnvRepo(dir, opts.branch, url, false, depth, git);
    await repo.run("initialise the env repo clone", [
      "init",
      "-q",
      `--initial-branch=${opts.branch}`,
    ]);
    for (const [k, v] of [
      ["core.autocrlf", "false"],
      ["gc.auto", "0"],
      ["maintenance.auto", "false"],
    ] as const) {
      await repo.run("configure the env repo clone", ["config", k, v]);
    }
    await repo.run("add the env repo remote", ["remote", "add", "-t", opts.branch, "origin", url]);
    const sha = await repo.fetchBranch(opts.branch);
    if (sha) {
      await repo.run(`check out ${opts.branch}`, [
        "checkout",
        "-q",
        "-B",
        opts.branch,
        remoteRef(opts.branch),
      ]);
      await repo.run("configure the env repo clone", [
        "config",
        `branch.${opts.branch}.remote`,
        "origin",
      ]);
      await repo.run("configure the env repo clone", [
        "config",
        `branch.${opts.branch}.merge`,
        `refs/heads/${opts.branch}`,
      ]);
    }
    return repo;
  }

  private static async openInPlace(
    dir: string,
    opts: EnvRepoOptions,
    env: Record<string, string>,
    secrets: string[],
  ): Promise<EnvRepo> {
    const probe = gitRunner({ cwd: dir, env, secrets });
    const remote = await probe(["remote", "get-url", "origin"]).then(
      (s) => stripUserinfo(s.trim()).url,
      () => "",
    );
    const token = secrets[0];
    const origin = httpOrigin(remote);
    const auth = token && origin ? { token, origin } : undefined;
    const hasIdentity = await probe(["config", "user.email"]).then(
      (s) => s.trim() !== "",
      () => false,
    );
    const identity = opts.committer ?? (hasIdentity ? undefined : FALLBACK_IDENTITY);
    const git = gitRunner({
      cwd: dir,
      env: { ...(identity ? identityEnv(identity) : {}), ...env },
      auth,
      secrets,
    });
    const repo = new EnvRepo(await fs.realpath(dir), opts.branch, remote, true, 0, git);
    const current = await probe(["symbolic-ref", "-q", "--short", "HEAD"]).then(
      (s) => s.trim(),
      () => "",
    );
    if (current === opts.branch) return repo;
    const exists = await probe([
      "rev-parse",
      "--verify",
      "-q",
      `refs/heads/${opts.branch}^{commit}`,
    ]).then(
      () => true,
      () => false,
    );
    if (exists) {
      await repo.checkout(opts.branch);
    } else if ((await repo.head()) === undefined) {
      await probe(["symbolic-ref", "HEAD", `refs/heads/${opts.branch}`]).catch((e: unknown) => {
        throw new ExternalError(
          `git: could not start ${opts.branch}: ${e instanceof Error ? e.message : String(e)}`,
        );
      });
    } else {
      throw new ExternalError(
        `the env repo at ${dir} has no branch ${opts.branch} (it is on ${current || "a detached HEAD"}); ` +
          `create the branch or use a clone`,
      );
    }
    return repo;
  }

  /** Text of a worktree file, or undefined when it does not exist. */
  async readFile(rel: string): Promise<string | undefined> {
    const abs = await this.resolve(rel);
    try {
      return await fs.readFile(abs, "utf8");
    } catch (e) {
      if (isErrno(e, "ENOENT") || isErrno(e, "ENOTDIR")) return undefined;
      throw e;
    }
  }

  /** Tracked files under `dir` (relative to the worktree root, `/`-separated, sorted). */
  async listFiles(dir = ""): Promise<string[]> {
    const spec = dir === "" || dir === "." ? "." : safeRelPath(dir);
    const out = await this.run("list env repo files", ["ls-files", "-z", "--", spec]);
    return out
      .split("\0")
      .filter(Boolean)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Writes and deletes worktree files. Paths escaping the worktree or into `.git` are refused. */
  async writeFiles(changes: FileChanges): Promise<void> {
    const writes = [...changes.write].map(([rel, text]) => [safeRelPath(rel), text] as const);
    const deletes = changes.delete.map(safeRelPath);
    for (const rel of [...writes.map(([r]) => r), ...deletes]) await this.refuseSymlinks(rel);
    for (const rel of deletes) {
      const abs = path.join(this.dir, rel);
      await fs.rm(abs, { force: true });
      await this.pruneEmptyDirs(path.dirname(abs));
    }
    for (const [rel, text] of writes) {
      const abs = path.join(this.dir, rel);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.writeFile(abs, text, "utf8");
    }
  }

  /** Changed, staged and untracked files of the worktree. */
  async status(): Promise<FileStatus[]> {
    const out = await this.run("read env repo status", [
      "status",
      "--porcelain=v1",
      "-z",
      "--untracked-files=all",
    ]);
    const parts = out.split("\0");
    const result: FileStatus[] = [];
    for (let i = 0; i < parts.length; i++) {
      const entry = parts[i] ?? "";
      if (entry.length < 4) continue;
      const index = entry[0] ?? " ";
      const worktree = entry[1] ?? " ";
      result.push({ path: entry.slice(3), index, worktree });
      if (index === "R" || index === "C") i++; // the rename's source path follows
    }
    return result;
  }

  /** Stages everything and commits; undefined (and no commit) when nothing changed. */
  async commit(message: string): Promise<string | undefined> {
    await this.run("stage env repo changes", ["add", "-A", "--", "."]);
    const staged = await this.run("read env repo status", ["status", "--porcelain=v1", "-z"]);
    if (!staged.split("\0").some((e) => e.length > 3 && e[0] !== " " && e[0] !== "?"))
      return undefined;
    await this.run("commit to the env repo", [
      "commit",
      "-q",
      "--no-verify",
      "--cleanup=whitespace",
      "-m",
      message,
    ]);
    return (await this.head()) ?? undefined;
  }

  /** Pushes every ref in one `git push --atomic`: all refs move, or none. */
  async push(refs: PushRef[]): Promise<PushResult> {
    if (!refs.length) return { ok: true };
    const args = ["push", "--atomic", "--porcelain", "--no-verify"];
    for (const r of refs) {
      const dst = r.remote.startsWith("refs/") ? r.remote : `refs/heads/${r.remote}`;
      if (r.force === "with-lease") {
        args.push(
          r.expectedRemoteSha === undefined
            ? `--force-with-lease=${dst}`
            : `--force-with-lease=${dst}:${r.expectedRemoteSha}`,
        );
      }
    }
    args.push("origin");
    for (const r of refs) {
      const dst = r.remote.startsWith("refs/") ? r.remote : `refs/heads/${r.remote}`;
      args.push(`${r.local}:${dst}`);
    }
    try {
      await this.git(args);
      return { ok: true };
    } catch (e) {
      if (!(e instanceof GitExit)) throw e;
      const rejected = parsePorcelain(e.stdout).filter((l) => l.flag === "!");
      // The remote's ref transaction can fail after the ref check (another push won
      // the lock between): git then prints no ref lines, only "atomic push failed".
      if (!rejected.length && RACE_WITHOUT_REFS.test(e.stderr))
        return {
          ok: false,
          reason: "non-fast-forward",
          detail: e.stderr.trim().split("\n")[0] ?? "",
        };
      if (!rejected.length) throw this.external(`push to ${this.url || "origin"}`, e);
      const detail = rejected.map((l) => `${l.to}: ${l.summary}`).join("; ");
      const race = rejected.some((l) => RACE_REASONS.test(l.summary));
      return { ok: false, reason: race ? "non-fast-forward" : "rejected", detail };
    }
  }

  /**
   * Fetches the remote tip of `branch`, checks it out and hard-resets the worktree to it
   * (untracked files removed). Returns the new head, or undefined when the remote has no
   * such branch (the worktree is then an empty, unborn `branch`).
   */
  async fetchAndReset(branch: string = this.branch): Promise<string | undefined> {
    const sha = await this.fetchBranch(branch);
    if (sha) {
      await this.run(`reset to origin/${branch}`, [
        "checkout",
        "-q",
        "-f",
        "-B",
        branch,
        remoteRef(branch),
      ]);
      await this.run(`reset to origin/${branch}`, ["reset", "-q", "--hard", remoteRef(branch)]);
      await this.run("clean the env repo worktree", ["clean", "-q", "-f", "-d"]);
      return sha;
    }
    await this.run(`start ${branch}`, ["symbolic-ref", "HEAD", `refs/heads/${branch}`]);
    await this.run(`start ${branch}`, ["update-ref", "-d", `refs/heads/${branch}`]);
    await this.run(`start ${branch}`, ["read-tree", "--empty"]);
    await this.run("clean the env repo worktree", ["clean", "-q", "-f", "-d"]);
    return undefined;
  }

  /**
   * Fetches `branch` into `refs/remotes/origin/<branch>` (at the clone's depth).
   * Returns its sha, or undefined when the remote has no such branch.
   */
  async fetchBranch(branch: string): Promise<string | undefined> {
    const sha = await this.remoteSha(branch);
    if (!sha) return undefined;
    const args = ["fetch", "-q", "--no-tags"];
    if (this.depth > 0 && (await this.isShallowOrEmpty())) args.push(`--depth=${this.depth}`);
    args.push("origin", `+refs/heads/${branch}:${remoteRef(branch)}`);
    await this.run(`fetch ${branch} from ${this.url || "origin"}`, args);
    return sha;
  }

  /** The sha of `branch` on the remote, or undefined when it does not exist. */
  async remoteSha(branch: string): Promise<string | undefined> {
    const out = await this.run(`list ${this.url || "origin"}`, [
      "ls-remote",
      "origin",
      `refs/heads/${branch}`,
    ]);
    const line = out.split("\n").find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split("\t")[0];
  }

  /** The commit HEAD points at, or undefined on an unborn branch. */
  async head(): Promise<string | undefined> {
    try {
      return (await this.git(["rev-parse", "--verify", "-q", "HEAD^{commit}"])).trim() || undefined;
    } catch (e) {
      if (e instanceof GitExit && e.exitCode === 1) return undefined;
      throw this.external("read HEAD", e);
    }
  }

  /** `git merge-base --is-ancestor a b`. */
  async isAncestor(a: string, b: string): Promise<boolean> {
    try {
      await this.git(["merge-base", "--is-ancestor", a, b]);
      return true;
    } catch (e) {
      if (e instanceof GitExit && e.exitCode === 1) return false;
      throw this.external(`compare ${a} and ${b}`, e);
    }
  }

  /** Fetches more history of the current branch: `by` more commits, or all of it. */
  async deepen(by?: number): Promise<void> {
    if (!(await this.isShallowOrEmpty())) return;
    const args = ["fetch", "-q", "--no-tags", by ? `--deepen=${by}` : "--unshallow", "origin"];
    args.push(`+refs/heads/${this.branch}:${remoteRef(this.branch)}`);
    await this.run(`deepen ${this.branch}`, args);
  }

  /** Creates (or resets) local branch `name` at `from`, without switching to it. */
  async createBranch(name: string, from = "HEAD"): Promise<void> {
    await this.run(`create branch ${name}`, ["branch", "-q", "-f", "--no-track", name, from]);
  }

  async checkout(branch: string): Promise<void> {
    await this.run(`check out ${branch}`, ["checkout", "-q", branch]);
  }

  /** Runs git; any failure becomes an ExternalError naming what was being done. */
  private async run(what: string, args: string[]): Promise<string> {
    try {
      return await this.git(args);
    } catch (e) {
      throw this.external(what, e);
    }
  }

  private external(what: string, e: unknown): ExternalError {
    const detail = gitFailureDetail(e);
    const auth =
      /could not read (Username|Password)|Authentication failed|terminal prompts disabled|\b40[13]\b/i.test(
        detail,
      )
        ? " — the env repo refused the credentials: check that the token (CAPSTAN_TOKEN, or the Action's token input) is set and may push to this repository"
        : "";
    return new ExternalError(`git: could not ${what}: ${detail}${auth}`);
  }

  private async isShallowOrEmpty(): Promise<boolean> {
    const out = await this.run("inspect the env repo", ["rev-parse", "--is-shallow-repository"]);
    if (out.trim() === "true") return true;
    return (await this.head()) === undefined;
  }

  private async resolve(rel: string): Promise<string> {
    const safe = safeRelPath(rel);
    await this.refuseSymlinks(safe);
    return path.join(this.dir, safe);
  }

  /** Refuses a path whose existing parent components include a symlink (it could lead outside). */
  private async refuseSymlinks(rel: string): Promise<void> {
    const parts = rel.split("/");
    let cur = this.dir;
    for (const part of parts) {
      cur = path.join(cur, part);
      let st;
      try {
        st = await fs.lstat(cur);
      } catch {
        return;
      }
      if (st.isSymbolicLink()) unsafePath(rel, "goes through a symbolic link");
    }
  }

  private async pruneEmptyDirs(dir: string): Promise<void> {
    let cur = dir;
    while (cur.startsWith(this.dir + path.sep)) {
      try {
        await fs.rmdir(cur);
      } catch {
        return;
      }
      cur = path.dirname(cur);
    }
  }
}

/** A path that is not a URL (no scheme, not `host:path`) and names an existing directory. */
function localWorktree(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  if (/^[^/\\]+:/.test(url) && !/^[a-z]:[\\/]/i.test(url)) return undefined; // scp-like user@host:path
  const abs = path.resolve(url);
  return existsSync(abs) ? abs : undefined;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
  return ra === rb;
}

function identityEnv(id: { name: string; email: string }): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: id.name,
    GIT_AUTHOR_EMAIL: id.email,
    GIT_COMMITTER_NAME: id.name,
    GIT_COMMITTER_EMAIL: id.email,
  };
}

function remoteRef(branch: string): string {
  return `refs/remotes/origin/${branch}`;
}

/**
 * Normalises a worktree-relative path (`/`-separated) and refuses anything that could
 * leave the worktree or touch git's own files.
 */
export function safeRelPath(rel: string): string {
  if (!rel || rel.includes("\0")) unsafePath(rel, "is empty or contains NUL");
  if (rel.includes("\\")) unsafePath(rel, "contains a backslash");
  if (rel.startsWith("/") || /^[a-z]:/i.test(rel)) unsafePath(rel, "is absolute");
  const norm = path.posix.normalize(rel).replace(/\/+$/, "");
  if (norm === "." || norm === ".." || norm.startsWith("../"))
    unsafePath(rel, "escapes the repository");
  if (norm.split("/").some((seg) => seg.toLowerCase() === ".git"))
    unsafePath(rel, "points into .git");
  return norm;
}

function unsafePath(rel: string, why: string): never {
  throw new UserError([
    { code: "unsafe-path", message: `refusing to write ${JSON.stringify(rel)}: the path ${why}` },
  ]);
}

interface PorcelainLine {
  flag: string;
  from: string;
  to: string;
  summary: string;
}

/** `git push --porcelain` ref lines: `<flag>\t<from>:<to>\t<summary>`. */
function parsePorcelain(stdout: string): PorcelainLine[] {
  const lines: PorcelainLine[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^([ +\-*=!])\t([^\t]*)\t(.*)$/.exec(line);
    if (!m) continue;
    const [from = "", to = ""] = (m[2] ?? "").split(":");
    lines.push({ flag: m[1] ?? "", from, to, summary: m[3] ?? "" });
  }
  return lines;
}

function isErrno(e: unknown, code: string): boolean {
  return (
    typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === code
  );
}
