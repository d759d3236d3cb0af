import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DONE,
  PROCESSED,
  STOP,
  Stager,
  changedFiles
} from "./chunks/chunk-HKRIPZIO.js";
import {
  appFilesWithHashes
} from "./chunks/chunk-XH4FY27A.js";
import "./chunks/chunk-Z24NO3ZU.js";
import "./chunks/chunk-XYNQLYSQ.js";

// src/commands/write-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var signal = workerData.signal;
var stager = new Stager();
var over = false;
var hashes = [];
function reply(m) {
  over = true;
  port.postMessage(m);
  port.close();
  Atomics.store(signal, DONE, 1);
  Atomics.notify(signal, DONE);
}
port.on("message", (m) => {
  if (over) return;
  try {
    if (Atomics.load(signal, STOP)) m = { t: "rollback" };
    if (m.t === "open") stager.open(m.env, m.dir, m.stateFile);
    else if (m.t === "stage") {
      stager.stage(m.env, m.files);
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "render") {
      const r = appFilesWithHashes(m.app, JSON.parse(m.json));
      (hashes[m.env] ??= {})[m.app] = r.hashes;
      stager.stage(m.env, changedFiles(r.files, r.hashes, m.old));
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "hashes")
      port.postMessage({ t: "hashes", envs: hashes });
    else if (m.t === "finish") reply({ t: "done", result: stager.finish(m.envs) });
    else {
      stager.rollback();
      reply({ t: "rolled-back" });
    }
  } catch (e) {
    try {
      stager.rollback();
    } catch {
    }
    reply(
      e instanceof Error ? { t: "crash", message: e.message, stack: e.stack } : { t: "crash", message: String(e) }
    );
  }
});
