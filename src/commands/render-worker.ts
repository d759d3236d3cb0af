/**
 * Worker-thread entry (`dist/render-worker.js`): loads the source from the files the
 * main thread already read (workerData) and renders the apps it was given with
 * `renderAppFiles`, posting the results back in the order asked.
 */
import { parentPort, workerData } from "node:worker_threads";
import { preloadKinds } from "../kube/index.ts";
import { bindApp } from "../core/binding.ts";
import {
  kindsToPreload,
  loadSource,
  renderAppFiles,
  usedCapabilities,
  type AppRender,
} from "../core/engine.ts";
import { resolveGuardrails } from "../core/guardrails.ts";
import type { WorkerReply, WorkerRequest } from "./parallel-render.ts";

async function run(req: WorkerRequest): Promise<AppRender[]> {
  const src = loadSource(req.input);
  const envs = src.config.environments.filter((e) => req.tasks.some((t) => t.env === e.name));
  await preloadKinds(kindsToPreload(src, usedCapabilities(src, envs).caps));
  const apps = new Map(src.apps.map((a) => [a.name, a]));
  const guardrails = new Map(
    envs.map((e) => [e.name, resolveGuardrails(e, src.registry, src.config.doc).guardrails]),
  );
  return req.tasks.map((t) => {
    const app = apps.get(t.app)!;
    const binding = bindApp(app, src.config.environments).bindings.find(
      (b) => b.env.name === t.env,
    )!;
    return renderAppFiles(src, app, binding, guardrails.get(t.env)!);
  });
}

const port = parentPort!;
run(workerData as WorkerRequest).then(
  (results) => port.postMessage({ results } satisfies WorkerReply),
  (e: unknown) =>
    port.postMessage({
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    } satisfies WorkerReply),
);
