import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  NO_GOLDEN_CASES,
  readAppFilesInSlices,
  readConfigFile,
  readPack,
  readSource,
  readText
} from "./chunk-FCP2IWXA.js";
import {
  NO_COMMIT
} from "./chunk-IOBEII3D.js";
import {
  loadSource,
  warmAppFiles
} from "./chunk-JBLNTRAF.js";
import {
  loadConfig
} from "./chunk-SSJMW5PP.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-DFIP6AYO.js";
import {
  GitExit,
  gitRunner,
  httpOrigin
} from "./chunk-FN2YLOUV.js";
import {
  ExternalError,
  UserError
} from "./chunk-N5T7JROX.js";

// src/adapters/git-packs.ts
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
var LOCAL_CACHE_DIR = ".capstan-cache";
function gitPackSource(r) {
  const p = r.path ? `//${r.path.replace(/^\.?\/+|\/+$/g, "")}` : "";
  return `git:${r.url}${p}@${r.ref}`;
}
function packCacheRoot(sourceDir, env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  return xdg && isAbsolute(xdg) ? join(xdg, "capstan", "packs") : join(sourceDir, LOCAL_CACHE_DIR, "packs");
}
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
var FULL_SHA = /^[0-9a-f]{40}$/;
var SHORT_SHA = /^[0-9a-f]{7,39}$/;
function gitUrl(url, sourceDir) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/\\]+@[^/\\]+:/.test(url)) return url;
  return resolve(sourceDir, url);
}
function failure(what, url, e) {
  const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
  return new ExternalError(`git: could not ${what} capability pack ${url}: ${detail}`);
}
async function fetchGitPack(ref, opts) {
  const m = openMirror(ref, opts);
  const commit = opts.lockedCommit ?? await resolveRef(ref, m.url, m.git, m.has, m.fetchAll);
  const dir = packDir(ref, await checkedOutTree(ref, opts, m, commit), commit);
  return { pack: readFetchedPack(ref, dir, commit), commit, dir };
}
function openMirror(ref, opts) {
  const cacheRoot = opts.cacheRoot ?? packCacheRoot(opts.sourceDir);
  const urlDir = join(cacheRoot, sha256(ref.url));
  mkdirSync(urlDir, { recursive: true });
  const url = gitUrl(ref.url, opts.sourceDir);
  const origin = httpOrigin(url);
  const git = gitRunner({
    cwd: urlDir,
    auth: opts.token && origin ? { token: opts.token, origin } : void 0
  });
  const mirror = join(urlDir, "mirror.git");
  const has = async (rev) => {
    if (!existsSync(join(mirror, "HEAD"))) return void 0;
    try {
      return (await git(["--git-dir", mirror, "rev-parse", "--verify", "-q", `${rev}^{commit}`])).trim();
    } catch {
      return void 0;
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
var ALL_REFS = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"];
async function ensureMirror(git, mirror) {
  if (existsSync(join(mirror, "HEAD"))) return;
  const tmp = `${mirror}.tmp-${randomBytes(4).toString("hex")}`;
  await git(["init", "-q", "--bare", tmp]);
  try {
    renameSync(tmp, mirror);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
}
async function checkedOutTree(ref, opts, m, commit) {
  const tree = join(m.urlDir, commit);
  if (!existsSync(tree)) {
    await fetchCommit(ref, opts, m, commit);
    await checkOut(ref, m, commit, tree);
  }
  return realpathSync(tree);
}
async function fetchCommit(ref, opts, m, commit) {
  if (!await m.has(commit)) await m.fetchAll();
  if (!await m.has(commit)) {
    try {
      await m.git(["--git-dir", m.mirror, "fetch", "-q", m.url, commit]);
    } catch {
    }
  }
  if (!await m.has(commit))
    throw new UserError([
      {
        code: "git-pack",
        message: `capability pack ${ref.url}: commit ${commit}${opts.lockedCommit ? " (pinned in capstan.lock)" : ""} does not exist there; run \`capstan lock --update\` to re-resolve ${ref.ref}`
      }
    ]);
}
async function checkOut(ref, m, commit, tree) {
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
      "."
    ]);
    rmSync(`${tmp}.index`, { force: true });
    try {
      renameSync(tmp, tree);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(`${tmp}.index`, { force: true });
    throw failure("check out", ref.url, e);
  }
}
function packDir(ref, tree, commit) {
  const dir = ref.path ? resolve(tree, ref.path) : tree;
  if (!existsSync(dir) || dir !== tree && !realpathSync(dir).startsWith(tree + sep))
    throw new UserError([
      {
        code: "git-pack",
        message: `capability pack ${gitPackSource(ref)}: path "${ref.path}" ${existsSync(dir) ? "is outside the repository" : "does not exist"} at ${commit.slice(0, 12)}`
      }
    ]);
  return dir;
}
function readFetchedPack(ref, dir, commit) {
  const problems = [];
  const name = ref.url.replace(/\.git$/, "").split(/[/:]/).pop() || ref.url;
  const display = `<git:${name}@${ref.ref}>/`;
  const pack = readPack(dir, gitPackSource(ref), display, problems, commit, NO_GOLDEN_CASES);
  if (problems.length) throw new UserError(problems);
  return pack;
}
async function resolveRef(ref, url, git, inMirror, fetchAll) {
  if (FULL_SHA.test(ref.ref)) return ref.ref;
  let listing;
  try {
    listing = await git(["ls-remote", url]);
  } catch (e) {
    throw failure("list refs of", ref.url, e);
  }
  const refs = /* @__PURE__ */ new Map();
  for (const line of listing.split("\n")) {
    const [sha, name] = line.trim().split(/\s+/);
    if (sha && name) refs.set(name, sha);
  }
  const hit = refs.get(`refs/tags/${ref.ref}^{}`) ?? refs.get(`refs/tags/${ref.ref}`) ?? refs.get(`refs/heads/${ref.ref}`) ?? (ref.ref.startsWith("refs/") ? refs.get(`${ref.ref}^{}`) ?? refs.get(ref.ref) : void 0);
  if (hit) return hit;
  if (SHORT_SHA.test(ref.ref)) {
    await fetchAll();
    const c = await inMirror(ref.ref);
    if (c) return c;
  }
  const names = (prefix) => [...refs.keys()].filter((k) => k.startsWith(prefix) && !k.endsWith("^{}")).map((k) => k.slice(prefix.length));
  throw new UserError([
    {
      code: "git-pack",
      message: `capability pack ${ref.url}: no tag, branch or commit "${ref.ref}" (tags: ${names("refs/tags/").join(", ") || "none"}; branches: ${names("refs/heads/").join(", ") || "none"})`
    }
  ]);
}
function lockedCommit(lock, source) {
  return lock?.entries.find((e) => e.source === source && e.commit)?.commit;
}
async function fetchGitPacks(config, opts) {
  const out = /* @__PURE__ */ new Map();
  for (const [i, c] of config.capabilities.entries()) {
    if (c.kind !== "git") continue;
    const locked = opts.refresh ? void 0 : lockedCommit(opts.lock, gitPackSource(c));
    const r = await fetchGitPack(c, {
      sourceDir: opts.sourceDir,
      cacheRoot: opts.cacheRoot,
      lockedCommit: locked,
      token: opts.token
    });
    out.set(i, r.pack);
  }
  return out;
}

// src/flows/shared/load.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/adapters/commit-info.ts
async function commitMessageInfo(dir, sha) {
  let raw;
  try {
    raw = await gitRunner({ cwd: dir })(["cat-file", "commit", sha]);
  } catch (e) {
    if (e instanceof GitExit) return void 0;
    throw e;
  }
  const cut = raw.indexOf("\n\n");
  const header = cut < 0 ? raw : raw.slice(0, cut);
  const message = cut < 0 ? "" : raw.slice(cut + 2);
  const m = /^author (.*) (\d+) ([+-])(\d\d)(\d\d)$/m.exec(header);
  if (!m) return void 0;
  const offsetMin = (m[3] === "-" ? -1 : 1) * (Number(m[4]) * 60 + Number(m[5]));
  const local = new Date((Number(m[2]) + offsetMin * 60) * 1e3).toISOString().slice(0, 19);
  const date = `${local}${m[3]}${m[4]}:${m[5]}`;
  const [subject = "", ...rest] = message.replace(/\s+$/, "").split("\n");
  return { author: m[1], date, subject, body: rest.join("\n").trim() };
}

// src/flows/shared/commit-meta.ts
async function commitMeta(dir, commit, sourceRepo) {
  const out = {};
  if (/^[^/\s:]+\/[^/\s:]+$/.test(sourceRepo) && !sourceRepo.startsWith("local/")) {
    const server = (process.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    out.repoURL = `${server}/${sourceRepo}.git`;
  }
  if (commit === NO_COMMIT) return out;
  const info = await commitMessageInfo(dir, commit).catch(() => void 0);
  return info ? { ...out, ...info } : out;
}

// src/flows/shared/load.ts
var SLICE = 50;
async function loadFromDir(opts) {
  const configFile = readConfigFile(opts.source);
  const config = loadConfig(configFile);
  opts.onConfig?.(config);
  let gitPacks = opts.gitPacks;
  if (!gitPacks && config.capabilities.some((c) => c.kind === "git")) {
    const lockText = existsSync2(join2(opts.source, LOCK_FILE)) ? readText(join2(opts.source, LOCK_FILE), LOCK_FILE, []) : void 0;
    const lock = lockText ? parseLock({ file: LOCK_FILE, text: lockText }).lock : void 0;
    gitPacks = await fetchGitPacks(config, {
      sourceDir: opts.source,
      lock,
      refresh: opts.refreshGitPacks,
      token: opts.gitToken
    });
  }
  const meta = commitMeta(opts.source, opts.commit, opts.sourceRepo);
  const input = readSource(
    opts.source,
    config,
    configFile,
    { sourceRepo: opts.sourceRepo, commit: opts.commit },
    gitPacks,
    opts.onConfig ? await readAppFilesInSlices(opts.source, config, SLICE) : void 0
  );
  const previous = opts.previousStates ? await opts.previousStates(config) : void 0;
  input.commitMeta = await meta;
  if (opts.onConfig && !previous) await parseInSlices(input.apps);
  return loadSource(input, previous);
}
async function parseInSlices(apps) {
  for (let i = 0; i < apps.length; i += SLICE) {
    warmAppFiles(apps.slice(i, i + SLICE));
    await new Promise((r) => setImmediate(r));
  }
}

export {
  gitPackSource,
  fetchGitPack,
  fetchGitPacks,
  commitMeta,
  loadFromDir,
  parseInSlices
};
