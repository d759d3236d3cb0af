import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  bindApp,
  kindsToPreload,
  loadSource,
  renderAppFiles,
  resolveGuardrails,
  usedCapabilities
} from "./chunks/chunk-3YAU27FO.js";
import "./chunks/chunk-EEHM54QC.js";
import {
  preloadKinds
} from "./chunks/chunk-STYVR3MZ.js";
import "./chunks/chunk-GZ5BODPP.js";
import "./chunks/chunk-ECH4NH6Z.js";
import "./chunks/chunk-2OTNRUMI.js";
import "./chunks/chunk-23SCBZZ6.js";
import "./chunks/chunk-NXEJ7XQU.js";
import "./chunks/chunk-DFTUZEB7.js";
import "./chunks/chunk-AUIKRLBV.js";
import "./chunks/chunk-3IIP3542.js";
import "./chunks/chunk-25T5DTZY.js";
import "./chunks/chunk-QRKMIM66.js";
import "./chunks/chunk-XYNQLYSQ.js";

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
