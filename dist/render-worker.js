import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  bindApp,
  kindsToPreload,
  loadSource,
  renderAppFiles,
  resolveGuardrails,
  usedCapabilities
} from "./chunks/chunk-ZT4S6I2E.js";
import "./chunks/chunk-GZ47FPBD.js";
import {
  preloadKinds
} from "./chunks/chunk-5QGPLNTT.js";
import "./chunks/chunk-35XF5YGG.js";
import "./chunks/chunk-VRK5AQSF.js";
import "./chunks/chunk-NXEJ7XQU.js";
import "./chunks/chunk-2IVFU7EI.js";
import "./chunks/chunk-JNRZWGKW.js";
import "./chunks/chunk-26D6SPF5.js";
import "./chunks/chunk-B7X3UZU7.js";
import "./chunks/chunk-25T5DTZY.js";
import "./chunks/chunk-GSGQ2ZSK.js";
import "./chunks/chunk-6XFIWXZH.js";
import "./chunks/chunk-OTU23BBD.js";
import "./chunks/chunk-JVSLN557.js";

// src/commands/render-worker.ts
import { parentPort, workerData } from "node:worker_threads";
async function run(req) {
  const src = loadSource(req.input);
  const envs = src.config.environments.filter((e) => req.tasks.some((t) => t.env === e.name));
  await preloadKinds(kindsToPreload(src, usedCapabilities(src, envs).caps));
  const apps = new Map(src.apps.map((a) => [a.name, a]));
  const guardrails = new Map(
    envs.map((e) => [e.name, resolveGuardrails(e, src.registry, src.config.doc).guardrails])
  );
  return req.tasks.map((t) => {
    const app = apps.get(t.app);
    const binding = bindApp(app, src.config.environments).bindings.find(
      (b) => b.env.name === t.env
    );
    return renderAppFiles(src, app, binding, guardrails.get(t.env));
  });
}
var port = parentPort;
run(workerData).then(
  (results) => port.postMessage({ results }),
  (e) => port.postMessage({
    error: e instanceof Error ? e.stack ?? e.message : String(e)
  })
);
