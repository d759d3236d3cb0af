import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  HYDRATOR_FILE,
  README_FILE,
  identitiesOf,
  kindsToPreload,
  parseState,
  planEnv,
  prepare,
  renderAppFiles,
  renderAppObjects,
  renderTasks
} from "./chunk-JBLNTRAF.js";
import {
  didYouMeanInline
} from "./chunk-DFIP6AYO.js";
import {
  countPath,
  referenceMode
} from "./chunk-NAEY2JMF.js";
import {
  preloadKinds
} from "./chunk-UTJQZLM3.js";
import {
  DONE,
  PROCESSED,
  SLOTS,
  STOP,
  Stager,
  changedFiles,
  postObjects,
  receiveObjects
} from "./chunk-PBLSRAXX.js";
import {
  STATE_FILE,
  appFilesWithHashes,
  isPairs,
  withDetail
} from "./chunk-HX64S4PU.js";
import {
  UsageError,
  UserError
} from "./chunk-N5T7JROX.js";

// src/flows/render/render-dir.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { join } from "node:path";

// src/writer/writer-client.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var HELD = "\0capstan: held by the write worker\0";
var MIN_BACKLOG = 24;
var BACKLOG_SHARE = 0.25;
var INTERRUPT_WAIT_MS = 1e4;
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var MIN_WORKER_RENDERS = 50;
function workerEntry() {
  if (process.env.CAPSTAN_WRITE_WORKER === "0" || referenceMode()) return void 0;
  if (import.meta.url.endsWith(".ts")) {
    const entry = new URL("./write-worker.ts", import.meta.url);
    let tsx;
    try {
      tsx = import.meta.resolve("tsx/esm/api");
    } catch {
      return void 0;
    }
    return {
      script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
      eval: true
    };
  }
  for (const rel of ["./write-worker.js", "../write-worker.js"]) {
    const u = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(u))) return { script: u };
  }
  return void 0;
}
function forced() {
  return process.env.CAPSTAN_WRITE_WORKER === "1" && !referenceMode();
}
function useWriteWorker(renders) {
  if (forced()) return true;
  if (process.env.CAPSTAN_WRITE_WORKER === "0" || referenceMode()) return false;
  return renders >= MIN_WORKER_RENDERS && availableParallelism() >= 2;
}
function writeProblem(f) {
  return new UserError([
    {
      file: f.file,
      code: "write",
      message: `cannot write: ${f.code} (${f.message.split(",")[0]}); the output folder was left as it was`
    }
  ]);
}
function crashError(r) {
  const e = new Error(r.message);
  if (r.stack) e.stack = r.stack;
  return e;
}
var Writer = class {
  worker;
  reply;
  /** waiting for the worker's `hashes` reply: given undefined when the worker ended instead */
  onHashes;
  /** shared with the worker: STOP (set here on an interrupt), DONE (set there) */
  signal = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  /** `render` and `stage` messages posted (the worker counts those handled in PROCESSED) */
  sent = 0;
  /** the worker ended (or never started): nothing to wait for */
  gone = false;
  /**
   * An interrupted run (Ctrl-C, a CI job cancelled) must not leave staged files behind:
   * the worker is told to stop and remove them, and waited for, before the signal's
   * default action ends the process as it would have.
   */
  onSignal = (sig) => {
    this.unlisten();
    if (this.worker && !this.gone) {
      Atomics.store(this.signal, STOP, 1);
      this.worker.postMessage({ t: "rollback" });
      Atomics.wait(this.signal, DONE, 0, INTERRUPT_WAIT_MS);
    }
    process.kill(process.pid, sig);
  };
  opened = [];
  /** per environment: files staged in the worker (rel → text, or HELD) */
  posted = [];
  /** per environment: app → what was posted for it (kept to emit here if the worker ends) */
  held = [];
  /** `early`: emit and stage files in a worker as they are rendered (when one is available). */
  constructor(early) {
    const entry = early ? workerEntry() : void 0;
    if (!entry) {
      if (early && forced()) throw new Error("CAPSTAN_WRITE_WORKER=1: no write worker to start");
      return;
    }
    const w = new Worker(entry.script, { eval: entry.eval, workerData: { signal: this.signal } });
    w.unref();
    this.worker = w;
    for (const s of SIGNALS) process.on(s, this.onSignal);
    this.reply = new Promise((resolve) => {
      const end = (m) => {
        this.onHashes?.(void 0);
        resolve(m);
      };
      w.on("message", (m) => {
        if (m.t === "hashes") this.onHashes?.(m);
        else end(m);
      });
      w.once("error", (e) => {
        this.gone = true;
        end({ t: "failed", error: e.stack ?? e.message });
      });
      w.once("exit", (code) => {
        this.gone = true;
        end({ t: "failed", error: `write worker exited (${code})` });
      });
    });
  }
  /** Whether rendered apps go to the worker (`render`); otherwise the caller emits them. */
  get early() {
    return this.worker !== void 0;
  }
  open(env, dir, stateFile) {
    this.opened[env] = { dir, stateFile };
    this.posted[env] = /* @__PURE__ */ new Map();
    this.held[env] = /* @__PURE__ */ new Map();
    this.worker?.postMessage({ t: "open", env, dir, stateFile });
  }
  /** Kinds whose bundled schemas the worker checks (`render`'s `check`): it loads them now. */
  kinds(kinds) {
    if (kinds.length) this.worker?.postMessage({ t: "kinds", kinds });
  }
  /**
   * More apps posted than the worker has handled, by more than it can catch up on while
   * `remaining` renders are still to come here: the caller renders the next app whole
   * (checks, emit, hash) and `stage`s its files, so work moves back to this thread instead
   * of piling up in the worker for the end.
   */
  busy(remaining) {
    const backlog = this.sent - Atomics.load(this.signal, PROCESSED);
    return backlog > Math.max(MIN_BACKLOG, remaining * BACKLOG_SHARE);
  }
  /**
   * One app's objects, to the worker: it checks the bundled schemas of `check.objects`
   * (indexes), emits and hashes the files, and stages those whose hash differs from `old`
   * (the hashes state.json recorded for the app) and, when any does, emits the app's part
   * of its detail shard (from the hashes and `ids`). `collect` tells how it went.
   */
  render(env, app, objects, old, ids, check) {
    const posted = postObjects(objects);
    this.held[env].set(app, { posted, old });
    this.sent++;
    this.worker.postMessage({
      t: "render",
      env,
      app,
      posted,
      old,
      ids,
      check
    });
  }
  /** Files of an app rendered here: staged by the worker as they are. */
  stage(env, files) {
    if (!this.worker) return;
    const posted = this.posted[env];
    for (const [rel, text] of files) posted.set(rel, text);
    this.sent++;
    this.worker.postMessage({ t: "stage", env, files });
  }
  /**
   * What became of every app posted by `render`, per environment: its files' hashes (each
   * file's text `HELD` in the worker, for `planEnv`), or null when it is to be rendered
   * here after all — a schema check failed there (rendered here, the problems come out
   * exactly as always), or the worker ended.
   */
  async collect() {
    let tables;
    if (this.worker && !this.gone) {
      const answer = new Promise((resolve) => this.onHashes = resolve);
      this.worker.postMessage({ t: "hashes" });
      tables = await answer;
      this.onHashes = void 0;
    }
    return this.held.map((apps, env) => {
      const out = /* @__PURE__ */ new Map();
      for (const [app, h] of apps) {
        const hashes = tables?.envs[env]?.[app];
        if (!hashes) {
          out.set(app, null);
          continue;
        }
        const files = /* @__PURE__ */ new Map();
        for (const p of Object.keys(hashes)) {
          files.set(p, HELD);
          if (h.old?.[p] !== hashes[p]) this.posted[env].set(p, HELD);
        }
        const detail = tables?.details[env]?.[app];
        out.set(app, { problems: [], files, hashes, ...detail !== void 0 ? { detail } : {} });
      }
      return out;
    });
  }
  /** per environment: app → its files emitted here again (only if the worker ended) */
  reEmitted = [];
  /** An app's files emitted in this thread from what was posted for it, once. */
  emit(env, app) {
    const done = this.reEmitted[env] ??= /* @__PURE__ */ new Map();
    let files = done.get(app);
    if (!files) {
      const objects = receiveObjects(this.held[env].get(app).posted);
      done.set(app, files = appFilesWithHashes(app, objects).files);
    }
    return files;
  }
  /**
   * Writes `changes` (per environment opened: relative path → text, `HELD`, or null to
   * delete) and puts them in place, state.json last. A failed write removes everything
   * staged and throws the `write` UserError.
   */
  async finish(changes) {
    const envs = changes.map(({ env, changes: changes2 }) => {
      const posted = this.posted[env] ?? /* @__PURE__ */ new Map();
      const writes = [];
      const deletes = [];
      for (const [rel, text] of changes2) {
        if (text === null) deletes.push(rel);
        else if (posted.get(rel) !== text) writes.push([rel, this.text(env, rel, text)]);
      }
      const drop = [...posted.keys()].filter((rel) => typeof changes2.get(rel) !== "string");
      return { env, writes, drop, deletes };
    });
    let result;
    const viaWorker = this.worker ? await this.inWorker({ t: "finish", envs }) : void 0;
    if (viaWorker?.t === "done") {
      countPath("writer", "fast");
      result = viaWorker.result;
    } else {
      countPath("writer", "reference");
      if (viaWorker?.t === "crash") throw crashError(viaWorker);
      if (viaWorker?.t === "failed" && forced())
        throw new Error(`CAPSTAN_WRITE_WORKER=1: ${viaWorker.error}`);
      const s = new Stager();
      this.opened.forEach((o, i) => s.open(i, o.dir, o.stateFile));
      result = s.finish(
        changes.map(({ env, changes: changes2 }) => ({
          env,
          writes: [...changes2].filter((x) => x[1] !== null).map(([rel, text]) => [rel, this.text(env, rel, text)]),
          drop: [],
          deletes: envs.find((e) => e.env === env).deletes
        }))
      );
    }
    if ("failure" in result) throw writeProblem(result.failure);
    return result;
  }
  /** A file's text: `HELD` ones are emitted again here from what was posted. */
  text(env, rel, text) {
    if (text !== HELD) return text;
    return this.emit(env, rel.slice(0, rel.indexOf("/"))).get(rel);
  }
  /**
   * Removes everything staged (planning found problems, or rendering threw): the output
   * folder is as it was. A worker that crashed has rolled back already; the caller's
   * error is the one to report.
   */
  async rollback() {
    if (this.worker) await this.inWorker({ t: "rollback" });
  }
  /** Posts the last request and waits for the worker's one reply (or its failure). */
  async inWorker(m) {
    this.worker.ref();
    this.worker.postMessage(m);
    const r = await this.reply;
    this.unlisten();
    void this.worker.terminate();
    this.worker = void 0;
    return r;
  }
  unlisten() {
    for (const s of SIGNALS) process.off(s, this.onSignal);
  }
};

// src/flows/render/render-dir.ts
function previousInDir(config, out, names) {
  const { envs, unknown } = envsNamed(config, names);
  if (unknown !== void 0) return void 0;
  return new Map(envs.map((e) => [e.name, readEnvFolder(out, config.envRepo.root, e.name)]));
}
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
  const { envs, unknown } = envsNamed(src.config, names);
  if (unknown === void 0) return envs;
  const defined = src.config.environments.map((x) => x.name);
  throw new UsageError(
    `unknown environment "${unknown}"${didYouMeanInline(unknown, defined)}; capstan.yaml defines: ${defined.join(", ")}`
  );
}
function envsNamed(config, names) {
  if (!names?.length) return { envs: config.environments };
  const envs = [];
  for (const n of names) {
    const e = config.environments.find((x) => x.name === n);
    if (!e) return { envs, unknown: n };
    envs.push(e);
  }
  return { envs };
}
function readEnvFolder(out, root, env) {
  return readPrevious(join(out, root, env), `${root}/${env}`);
}
function readPrevious(envDir, display) {
  const statePath = join(envDir, STATE_FILE);
  const read = (f) => existsSync2(join(envDir, f)) ? readFileSync(join(envDir, f), "utf8") : void 0;
  const kustomization = read("kustomization.yaml");
  const extra = { readme: read(README_FILE), hydrator: read(HYDRATOR_FILE) };
  if (!existsSync2(statePath)) return { kustomization, ...extra };
  const parsed = parseState(readFileSync(statePath, "utf8"), folderDetails(envDir, display));
  if ("error" in parsed)
    return {
      kustomization,
      ...extra,
      problem: {
        file: `${display}/${STATE_FILE}`,
        code: "corrupt-state",
        message: `${STATE_FILE} ${parsed.error}; capstan will not overwrite files it cannot account for \u2014 restore it from the env repo's history (git checkout HEAD~1 -- ${display}/${STATE_FILE}) or delete it together with the files it listed`
      }
    };
  return { state: parsed, kustomization, ...extra };
}
function folderDetails(envDir, display) {
  const texts = /* @__PURE__ */ new Map();
  return {
    key: `dir:${envDir}`,
    display,
    read(file) {
      if (texts.has(file)) return texts.get(file);
      const f = join(envDir, file);
      const text = existsSync2(f) ? readFileSync(f, "utf8") : void 0;
      texts.set(file, text);
      return text;
    }
  };
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
function appByApp(todo) {
  const byApp = /* @__PURE__ */ new Map();
  for (const x of todo)
    for (const t of x.tasks) {
      let list = byApp.get(t.app.name);
      if (!list) byApp.set(t.app.name, list = []);
      list.push({ x, t });
    }
  return [...byApp.values()].flat();
}
async function renderToDir(src, opts, reporter) {
  const envs = selectEnvs(src, opts.envs);
  const prep = await prepare(src, envs, { frozen: opts.frozen, preload: false });
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
  const root = src.config.envRepo.root;
  const previous = envs.map((env) => ({
    env,
    prev: opts.previous?.get(env.name) ?? readEnvFolder(opts.out, root, env.name)
  }));
  const todo = previous.filter((x) => !x.prev.problem).map((x) => ({ env: x.env, ...renderTasks(src, x.env, x.prev) }));
  const total = todo.reduce((n, x) => n + x.tasks.length, 0);
  const writer = new Writer(useWriteWorker(total));
  const kinds = total ? kindsToPreload(src, prep.caps) : [];
  writer.kinds(kinds);
  if (total) await preloadKinds(kinds);
  const envIndex = new Map(previous.map((x, i) => [x.env.name, i]));
  previous.forEach(({ env, prev }, i) => {
    if (!prev.problem) writer.open(i, join(opts.out, root, env.name), STATE_FILE);
  });
  let plans;
  try {
    const run = {
      src,
      writer,
      previous,
      todo,
      total,
      envIndex,
      rendered: /* @__PURE__ */ new Map(),
      workerNotices: /* @__PURE__ */ new Map(),
      posted: /* @__PURE__ */ new Map()
    };
    if (total) await renderAll(run, opts.progress);
    plans = planAll(run, opts.allowMassDeletion, reporter);
  } catch (e) {
    opts.progress?.stop();
    await writer.rollback();
    throw e;
  }
  const w = await writer.finish(
    plans.map((p) => ({ env: envIndex.get(p.env.name), changes: p.changes }))
  );
  if (total) opts.progress?.done(`rendered ${total} app \xD7 environment pair(s)`);
  return { plans, filesWritten: w.written, filesDeleted: w.deleted };
}
async function renderAll(run, progress) {
  const total = run.total;
  progress?.setTotal(total);
  for (const x of run.todo) run.rendered.set(x.env.name, /* @__PURE__ */ new Map());
  let n = 0;
  for (const { x, t } of appByApp(run.todo)) {
    if (++n % 32 === 0) await new Promise((r) => setImmediate(r));
    renderTask(run, x.env, t, total - n);
    progress?.tick(1, `${x.env.name}/${t.app.name}`);
  }
  progress?.stop();
  if (run.writer.early) await collectFromWorker(run);
}
function renderTask(run, env, t, remaining) {
  const { src, writer } = run;
  const i = run.envIndex.get(env.name);
  const done = run.rendered.get(env.name);
  const old = run.previous[i].prev.state?.apps[t.app.name]?.files;
  if (writer.early && !writer.busy(remaining)) {
    const r = renderAppObjects(src, t.app, t.binding, t.guardrails, {
      deferBundled: true
    });
    if (r.notices.length) run.workerNotices.set(`${env.name}\0${t.app.name}`, r.notices);
    if (r.objects) {
      const check = r.deferred?.length ? { kubeVersion: env.kubeVersion, objects: r.deferred } : void 0;
      const ids = identitiesOf(r.objects);
      run.posted.set(`${i}\0${t.app.name}`, ids);
      writer.render(
        i,
        t.app.name,
        r.objects.map((o) => o.obj),
        old,
        ids,
        check
      );
    } else done.set(t.app.name, { problems: r.problems });
  } else {
    const r = renderAppFiles(src, t.app, t.binding, t.guardrails);
    done.set(t.app.name, r);
    if (r.files && r.hashes) {
      const files = changedFiles(r.files, r.hashes, old);
      if (writer.early && r.objects && isPairs(r.objects))
        r.detail = withDetail(files, r.hashes, r.objects, old);
      writer.stage(i, files);
    }
  }
}
async function collectFromWorker(run) {
  const held = await run.writer.collect();
  for (const x of run.todo) {
    const done = run.rendered.get(x.env.name);
    const fromWorker = held[run.envIndex.get(x.env.name)];
    for (const t of x.tasks) {
      if (!fromWorker?.has(t.app.name)) continue;
      const r = fromWorker.get(t.app.name);
      const notices = run.workerNotices.get(`${x.env.name}\0${t.app.name}`);
      const objects = run.posted.get(`${run.envIndex.get(x.env.name)}\0${t.app.name}`);
      done.set(
        t.app.name,
        r ? { ...r, objects, ...notices ? { notices } : {} } : renderAppFiles(run.src, t.app, t.binding, t.guardrails)
      );
    }
  }
}
function planAll(run, allowMassDeletion, reporter) {
  const problems = [];
  const plans = [];
  const notices = /* @__PURE__ */ new Set();
  for (const { env, prev } of run.previous) {
    if (prev.problem) {
      problems.push(prev.problem);
      continue;
    }
    const digests = run.todo.find((x) => x.env === env)?.digests;
    const r = planEnv(run.src, env, prev, {
      digests,
      rendered: run.rendered.get(env.name) ?? /* @__PURE__ */ new Map()
    });
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (r.plan) {
      const guard = massDeletionProblem(r.plan, allowMassDeletion);
      if (guard) problems.push(guard);
      plans.push(r.plan);
    }
  }
  for (const n of notices) reporter.notice(n);
  if (problems.length) throw new UserError(dedupeProblems(problems));
  return plans;
}

export {
  previousInDir,
  dedupeProblems,
  selectEnvs,
  massDeletionProblem,
  renderToDir
};
