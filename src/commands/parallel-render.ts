/**
 * Spreads the app renders of a run over the main thread and one worker thread (the
 * machines capstan targets have 2 cores). The worker loads the same SourceInput (the
 * files already read, passed as workerData) and renders the tail of the task list; the
 * main thread renders the head meanwhile. Results are keyed by environment and app, and
 * `planEnv` assembles them in its own order, so the output is byte-identical to an
 * in-thread render. Any worker failure falls back to rendering in-thread. Opt-in
 * (`CAPSTAN_RENDER_WORKER=1`): see `workerEntry`.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Environment } from "../core/config.ts";
import {
  renderAppFiles,
  type AppRender,
  type LoadedSource,
  type RenderTask,
} from "../core/engine.ts";
import type { SourceInput } from "../core/source.ts";

/** Below this many app × env renders a worker's start-up (~0.5 s) does not pay. */
export const MIN_PARALLEL_RENDERS = 100;
/** Share of the renders the main thread keeps: the worker starts ~0.5 s later. */
const MAIN_SHARE = 0.58;

export interface WorkerRequest {
  input: SourceInput;
  tasks: { env: string; app: string }[];
}

export type WorkerReply = { results: AppRender[] } | { error: string };

/**
 * The bundled worker entry beside the CLI bundle; undefined from sources (tsx) and unless
 * `CAPSTAN_RENDER_WORKER=1`. Opt-in: on the 2-core bench VM the split did not pay (full
 * render 6.4 s with the worker vs 6.2 s in-thread, medians of 3; +2 s CPU, +110 MB RSS):
 * each thread rendered about half as fast while the other ran (allocation/GC bound).
 */
function workerEntry(): string | undefined {
  if (process.env.CAPSTAN_RENDER_WORKER !== "1") return undefined;
  if (!import.meta.url.endsWith(".js")) return undefined; // running from sources: in-thread
  for (const rel of ["./render-worker.js", "../render-worker.js"]) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}

/**
 * Renders every task (per environment, in `renderTasks` order), split across the main
 * thread and one worker when there are enough of them; returns env name → app → render.
 * Without a worker nothing is rendered (the caller renders every task). `onRendered` is
 * told of each render as it is done here or received from the worker.
 */
export async function renderInParallel(
  src: LoadedSource,
  jobs: { env: Environment; tasks: RenderTask[] }[],
  onRendered: (env: string, app: string, r: AppRender) => void = () => undefined,
): Promise<Map<string, Map<string, AppRender>>> {
  const out = new Map<string, Map<string, AppRender>>(jobs.map((j) => [j.env.name, new Map()]));
  const all = jobs.flatMap((j) => j.tasks.map((t) => ({ env: j.env.name, t })));
  const entry = workerEntry();
  if (all.length < MIN_PARALLEL_RENDERS || !entry || availableParallelism() < 2) return out;
  const cut = Math.ceil(all.length * MAIN_SHARE);
  const mine = all.slice(0, cut);
  const theirs = all.slice(cut);
  const request: WorkerRequest = {
    input: src.input,
    tasks: theirs.map((x) => ({ env: x.env, app: x.t.app.name })),
  };
  const worker = new Worker(entry, { workerData: request });
  const reply = new Promise<WorkerReply>((resolve) => {
    worker.once("message", (m: WorkerReply) => resolve(m));
    worker.once("error", (e) => resolve({ error: e.message }));
    worker.once("exit", (code) => resolve({ error: `render worker exited (${code})` }));
  });
  const set = (env: string, app: string, r: AppRender): void => {
    out.get(env)!.set(app, r);
    onRendered(env, app, r);
  };
  for (const x of mine)
    set(x.env, x.t.app.name, renderAppFiles(src, x.t.app, x.t.binding, x.t.guardrails));
  const r = await reply;
  void worker.terminate();
  if ("results" in r && r.results.length === theirs.length)
    theirs.forEach((x, i) => set(x.env, x.t.app.name, r.results[i]!));
  else
    for (const x of theirs)
      set(x.env, x.t.app.name, renderAppFiles(src, x.t.app, x.t.binding, x.t.guardrails));
  return out;
}
