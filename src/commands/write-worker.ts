/**
 * Worker-thread entry (`dist/write-worker.js`) of `capstan render --out`: turns the objects
 * the main thread posts while it renders into files (YAML emit and sha256, the same
 * `appFilesWithHashes` an in-thread render uses), stages them, and commits or rolls them
 * back when told (`staged-writer.ts`). Imports nothing but `node:` modules and the
 * emitter, so it starts in tens of milliseconds; the protocol is in `writer-client.ts`.
 *
 * `workerData.signal` is shared with the main thread: slot STOP is set there when the
 * process is interrupted (stop staging, remove what was staged), slot DONE here once the
 * worker has nothing staged any more (rolled back, or committed), and PROCESSED counts
 * the apps handled here (the main thread emits apps itself while the worker lags).
 */
import { parentPort, workerData } from "node:worker_threads";
import { appFilesWithHashes } from "../core/layout.ts";
import type { KObject } from "../core/render.ts";
import { Stager } from "./staged-writer.ts";
import {
  changedFiles,
  DONE,
  PROCESSED,
  STOP,
  type WriterReply,
  type WriterRequest,
} from "./writer-signal.ts";

const port = parentPort!;
const signal = (workerData as { signal: Int32Array }).signal;
const stager = new Stager();
let over = false;
/** per environment: app → the hashes of the files its `render` message produced */
const hashes: Record<string, Record<string, string>>[] = [];

function reply(m: WriterReply): void {
  over = true;
  port.postMessage(m);
  port.close();
  Atomics.store(signal, DONE, 1);
  Atomics.notify(signal, DONE);
}

port.on("message", (m: WriterRequest) => {
  if (over) return;
  try {
    if (Atomics.load(signal, STOP)) m = { t: "rollback" };
    if (m.t === "open") stager.open(m.env, m.dir, m.stateFile);
    else if (m.t === "stage") {
      stager.stage(m.env, m.files);
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "render") {
      const r = appFilesWithHashes(m.app, JSON.parse(m.json) as KObject[]);
      (hashes[m.env] ??= {})[m.app] = r.hashes;
      stager.stage(m.env, changedFiles(r.files, r.hashes, m.old));
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "hashes")
      port.postMessage({ t: "hashes", envs: hashes } satisfies WriterReply);
    else if (m.t === "finish") reply({ t: "done", result: stager.finish(m.envs) });
    else {
      stager.rollback();
      reply({ t: "rolled-back" });
    }
  } catch (e) {
    try {
      stager.rollback();
    } catch {
      // the crash below is what is reported
    }
    reply(
      e instanceof Error
        ? { t: "crash", message: e.message, stack: e.stack }
        : { t: "crash", message: String(e) },
    );
  }
});
