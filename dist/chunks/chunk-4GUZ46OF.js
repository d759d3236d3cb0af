import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  dedupeProblems,
  massDeletionProblem
} from "./chunk-7MKJRI7D.js";
import {
  NO_COMMIT,
  isAncestor
} from "./chunk-BB75IWMQ.js";
import {
  planEnv,
  prepare
} from "./chunk-OTM6RDDD.js";
import {
  didYouMeanInline
} from "./chunk-JA3C57HL.js";
import {
  STATE_FILE,
  kustomization,
  parseState
} from "./chunk-NB3YUSRG.js";
import {
  GitHubApi,
  parseGitHubRepoUrl
} from "./chunk-H7EPVWR2.js";
import {
  GitExit,
  gitFailureDetail,
  gitRunner,
  httpOrigin,
  stripUserinfo
} from "./chunk-TJCCMP7P.js";
import {
  ExternalError,
  UsageError,
  UserError
} from "./chunk-25T5DTZY.js";

// src/flows/shared/summary.ts
function objectCounts(a) {
  return `+${a.added.length} ~${a.changed.length} \u2212${a.removed.length}`;
}
function reportLines(reports) {
  return reports.map((r) => {
    const changed = r.apps.filter((a) => a.change !== "unchanged");
    const apps = changed.length ? ` \u2014 ${changed.map((a) => `${a.name} ${a.change} (${objectCounts(a)})`).join(", ")}` : "";
    const where = r.commit ? ` ${r.branch}@${r.commit.slice(0, 7)}` : ` ${r.branch}`;
    const pr = r.pr?.url ? ` ${r.pr.url}` : "";
    return `${r.env}: ${r.status}${where}${apps}${pr}`;
  });
}
var STATUS_TEXT = {
  committed: "committed",
  proposed: "pull request",
  unchanged: "unchanged",
  "skipped-older": "skipped (newer render present)",
  "would-commit": "would commit (dry run)",
  pruned: "pruned (removed from capstan.yaml)"
};
function summaryMarkdown(reports, source) {
  const rows = [];
  for (const r of reports) {
    const commit = r.commit ? r.commitUrl ? `[\`${r.commit.slice(0, 7)}\`](${r.commitUrl})` : `\`${r.commit.slice(0, 7)}\`` : "";
    const status = r.pr?.url ? `[${STATUS_TEXT[r.status]}](${r.pr.url})` : STATUS_TEXT[r.status];
    const changed = r.apps.filter((a) => a.change !== "unchanged");
    if (!changed.length) rows.push(`| ${r.env} | \u2014 | | | ${status} | ${commit} |`);
    for (const a of changed)
      rows.push(
        `| ${r.env} | ${a.name} | ${a.change} | ${objectCounts(a)} | ${status} | ${commit} |`
      );
  }
  return [
    `### capstan render of ${source.sourceRepo}@${source.commit.slice(0, 7)}`,
    "",
    "| environment | app | change | objects (+added ~changed \u2212removed) | result | commit |",
    "|---|---|---|---|---|---|",
    ...rows,
    ""
  ].join("\n");
}

// src/flows/shared/pull-requests.ts
function envRepoCoords(url, github) {
  if (!github || !url) return void 0;
  return parseGitHubRepoUrl(url, new URL(github.serverUrl).host.replace(/:\d+$/, ""));
}
function envRepoApi(url, token, github) {
  const c = envRepoCoords(url, github);
  return c && token && github ? new GitHubApi({ token, ...c, baseUrl: github.apiUrl }) : void 0;
}
async function deliverPullRequest(gh, req, notOpened, reporter) {
  if (!gh) {
    reporter.info(
      `pull request (not opened: ${notOpened}) ${req.head} \u2192 ${req.base}:
title: ${req.title}

${req.body}`
    );
    return { action: "printed" };
  }
  const res = await gh.createOrUpdatePr(req);
  return { number: res.number, url: res.url, action: res.action };
}

// src/flows/render/render-repo.ts
import * as fs2 from "node:fs/promises";
import * as os from "node:os";
import * as path2 from "node:path";

// src/adapters/env-repo.ts
import { existsSync } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";
var FALLBACK_IDENTITY = { name: "capstan", email: "capstan@users.noreply.github.com" };
var RACE_REASONS = /non-fast-forward|fetch first|stale info|cannot lock ref|incorrect old value/;
var RACE_WITHOUT_REFS = /atomic push failed|remote contains work that you do\s+not have locally|cannot lock ref/;
var EnvRepo = class _EnvRepo {
  constructor(dir, branch, url, inPlace, depth, git) {
    this.dir = dir;
    this.branch = branch;
    this.url = url;
    this.inPlace = inPlace;
    this.depth = depth;
    this.git = git;
  }
  static async open(opts) {
    const { url, password } = stripUserinfo(opts.url);
    const token = opts.token || password;
    const secrets = token ? [token] : [];
    const depth = opts.depth ?? 1;
    const env = { ...opts.env ?? {} };
    const local = localWorktree(url);
    if (local) {
      const probe = gitRunner({ cwd: local, env, secrets });
      const top = await probe(["rev-parse", "--show-toplevel"]).then(
        (s) => s.trim(),
        () => void 0
      );
      const isBare = await probe(["rev-parse", "--is-bare-repository"]).then(
        (s) => s.trim() === "true",
        () => false
      );
      if (top && !isBare && await samePath(top, local)) {
        return _EnvRepo.openInPlace(local, opts, env, secrets);
      }
    }
    const dir = path.resolve(opts.workdir);
    await fs.mkdir(dir, { recursive: true });
    if ((await fs.readdir(dir)).length) {
      throw new ExternalError(`cannot clone the env repo into ${dir}: the directory is not empty`);
    }
    const origin = httpOrigin(url);
    const auth = token && origin ? { token, origin } : void 0;
    const identity = opts.committer ?? FALLBACK_IDENTITY;
    const git = gitRunner({ cwd: dir, env: { ...identityEnv(identity), ...env }, auth, secrets });
    const repo = new _EnvRepo(dir, opts.branch, url, false, depth, git);
    await repo.run("initialise the env repo clone", [
      "init",
      "-q",
      `--initial-branch=${opts.branch}`
    ]);
    for (const [k, v] of [
      ["core.autocrlf", "false"],
      ["gc.auto", "0"],
      ["maintenance.auto", "false"]
    ]) {
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
        remoteRef(opts.branch)
      ]);
      await repo.run("configure the env repo clone", [
        "config",
        `branch.${opts.branch}.remote`,
        "origin"
      ]);
      await repo.run("configure the env repo clone", [
        "config",
        `branch.${opts.branch}.merge`,
        `refs/heads/${opts.branch}`
      ]);
    }
    return repo;
  }
  static async openInPlace(dir, opts, env, secrets) {
    const probe = gitRunner({ cwd: dir, env, secrets });
    const remote = await probe(["remote", "get-url", "origin"]).then(
      (s) => stripUserinfo(s.trim()).url,
      () => ""
    );
    const token = secrets[0];
    const origin = httpOrigin(remote);
    const auth = token && origin ? { token, origin } : void 0;
    const hasIdentity = await probe(["config", "user.email"]).then(
      (s) => s.trim() !== "",
      () => false
    );
    const identity = opts.committer ?? (hasIdentity ? void 0 : FALLBACK_IDENTITY);
    const git = gitRunner({
      cwd: dir,
      env: { ...identity ? identityEnv(identity) : {}, ...env },
      auth,
      secrets
    });
    const repo = new _EnvRepo(await fs.realpath(dir), opts.branch, remote, true, 0, git);
    const current = await probe(["symbolic-ref", "-q", "--short", "HEAD"]).then(
      (s) => s.trim(),
      () => ""
    );
    if (current === opts.branch) return repo;
    const exists = await probe([
      "rev-parse",
      "--verify",
      "-q",
      `refs/heads/${opts.branch}^{commit}`
    ]).then(
      () => true,
      () => false
    );
    if (exists) {
      await repo.checkout(opts.branch);
    } else if (await repo.head() === void 0) {
      await probe(["symbolic-ref", "HEAD", `refs/heads/${opts.branch}`]).catch((e) => {
        throw new ExternalError(
          `git: could not start ${opts.branch}: ${e instanceof Error ? e.message : String(e)}`
        );
      });
    } else {
      throw new ExternalError(
        `the env repo at ${dir} has no branch ${opts.branch} (it is on ${current || "a detached HEAD"}); create the branch or use a clone`
      );
    }
    return repo;
  }
  /** Text of a worktree file, or undefined when it does not exist. */
  async readFile(rel) {
    const abs = await this.resolve(rel);
    try {
      return await fs.readFile(abs, "utf8");
    } catch (e) {
      if (isErrno(e, "ENOENT") || isErrno(e, "ENOTDIR")) return void 0;
      throw e;
    }
  }
  /** Tracked files under `dir` (relative to the worktree root, `/`-separated, sorted). */
  async listFiles(dir = "") {
    const spec = dir === "" || dir === "." ? "." : safeRelPath(dir);
    const out = await this.run("list env repo files", ["ls-files", "-z", "--", spec]);
    return out.split("\0").filter(Boolean).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  }
  /** Writes and deletes worktree files. Paths escaping the worktree or into `.git` are refused. */
  async writeFiles(changes) {
    const writes = [...changes.write].map(([rel, text]) => [safeRelPath(rel), text]);
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
  async status() {
    const out = await this.run("read env repo status", [
      "status",
      "--porcelain=v1",
      "-z",
      "--untracked-files=all"
    ]);
    const parts = out.split("\0");
    const result = [];
    for (let i = 0; i < parts.length; i++) {
      const entry = parts[i] ?? "";
      if (entry.length < 4) continue;
      const index = entry[0] ?? " ";
      const worktree = entry[1] ?? " ";
      result.push({ path: entry.slice(3), index, worktree });
      if (index === "R" || index === "C") i++;
    }
    return result;
  }
  /** Stages everything and commits; undefined (and no commit) when nothing changed. */
  async commit(message) {
    await this.run("stage env repo changes", ["add", "-A", "--", "."]);
    const staged = await this.run("read env repo status", ["status", "--porcelain=v1", "-z"]);
    if (!staged.split("\0").some((e) => e.length > 3 && e[0] !== " " && e[0] !== "?"))
      return void 0;
    await this.run("commit to the env repo", [
      "commit",
      "-q",
      "--no-verify",
      "--cleanup=whitespace",
      "-m",
      message
    ]);
    return await this.head() ?? void 0;
  }
  /** Pushes every ref in one `git push --atomic`: all refs move, or none. */
  async push(refs) {
    if (!refs.length) return { ok: true };
    const args = ["push", "--atomic", "--porcelain", "--no-verify"];
    for (const r of refs) {
      const dst = r.remote.startsWith("refs/") ? r.remote : `refs/heads/${r.remote}`;
      if (r.force === "with-lease") {
        args.push(
          r.expectedRemoteSha === void 0 ? `--force-with-lease=${dst}` : `--force-with-lease=${dst}:${r.expectedRemoteSha}`
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
      if (!rejected.length && RACE_WITHOUT_REFS.test(e.stderr))
        return {
          ok: false,
          reason: "non-fast-forward",
          detail: e.stderr.trim().split("\n")[0] ?? ""
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
  async fetchAndReset(branch = this.branch) {
    const sha = await this.fetchBranch(branch);
    if (sha) {
      await this.run(`reset to origin/${branch}`, [
        "checkout",
        "-q",
        "-f",
        "-B",
        branch,
        remoteRef(branch)
      ]);
      await this.run(`reset to origin/${branch}`, ["reset", "-q", "--hard", remoteRef(branch)]);
      await this.run("clean the env repo worktree", ["clean", "-q", "-f", "-d"]);
      return sha;
    }
    await this.run(`start ${branch}`, ["symbolic-ref", "HEAD", `refs/heads/${branch}`]);
    await this.run(`start ${branch}`, ["update-ref", "-d", `refs/heads/${branch}`]);
    await this.run(`start ${branch}`, ["read-tree", "--empty"]);
    await this.run("clean the env repo worktree", ["clean", "-q", "-f", "-d"]);
    return void 0;
  }
  /**
   * Fetches `branch` into `refs/remotes/origin/<branch>` (at the clone's depth).
   * Returns its sha, or undefined when the remote has no such branch.
   */
  async fetchBranch(branch) {
    const sha = await this.remoteSha(branch);
    if (!sha) return void 0;
    const args = ["fetch", "-q", "--no-tags"];
    if (this.depth > 0 && await this.isShallowOrEmpty()) args.push(`--depth=${this.depth}`);
    args.push("origin", `+refs/heads/${branch}:${remoteRef(branch)}`);
    await this.run(`fetch ${branch} from ${this.url || "origin"}`, args);
    return sha;
  }
  /** The sha of `branch` on the remote, or undefined when it does not exist. */
  async remoteSha(branch) {
    const out = await this.run(`list ${this.url || "origin"}`, [
      "ls-remote",
      "origin",
      `refs/heads/${branch}`
    ]);
    const line = out.split("\n").find((l) => l.endsWith(`	refs/heads/${branch}`));
    return line?.split("	")[0];
  }
  /** The commit HEAD points at, or undefined on an unborn branch. */
  async head() {
    try {
      return (await this.git(["rev-parse", "--verify", "-q", "HEAD^{commit}"])).trim() || void 0;
    } catch (e) {
      if (e instanceof GitExit && e.exitCode === 1) return void 0;
      throw this.external("read HEAD", e);
    }
  }
  /** `git merge-base --is-ancestor a b`. */
  async isAncestor(a, b) {
    try {
      await this.git(["merge-base", "--is-ancestor", a, b]);
      return true;
    } catch (e) {
      if (e instanceof GitExit && e.exitCode === 1) return false;
      throw this.external(`compare ${a} and ${b}`, e);
    }
  }
  /** Fetches more history of the current branch: `by` more commits, or all of it. */
  async deepen(by) {
    if (!await this.isShallowOrEmpty()) return;
    const args = ["fetch", "-q", "--no-tags", by ? `--deepen=${by}` : "--unshallow", "origin"];
    args.push(`+refs/heads/${this.branch}:${remoteRef(this.branch)}`);
    await this.run(`deepen ${this.branch}`, args);
  }
  /** Creates (or resets) local branch `name` at `from`, without switching to it. */
  async createBranch(name, from = "HEAD") {
    await this.run(`create branch ${name}`, ["branch", "-q", "-f", "--no-track", name, from]);
  }
  async checkout(branch) {
    await this.run(`check out ${branch}`, ["checkout", "-q", branch]);
  }
  /** Runs git; any failure becomes an ExternalError naming what was being done. */
  async run(what, args) {
    try {
      return await this.git(args);
    } catch (e) {
      throw this.external(what, e);
    }
  }
  external(what, e) {
    const detail = gitFailureDetail(e);
    const auth = /could not read (Username|Password)|Authentication failed|terminal prompts disabled|\b40[13]\b/i.test(
      detail
    ) ? " \u2014 the env repo refused the credentials: check that the token (CAPSTAN_TOKEN, or the Action's token input) is set and may push to this repository" : "";
    return new ExternalError(`git: could not ${what}: ${detail}${auth}`);
  }
  async isShallowOrEmpty() {
    const out = await this.run("inspect the env repo", ["rev-parse", "--is-shallow-repository"]);
    if (out.trim() === "true") return true;
    return await this.head() === void 0;
  }
  async resolve(rel) {
    const safe = safeRelPath(rel);
    await this.refuseSymlinks(safe);
    return path.join(this.dir, safe);
  }
  /** Refuses a path whose existing parent components include a symlink (it could lead outside). */
  async refuseSymlinks(rel) {
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
  async pruneEmptyDirs(dir) {
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
};
function localWorktree(url) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return void 0;
  if (/^[^/\\]+:/.test(url) && !/^[a-z]:[\\/]/i.test(url)) return void 0;
  const abs = path.resolve(url);
  return existsSync(abs) ? abs : void 0;
}
async function samePath(a, b) {
  const [ra, rb] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
  return ra === rb;
}
function identityEnv(id) {
  return {
    GIT_AUTHOR_NAME: id.name,
    GIT_AUTHOR_EMAIL: id.email,
    GIT_COMMITTER_NAME: id.name,
    GIT_COMMITTER_EMAIL: id.email
  };
}
function remoteRef(branch) {
  return `refs/remotes/origin/${branch}`;
}
function safeRelPath(rel) {
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
function unsafePath(rel, why) {
  throw new UserError([
    { code: "unsafe-path", message: `refusing to write ${JSON.stringify(rel)}: the path ${why}` }
  ]);
}
function parsePorcelain(stdout) {
  const lines = [];
  for (const line of stdout.split("\n")) {
    const m = /^([ +\-*=!])\t([^\t]*)\t(.*)$/.exec(line);
    if (!m) continue;
    const [from = "", to = ""] = (m[2] ?? "").split(":");
    lines.push({ flag: m[1] ?? "", from, to, summary: m[3] ?? "" });
  }
  return lines;
}
function isErrno(e, code) {
  return typeof e === "object" && e !== null && "code" in e && e.code === code;
}

// src/adapters/git-objects.ts
async function run(dir, what, args) {
  try {
    return await gitRunner({ cwd: dir })(args);
  } catch (e) {
    const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
    throw new ExternalError(`git: could not ${what}: ${detail}`);
  }
}
async function succeeds(dir, args) {
  try {
    await gitRunner({ cwd: dir })(args);
    return true;
  } catch (e) {
    if (e instanceof GitExit) return false;
    throw e;
  }
}
async function revParse(dir, ref) {
  if (!await succeeds(dir, ["rev-parse", "--verify", "-q", `${ref}^{commit}`])) return void 0;
  return (await run(dir, `resolve ${ref}`, ["rev-parse", "--verify", `${ref}^{commit}`])).trim();
}
async function commitInfo(dir, sha) {
  const raw = await run(dir, `read commit ${sha}`, ["cat-file", "commit", sha]);
  const header = raw.split("\n\n")[0] ?? "";
  let tree = "";
  const parents = [];
  for (const line of header.split("\n")) {
    if (line.startsWith("tree ")) tree = line.slice(5);
    else if (line.startsWith("parent ")) parents.push(line.slice(7));
  }
  return { tree, parents };
}
async function fileAt(dir, rev, path3) {
  if (!await succeeds(dir, ["cat-file", "-e", `${rev}:${path3}`])) return void 0;
  return run(dir, `read ${path3}`, ["cat-file", "blob", `${rev}:${path3}`]);
}
async function filesAt(dir, rev, prefix) {
  const out = await run(dir, `list ${prefix}`, [
    "ls-tree",
    "-r",
    "-z",
    "--name-only",
    "--full-tree",
    rev,
    "--",
    prefix
  ]);
  return out.split("\0").filter(Boolean).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

// src/adapters/retry.ts
async function withRetry(attempt, opts) {
  const max = Math.max(1, Math.floor(opts.maxAttempts));
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
  for (let n = 1; n <= max; n++) {
    if (await attempt() === "done") return;
    if (n < max) await sleep(backoffDelay(n, opts.baseMs, opts.maxMs ?? 3e4, random));
  }
  throw new ExternalError(`gave up after ${max} attempts: the env repo kept moving`);
}
function backoffDelay(n, baseMs, maxMs, random) {
  const cap = Math.min(maxMs, baseMs * 2 ** (n - 1));
  const low = Math.min(cap, baseMs / 2);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(low + (cap - low) * r);
}

// src/flows/shared/commit-message.ts
var SUBJECT_APPS = 5;
function changedApps(apps) {
  return apps.filter((a) => a.change !== "unchanged");
}
function appsLabel(apps) {
  const names = changedApps(apps).map((a) => a.change === "removed" ? `-${a.name}` : a.name);
  if (!names.length) return "state";
  if (names.length <= SUBJECT_APPS) return names.join(", ");
  return `${names.slice(0, SUBJECT_APPS).join(", ")} and ${names.length - SUBJECT_APPS} more`;
}
function subject(env, apps, p) {
  return `render ${env}: ${appsLabel(apps)} from ${p.sourceRepo}@${p.commit.slice(0, 7)}`;
}
function trailers(p) {
  return `Capstan-Source-Repo: ${p.sourceRepo}
Capstan-Source-Commit: ${p.commit}
`;
}
function commitMessage(env, apps, p, note) {
  const lines = changedApps(apps).map((a) => `- ${a.name}: ${a.change} (${objectCounts(a)})`);
  const body = [note, lines.join("\n")].filter(Boolean).join("\n\n");
  return `${subject(env, apps, p)}

${body ? body + "\n\n" : ""}${trailers(p)}`;
}
function approvalPr(env, apps, p, opts) {
  const src = opts.sourceUrl ? `[${p.sourceRepo}@${p.commit.slice(0, 7)}](${opts.sourceUrl}/commit/${p.commit})` : `${p.sourceRepo}@${p.commit.slice(0, 7)}`;
  const rows = changedApps(apps).map((a) => `| ${a.name} | ${a.change} | ${objectCounts(a)} |`);
  const body = [
    `capstan rendered ${src} for environment **${env}**, which needs approval: merge this pull request into \`${opts.base}\` to deploy it.`,
    "",
    "| app | change | objects |",
    "|---|---|---|",
    ...rows,
    "",
    "This branch is rewritten by every render of the source; review the latest push."
  ].join("\n");
  return { title: subject(env, apps, p), body };
}

// src/flows/shared/env-snapshot.ts
async function readEnvAt(dir, rev, envPath) {
  if (!rev) return {};
  const kustomization2 = await fileAt(dir, rev, `${envPath}/kustomization.yaml`);
  const text = await fileAt(dir, rev, `${envPath}/${STATE_FILE}`);
  if (text === void 0) return { kustomization: kustomization2 };
  const parsed = parseState(text);
  if ("error" in parsed) return { kustomization: kustomization2, problem: corruptState(envPath, parsed.error) };
  return { state: parsed, kustomization: kustomization2 };
}
function corruptState(envPath, error) {
  const file = `${envPath}/${STATE_FILE}`;
  return {
    file,
    code: "corrupt-state",
    message: `${STATE_FILE} of the env repo ${error}; capstan will not overwrite files it cannot account for \u2014 restore it from the env repo's history (git log -- ${file}) or delete it together with the files it listed`
  };
}
async function removedEnvsAt(dir, rev, root, configured, sourceRepo) {
  if (!rev) return [];
  const known = new Set(configured.map((e) => e.name));
  const out = [];
  const re = new RegExp(`^${escape(root)}/([^/]+)/\\.capstan/state\\.json$`);
  for (const f of await filesAt(dir, rev, root)) {
    const name = re.exec(f)?.[1];
    if (!name || known.has(name)) continue;
    const snapshot = await readEnvAt(dir, rev, `${root}/${name}`);
    const apps = Object.entries(snapshot.state?.apps ?? {}).filter(([, a]) => a.sourceRepo === sourceRepo).map(([n]) => n);
    if (apps.length || snapshot.problem) out.push({ name, apps, snapshot });
  }
  return out;
}
function removedEnvironment(name, kubeVersion) {
  return {
    name,
    autoDeploy: false,
    approval: "none",
    kubeVersion,
    policies: [],
    allowLiteralSecrets: false,
    createNamespaces: false,
    guardrails: [],
    index: -1
  };
}
function isEmptyState(s) {
  return Object.keys(s.apps).length === 0;
}
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/flows/render/render-order.ts
var SourceHistory = class {
  constructor(dir, sourceRepo, commit) {
    this.dir = dir;
    this.sourceRepo = sourceRepo;
    this.commit = commit;
  }
  cache = /* @__PURE__ */ new Map();
  ancestor(a, b) {
    const key = `${a}..${b}`;
    let p = this.cache.get(key);
    if (!p) {
      p = isAncestor(this.dir, a, b).catch((e) => {
        if (e instanceof UserError && e.problems.some((x) => x.code === "unknown-revision"))
          return false;
        throw e;
      });
      this.cache.set(key, p);
    }
    return p;
  }
  async verdict(env, state, display) {
    if (!state || this.commit === NO_COMMIT) return { kind: "ok" };
    const recorded = /* @__PURE__ */ new Map();
    for (const [name, a] of Object.entries(state.apps))
      if (a.sourceRepo === this.sourceRepo && a.commit !== this.commit && a.commit !== NO_COMMIT) {
        if (!recorded.has(a.commit)) recorded.set(a.commit, name);
      }
    for (const [commit, app] of recorded) {
      if (await this.ancestor(this.commit, commit)) return { kind: "older", newer: commit, app };
    }
    for (const [commit, app] of recorded) {
      if (await this.ancestor(commit, this.commit)) continue;
      return {
        kind: "diverged",
        problem: {
          file: `${display}/.capstan/state.json`,
          env,
          app,
          code: "diverged-history",
          message: `environment "${env}" holds app "${app}" rendered from ${this.sourceRepo}@${commit.slice(0, 7)}, which is neither an ancestor nor a descendant of this run's commit ${this.commit.slice(0, 7)} (history was rewritten, or the commit is on another branch); capstan refuses to replace it. Render from a commit that contains ${commit.slice(0, 7)}, or remove the app's entry from state.json deliberately.`
        }
      };
    }
    return { kind: "ok" };
  }
};

// src/flows/render/render-repo.ts
var APPROVAL_PREFIX = "capstan/render/";
var STATUS_CONTEXT = "capstan/render";
function renderTargets(src, names) {
  const all = src.config.environments;
  if (!names?.length) return all.filter((e) => e.autoDeploy);
  return names.map((n) => {
    const e = all.find((x) => x.name === n);
    if (!e)
      throw new UsageError(
        `unknown environment "${n}"${didYouMeanInline(
          n,
          all.map((x) => x.name)
        )}; capstan.yaml defines: ${all.map((x) => x.name).join(", ")}`
      );
    if (e.promotesFrom)
      throw new UsageError(
        `environment "${n}" promotes from "${e.promotesFrom}": it is only reachable through \`capstan promote --from ${e.promotesFrom} --to ${n}\`, not render`
      );
    return e;
  });
}
async function renderToRepo(src, opts, reporter) {
  const envs = renderTargets(src, opts.envs);
  const prep = await prepare(src, src.config.environments, { frozen: opts.frozen });
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
  const tmp = opts.workdir ? void 0 : await fs2.mkdtemp(path2.join(tmpBase(), "capstan-env-"));
  try {
    const repo = await EnvRepo.open({
      url: opts.envRepo,
      branch: src.config.envRepo.branch,
      token: opts.token,
      workdir: opts.workdir ?? path2.join(tmp, "repo"),
      committer: opts.committer,
      env: opts.gitEnv
    });
    const mode = opts.dryRun || !repo.inPlace && !opts.push ? "dry-run" : repo.inPlace ? "in-place" : "push";
    if (repo.inPlace && (await repo.status()).length)
      throw new UserError([
        {
          code: "dirty-worktree",
          message: `the env repo at ${repo.dir} has uncommitted changes; commit or stash them first (capstan commits everything it stages)`
        }
      ]);
    if (repo.inPlace && opts.push && !repo.url)
      throw new UsageError(`--push: the env repo at ${repo.dir} has no origin remote to push to`);
    const flow = new RenderFlow(src, opts, reporter, repo, mode);
    const targets = envs.map((env) => flow.target(env));
    let out = { kind: "race" };
    if (repo.inPlace) {
      out = await flow.attempt(targets);
      if (out.kind === "race")
        throw new ExternalError(
          `push to ${repo.url}: the remote branch moved since this repository was last pulled; pull and run again`
        );
    } else {
      await withRetry(
        async () => {
          out = await flow.attempt(targets);
          return out.kind === "race" ? "retry" : "done";
        },
        {
          maxAttempts: opts.retry?.maxAttempts ?? 10,
          baseMs: opts.retry?.baseMs ?? 300,
          maxMs: opts.retry?.maxMs ?? 5e3
        }
      );
    }
    if (out.kind === "race") throw new ExternalError("gave up: the env repo kept moving");
    await flow.afterPush(out.reports);
    return {
      reports: out.reports,
      removedEnvs: out.removed,
      mode,
      pushed: out.pushed,
      envRepo: repo.url || repo.dir
    };
  } finally {
    if (tmp) await fs2.rm(tmp, { recursive: true, force: true });
  }
}
function tmpBase() {
  return process.env.RUNNER_TEMP || os.tmpdir();
}
var RenderFlow = class {
  constructor(src, opts, reporter, repo, mode) {
    this.src = src;
    this.opts = opts;
    this.reporter = reporter;
    this.repo = repo;
    this.mode = mode;
    this.history = new SourceHistory(opts.sourceDir, src.sourceRepo, src.commit);
    this.root = src.config.envRepo.root;
    this.provenance = { sourceRepo: src.sourceRepo, commit: src.commit };
  }
  history;
  root;
  provenance;
  attempts = 0;
  target(env) {
    const base = env.branch ?? this.src.config.envRepo.branch;
    return env.approval === "pull-request" ? { env, base, approvalBranch: `${APPROVAL_PREFIX}${env.name}` } : { env, base };
  }
  /** The commit a branch is read at: the fetched remote tip, or the local branch in place. */
  ref(branch) {
    return this.repo.inPlace ? `refs/heads/${branch}` : `refs/remotes/origin/${branch}`;
  }
  async tipOf(branch) {
    if (!this.repo.inPlace && !await this.repo.fetchBranch(branch)) return void 0;
    return revParse(this.repo.dir, this.ref(branch));
  }
  async attempt(targets) {
    this.attempts++;
    if (this.attempts > 1)
      this.reporter.info(`the env repo moved: re-planning (attempt ${this.attempts})`);
    const bases = [.../* @__PURE__ */ new Set([this.src.config.envRepo.branch, ...targets.map((t) => t.base)])];
    const tips = /* @__PURE__ */ new Map();
    for (const b of bases) tips.set(b, await this.tipOf(b));
    for (const t of targets)
      if (t.approvalBranch) tips.set(t.approvalBranch, await this.tipOf(t.approvalBranch));
    const problems = [];
    const planned = [];
    const notices = /* @__PURE__ */ new Set();
    const removedNames = [];
    for (const t of targets) {
      const r = await this.planTarget(t, tips, problems, notices);
      if (r) planned.push(r);
    }
    for (const b of bases) {
      const removed = await removedEnvsAt(
        this.repo.dir,
        tips.get(b),
        this.root,
        this.src.config.environments,
        this.src.sourceRepo
      );
      for (const r of removed) {
        if (r.snapshot.problem) {
          this.reporter.warn(
            `environment ${r.name} (removed from capstan.yaml): ${r.snapshot.problem.message}`
          );
          continue;
        }
        removedNames.push(r.name);
        if (!this.opts.pruneRemovedEnvs) {
          notices.add(
            `environment "${r.name}" on ${b} is no longer in capstan.yaml but still holds ${r.apps.join(", ")} from ${this.src.sourceRepo}; pass --prune-removed-envs (Action input prune-removed-envs: true) to remove them`
          );
          continue;
        }
        const env = removedEnvironment(r.name, this.src.config.kubeVersion);
        const p = planEnv(this.src, env, r.snapshot);
        problems.push(...p.problems);
        if (p.plan)
          planned.push({ target: { env, base: b, removed: r }, plan: emptyEnvCleanup(p.plan) });
      }
    }
    for (const n of notices) this.reporter.notice(n);
    if (problems.length) throw new UserError(dedupeProblems(problems));
    if (this.mode === "dry-run")
      return { kind: "done", reports: this.dryRun(planned), removed: removedNames, pushed: [] };
    const reports = [];
    const refs = [];
    for (const b of bases) {
      const mine = planned.filter((p) => p.target.base === b);
      if (!mine.length) continue;
      const head = await this.checkoutBase(b);
      if (head !== tips.get(b)) return { kind: "race" };
      for (const p of mine.filter((x) => !x.target.approvalBranch))
        reports.push(await this.commitPlanned(p, b));
      const newTip = await this.repo.head();
      if (newTip && newTip !== head) refs.push({ local: newTip, remote: b });
      for (const p of mine.filter((x) => x.target.approvalBranch)) {
        const r = await this.commitApproval(p, newTip, tips.get(p.target.approvalBranch));
        reports.push(r.report);
        if (r.ref) refs.push(r.ref);
      }
    }
    reports.sort((a, b) => envIndex(this.src, a.env) - envIndex(this.src, b.env));
    const pushed = [];
    if (this.mode === "push" || this.mode === "in-place" && this.opts.push) {
      if (refs.length) {
        const res = await this.repo.push(refs);
        if (!res.ok && (res.reason === "non-fast-forward" || lostRefLock(res.detail)))
          return { kind: "race" };
        if (!res.ok)
          throw new ExternalError(
            `push to ${this.repo.url || "origin"} was rejected: ${res.detail}`
          );
        pushed.push(...refs.map((r) => r.remote));
        this.reporter.info(`pushed ${pushed.join(", ")} to ${this.repo.url} (atomic)`);
      }
    }
    return { kind: "done", reports, removed: removedNames, pushed };
  }
  async planTarget(t, tips, problems, notices) {
    const display = `${this.root}/${t.env.name}`;
    const prev = await readEnvAt(this.repo.dir, tips.get(t.base), display);
    if (prev.problem) {
      problems.push(prev.problem);
      return void 0;
    }
    const states = [prev];
    if (t.approvalBranch && tips.get(t.approvalBranch)) {
      const pending = await readEnvAt(this.repo.dir, tips.get(t.approvalBranch), display);
      if (!pending.problem) states.push(pending);
    }
    for (const s of states) {
      const v = await this.history.verdict(t.env.name, s.state, display);
      if (v.kind === "diverged") {
        problems.push(v.problem);
        return void 0;
      }
      if (v.kind === "older") {
        const why = `environment "${t.env.name}" already holds the render of ${this.src.sourceRepo}@${v.newer.slice(0, 7)} (app ${v.app}), a newer commit than this run's ${this.src.commit.slice(0, 7)}; not replacing it`;
        notices.add(why);
        return { target: t, skipped: why };
      }
    }
    const r = planEnv(this.src, t.env, prev);
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (!r.plan) return void 0;
    const guard = massDeletionProblem(r.plan, this.opts.allowMassDeletion);
    if (guard) problems.push(guard);
    return { target: t, plan: r.plan };
  }
  /** Checks out `branch` exactly at the commit planned against; returns HEAD. */
  async checkoutBase(branch) {
    if (!this.repo.inPlace) {
      await this.repo.fetchAndReset(branch);
      return this.repo.head();
    }
    if (await revParse(this.repo.dir, `refs/heads/${branch}`)) await this.repo.checkout(branch);
    else if (branch !== this.repo.branch || await this.repo.head())
      throw new ExternalError(
        `the env repo at ${this.repo.dir} has no branch ${branch}; create it, or render into a clone`
      );
    return this.repo.head();
  }
  async write(plan) {
    const write = /* @__PURE__ */ new Map();
    const del = [];
    for (const [rel, text] of plan.changes) {
      const p = `${this.root}/${plan.env.name}/${rel}`;
      if (text === null) del.push(p);
      else write.set(p, text);
    }
    await this.repo.writeFiles({ write, delete: del });
  }
  async commitPlanned(p, branch) {
    const env = p.target.env.name;
    if (p.skipped || !p.plan) return { env, branch, status: "skipped-older", apps: [] };
    await this.write(p.plan);
    const note = p.target.removed ? `Environment ${env} was removed from capstan.yaml; pruned with --prune-removed-envs.` : void 0;
    const sha = p.plan.changes.size ? await this.repo.commit(commitMessage(env, p.plan.apps, this.provenance, note)) : void 0;
    if (!sha) return { env, branch, status: "unchanged", apps: p.plan.apps };
    return {
      env,
      branch,
      status: p.target.removed ? "pruned" : "committed",
      apps: p.plan.apps,
      commit: sha,
      commitUrl: this.commitUrl(sha)
    };
  }
  /**
   * The approval branch: the render committed on top of the (new) base tip. Pushed with a
   * lease on the tip we saw; not pushed when the branch already holds exactly this render.
   */
  async commitApproval(p, baseTip, remoteTip) {
    const env = p.target.env.name;
    const branch = p.target.approvalBranch;
    if (p.skipped || !p.plan) return { report: { env, branch, status: "skipped-older", apps: [] } };
    if (!p.plan.changes.size)
      return { report: { env, branch: p.target.base, status: "unchanged", apps: p.plan.apps } };
    if (!baseTip)
      throw new ExternalError(
        `environment ${env} needs approval, but its branch ${p.target.base} does not exist on the env repo yet; create it first`
      );
    await this.repo.createBranch(branch, baseTip);
    await this.repo.checkout(branch);
    await this.write(p.plan);
    const sha = await this.repo.commit(commitMessage(env, p.plan.apps, this.provenance));
    await this.repo.checkout(p.target.base);
    if (!sha)
      return { report: { env, branch: p.target.base, status: "unchanged", apps: p.plan.apps } };
    const report = { env, branch, status: "proposed", apps: p.plan.apps, commit: sha };
    if (remoteTip && await sameRender(this.repo.dir, remoteTip, sha)) {
      report.commit = remoteTip;
      report.commitUrl = this.commitUrl(remoteTip);
      return { report };
    }
    report.commitUrl = this.commitUrl(sha);
    return {
      report,
      ref: { local: sha, remote: branch, force: "with-lease", expectedRemoteSha: remoteTip ?? "" }
    };
  }
  dryRun(planned) {
    const reports = [];
    for (const p of planned) {
      const env = p.target.env.name;
      const branch = p.target.approvalBranch ?? p.target.base;
      if (p.skipped || !p.plan) {
        reports.push({ env, branch, status: "skipped-older", apps: [] });
        continue;
      }
      const changed = p.plan.changes.size > 0;
      reports.push({
        env,
        branch,
        status: changed ? "would-commit" : "unchanged",
        apps: p.plan.apps
      });
      if (!changed) continue;
      const msg = commitMessage(env, p.plan.apps, this.provenance);
      this.reporter.info(
        `dry run: would commit to ${branch} of ${this.repo.url || this.repo.dir}:`
      );
      for (const line of msg.trimEnd().split("\n")) this.reporter.info(`    ${line}`);
      for (const [rel, text] of p.plan.changes)
        this.reporter.info(`  ${text === null ? "-" : "+"} ${this.root}/${env}/${rel}`);
    }
    return reports;
  }
  /** Pull requests of approval environments, then the commit statuses on the source commit. */
  async afterPush(reports) {
    if (this.mode === "dry-run" || this.mode === "in-place" && !this.opts.push) return;
    const gh = this.envRepoApi();
    for (const r of reports) {
      if (r.status !== "proposed") continue;
      const t = this.target(this.src.config.environments.find((e) => e.name === r.env));
      const pr = approvalPr(r.env, r.apps, this.provenance, {
        base: t.base,
        sourceUrl: this.sourceWebUrl()
      });
      const notOpened = this.opts.token ? "the env repo is not on GitHub" : "no token";
      const req = { head: r.branch, base: t.base, title: pr.title, body: pr.body };
      r.pr = await deliverPullRequest(gh, req, notOpened, this.reporter);
      if (r.pr.number !== void 0)
        this.reporter.info(`${r.env}: pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}`);
    }
    await this.commitStatuses(reports);
  }
  async commitStatuses(reports) {
    const gh = this.opts.github;
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(this.src.sourceRepo);
    if (!gh || !this.opts.token || !m || this.src.sourceRepo.startsWith("local/")) return;
    const api = new GitHubApi({
      token: this.opts.token,
      owner: m[1],
      repo: m[2],
      baseUrl: gh.apiUrl
    });
    for (const r of reports) {
      if (!r.commit || r.status !== "committed" && r.status !== "proposed") continue;
      try {
        await api.setCommitStatus({
          sha: this.src.commit,
          state: "success",
          context: `${STATUS_CONTEXT} (${r.env})`,
          description: r.status === "proposed" ? `${r.env}: proposed${r.pr?.number ? ` in pull request #${r.pr.number}` : ""} as ${r.commit.slice(0, 7)}` : `${r.env}: rendered as ${r.commit.slice(0, 7)}`,
          targetUrl: r.pr?.url ?? r.commitUrl
        });
      } catch (e) {
        this.reporter.warn(`could not set the commit status for ${r.env}: ${e.message}`);
      }
    }
  }
  envRepoCoords() {
    return envRepoCoords(this.repo.url, this.opts.github);
  }
  envRepoApi() {
    return envRepoApi(this.repo.url, this.opts.token, this.opts.github);
  }
  commitUrl(sha) {
    const c = this.envRepoCoords();
    return c && this.opts.github ? `${this.opts.github.serverUrl.replace(/\/+$/, "")}/${c.owner}/${c.repo}/commit/${sha}` : void 0;
  }
  sourceWebUrl() {
    const gh = this.opts.github;
    if (!gh || !/^[^/\s]+\/[^/\s]+$/.test(this.src.sourceRepo) || this.src.sourceRepo.startsWith("local/"))
      return void 0;
    return `${gh.serverUrl.replace(/\/+$/, "")}/${this.src.sourceRepo}`;
  }
};
function emptyEnvCleanup(plan) {
  if (!isEmptyState(plan.state)) return plan;
  const k = plan.changes.get("kustomization.yaml");
  if (k === void 0 || k !== kustomization([])) return plan;
  const changes = new Map(plan.changes);
  changes.set("kustomization.yaml", null);
  changes.set(STATE_FILE, null);
  return { ...plan, changes };
}
function lostRefLock(detail) {
  const parts = detail.split("; ");
  return parts.every(
    (p) => /atomic transaction failed|cannot lock ref|failed to update ref|incorrect old value/.test(p)
  );
}
async function sameRender(dir, remote, local) {
  const [a, b] = await Promise.all([commitInfo(dir, remote), commitInfo(dir, local)]);
  return a.tree === b.tree && a.parents[0] === b.parents[0];
}
function envIndex(src, name) {
  const i = src.config.environments.findIndex((e) => e.name === name);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

export {
  EnvRepo,
  revParse,
  commitInfo,
  withRetry,
  objectCounts,
  reportLines,
  summaryMarkdown,
  changedApps,
  trailers,
  readEnvAt,
  envRepoApi,
  deliverPullRequest,
  renderToRepo
};
