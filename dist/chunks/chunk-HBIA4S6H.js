import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  STATE_FILE,
  isSafeRelPath,
  kindsToPreload,
  parseState,
  planEnv,
  prepare,
  renderAppFiles,
  renderTasks
} from "./chunk-ZT4S6I2E.js";
import {
  preloadKinds
} from "./chunk-5QGPLNTT.js";
import {
  UsageError,
  UserError
} from "./chunk-25T5DTZY.js";

// src/commands/render-dir.ts
import {
  existsSync as existsSync2,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  readdirSync,
  renameSync,
  rmdirSync
} from "node:fs";
import { dirname, join } from "node:path";

// src/commands/parallel-render.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_PARALLEL_RENDERS = 100;
var MAIN_SHARE = 0.58;
function workerEntry() {
  if (process.env.CAPSTAN_RENDER_WORKER !== "1") return void 0;
  if (!import.meta.url.endsWith(".js")) return void 0;
  for (const rel of ["./render-worker.js", "../render-worker.js"]) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return void 0;
}
async function renderInParallel(src, jobs) {
  const out = new Map(jobs.map((j) => [j.env.name, /* @__PURE__ */ new Map()]));
  const all = jobs.flatMap((j) => j.tasks.map((t) => ({ env: j.env.name, t })));
  const entry = workerEntry();
  if (all.length < MIN_PARALLEL_RENDERS || !entry || availableParallelism() < 2) return out;
  const cut = Math.ceil(all.length * MAIN_SHARE);
  const mine = all.slice(0, cut);
  const theirs = all.slice(cut);
  const request = {
    input: src.input,
    tasks: theirs.map((x) => ({ env: x.env, app: x.t.app.name }))
  };
  const worker = new Worker(entry, { workerData: request });
  const reply = new Promise((resolve) => {
    worker.once("message", (m) => resolve(m));
    worker.once("error", (e) => resolve({ error: e.message }));
    worker.once("exit", (code) => resolve({ error: `render worker exited (${code})` }));
  });
  for (const x of mine)
    out.get(x.env).set(x.t.app.name, renderAppFiles(src, x.t.app, x.t.binding, x.t.guardrails));
  const r = await reply;
  void worker.terminate();
  if ("results" in r && r.results.length === theirs.length)
    theirs.forEach((x, i) => out.get(x.env).set(x.t.app.name, r.results[i]));
  else
    for (const x of theirs)
      out.get(x.env).set(x.t.app.name, renderAppFiles(src, x.t.app, x.t.binding, x.t.guardrails));
  return out;
}

// src/commands/render-dir.ts
function dedupeProblems(ps) {
  const seen = /* @__PURE__ */ new Set();
  return ps.filter((p) => {
    const k = [p.file, p.line, p.col, p.path, p.message].join("\0");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function selectEnvs(src, names) {
  if (!names?.length) return src.config.environments;
  return names.map((n) => {
    const e = src.config.environments.find((x) => x.name === n);
    if (!e)
      throw new UsageError(
        `unknown environment "${n}"; capstan.yaml defines: ${src.config.environments.map((x) => x.name).join(", ")}`
      );
    return e;
  });
}
function readPrevious(envDir, display) {
  const statePath = join(envDir, STATE_FILE);
  const kPath = join(envDir, "kustomization.yaml");
  const kustomization = existsSync2(kPath) ? readFileSync(kPath, "utf8") : void 0;
  if (!existsSync2(statePath)) return { kustomization };
  const parsed = parseState(readFileSync(statePath, "utf8"));
  if ("error" in parsed)
    return {
      kustomization,
      problem: {
        file: `${display}/${STATE_FILE}`,
        code: "corrupt-state",
        message: `${STATE_FILE} ${parsed.error}; capstan will not overwrite files it cannot account for \u2014 restore it from the env repo's history (git checkout HEAD~1 -- ${display}/${STATE_FILE}) or delete it together with the files it listed`
      }
    };
  return { state: parsed, kustomization };
}
function massDeletionProblem(plan, allow) {
  if (allow || plan.objectsBefore < 4 || plan.objectsDeleted * 2 <= plan.objectsBefore)
    return void 0;
  return {
    env: plan.env.name,
    code: "mass-deletion",
    message: `this run would delete ${plan.objectsDeleted} of the ${plan.objectsBefore} objects in environment "${plan.env.name}"; if that is intended, pass --allow-mass-deletion (Action input allow-mass-deletion: true)`
  };
}
async function renderToDir(src, opts, reporter) {
  const envs = selectEnvs(src, opts.envs);
  const prep = await prepare(src, envs, { frozen: opts.frozen, preload: false });
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
  const problems = [];
  const plans = [];
  const notices = /* @__PURE__ */ new Set();
  const root = src.config.envRepo.root;
  const previous = envs.map((env) => ({
    env,
    prev: readPrevious(join(opts.out, root, env.name), `${root}/${env.name}`)
  }));
  const todo = previous.filter((x) => !x.prev.problem).map((x) => ({ env: x.env, ...renderTasks(src, x.env, x.prev) }));
  if (todo.some((x) => x.tasks.length)) await preloadKinds(kindsToPreload(src, prep.caps));
  const rendered = await renderInParallel(src, todo);
  const total = todo.reduce((n, x) => n + x.tasks.length, 0);
  if (total && opts.progress) {
    opts.progress.setTotal(total);
    for (const x of todo) {
      const done = rendered.get(x.env.name);
      for (const t of x.tasks) {
        if (!done.has(t.app.name))
          done.set(t.app.name, renderAppFiles(src, t.app, t.binding, t.guardrails));
        opts.progress.tick(1, `${x.env.name}/${t.app.name}`);
      }
    }
    opts.progress.done(`rendered ${total} app \xD7 environment pair(s)`);
  }
  for (const { env, prev } of previous) {
    if (prev.problem) {
      problems.push(prev.problem);
      continue;
    }
    const digests = todo.find((x) => x.env === env)?.digests;
    const r = planEnv(src, env, prev, { digests, rendered: rendered.get(env.name) });
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (r.plan) {
      const guard = massDeletionProblem(r.plan, opts.allowMassDeletion);
      if (guard) problems.push(guard);
      plans.push(r.plan);
    }
  }
  for (const n of notices) reporter.notice(n);
  if (problems.length) throw new UserError(dedupeProblems(problems));
  let filesWritten = 0;
  let filesDeleted = 0;
  for (const plan of plans) {
    const envDir = join(opts.out, root, plan.env.name);
    const w = applyChanges(envDir, plan.changes);
    filesWritten += w.written;
    filesDeleted += w.deleted;
  }
  return { plans, filesWritten, filesDeleted };
}
function applyChanges(dir, changes) {
  const staged = [];
  const deletes = [];
  const madeDirs = [];
  const knownDirs = /* @__PURE__ */ new Set();
  let current = "";
  try {
    for (const [rel, text] of changes) {
      if (!isSafeRelPath(rel))
        throw new Error(`refusing to write outside the environment folder: ${rel}`);
      const abs = join(dir, rel);
      if (text === null) {
        deletes.push(abs);
        continue;
      }
      current = rel;
      const folder = dirname(abs);
      if (!knownDirs.has(folder)) {
        const made = mkdirSync(folder, { recursive: true });
        if (made) madeDirs.push(made);
        knownDirs.add(folder);
      }
      const tmp = `${abs}.capstan-tmp`;
      staged.push({ tmp, abs, rel });
      writeFileSync(tmp, text);
    }
  } catch (e) {
    for (const f of staged) rmSync(f.tmp, { force: true });
    for (const d of madeDirs.reverse()) rmSync(d, { recursive: true, force: true });
    const err = e;
    if (!err.code) throw e;
    throw new UserError([
      {
        file: join(dir, current),
        code: "write",
        message: `cannot write: ${err.code} (${err.message.split(",")[0]}); the output folder was left as it was`
      }
    ]);
  }
  staged.sort((a, b) => Number(a.rel === STATE_FILE) - Number(b.rel === STATE_FILE));
  for (const f of staged) renameSync(f.tmp, f.abs);
  let deleted = 0;
  for (const abs of deletes) {
    if (existsSync2(abs)) {
      rmSync(abs);
      deleted++;
      removeEmptyDirs(dirname(abs), dir);
    }
  }
  return { written: staged.length, deleted };
}
function removeEmptyDirs(d, stop) {
  while (d.startsWith(stop) && d !== stop) {
    if (readdirSync(d).length) return;
    rmdirSync(d);
    d = dirname(d);
  }
}

export {
  dedupeProblems,
  selectEnvs,
  massDeletionProblem,
  renderToDir
};
