import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  dedupeProblems,
  massDeletionProblem
} from "./chunk-RUPXGUGG.js";
import {
  NO_COMMIT,
  fetchCommit,
  isAncestor,
  peekCommit
} from "./chunk-IOBEII3D.js";
import {
  DetailsNotLoaded,
  HYDRATOR_FILE,
  NAMESPACES_APP,
  README_FILE,
  detailFileOf,
  kindsToPreload,
  parseState,
  planEnv,
  preloadForState,
  prepare,
  renderTasks,
  withDetails
} from "./chunk-JBLNTRAF.js";
import {
  didYouMeanInline
} from "./chunk-DFIP6AYO.js";
import {
  referenceMode
} from "./chunk-NAEY2JMF.js";
import {
  preloadKinds
} from "./chunk-UTJQZLM3.js";
import {
  STATE_FILE,
  detailPath,
  kustomization
} from "./chunk-HX64S4PU.js";
import {
  GitHubApi,
  parseGitHubRepoUrl
} from "./chunk-OINZ5D5A.js";
import {
  GitExit,
  gitEnvironment,
  gitFailureDetail,
  gitRunner,
  httpOrigin,
  redact,
  runnerSecrets,
  stripUserinfo
} from "./chunk-FN2YLOUV.js";
import {
  ExternalError,
  UsageError,
  UserError
} from "./chunk-N5T7JROX.js";

// src/flows/shared/summary.ts
function objectCounts(a) {
  return `+${a.added.length} ~${a.changed.length} \u2212${a.removed.length}`;
}
var LOG_APPS = 10;
function reportLines(reports) {
  return reports.map((r) => {
    const changed = r.apps.filter((a) => a.change !== "unchanged");
    const named = changed.slice(0, LOG_APPS).map((a) => `${a.name} ${a.change} (${objectCounts(a)})`);
    if (changed.length > LOG_APPS) named.push(`and ${changed.length - LOG_APPS} more`);
    const apps = changed.length ? ` \u2014 ${named.join(", ")}` : "";
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
import { mkdtempSync } from "node:fs";
import * as os from "node:os";
import * as path2 from "node:path";

// src/adapters/git/open-store.ts
import { appendFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";

// src/adapters/git/errors.ts
var AUTH_REFUSED = /could not read (Username|Password)|Authentication failed|terminal prompts disabled|\b40[13]\b/i;
function gitError(what, e) {
  const detail = gitFailureDetail(e);
  const auth = AUTH_REFUSED.test(detail) ? " \u2014 the env repo refused the credentials: check that the token (CAPSTAN_TOKEN, or the Action's token input) is set and may push to this repository" : "";
  return new ExternalError(`git: could not ${what}: ${detail}${auth}`);
}

// src/adapters/git/process.ts
import { spawn } from "node:child_process";
import { closeSync, fstatSync, openSync, readSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var started = 0;
function gitProcess(opts) {
  const secrets = runnerSecrets(opts);
  const { env } = gitEnvironment(opts);
  return (call) => new Promise((resolve2, reject) => {
    started++;
    const file = call.bulkOutput ? bulkFile() : void 0;
    let fd = file === void 0 ? void 0 : openSync(file, "w+", 384);
    const child = spawn("git", [...call.args], {
      cwd: opts.cwd,
      env,
      stdio: ["pipe", fd ?? "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout?.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.stdin.on("error", () => void 0);
    child.on("error", (e) => {
      if (fd !== void 0) discard(fd, file);
      fd = void 0;
      reject(new GitExit(call.args, 1, "", redact(e.message, secrets)));
    });
    child.on("close", (code) => {
      if (fd !== void 0) out.push(readBack(fd, file));
      const stdout = Buffer.concat(out);
      const stderr = redact(Buffer.concat(err).toString("utf8"), secrets);
      const c = code ?? 1;
      if (c === 0 || call.okCodes?.includes(c)) resolve2({ code: c, stdout, stderr });
      else reject(new GitExit(call.args, c, redact(stdout.toString("utf8"), secrets), stderr));
    });
    child.stdin.end(call.input ?? "");
  });
}
var bulkFiles = 0;
function bulkFile() {
  return join(tmpdir(), `capstan-git-${process.pid}-${++bulkFiles}.out`);
}
function readBack(fd, file) {
  try {
    const buf = Buffer.alloc(fstatSync(fd).size);
    let pos = 0;
    while (pos < buf.length) {
      const n = readSync(fd, buf, pos, buf.length - pos, pos);
      if (n === 0) break;
      pos += n;
    }
    return buf.subarray(0, pos);
  } finally {
    closeSync(fd);
    unlinkSync(file);
  }
}
function discard(fd, file) {
  try {
    closeSync(fd);
    unlinkSync(file);
  } catch {
  }
}

// src/adapters/git/fast-import.ts
import { createHash } from "node:crypto";

// src/adapters/git/push.ts
var RACE_REASONS = /non-fast-forward|fetch first|stale info|cannot lock ref|incorrect old value|failed to update ref|atomic transaction failed/;
var RACE_WITHOUT_REFS = /atomic push failed|remote contains work that you do\s+not have locally|cannot lock ref/;
function fullRef(ref) {
  return ref.startsWith("refs/") ? ref : `refs/heads/${ref}`;
}
var BIG_FILE_THRESHOLD = "512k";
async function atomicPush(git, remoteName, url, refs) {
  if (!refs.length) return { ok: true };
  const args = ["-c", `core.bigFileThreshold=${BIG_FILE_THRESHOLD}`, "push"];
  args.push("--atomic", "--porcelain", "--no-verify", "--no-thin");
  for (const r of refs)
    if (r.expect !== void 0) args.push(`--force-with-lease=${fullRef(r.remote)}:${r.expect}`);
  args.push(remoteName);
  for (const r of refs) args.push(`${r.local}:${fullRef(r.remote)}`);
  try {
    await git({ args });
    return { ok: true };
  } catch (e) {
    if (!(e instanceof GitExit)) throw e;
    const rejected = parsePorcelain(e.stdout).filter((l) => l.flag === "!");
    if (!rejected.length && RACE_WITHOUT_REFS.test(e.stderr))
      return { ok: false, reason: "race", detail: e.stderr.trim().split("\n")[0] ?? "" };
    if (!rejected.length) throw gitError(`push to ${url || remoteName}`, e);
    const detail = rejected.map((l) => `${l.to}: ${l.summary}`).join("; ");
    const race = rejected.every((l) => RACE_REASONS.test(l.summary) || /atomic/.test(l.summary));
    return { ok: false, reason: race ? "race" : "rejected", detail };
  }
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

// src/adapters/git/fast-import.ts
function blobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function identities(git) {
  const [author, committer] = await Promise.all(
    ["GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"].map(
      async (v) => (await git({ args: ["var", v] })).stdout.toString("utf8").trim()
    )
  );
  return [author, committer];
}
async function buildCommits(git, commits, idents = identities(git)) {
  const [author, committer] = await idents;
  const chunks = [];
  const text = (s) => void chunks.push(Buffer.from(s, "utf8"));
  const data = (bytes) => {
    text(`data ${bytes.length}
`);
    chunks.push(bytes);
    text("\n");
  };
  commits.forEach((c, i) => {
    text(`reset ${c.ref}
commit ${c.ref}
mark :${i + 1}
`);
    text(`author ${author}
committer ${committer}
`);
    data(Buffer.from(c.message, "utf8"));
    if (typeof c.parent === "number") text(`from :${c.parent + 1}
`);
    else if (c.parent) text(`from ${c.parent}
`);
    for (const [p, t] of [...c.changes].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      if (t === null) text(`D ${quotePath(p)}
`);
      else {
        text(`M 100644 inline ${quotePath(p)}
`);
        data(Buffer.from(t, "utf8"));
      }
    }
    text("\n");
  });
  commits.forEach((_, i) => text(`get-mark :${i + 1}
`));
  text("done\n");
  const out = await git({
    // The objects stay in the pack fast-import writes (git would unpack a pack of fewer
    // than 100 objects into loose ones: inflating and deflating the states again), and the
    // push then sends them as they are. Deflated at level 1: the states are megabytes of
    // JSON, level 6 took twice the time for a pack 11 % smaller (docs/performance.md).
    args: [
      "-c",
      "fastimport.unpackLimit=0",
      "-c",
      "pack.compression=1",
      "fast-import",
      "--quiet",
      "--done",
      "--force",
      "--date-format=raw",
      `--big-file-threshold=${BIG_FILE_THRESHOLD}`
    ],
    input: Buffer.concat(chunks)
  });
  const shas = out.stdout.toString("utf8").split("\n").filter(Boolean);
  if (shas.length !== commits.length) throw new Error(`fast-import printed ${shas.length} commits`);
  return shas;
}
function quotePath(p) {
  return `"${p.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

// src/adapters/git/reads.ts
var BlobReader = class {
  constructor(git, partial) {
    this.git = git;
    this.partial = partial;
  }
  oids = /* @__PURE__ */ new Map();
  blobs = /* @__PURE__ */ new Map();
  /** Blobs fetched already (a read set's): `load` reads them without fetching. */
  fetched = /* @__PURE__ */ new Set();
  /** Marks blobs as present (written by this run). */
  have(oid, bytes) {
    this.blobs.set(oid, bytes);
  }
  /** Blob ids of `rev:path` specs (undefined: no such file). */
  async resolve(specs) {
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
  async check(specs) {
    const byRev = /* @__PURE__ */ new Map();
    for (const s of specs) {
      const i = s.indexOf(":");
      const rev = s.slice(0, i);
      byRev.set(rev, [...byRev.get(rev) ?? [], s.slice(i + 1)]);
    }
    const found = /* @__PURE__ */ new Map();
    await Promise.all(
      [...byRev].map(async ([rev, paths]) => {
        for (const e of await this.list(rev, paths, false, true))
          if (e.type === "blob") found.set(`${rev}:${e.path}`, e.oid);
      })
    );
    return specs.map((s) => found.get(s));
  }
  /**
   * Texts of `rev:path` specs (undefined: no such file). `alone`: paths of large files
   * whose blobs are fetched each in a request of its own, in parallel (see `load`).
   */
  async read(specs, alone) {
    const oids = await this.resolve(specs);
    const separate = /* @__PURE__ */ new Set();
    if (alone)
      specs.forEach((s, i) => {
        if (oids[i] && alone(s.slice(s.indexOf(":") + 1))) separate.add(oids[i]);
      });
    await this.load(
      oids.filter((o) => !!o),
      separate
    );
    return oids.map((o) => o ? this.blobs.get(o).toString("utf8") : void 0);
  }
  /**
   * Bytes of these blobs, prefetched when the store is blob-less: those in `separate`
   * each in a fetch of its own, the others together, all fetches at once. Two large,
   * similar blobs in one request (the states of two environments) make the server
   * search deltas between them: measured 0.24 s for two 1.4 MB states in one fetch,
   * 0.08 s in two parallel ones (docs/performance.md).
   */
  async load(oids, separate = /* @__PURE__ */ new Set()) {
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
      true
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
  fetchBlobs(oids) {
    return this.fetchIds(oids, "blob:none");
  }
  /**
   * Objects by id, in one request (`filter`: what the server leaves out below a wanted
   * tree; a wanted object itself is sent — unless it lies below another wanted one).
   */
  async fetchIds(oids, filter) {
    const args = ["-c", "fetch.negotiationAlgorithm=noop", "fetch", "-q", "--no-tags"];
    args.push("--no-write-fetch-head", "--recurse-submodules=no", `--filter=${filter}`);
    args.push("--stdin", "origin");
    await this.run("fetch env repo files", args, oids.join("\n") + "\n");
  }
  /** Tree, parents and message of local commits (undefined: not in the store). */
  async commits(shas) {
    const out = await this.run(
      "read env repo commits",
      ["cat-file", "--batch"],
      shas.join("\n") + "\n"
    );
    const result = [];
    let pos = 0;
    for (let i = 0; i < shas.length; i++) {
      const nl = out.indexOf(10, pos);
      const header = out.subarray(pos, nl).toString("utf8").split(" ");
      if (header[1] !== "commit") {
        result.push(void 0);
        pos = nl + 1;
        continue;
      }
      const size = Number(header[2]);
      const body = out.subarray(nl + 1, nl + 1 + size).toString("utf8");
      pos = nl + 1 + size + 1;
      const split = body.indexOf("\n\n");
      const head = split < 0 ? body : body.slice(0, split);
      const tree = /^tree (\S+)$/m.exec(head)?.[1] ?? "";
      const parents = [...head.matchAll(/^parent (\S+)$/gm)].map((m) => m[1]);
      result.push({ tree, parents, message: split < 0 ? "" : body.slice(split + 2) });
    }
    return result;
  }
  /**
   * Entries under these folders of `rev` (`recursive`: every file below, else one level);
   * `exact`: the entries these paths name (`"trees"`: folders only, themselves, not their
   * contents).
   */
  async list(rev, dirs, recursive, exact = false) {
    const args = ["--literal-pathspecs", "ls-tree", "-z", "--full-tree"];
    if (recursive) args.push("-r");
    if (exact === "trees") args.push("-d");
    const specs = exact ? dirs : dirs.filter(Boolean).map((d) => d.endsWith("/") ? d : `${d}/`);
    args.push(rev, "--", ...specs);
    const out = await this.run("list env repo files", args);
    const entries = [];
    for (const rec of out.toString("utf8").split("\0")) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(rec);
      if (m) entries.push({ mode: m[1], type: m[2], oid: m[3], path: m[4] });
    }
    if (recursive && !exact) {
      for (const e of entries) if (e.type === "blob") this.oids.set(`${rev}:${e.path}`, e.oid);
    }
    return entries;
  }
  async run(what, args, input, bulkOutput = false) {
    try {
      return (await this.git({ args, input, bulkOutput })).stdout;
    } catch (e) {
      throw gitError(what, e);
    }
  }
};

// src/adapters/git/store.ts
var EnvStore = class {
  dir;
  url;
  inPlace;
  git;
  reads;
  /** Commits fetched so far (a retry fetches only tips it has not seen). */
  fetched = /* @__PURE__ */ new Set();
  /** Trees and blobs fetched by id so far. */
  objects = /* @__PURE__ */ new Set();
  /** Only some trees were fetched (read sets): folders are fetched before they are read. */
  someTrees = false;
  /** The server refused `--filter=tree:0`: tips are fetched with every tree. */
  noTreeFilter = false;
  /** Author and committer of the run's commits, asked of git once. */
  idents;
  constructor(init) {
    this.dir = init.dir;
    this.url = init.url;
    this.inPlace = init.inPlace;
    this.git = init.git;
    this.reads = new BlobReader(init.git, !init.inPlace);
  }
  /** Where this store's refs come from: the URL, or the local folder in place. */
  get where() {
    return this.inPlace ? this.dir : this.url;
  }
  /** ref → sha of the given refs (full names) that exist: on the remote, or locally in place. */
  async tips(refs) {
    const wanted = new Set(refs.map(fullRef));
    const args = this.inPlace ? ["for-each-ref", "--format=%(objectname)	%(refname)", ...wanted] : ["ls-remote", "origin", ...wanted];
    const out = await this.run(`list ${this.where || "origin"}`, args);
    const tips = /* @__PURE__ */ new Map();
    for (const line of out.stdout.toString("utf8").split("\n")) {
      const [sha, ref] = line.split("	");
      if (sha && ref && wanted.has(ref)) tips.set(ref, sha);
    }
    return tips;
  }
  /** Fetches these commits at depth 1 without blobs (the server may refuse the filter: then with). */
  async fetch(shas) {
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
  async fetchCommits(shas) {
    const missing = [...new Set(shas)].filter((s) => !this.fetched.has(s));
    if (!missing.length) return true;
    if (this.noTreeFilter) {
      await this.fetch(missing);
      return false;
    }
    const args = ["fetch", "-q", "--no-tags", "--no-write-fetch-head", "--depth=1"];
    args.push("--filter=tree:0", "--stdin", "origin");
    let out;
    try {
      out = await this.run(`fetch from ${this.url}`, args, missing.join("\n") + "\n");
    } catch (e) {
      if (!/filter '?tree'? not (supported|allowed)/i.test(e.message)) throw e;
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
  async fetchObjects(listed, whole) {
    const one = async (oids, filter) => {
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
  async prefetchDirs(rev, dirs, files = []) {
    if (!this.someTrees || !dirs.length && !files.length) return;
    const [trees, blobs] = await Promise.all([
      dirs.length ? this.reads.list(rev, dirs, false, "trees") : [],
      this.reads.resolve(files.map((f) => `${rev}:${f}`))
    ]);
    const oids = [...trees.map((e) => e.oid), ...blobs.filter((o) => !!o)];
    await this.fetchObjects([{ oids, filter: "tree:0" }], []);
  }
  /** Builds commits (one `fast-import`); returns their shas in order. */
  async build(commits) {
    if (!commits.length) return [];
    try {
      this.idents ??= identities(this.git);
      return await buildCommits(this.git, commits, this.idents);
    } catch (e) {
      throw gitError("build the env repo commits", e);
    }
  }
  /** One atomic push to origin. */
  push(refs) {
    return atomicPush(this.git, "origin", this.url, refs);
  }
  /**
   * In place: moves local refs in one transaction (each must still be at `expect`),
   * then brings the work tree of the checked-out branch to its new commit, touching
   * only the files that differ.
   */
  async updateLocal(refs, scratch = []) {
    if (!refs.length && !scratch.length) return true;
    const lines = ["start"];
    for (const r of refs) lines.push(`update ${fullRef(r.ref)} ${r.sha} ${r.expect || ZERO}`);
    for (const r of scratch) lines.push(`delete ${r}`);
    lines.push("prepare", "commit", "");
    try {
      await this.git({ args: ["update-ref", "--stdin"], input: lines.join("\n") });
    } catch (e) {
      if (e instanceof GitExit && /cannot lock ref|but expected|reference already exists/.test(e.stderr))
        return false;
      throw gitError(`update the branches of ${this.dir}`, e);
    }
    const head = await this.headRef();
    const moved = refs.find((r) => fullRef(r.ref) === head);
    if (moved) {
      const args = moved.expect ? ["read-tree", "-m", "-u", moved.expect, moved.sha] : ["read-tree", "-m", "-u", moved.sha];
      await this.run(`update the work tree of ${this.dir}`, args);
    }
    return true;
  }
  /** The branch HEAD names (`refs/heads/…`), or "" when detached. */
  async headRef() {
    const out = await this.git({ args: ["symbolic-ref", "-q", "HEAD"], okCodes: [1] });
    return out.stdout.toString("utf8").trim();
  }
  /** Paths with uncommitted changes or untracked files (in place). */
  async dirty() {
    const out = await this.run("read env repo status", [
      "status",
      "--porcelain=v1",
      "-z",
      "--untracked-files=all"
    ]);
    return out.stdout.toString("utf8").split("\0").filter((e) => e.length > 3).map((e) => e.slice(3));
  }
  async run(what, args, input) {
    try {
      return await this.git({ args, input });
    } catch (e) {
      throw gitError(what, e);
    }
  }
};
var ZERO = "0000000000000000000000000000000000000000";

// src/adapters/git/open-store.ts
var FALLBACK_IDENTITY = { name: "capstan", email: "capstan@users.noreply.github.com" };
var STORE_CONFIG = [
  ["core.autocrlf", "false"],
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["fetch.writeCommitGraph", "false"]
];
async function openEnvStore(opts) {
  const { url, password } = stripUserinfo(opts.url);
  const token = opts.token || password;
  const secrets = token ? [token] : [];
  const env = { ...opts.env ?? {} };
  const local = isRemoteUrl(url) ? void 0 : await localWorktree(url, env, secrets);
  if (local) return openInPlace(local, opts, env, secrets);
  const dir = path.resolve(opts.workdir);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length)
    throw new ExternalError(`cannot clone the env repo into ${dir}: the directory is not empty`);
  const origin = httpOrigin(url);
  const runner = {
    cwd: dir,
    env: { ...withConfig(env, STORE_CONFIG), ...identityEnv(opts.committer ?? FALLBACK_IDENTITY) },
    auth: token && origin ? { token, origin } : void 0,
    secrets
  };
  const git = gitProcess(runner);
  try {
    await git({ args: ["init", "-q", dir] });
  } catch (e) {
    throw gitError("initialise the env repo clone", e);
  }
  appendFileSync(path.join(dir, ".git", "config"), remoteSection(url));
  return new EnvStore({ dir, url, inPlace: false, git });
}
async function openInPlace(dir, opts, env, secrets) {
  const probe = gitRunner({ cwd: dir, env, secrets });
  const [remote, hasIdentity] = await Promise.all([
    probe(["remote", "get-url", "origin"]).then(
      (s) => stripUserinfo(s.trim()).url,
      () => ""
    ),
    probe(["config", "user.email"]).then(
      (s) => s.trim() !== "",
      () => false
    )
  ]);
  const token = secrets[0];
  const origin = httpOrigin(remote);
  const identity = opts.committer ?? (hasIdentity ? void 0 : FALLBACK_IDENTITY);
  const git = gitProcess({
    cwd: dir,
    env: { ...identity ? identityEnv(identity) : {}, ...env },
    auth: token && origin ? { token, origin } : void 0,
    secrets
  });
  return new EnvStore({ dir: await fs.realpath(dir), url: remote, inPlace: true, git });
}
function remoteSection(url) {
  if (/[\0\n\r]/.test(url)) throw new ExternalError(`the env repo URL contains a line break`);
  const quoted = `"${url.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  return `[remote "origin"]
	url = ${quoted}
	fetch = +refs/heads/*:refs/remotes/origin/*
`;
}
function isRemoteUrl(url) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return true;
  return /^[^/\\]+:/.test(url) && !/^[a-z]:[\\/]/i.test(url);
}
async function localWorktree(url, env, secrets) {
  const abs = path.resolve(url);
  if (!existsSync(abs)) return void 0;
  const probe = gitRunner({ cwd: abs, env, secrets });
  const out = await probe(["rev-parse", "--is-bare-repository", "--show-toplevel"]).then(
    (s) => s.trim().split("\n"),
    () => void 0
  );
  if (!out || out[0] !== "false" || !out[1]) return void 0;
  const [a, b] = await Promise.all([fs.realpath(out[1]), fs.realpath(abs)]);
  return a === b ? abs : void 0;
}
function identityEnv(id) {
  return {
    GIT_AUTHOR_NAME: id.name,
    GIT_AUTHOR_EMAIL: id.email,
    GIT_COMMITTER_NAME: id.name,
    GIT_COMMITTER_EMAIL: id.email
  };
}
function withConfig(env, pairs) {
  const out = { ...env };
  let n = Number.parseInt(out.GIT_CONFIG_COUNT ?? process.env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  if (out.GIT_CONFIG_COUNT === void 0 && process.env.GIT_CONFIG_COUNT)
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

// src/adapters/retry.ts
async function withRetry(attempt2, opts) {
  const max = Math.max(1, Math.floor(opts.maxAttempts));
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? ((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)));
  for (let n = 1; n <= max; n++) {
    if (await attempt2() === "done") return;
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

// src/flows/transaction/env-tree.ts
function isStateFile(path3) {
  return path3.endsWith(`/${STATE_FILE}`);
}
var storeKeys = /* @__PURE__ */ new WeakMap();
var nextStoreKey = 0;
var EnvTree = class {
  constructor(store, tips) {
    this.store = store;
    this.tips = tips;
    let k = storeKeys.get(store);
    if (k === void 0) storeKeys.set(store, k = `store${++nextStoreKey}`);
    this.key = k;
  }
  /** The same for every tree of one store. */
  key;
  /** The fetched tip of a branch (or full ref), undefined when it does not exist. */
  tip(ref) {
    return this.tips.get(fullRef(ref));
  }
  /** Where the env repo is: its URL, or the folder used in place. */
  get where() {
    return this.store.where;
  }
  /** Texts of `paths` at commit `rev` (undefined: no such file), read in one batch. */
  async read(rev, paths) {
    return this.store.reads.read(
      paths.map((p) => `${rev}:${p}`),
      isStateFile
    );
  }
  /** Reads of several commits at once: [rev, path] pairs. */
  async readMany(specs) {
    return this.store.reads.read(
      specs.map(([rev, p]) => `${rev}:${p}`),
      isStateFile
    );
  }
  /** Blob ids of [rev, path] pairs (undefined: no such file); no blob is fetched. */
  async oids(specs) {
    return this.store.reads.resolve(specs.map(([rev, p]) => `${rev}:${p}`));
  }
  /**
   * The trees of these folders at `rev` (and the blobs of `files`), in one request when the
   * run fetched only some trees (read-set.ts).
   */
  prefetchDirs(rev, dirs, files) {
    return this.store.prefetchDirs(rev, dirs, files);
  }
  /** Entries of folders at `rev`: one level, or every file below (`recursive`). */
  async list(rev, dirs, recursive = false) {
    return this.store.reads.list(rev, dirs, recursive);
  }
};

// src/flows/transaction/record.ts
var RECORD_REF = "refs/capstan/rendered";
function recordPath(envPath, sourceRepo) {
  return `${envPath}/${encodeURIComponent(sourceRepo)}`;
}
async function readRecorded(tree, paths) {
  const tip = tree.tip(RECORD_REF);
  if (!tip) return paths.map(() => void 0);
  return (await tree.read(tip, paths)).map((t) => t?.trim() || void 0);
}

// src/flows/transaction/read-set.ts
var HEADER = "capstan-reads";
function fetchEveryTree() {
  return process.env.CAPSTAN_ENV_FETCH === "full" || referenceMode();
}
function parseReadSets(message) {
  const out = /* @__PURE__ */ new Map();
  let current;
  for (const line of message.split("\n")) {
    const head = /^capstan-reads (\S+) ([0-9a-f]{40,64})$/.exec(line);
    if (head) {
      out.set(head[1], current = { tip: head[2], objects: [] });
      continue;
    }
    const entry = /^(tree|blob) ([0-9a-f]{40,64})(?: (.*))?$/.exec(line);
    if (entry && current)
      current.objects.push({ type: entry[1], oid: entry[2], path: entry[3] ?? "" });
  }
  return out;
}
function formatReadSets(sets) {
  const lines = [];
  for (const ref of [...sets.keys()].sort()) {
    const s = sets.get(ref);
    lines.push(`${HEADER} ${ref} ${s.tip}`);
    for (const o of s.objects)
      lines.push(o.path ? `${o.type} ${o.oid} ${o.path}` : `${o.type} ${o.oid}`);
  }
  return lines.join("\n");
}
async function fetchTips(store, tips) {
  if (store.inPlace) return;
  if (fetchEveryTree()) return store.fetch(tips.values());
  if (!await store.fetchCommits(tips.values())) return;
  const entries = [...tips];
  const bodies = await store.reads.commits(entries.map(([, sha]) => sha));
  const at = entries.findIndex(([ref]) => ref === RECORD_REF);
  const sets = at >= 0 ? parseReadSets(bodies[at]?.message ?? "") : /* @__PURE__ */ new Map();
  const listed = [];
  const whole = [];
  entries.forEach(([ref, sha], i) => {
    const set = ref === RECORD_REF ? void 0 : sets.get(ref);
    if (set && set.tip === sha) listed.push(...set.objects);
    else if (bodies[i]) whole.push(bodies[i].tree);
  });
  await store.fetchObjects(requests(listed), whole);
}
function requests(objects) {
  const byDepth = [];
  const capstan = [];
  const states = [];
  for (const o of objects) {
    if (o.type === "tree" && /\/\.capstan\/(details|apps)$/.test(o.path)) continue;
    if (o.type === "tree" && (o.path === ".capstan" || o.path.endsWith("/.capstan")))
      capstan.push(o.oid);
    else if (o.type === "blob" && o.path.endsWith("/.capstan/state.json")) states.push(o.oid);
    else if (o.type === "blob") capstan.push(o.oid);
    else (byDepth[o.path ? o.path.split("/").length : 0] ??= []).push(o.oid);
  }
  return [
    ...byDepth.filter((g) => g?.length).map((oids) => ({ oids, filter: "tree:0" })),
    ...capstan.length ? [{ oids: capstan, filter: "blob:none" }] : [],
    ...states.map((s) => ({ oids: [s], filter: "tree:0" }))
  ];
}
async function readSetOf(store, sha, root) {
  const [[body], top, inRoot] = await Promise.all([
    store.reads.commits([sha]),
    store.reads.list(sha, [root], false, "trees"),
    store.reads.list(sha, [root], false)
  ]);
  if (!body) return [];
  const envs = inRoot.filter((e) => e.type === "tree");
  const [capstan, leaves] = await Promise.all([
    store.reads.list(
      sha,
      envs.map((e) => `${e.path}/.capstan`),
      false,
      "trees"
    ),
    store.reads.list(
      sha,
      envs.flatMap(({ path: e }) => [
        `${e}/.capstan/details`,
        `${e}/.capstan/apps`,
        `${e}/.capstan/state.json`,
        `${e}/kustomization.yaml`,
        `${e}/README.md`,
        `${e}/hydrator.metadata`
      ]),
      false,
      true
    )
  ]);
  return [
    { type: "tree", oid: body.tree, path: "" },
    ...[...top, ...envs, ...capstan, ...leaves].map((e) => ({
      type: e.type,
      oid: e.oid,
      path: e.path
    }))
  ];
}

// src/flows/transaction/materialize.ts
async function materialize(store, tree, plan, inPlace, root) {
  const effective = await effectiveChanges(tree, plan);
  const commits = [];
  const index = [];
  const heads = /* @__PURE__ */ new Map();
  plan.commits.forEach((c, i) => {
    const changes = effective[i];
    if (!changes.size) return void index.push(void 0);
    const parent = heads.get(c.onto) ?? tree.tip(c.onto);
    index.push(commits.length);
    if (c.branch === c.onto) heads.set(c.branch, commits.length);
    commits.push({ ref: scratchRef(commits.length), parent, message: c.message, changes });
  });
  const record = inPlace ? void 0 : await recordChanges(tree, plan.record);
  const shas = await store.build(commits);
  const outcomes = [];
  const refs = [];
  for (const [i, c] of plan.commits.entries()) {
    const k = index[i];
    if (k === void 0) {
      outcomes.push({});
      continue;
    }
    const sha = shas[k];
    if (c.branch === c.onto) {
      outcomes.push({ sha });
      continue;
    }
    const remote = tree.tip(c.branch);
    if (remote && await sameRender(store, remote, sha)) {
      outcomes.push({ sha: remote, alreadyThere: true });
      continue;
    }
    outcomes.push({ sha });
    refs.push({ local: sha, remote: c.branch, expect: remote ?? "" });
  }
  const branchRefs = [...heads].map(([branch, head]) => ({
    local: shas[head],
    remote: branch,
    expect: inPlace ? void 0 : tree.tip(branch) ?? ""
  }));
  const pushed = [...branchRefs, ...refs];
  const scratch = commits.map((c) => c.ref);
  if (!inPlace && (record || root !== void 0 && pushed.length)) {
    const ref = scratchRef(commits.length);
    const message = await recordMessage(store, tree, pushed, root);
    const [sha] = await store.build([
      { ref, parent: tree.tip(RECORD_REF), message, changes: record ?? /* @__PURE__ */ new Map() }
    ]);
    pushed.push({ local: sha, remote: RECORD_REF, expect: tree.tip(RECORD_REF) ?? "" });
    scratch.push(ref);
  }
  return { outcomes, refs: pushed, scratch };
}
async function recordMessage(store, tree, pushed, root) {
  const head = "capstan: newest source commits rendered\n";
  if (root === void 0) return head;
  const old = tree.tip(RECORD_REF);
  const sets = /* @__PURE__ */ new Map();
  if (old) {
    for (const [ref, s] of parseReadSets((await store.reads.commits([old]))[0]?.message ?? ""))
      if (tree.tip(ref) === s.tip) sets.set(ref, s);
  }
  const objects = await Promise.all(pushed.map((p) => readSetOf(store, p.local, root)));
  pushed.forEach((p, i) => sets.set(fullRef(p.remote), { tip: p.local, objects: objects[i] }));
  return sets.size ? `${head}
${formatReadSets(sets)}
` : head;
}
async function effectiveChanges(tree, plan) {
  const specs = [];
  for (const c of plan.commits) {
    const tip = tree.tip(c.onto);
    if (tip) for (const p of c.changes.keys()) specs.push([tip, p]);
  }
  const oids = await tree.oids(specs);
  const old = new Map(specs.map(([rev, p], i) => [`${rev}:${p}`, oids[i]]));
  return plan.commits.map((c) => {
    const tip = tree.tip(c.onto);
    const out = /* @__PURE__ */ new Map();
    for (const [p, text] of c.changes) {
      const before = tip ? old.get(`${tip}:${p}`) : void 0;
      if (text === null ? before !== void 0 : before !== blobId(Buffer.from(text, "utf8")))
        out.set(p, text);
    }
    return out;
  });
}
async function recordChanges(tree, wanted) {
  if (!wanted?.size) return void 0;
  const paths = [...wanted.keys()];
  const now = await readRecorded(tree, paths);
  const changes = /* @__PURE__ */ new Map();
  paths.forEach((p, i) => {
    if (now[i] !== wanted.get(p)) changes.set(p, `${wanted.get(p)}
`);
  });
  return changes.size ? changes : void 0;
}
async function sameRender(store, remote, local) {
  const [a, b] = await store.reads.commits([remote, local]);
  return !!a && !!b && a.tree === b.tree && a.parents[0] === b.parents[0];
}
function scratchRef(i) {
  return `refs/capstan/build/${process.pid}-${i}`;
}

// src/flows/transaction/transaction.ts
function warmStart(store, refs, then) {
  const full = txRefs(store, refs);
  return (async () => {
    const tips = await store.tips(full);
    await fetchTips(store, tips);
    await then(new EnvTree(store, tips));
    return { refs: full, tips };
  })().catch(() => void 0);
}
function txRefs(store, refs) {
  return [...refs.map(fullRef), ...store.inPlace ? [] : [RECORD_REF]];
}
async function runTransaction(store, opts) {
  let attempts = 0;
  let out;
  const once = async () => {
    out = await attempt(store, opts, ++attempts);
    return out ? "done" : "retry";
  };
  if (store.inPlace || opts.write === "dry-run" || opts.write === "build") await once();
  else
    await withRetry(once, {
      maxAttempts: opts.retry?.maxAttempts ?? 10,
      baseMs: opts.retry?.baseMs ?? 300,
      maxMs: opts.retry?.maxMs ?? 5e3
    });
  if (!out) throw new ExternalError(opts.raceMessage);
  return out;
}
async function attempt(store, opts, n) {
  const refs = txRefs(store, opts.refs);
  const warm = n === 1 ? await opts.warm : void 0;
  let tips;
  if (warm && warm.refs.join("\0") === refs.join("\0")) tips = warm.tips;
  else {
    tips = await store.tips(refs);
    await fetchTips(store, tips);
  }
  const tree = new EnvTree(store, tips);
  const plan = await opts.plan(tree, n);
  if (opts.write === "dry-run") return { result: plan.result, commits: [], pushed: [] };
  const built = await materialize(store, tree, plan, store.inPlace, opts.root);
  if (opts.write === "build") return { result: plan.result, commits: built.outcomes, pushed: [] };
  if (opts.write === "local" || opts.write === "local+push") {
    const local = built.refs.map((r) => ({
      ref: r.remote,
      sha: r.local,
      expect: tips.get(fullRef(r.remote)) ?? ""
    }));
    if (!await store.updateLocal(local, built.scratch)) return void 0;
    if (opts.write === "local") return { result: plan.result, commits: built.outcomes, pushed: [] };
  }
  return push(store, built, plan.result);
}
async function push(store, built, result) {
  const refs = built.refs;
  const res = await store.push(refs);
  if (!res.ok && res.reason === "race") return void 0;
  if (!res.ok)
    throw new ExternalError(`push to ${store.url || "origin"} was rejected: ${res.detail}`);
  return { result, commits: built.outcomes, pushed: refs.map((r) => r.remote) };
}

// src/flows/shared/env-snapshot.ts
function snapshotSpecs(rev, envPath) {
  return [
    [rev, `${envPath}/kustomization.yaml`],
    [rev, `${envPath}/${STATE_FILE}`],
    [rev, `${envPath}/${README_FILE}`],
    [rev, `${envPath}/${HYDRATOR_FILE}`]
  ];
}
async function prefetchEnvs(files, envs) {
  await files.readMany(envs.flatMap(([rev, p]) => rev ? snapshotSpecs(rev, p) : []));
}
async function readEnvAt(files, rev, envPath) {
  if (!rev) return {};
  const [kustomization2, text, readme, hydrator] = await files.readMany(snapshotSpecs(rev, envPath));
  const base = { kustomization: kustomization2, readme, hydrator };
  if (text === void 0) return base;
  const details = new TreeDetails(files, rev, envPath);
  const parsed = parseState(text, details);
  if ("error" in parsed) return { ...base, problem: corruptState(envPath, parsed.error) };
  details.apps = Object.keys(parsed.apps);
  details.fileOf = detailFileOf(parsed.schemaVersion);
  return { ...base, state: parsed };
}
var TreeDetails = class {
  constructor(files, rev, display) {
    this.files = files;
    this.rev = rev;
    this.display = display;
    this.key = `${files.key ?? ""}:${rev}:${display}`;
  }
  key;
  /** detail file (relative to the environment folder) → its text */
  texts = /* @__PURE__ */ new Map();
  /** apps whose folders were fetched */
  dirs = /* @__PURE__ */ new Set();
  /** Every app the state lists, and where the state keeps their details. */
  apps = [];
  fileOf = detailPath;
  read(file) {
    if (!this.texts.has(file)) throw new DetailsNotLoaded(this, file);
    return this.texts.get(file);
  }
  async load(apps, files) {
    const dirs = [...new Set(apps)].filter((a) => !this.dirs.has(a));
    const todo = [...new Set(files)].filter((f) => !this.texts.has(f));
    if (!todo.length && !dirs.length) return;
    const paths = todo.map((f) => `${this.display}/${f}`);
    await this.files.prefetchDirs?.(
      this.rev,
      dirs.map((a) => `${this.display}/${a}`),
      paths
    );
    dirs.forEach((a) => this.dirs.add(a));
    const got = await this.files.readMany(paths.map((p) => [this.rev, p]));
    todo.forEach((f, i) => this.texts.set(f, got[i]));
  }
  loadAll() {
    return this.load(this.apps, this.apps.map(this.fileOf));
  }
};
function corruptState(envPath, error) {
  const file = `${envPath}/${STATE_FILE}`;
  return {
    file,
    code: "corrupt-state",
    message: `${STATE_FILE} of the env repo ${error}; capstan will not overwrite files it cannot account for \u2014 restore it from the env repo's history (git log -- ${file}) or delete it together with the files it listed`
  };
}
async function removedEnvsAt(files, rev, root, configured, sourceRepo) {
  if (!rev) return [];
  const known = new Set(configured.map((e) => e.name));
  const out = [];
  const names = (await files.list(rev, [root])).filter((e) => e.type === "tree").map((e) => e.path.slice(root.length + 1)).filter((n) => !known.has(n));
  await prefetchEnvs(
    files,
    names.map((n) => [rev, `${root}/${n}`])
  );
  for (const name of names) {
    const snapshot = await readEnvAt(files, rev, `${root}/${name}`);
    if (snapshot.state === void 0 && !snapshot.problem) continue;
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

// src/flows/render/render-plan.ts
function renderBases(config, targets) {
  return [.../* @__PURE__ */ new Set([config.envRepo.branch, ...targets.map((t) => t.base)])];
}
function renderRefs(config, targets) {
  const approvals = targets.flatMap((t) => t.approvalBranch ? [t.approvalBranch] : []);
  return [...renderBases(config, targets), ...approvals];
}
async function prefetchTargets(tree, config, sourceRepo, targets) {
  const root = config.envRepo.root;
  const envs = [];
  for (const t of targets) {
    const display = `${root}/${t.env.name}`;
    envs.push([tree.tip(t.base), display]);
    if (t.approvalBranch) envs.push([tree.tip(t.approvalBranch), display]);
  }
  const record = tree.tip(RECORD_REF);
  await Promise.all([
    prefetchEnvs(tree, envs),
    record ? tree.read(
      record,
      targets.map((t) => recordPath(`${root}/${t.env.name}`, sourceRepo))
    ) : void 0
  ]);
}
var RenderPlanner = class {
  constructor(src, opts, reporter, history) {
    this.src = src;
    this.opts = opts;
    this.reporter = reporter;
    this.history = history;
    this.root = src.config.envRepo.root;
    this.provenance = { sourceRepo: src.sourceRepo, commit: src.commit };
  }
  root;
  provenance;
  bases(targets) {
    return renderBases(this.src.config, targets);
  }
  refs(targets) {
    return renderRefs(this.src.config, targets);
  }
  async plan(tree, targets, n) {
    if (n > 1) this.reporter.info(`the env repo moved: re-planning (attempt ${n})`);
    await this.prefetch(tree, targets);
    await this.primeOrder(tree, targets);
    const problems = [];
    const notices = /* @__PURE__ */ new Set();
    const planned = [];
    for (const t of targets) {
      const r = await this.planTarget(tree, t, problems, notices);
      if (r) planned.push(r);
    }
    const removed = await this.planRemoved(tree, targets, planned, problems, notices);
    for (const x of notices) this.reporter.notice(x);
    if (problems.length) throw new UserError(dedupeProblems(problems));
    return {
      commits: this.commits(tree, targets, planned),
      record: this.record(planned),
      result: { planned, removed }
    };
  }
  /** State, kustomization and record of every target, in one batch. */
  async prefetch(tree, targets) {
    await prefetchTargets(tree, this.src.config, this.src.sourceRepo, targets);
  }
  /** The older-commit rule's git questions for every target, started together (render-order.ts). */
  async primeOrder(tree, targets) {
    const envs = await Promise.all(
      targets.map(async (t) => ({
        state: (await readEnvAt(tree, tree.tip(t.base), `${this.root}/${t.env.name}`)).state,
        recordedCommit: await this.recorded(tree, t)
      }))
    );
    this.history.prime(envs);
  }
  recordKey(t) {
    return recordPath(`${this.root}/${t.env.name}`, this.src.sourceRepo);
  }
  async recorded(tree, t) {
    return (await readRecorded(tree, [this.recordKey(t)]))[0];
  }
  async planTarget(tree, t, problems, notices) {
    const display = `${this.root}/${t.env.name}`;
    const prev = await readEnvAt(tree, tree.tip(t.base), display);
    if (prev.problem) {
      problems.push(prev.problem);
      return void 0;
    }
    const states = [prev];
    const pendingTip = t.approvalBranch ? tree.tip(t.approvalBranch) : void 0;
    if (pendingTip) {
      const pending = await readEnvAt(tree, pendingTip, display);
      if (!pending.problem) states.push(pending);
    }
    const record = await this.recorded(tree, t);
    for (const [i, s] of states.entries()) {
      const v = await this.history.verdict(t.env.name, s.state, display, i ? void 0 : record);
      if (v.kind === "diverged") {
        problems.push(v.problem);
        return void 0;
      }
      if (v.kind === "older") {
        const why = `environment "${t.env.name}" already holds the render of ${this.src.sourceRepo}@${v.newer.slice(0, 7)} (${v.app ? `app ${v.app}` : "recorded as the newest rendered"}), a newer commit than this run's ${this.src.commit.slice(0, 7)}; not replacing it`;
        notices.add(why);
        return { target: t, skipped: why };
      }
    }
    await this.opts.validators;
    await preloadForState(this.src, prev.state);
    const r = await planWithDetails(this.src, t.env, prev);
    problems.push(...r.problems);
    for (const x of r.notices) notices.add(x);
    if (!r.plan) return void 0;
    const guard = massDeletionProblem(r.plan, this.opts.allowMassDeletion);
    if (guard) problems.push(guard);
    return { target: t, plan: r.plan };
  }
  async planRemoved(tree, targets, planned, problems, notices) {
    const names = [];
    for (const b of this.bases(targets)) {
      const envs = this.src.config.environments;
      for (const r of await removedEnvsAt(
        tree,
        tree.tip(b),
        this.root,
        envs,
        this.src.sourceRepo
      )) {
        if (r.snapshot.problem) {
          this.reporter.warn(
            `environment ${r.name} (removed from capstan.yaml): ${r.snapshot.problem.message}`
          );
          continue;
        }
        names.push(r.name);
        if (!this.opts.pruneRemovedEnvs) {
          notices.add(
            `environment "${r.name}" on ${b} is no longer in capstan.yaml but still holds ${r.apps.join(", ")} from ${this.src.sourceRepo}; pass --prune-removed-envs (Action input prune-removed-envs: true) to remove them`
          );
          continue;
        }
        const env = removedEnvironment(r.name, this.src.config.kubeVersion);
        const p = await planWithDetails(this.src, env, r.snapshot);
        problems.push(...p.problems);
        if (p.plan)
          planned.push({ target: { env, base: b, removed: r }, plan: emptyEnvCleanup(p.plan) });
      }
    }
    return names;
  }
  /** Per branch: its environments' commits, then the approval branches on top. */
  commits(tree, targets, planned) {
    const out = [];
    for (const b of this.bases(targets)) {
      const mine = planned.filter((p) => p.target.base === b && p.plan && !p.skipped);
      for (const p of mine.filter((x) => !x.target.approvalBranch)) {
        this.baseExists(tree, b);
        p.commit = out.length;
        out.push({ branch: b, onto: b, message: this.message(p), changes: this.paths(p.plan) });
      }
      for (const p of mine.filter((x) => x.target.approvalBranch)) {
        if (!p.plan.changes.size) continue;
        if (!tree.tip(b) && !out.some((c) => c.branch === b))
          throw new ExternalError(
            `environment ${p.target.env.name} needs approval, but its branch ${b} does not exist on the env repo yet; create it first`
          );
        p.commit = out.length;
        out.push({
          branch: p.target.approvalBranch,
          onto: b,
          message: this.message(p),
          changes: this.paths(p.plan)
        });
      }
    }
    return out;
  }
  /** In place, a branch must exist, or be the unborn branch HEAD names. */
  baseExists(tree, b) {
    const head = this.opts.headRef;
    if (head === void 0 || tree.tip(b) || head === `refs/heads/${b}`) return;
    throw new ExternalError(
      `the env repo at ${tree.where} has no branch ${b}; create it, or render into a clone`
    );
  }
  message(p) {
    const env = p.target.env.name;
    const note = p.target.removed ? `Environment ${env} was removed from capstan.yaml; pruned with --prune-removed-envs.` : void 0;
    return commitMessage(env, p.plan.apps, this.provenance, note);
  }
  paths(plan) {
    const out = /* @__PURE__ */ new Map();
    for (const [rel, text] of plan.changes) out.set(`${this.root}/${plan.env.name}/${rel}`, text);
    return out;
  }
  /**
   * This run's commit as the newest rendered, for every environment it planned whose
   * state will not show it already (no app of this source changed at this commit: a
   * render that changes nothing, or only removes). The state is the record otherwise.
   */
  record(planned) {
    const out = /* @__PURE__ */ new Map();
    if (this.src.commit === NO_COMMIT) return out;
    for (const p of planned) {
      if (!p.plan || p.skipped || p.target.removed) continue;
      const shown = Object.values(p.plan.state.apps).some(
        (a) => a.sourceRepo === this.src.sourceRepo && a.commit === this.src.commit
      );
      if (!shown) out.set(this.recordKey(p.target), this.src.commit);
    }
    return out;
  }
};
async function planWithDetails(src, env, prev) {
  const state = prev.state;
  if (!state) return planEnv(src, env, prev);
  const { tasks, digests } = renderTasks(src, env, prev);
  const kept = src.unchanged?.apps;
  const leaving = Object.keys(state.apps).filter(
    (a) => state.apps[a].sourceRepo === src.sourceRepo && !digests.has(a) && !kept?.has(a)
  );
  return withDetails(() => planEnv(src, env, prev, { digests }), {
    state,
    apps: [...tasks.map((t) => t.app.name), ...leaving, NAMESPACES_APP]
  });
}
function emptyEnvCleanup(plan) {
  if (!isEmptyState(plan.state)) return plan;
  const k = plan.changes.get("kustomization.yaml");
  if (k === void 0 || k !== kustomization([])) return plan;
  const changes = new Map(plan.changes);
  changes.set("kustomization.yaml", null);
  changes.set(STATE_FILE, null);
  return { ...plan, changes };
}

// src/flows/render/render-order.ts
var SourceHistory = class {
  constructor(dir, sourceRepo, commit) {
    this.dir = dir;
    this.sourceRepo = sourceRepo;
    this.commit = commit;
  }
  cache = /* @__PURE__ */ new Map();
  fetched = /* @__PURE__ */ new Map();
  ancestor(a, b) {
    const key = `${a}..${b}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.present(a === this.commit ? b : a).then((known) => known ? this.ask(a, b) : false);
      this.cache.set(key, p);
    }
    return p;
  }
  async ask(a, b) {
    try {
      return await isAncestor(this.dir, a, b);
    } catch (e) {
      if (e instanceof UserError && e.problems.some((x) => x.code === "unknown-revision"))
        return false;
      if (e instanceof UserError && e.problems.some((x) => x.code === "shallow"))
        throw new ExternalError(e.problems.map((x) => x.message).join("; "));
      throw e;
    }
  }
  /**
   * Whether `commit` is in the checkout, fetching it from origin when it is not. False:
   * origin does not have it either (or there is no origin): not history to order against.
   */
  present(commit) {
    let p = this.fetched.get(commit);
    if (!p) {
      p = (async () => {
        if (await peekCommit(this.dir, commit)) return true;
        const r = await fetchCommit(this.dir, commit);
        if (r.kind === "failed") {
          const lines = r.detail.split("\n");
          const cause = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0];
          throw new ExternalError(
            `cannot tell whether ${this.sourceRepo}@${commit.slice(0, 7)}, recorded in the env repo, is older or newer than this run's ${this.commit.slice(0, 7)}: it is not in this checkout and fetching it from origin failed (${cause}). Set \`fetch-depth: 0\` on actions/checkout, or make origin reachable.`
          );
        }
        return r.kind === "fetched";
      })();
      this.fetched.set(commit, p);
    }
    return p;
  }
  /**
   * Asks, side by side, the first question `verdict` will ask of each environment: one git
   * process per recorded commit, running together instead of one after another (each is
   * mostly a process start). The answers are cached; a failure surfaces in `verdict`.
   */
  prime(envs) {
    if (this.commit === NO_COMMIT) return;
    const commits = /* @__PURE__ */ new Set();
    for (const e of envs)
      for (const c of this.recorded(e.state, e.recordedCommit).keys()) commits.add(c);
    for (const c of commits) this.ancestor(c, this.commit).catch(() => void 0);
  }
  /** The source commits an environment records for this source repository: commit → one app recording it ("" for the record). */
  recorded(state, recordedCommit) {
    const recorded = /* @__PURE__ */ new Map();
    if (recordedCommit && recordedCommit !== this.commit) recorded.set(recordedCommit, "");
    for (const [name, a] of Object.entries(state?.apps ?? {}))
      if (a.sourceRepo === this.sourceRepo && a.commit !== this.commit && a.commit !== NO_COMMIT) {
        if (!recorded.has(a.commit)) recorded.set(a.commit, name);
      }
    return recorded;
  }
  async verdict(env, state, display, recordedCommit) {
    if (this.commit === NO_COMMIT) return { kind: "ok" };
    const recorded = this.recorded(state, recordedCommit);
    const ahead = [];
    for (const [commit, app] of recorded)
      if (!await this.ancestor(commit, this.commit)) ahead.push([commit, app]);
    for (const [commit, app] of ahead)
      if (await this.ancestor(this.commit, commit)) return { kind: "older", newer: commit, app };
    const [first] = ahead;
    if (first)
      return { kind: "diverged", problem: this.diverged(env, display, first[0], first[1]) };
    return { kind: "ok" };
  }
  diverged(env, display, commit, app) {
    const at = `${this.sourceRepo}@${commit.slice(0, 7)}`;
    const what = app ? `holds app "${app}" rendered from ${at}` : `was last rendered from ${at} (recorded in the env repo's refs/capstan/rendered)`;
    return {
      file: `${display}/.capstan/state.json`,
      env,
      ...app ? { app } : {},
      code: "diverged-history",
      message: `environment "${env}" ${what}, which is neither an ancestor nor a descendant of this run's commit ${this.commit.slice(0, 7)} (history was rewritten, or the commit is on another branch); capstan refuses to replace it. Render from a commit that contains ${commit.slice(0, 7)}, or remove the app's entry from state.json deliberately.`
    };
  }
};

// src/flows/render/render-repo.ts
var APPROVAL_PREFIX = "capstan/render/";
var STATUS_CONTEXT = "capstan/render";
function renderTargets(config, names) {
  const all = config.environments;
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
function renderTarget(config, env) {
  const base = env.branch ?? config.envRepo.branch;
  return env.approval === "pull-request" ? { env, base, approvalBranch: `${APPROVAL_PREFIX}${env.name}` } : { env, base };
}
function startEnvRepo(config, sourceRepo, opts) {
  const tmp = opts.workdir ? void 0 : mkdtempSync(path2.join(tmpBase(), "capstan-env-"));
  const store = openEnvStore({
    url: opts.envRepo,
    token: opts.token,
    workdir: opts.workdir ?? path2.join(tmp, "repo"),
    committer: opts.committer,
    env: opts.gitEnv
  });
  let targets;
  try {
    targets = renderTargets(config, opts.envs).map((e) => renderTarget(config, e));
  } catch {
    targets = void 0;
  }
  const warm = store.then(
    (s) => s.inPlace || !targets ? void 0 : warmStart(
      s,
      renderRefs(config, targets),
      (tree) => prefetchTargets(tree, config, sourceRepo, targets)
    ),
    () => void 0
  );
  const states = Promise.all([store, warm]).then(async ([s, w]) => {
    if (!w || !targets) return void 0;
    const tree = new EnvTree(s, w.tips);
    const root = config.envRepo.root;
    const snaps = await Promise.all(
      targets.map((t) => readEnvAt(tree, tree.tip(t.base), `${root}/${t.env.name}`))
    );
    return snaps.map((x) => x.state);
  }).catch(() => void 0);
  return {
    store,
    warm,
    states,
    async close() {
      await warm;
      await store.catch(() => void 0);
      if (tmp) await fs2.rm(tmp, { recursive: true, force: true });
    }
  };
}
async function renderToRepo(src, opts, reporter, started2) {
  try {
    const envs = renderTargets(src.config, opts.envs);
    const prep = await prepare(src, src.config.environments, {
      frozen: opts.frozen,
      preload: false
    });
    const validators = preloadKinds(kindsToPreload(src, prep.caps));
    validators.catch(() => void 0);
    for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
    started2 ??= startEnvRepo(src.config, src.sourceRepo, opts);
    const store = await started2.store;
    const mode = opts.dryRun || !store.inPlace && !opts.push ? "dry-run" : store.inPlace ? "in-place" : "push";
    if (store.inPlace && (await store.dirty()).length)
      throw new UserError([
        {
          code: "dirty-worktree",
          message: `the env repo at ${store.dir} has uncommitted changes; commit or stash them first (capstan commits everything it stages)`
        }
      ]);
    if (store.inPlace && opts.push && !store.url)
      throw new UsageError(`--push: the env repo at ${store.dir} has no origin remote to push to`);
    const flow = new RenderFlow(src, opts, reporter, store, mode, validators);
    const reports = await flow.run(
      envs.map((env) => renderTarget(src.config, env)),
      started2.warm
    );
    await flow.afterPush(reports.reports);
    return { ...reports, mode, envRepo: store.url || store.dir };
  } finally {
    await started2?.close();
  }
}
function tmpBase() {
  return process.env.RUNNER_TEMP || os.tmpdir();
}
var RenderFlow = class {
  constructor(src, opts, reporter, store, mode, validators) {
    this.src = src;
    this.opts = opts;
    this.reporter = reporter;
    this.store = store;
    this.mode = mode;
    this.validators = validators;
    this.provenance = { sourceRepo: src.sourceRepo, commit: src.commit };
  }
  provenance;
  write() {
    if (this.mode === "dry-run") return "dry-run";
    if (this.mode === "in-place") return this.opts.push ? "local+push" : "local";
    return "push";
  }
  async run(targets, warm) {
    const history = new SourceHistory(this.opts.sourceDir, this.src.sourceRepo, this.src.commit);
    const headRef = this.store.inPlace ? await this.store.headRef() : void 0;
    const planner = new RenderPlanner(
      this.src,
      {
        allowMassDeletion: this.opts.allowMassDeletion,
        pruneRemovedEnvs: this.opts.pruneRemovedEnvs,
        headRef,
        validators: this.validators
      },
      this.reporter,
      history
    );
    const tx = await runTransaction(this.store, {
      refs: planner.refs(targets),
      plan: (tree, n) => planner.plan(tree, targets, n),
      write: this.write(),
      warm,
      root: this.src.config.envRepo.root,
      retry: this.opts.retry,
      // a race lost in place (no retry there); remote pushes retry, then give up in adapters/retry.ts
      raceMessage: `push to ${this.store.url}: the remote branch moved since this repository was last pulled; pull and run again`
    });
    const { planned, removed } = tx.result;
    const pushed = tx.pushed.filter((r) => !r.startsWith("refs/"));
    if (pushed.length)
      this.reporter.info(`pushed ${pushed.join(", ")} to ${this.store.url} (atomic)`);
    const reports = this.mode === "dry-run" ? this.dryRun(planned) : planned.map((p) => this.report(p, tx.commits));
    reports.sort((a, b) => envIndex(this.src, a.env) - envIndex(this.src, b.env));
    return { reports, removedEnvs: removed, pushed };
  }
  report(p, outcomes) {
    const env = p.target.env.name;
    const t = p.target;
    if (p.skipped || !p.plan)
      return { env, branch: t.approvalBranch ?? t.base, status: "skipped-older", apps: [] };
    const o = p.commit === void 0 ? void 0 : outcomes[p.commit];
    if (!o?.sha) return { env, branch: t.base, status: "unchanged", apps: p.plan.apps };
    const status = t.approvalBranch ? "proposed" : t.removed ? "pruned" : "committed";
    return {
      env,
      branch: t.approvalBranch ?? t.base,
      status,
      apps: p.plan.apps,
      commit: o.sha,
      commitUrl: this.commitUrl(o.sha)
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
        `dry run: would commit to ${branch} of ${this.store.url || this.store.dir}:`
      );
      for (const line of msg.trimEnd().split("\n")) this.reporter.info(`    ${line}`);
      for (const [rel, text] of p.plan.changes)
        this.reporter.info(
          `  ${text === null ? "-" : "+"} ${this.src.config.envRepo.root}/${env}/${rel}`
        );
    }
    return reports;
  }
  /** Pull requests of approval environments, then the commit statuses on the source commit. */
  async afterPush(reports) {
    if (this.mode === "dry-run" || this.mode === "in-place" && !this.opts.push) return;
    const gh = this.envRepoApi();
    for (const r of reports) {
      if (r.status !== "proposed") continue;
      const env = this.src.config.environments.find((e) => e.name === r.env);
      const t = renderTarget(this.src.config, env);
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
    return envRepoCoords(this.store.url, this.opts.github);
  }
  envRepoApi() {
    return envRepoApi(this.store.url, this.opts.token, this.opts.github);
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
function envIndex(src, name) {
  const i = src.config.environments.findIndex((e) => e.name === name);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

export {
  openEnvStore,
  objectCounts,
  reportLines,
  summaryMarkdown,
  changedApps,
  trailers,
  prefetchEnvs,
  readEnvAt,
  envRepoApi,
  deliverPullRequest,
  runTransaction,
  startEnvRepo,
  renderToRepo
};
