/**
 * `capstan render --out DIR`: the env-repo tree in a plain folder, no git.
 * Incremental: each environment's own state.json says what is there already.
 */
import { didYouMeanInline } from "../../core/common/suggest.ts";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError, UserError, type Problem } from "../../core/common/errors.ts";
import {
  kindsToPreload,
  planEnv,
  prepare,
  identitiesOf,
  renderAppFiles,
  renderAppObjects,
  renderTasks,
  type AppRender,
  type EnvPlan,
  type LoadedSource,
  type PreviousEnv,
  type RenderTask,
} from "../../core/plan/plan.ts";
import { preloadKinds } from "../../kube/index.ts";
import type { Config, Environment } from "../../core/model/config.ts";
import { isPairs, STATE_FILE, type IdentityPairs } from "../../core/plan/layout.ts";
import { parseState, type DetailSource } from "../../core/plan/state-file.ts";
import { withDetail } from "../../core/plan/detail-text.ts";
import { HYDRATOR_FILE, README_FILE } from "../../core/plan/hydrator.ts";
import type { Reporter } from "../shared/reporter.ts";
import { useWriteWorker, Writer } from "../../writer/writer-client.ts";
import { changedFiles } from "../../writer/worker-protocol.ts";

export interface RenderDirOptions {
  out: string;
  envs?: string[];
  frozen?: boolean;
  allowMassDeletion?: boolean;
  /** told of every app rendered (the CLI draws a counter on a TTY, plain lines in CI) */
  progress?: RenderProgress;
  /** the environment folders as `previousInDir` read them before the source was loaded */
  previous?: Map<string, PreviousInDir>;
}

export type PreviousInDir = PreviousEnv & { problem?: Problem };

/**
 * What the selected environments' folders hold, read from capstan.yaml alone — before the
 * Applications are parsed, so their states can spare parsing the unchanged files
 * (flows/shared/load.ts `previousStates`). Undefined when `names` names an unknown
 * environment (renderToDir reports it).
 */
export function previousInDir(
  config: Config,
  out: string,
  names: string[] | undefined,
): Map<string, PreviousInDir> | undefined {
  const { envs, unknown } = envsNamed(config, names);
  if (unknown !== undefined) return undefined; // the load reports it (selectEnvs)
  return new Map(envs.map((e) => [e.name, readEnvFolder(out, config.envRepo.root, e.name)]));
}

export interface RenderProgress {
  setTotal(total: number): void;
  tick(n?: number, label?: string): void;
  done(summary?: string): void;
  /** the counter ends without a line (the summary, `done`, waits for the outcome) */
  stop(): void;
}

export interface RenderDirResult {
  plans: EnvPlan[];
  filesWritten: number;
  filesDeleted: number;
}

/** The same problem found while planning several environments is reported once. */
export function dedupeProblems(ps: Problem[]): Problem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = [p.file, p.line, p.col, p.path, p.message].join("\0");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function selectEnvs(src: LoadedSource, names: string[] | undefined): Environment[] {
  const { envs, unknown } = envsNamed(src.config, names);
  if (unknown === undefined) return envs;
  const defined = src.config.environments.map((x) => x.name);
  throw new UsageError(
    `unknown environment "${unknown}"${didYouMeanInline(unknown, defined)}; capstan.yaml defines: ${defined.join(", ")}`,
  );
}

/** The environments `names` (every one when none) picks, in that order; the first unknown name. */
function envsNamed(
  config: Config,
  names: string[] | undefined,
): { envs: Environment[]; unknown?: string } {
  if (!names?.length) return { envs: config.environments };
  const envs: Environment[] = [];
  for (const n of names) {
    const e = config.environments.find((x) => x.name === n);
    if (!e) return { envs, unknown: n };
    envs.push(e);
  }
  return { envs };
}

/** `<out>/<root>/<env>` as `readPrevious` reads it. */
function readEnvFolder(out: string, root: string, env: string): PreviousInDir {
  return readPrevious(join(out, root, env), `${root}/${env}`);
}

export function readPrevious(envDir: string, display: string): PreviousInDir {
  const statePath = join(envDir, STATE_FILE);
  const read = (f: string) =>
    existsSync(join(envDir, f)) ? readFileSync(join(envDir, f), "utf8") : undefined;
  const kustomization = read("kustomization.yaml");
  const extra = { readme: read(README_FILE), hydrator: read(HYDRATOR_FILE) };
  if (!existsSync(statePath)) return { kustomization, ...extra };
  const parsed = parseState(readFileSync(statePath, "utf8"), folderDetails(envDir, display));
  if ("error" in parsed)
    return {
      kustomization,
      ...extra,
      problem: {
        file: `${display}/${STATE_FILE}`,
        code: "corrupt-state",
        message: `${STATE_FILE} ${parsed.error}; capstan will not overwrite files it cannot account for — restore it from the env repo's history (git checkout HEAD~1 -- ${display}/${STATE_FILE}) or delete it together with the files it listed`,
      },
    };
  return { state: parsed, kustomization, ...extra };
}

/**
 * The apps' detail files in an environment folder, each read once, when a plan first needs
 * it (a shard serves all of its apps).
 */
function folderDetails(envDir: string, display: string): DetailSource {
  const texts = new Map<string, string | undefined>();
  return {
    key: `dir:${envDir}`,
    display,
    read(file) {
      if (texts.has(file)) return texts.get(file);
      const f = join(envDir, file);
      const text = existsSync(f) ? readFileSync(f, "utf8") : undefined;
      texts.set(file, text);
      return text;
    },
  };
}

/** Mass-deletion guard: deleting more than half of an environment's objects needs an explicit allow. */
export function massDeletionProblem(
  plan: EnvPlan,
  allow: boolean | undefined,
): Problem | undefined {
  if (allow || plan.objectsBefore < 4 || plan.objectsDeleted * 2 <= plan.objectsBefore)
    return undefined;
  return {
    env: plan.env.name,
    code: "mass-deletion",
    message: `this run would delete ${plan.objectsDeleted} of the ${plan.objectsBefore} objects in environment "${plan.env.name}"; if that is intended, pass --allow-mass-deletion (Action input allow-mass-deletion: true)`,
  };
}

/** Every environment's render tasks, ordered app by app (the environments in their order). */
function appByApp<X extends { tasks: RenderTask[] }>(todo: X[]): { x: X; t: RenderTask }[] {
  const byApp = new Map<string, { x: X; t: RenderTask }[]>();
  for (const x of todo)
    for (const t of x.tasks) {
      let list = byApp.get(t.app.name);
      if (!list) byApp.set(t.app.name, (list = []));
      list.push({ x, t });
    }
  return [...byApp.values()].flat();
}

export async function renderToDir(
  src: LoadedSource,
  opts: RenderDirOptions,
  reporter: Reporter,
): Promise<RenderDirResult> {
  const envs = selectEnvs(src, opts.envs);
  const prep = await prepare(src, envs, { frozen: opts.frozen, preload: false });
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
  const root = src.config.envRepo.root;
  const previous = envs.map((env) => ({
    env,
    prev: opts.previous?.get(env.name) ?? readEnvFolder(opts.out, root, env.name),
  }));
  // The apps to render in every environment (their inputs changed).
  const todo = previous
    .filter((x) => !x.prev.problem)
    .map((x) => ({ env: x.env, ...renderTasks(src, x.env, x.prev) }));
  const total = todo.reduce((n, x) => n + x.tasks.length, 0);
  // With many renders, each app's objects go to a write worker as soon as they are
  // rendered; it checks their bundled schemas, emits, hashes and stages the changed
  // files. Nothing is put in place before planning found no problem.
  const writer = new Writer(useWriteWorker(total));
  // Kube validators are loaded only when something is to be rendered (not for a no-op
  // run) — in the worker too, which loads them meanwhile.
  const kinds = total ? kindsToPreload(src, prep.caps) : [];
  writer.kinds(kinds);
  if (total) await preloadKinds(kinds);
  const envIndex = new Map(previous.map((x, i) => [x.env.name, i]));
  previous.forEach(({ env, prev }, i) => {
    if (!prev.problem) writer.open(i, join(opts.out, root, env.name), STATE_FILE);
  });
  let plans: EnvPlan[];
  try {
    const run: DirRender = {
      src,
      writer,
      previous,
      todo,
      total,
      envIndex,
      rendered: new Map(),
      workerNotices: new Map(),
      posted: new Map(),
    };
    if (total) await renderAll(run, opts.progress);
    plans = planAll(run, opts.allowMassDeletion, reporter);
  } catch (e) {
    opts.progress?.stop();
    await writer.rollback();
    throw e;
  }
  const w = await writer.finish(
    plans.map((p) => ({ env: envIndex.get(p.env.name)!, changes: p.changes })),
  );
  // said once everything is in place: a failed run rendered nothing a user can use
  if (total) opts.progress?.done(`rendered ${total} app × environment pair(s)`);
  return { plans, filesWritten: w.written, filesDeleted: w.deleted };
}

/** An environment whose folder reads, and the apps to render there. */
interface EnvTasks {
  env: Environment;
  tasks: RenderTask[];
  digests: Map<string, string>;
}

/** One `render --out` run's renders in progress. */
interface DirRender {
  readonly src: LoadedSource;
  readonly writer: Writer;
  /** every selected environment and what its folder holds, in order (the writer's env index) */
  readonly previous: { env: Environment; prev: PreviousEnv & { problem?: Problem } }[];
  readonly todo: EnvTasks[];
  /** how many app × environment renders */
  readonly total: number;
  readonly envIndex: Map<string, number>;
  /** the renders done, by env and app */
  readonly rendered: Map<string, Map<string, AppRender>>;
  /** notices of the apps whose files the write worker makes, by env and app */
  readonly workerNotices: Map<string, string[]>;
  /** identities of the objects posted to the write worker (it returns files, not objects) */
  readonly posted: Map<string, IdentityPairs>;
}

/** Every render task, app by app, then what the write worker made of those it was given. */
async function renderAll(run: DirRender, progress: RenderProgress | undefined): Promise<void> {
  const total = run.total;
  progress?.setTotal(total);
  for (const x of run.todo) run.rendered.set(x.env.name, new Map());
  let n = 0;
  // App by app, each of its environments in turn: the write worker parses, checks and
  // emits an object once for all the environments it is the same in (posted-objects.ts).
  for (const { x, t } of appByApp(run.todo)) {
    // a turn of the event loop now and then: an interrupt is handled within moments
    if (++n % 32 === 0) await new Promise((r) => setImmediate(r));
    renderTask(run, x.env, t, total - n);
    progress?.tick(1, `${x.env.name}/${t.app.name}`);
  }
  progress?.stop();
  if (run.writer.early) await collectFromWorker(run);
}

/**
 * One app in one environment: its objects posted to the write worker (which checks
 * bundled schemas, emits, hashes and writes), or — few apps, no worker, or the worker
 * lags behind — the whole app rendered here and its changed files staged.
 */
function renderTask(run: DirRender, env: Environment, t: RenderTask, remaining: number): void {
  const { src, writer } = run;
  const i = run.envIndex.get(env.name)!;
  const done = run.rendered.get(env.name)!;
  const old = run.previous[i]!.prev.state?.apps[t.app.name]?.files;
  if (writer.early && !writer.busy(remaining)) {
    const r = renderAppObjects(src, t.app, t.binding, t.guardrails, {
      deferBundled: true,
    });
    if (r.notices.length) run.workerNotices.set(`${env.name}\0${t.app.name}`, r.notices);
    if (r.objects) {
      const check = r.deferred?.length
        ? { kubeVersion: env.kubeVersion, objects: r.deferred }
        : undefined;
      const ids = identitiesOf(r.objects);
      run.posted.set(`${i}\0${t.app.name}`, ids);
      writer.render(
        i,
        t.app.name,
        r.objects.map((o) => o.obj),
        old,
        ids,
        check,
      );
    } else done.set(t.app.name, { problems: r.problems });
  } else {
    const r = renderAppFiles(src, t.app, t.binding, t.guardrails);
    done.set(t.app.name, r);
    if (r.files && r.hashes) {
      const files = changedFiles(r.files, r.hashes, old);
      // with a write worker, the app's part of its detail shard is emitted now, as the worker does
      if (writer.early && r.objects && isPairs(r.objects))
        r.detail = withDetail(files, r.hashes, r.objects, old);
      writer.stage(i, files);
    }
  }
}

/** The write worker's files for the apps posted to it; null (a schema check failed there, or the worker ended): the app rendered here, whole. */
async function collectFromWorker(run: DirRender): Promise<void> {
  const held = await run.writer.collect();
  for (const x of run.todo) {
    const done = run.rendered.get(x.env.name)!;
    const fromWorker = held[run.envIndex.get(x.env.name)!];
    for (const t of x.tasks) {
      if (!fromWorker?.has(t.app.name)) continue;
      const r = fromWorker.get(t.app.name);
      const notices = run.workerNotices.get(`${x.env.name}\0${t.app.name}`);
      const objects = run.posted.get(`${run.envIndex.get(x.env.name)!}\0${t.app.name}`);
      done.set(
        t.app.name,
        r
          ? { ...r, objects, ...(notices ? { notices } : {}) }
          : renderAppFiles(run.src, t.app, t.binding, t.guardrails),
      );
    }
  }
}

/** Every selected environment planned with the renders; the problems of all of them thrown together. */
function planAll(
  run: DirRender,
  allowMassDeletion: boolean | undefined,
  reporter: Reporter,
): EnvPlan[] {
  const problems: Problem[] = [];
  const plans: EnvPlan[] = [];
  const notices = new Set<string>();
  for (const { env, prev } of run.previous) {
    if (prev.problem) {
      problems.push(prev.problem);
      continue;
    }
    const digests = run.todo.find((x) => x.env === env)?.digests;
    const r = planEnv(run.src, env, prev, {
      digests,
      rendered: run.rendered.get(env.name) ?? new Map(),
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
