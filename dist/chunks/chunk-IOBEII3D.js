import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  GitExit,
  gitFailureDetail,
  gitRunner,
  stripUserinfo
} from "./chunk-FN2YLOUV.js";
import {
  ExternalError,
  UserError
} from "./chunk-N5T7JROX.js";

// src/adapters/source-repo.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
var DEEPEN_STEPS = [50, 500];
function runner(dir) {
  return gitRunner({ cwd: dir });
}
async function run(dir, what, args) {
  try {
    return await runner(dir)(args);
  } catch (e) {
    throw external(what, e);
  }
}
function external(what, e) {
  return new ExternalError(`git: could not ${what}: ${gitFailureDetail(e)}`);
}
async function exitCode(dir, args) {
  try {
    await runner(dir)(args);
    return 0;
  } catch (e) {
    if (e instanceof GitExit) return e.exitCode;
    throw e;
  }
}
async function headCommit(dir) {
  return (await run(dir, "read the source HEAD", ["rev-parse", "--verify", "HEAD^{commit}"])).trim();
}
async function isShallow(dir) {
  return (await run(dir, "inspect the source checkout", ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function remoteUrl(dir) {
  let url;
  try {
    url = (await runner(dir)(["remote", "get-url", "origin"])).trim();
  } catch (e) {
    if (e instanceof GitExit) return void 0;
    throw external("read the source remote", e);
  }
  return stripUserinfo(url).url;
}
function deepen(dir, opts = {}) {
  return oneFetchAtATime(dir, () => deepenNow(dir, opts));
}
async function deepenNow(dir, opts) {
  if (!await isShallow(dir)) return;
  const args = [
    "fetch",
    "-q",
    "--no-tags",
    opts.by ? `--deepen=${opts.by}` : "--unshallow",
    "origin"
  ];
  try {
    await runner(dir)(args);
  } catch (e) {
    const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
    throw shallowError(opts.why ?? "this step", detail);
  }
}
var fetching = /* @__PURE__ */ new Map();
function oneFetchAtATime(dir, f) {
  const next = (fetching.get(dir) ?? Promise.resolve()).then(f);
  fetching.set(
    dir,
    next.catch(() => void 0)
  );
  return next;
}
function shallowError(why, detail) {
  return new UserError([
    {
      code: "shallow",
      message: `the source checkout is shallow and ${why} needs more history; fetching it failed: ${detail}. Set \`fetch-depth: 0\` on actions/checkout.`
    }
  ]);
}
async function withHistory(dir, why, probe, onMissing) {
  for (let step = 0; ; step++) {
    const r = await probe();
    if (r.found) return r.value;
    if (!await isShallow(dir)) return onMissing();
    await deepen(dir, { by: DEEPEN_STEPS[step], why });
  }
}
async function hasCommit(dir, rev) {
  return await exitCode(dir, ["cat-file", "-e", `${rev}^{commit}`]) === 0;
}
var resolvedShas = /* @__PURE__ */ new Map();
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function peekCommit(dir, rev) {
  if (FULL_SHA.test(rev) && resolvedShas.get(dir)?.has(rev)) return Promise.resolve(rev);
  const key = `${dir}\0${rev}`;
  let p = peeking.get(key);
  if (!p) {
    p = peekNow(dir, rev).finally(() => peeking.delete(key));
    peeking.set(key, p);
  }
  return p;
}
var peeking = /* @__PURE__ */ new Map();
async function peekNow(dir, rev) {
  let out;
  try {
    out = (await runner(dir)(["rev-parse", "--verify", "-q", `${rev}^{commit}`])).trim();
  } catch {
    return void 0;
  }
  if (!FULL_SHA.test(out)) return void 0;
  let known = resolvedShas.get(dir);
  if (!known) resolvedShas.set(dir, known = /* @__PURE__ */ new Set());
  known.add(out);
  return out;
}
async function resolveCommit(dir, rev) {
  const fast = await peekCommit(dir, rev);
  if (fast !== void 0) return fast;
  await withHistory(
    dir,
    `reading revision ${rev}`,
    async () => await hasCommit(dir, rev) ? { found: true, value: void 0 } : { found: false },
    () => {
      throw new UserError([
        { code: "unknown-revision", message: `unknown revision ${rev} in ${dir}` }
      ]);
    }
  );
  return (await run(dir, `resolve ${rev}`, ["rev-parse", "--verify", `${rev}^{commit}`])).trim();
}
async function showFileAt(dir, rev, path) {
  const sha = await resolveCommit(dir, rev);
  if (await exitCode(dir, ["cat-file", "-e", `${sha}:${path}`]) !== 0) return void 0;
  return run(dir, `read ${path} at ${rev}`, ["cat-file", "blob", `${sha}:${path}`]);
}
function newBlobCache(candidates) {
  return { byOid: /* @__PURE__ */ new Map(), candidates };
}
function blobOid(bytes, format) {
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function readTreeAt(dir, rev, pathspecs = [], cache) {
  const sha = await resolveCommit(dir, rev);
  const out = await run(dir, `list files at ${rev}`, [
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    sha,
    "--",
    ...pathspecs
  ]);
  const entries = [];
  for (const rec of out.split("\0")) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(rec);
    if (!m || m[2] !== "blob" || m[1] === "120000") continue;
    entries.push({ path: m[4] ?? "", oid: m[3] ?? "" });
  }
  const known = (e) => {
    if (!cache) return void 0;
    const hit = cache.byOid.get(e.oid);
    if (hit) return hit;
    const cand = cache.candidates?.get(e.path);
    if (cand && blobOid(cand, e.oid.length === 64 ? "sha256" : "sha1") === e.oid) {
      cache.byOid.set(e.oid, cand);
      return cand;
    }
    return void 0;
  };
  const result = /* @__PURE__ */ new Map();
  const missing = [...new Set(entries.filter((e) => !known(e)).map((e) => e.oid))];
  const blobs = await catFileBatch(dir, missing);
  const fetched = new Map(missing.map((oid, i) => [oid, blobs[i] ?? Buffer.alloc(0)]));
  for (const [oid, b] of fetched) cache?.byOid.set(oid, b);
  for (const e of entries) result.set(e.path, cache?.byOid.get(e.oid) ?? fetched.get(e.oid));
  return result;
}
function catFileBatch(dir, oids) {
  if (!oids.length) return Promise.resolve([]);
  return new Promise((resolve2, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], {
      cwd: dir,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const chunks = [];
    const errs = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => errs.push(c));
    child.on("error", (e) => reject(external("read objects", e)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(
          new ExternalError(
            `git: could not read objects: ${Buffer.concat(errs).toString("utf8").trim()}`
          )
        );
        return;
      }
      const buf = Buffer.concat(chunks);
      const out = [];
      let pos = 0;
      for (const oid of oids) {
        const nl = buf.indexOf(10, pos);
        const header = buf.subarray(pos, nl).toString("latin1");
        const [, type, size] = header.split(" ");
        if (nl < 0 || type === void 0 || size === void 0) {
          reject(new ExternalError(`git: could not read object ${oid}: ${header}`));
          return;
        }
        const start = nl + 1;
        const end = start + Number(size);
        out.push(Buffer.from(buf.subarray(start, end)));
        pos = end + 1;
      }
      resolve2(out);
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(oids.join("\n") + "\n");
  });
}
async function mergeBase(dir, a, b, resolved) {
  const [ca, cb] = resolved ?? [await resolveCommit(dir, a), await resolveCommit(dir, b)];
  return withHistory(
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
    () => void 0
  );
}
async function fetchCommit(dir, sha) {
  if (await remoteUrl(dir) === void 0) return { kind: "no-origin" };
  try {
    await oneFetchAtATime(
      dir,
      () => runner(dir)(["fetch", "-q", "--no-tags", "--no-write-fetch-head", "origin", sha])
    );
    return { kind: "fetched" };
  } catch (e) {
    const detail = gitFailureDetail(e);
    if (/not our ref|no such remote ref|unadvertised object/i.test(detail))
      return { kind: "absent" };
    return { kind: "failed", detail };
  }
}
async function isAncestor(dir, a, b) {
  const [ca, cb] = [await resolveCommit(dir, a), await resolveCommit(dir, b)];
  return withHistory(
    dir,
    `checking whether ${a} is an ancestor of ${b}`,
    async () => {
      const code = await exitCode(dir, ["merge-base", "--is-ancestor", ca, cb]);
      if (code === 0) return { found: true, value: true };
      if (code === 1) return { found: false };
      throw new ExternalError(`git: could not compare ${a} and ${b} (exit ${code})`);
    },
    () => false
  );
}
async function logBetween(dir, from, to) {
  const base = await mergeBase(dir, from, to);
  if (base === void 0) {
    throw new UserError([
      { code: "unrelated-history", message: `${from} and ${to} have no common history` }
    ]);
  }
  const out = await run(dir, `list commits ${from}..${to}`, [
    "log",
    "-z",
    "--format=%H %s",
    `${from}..${to}`
  ]);
  return out.split("\0").filter(Boolean).map((line) => {
    const i = line.indexOf(" ");
    return { sha: line.slice(0, i), subject: line.slice(i + 1) };
  });
}

// src/flows/shared/identity.ts
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
var NO_COMMIT = "0000000000000000000000000000000000000000";
function repoNameFromUrl(url) {
  const m = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  if (m) return m[1];
  return url.replace(/\.git$/, "");
}
async function sourceIdentity(dir, override) {
  let commit = override?.commit;
  let repo = override?.sourceRepo;
  const isGit = existsSync(resolve(dir, ".git")) || await headCommit(dir).then(
    () => true,
    () => false
  );
  if (isGit) {
    const [head, url] = await Promise.all([
      commit ? void 0 : headCommit(dir).catch(() => NO_COMMIT),
      repo ? void 0 : remoteUrl(dir).catch(() => void 0)
    ]);
    commit ??= head;
    if (url) repo ??= repoNameFromUrl(url);
  }
  return { sourceRepo: repo ?? `local/${basename(resolve(dir))}`, commit: commit ?? NO_COMMIT };
}

export {
  headCommit,
  remoteUrl,
  peekCommit,
  resolveCommit,
  showFileAt,
  newBlobCache,
  readTreeAt,
  mergeBase,
  fetchCommit,
  isAncestor,
  logBetween,
  NO_COMMIT,
  repoNameFromUrl,
  sourceIdentity
};
