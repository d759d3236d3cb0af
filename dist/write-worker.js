import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  AppObjects,
  DONE,
  PROCESSED,
  STOP,
  Stager,
  changedFiles
} from "./chunks/chunk-PBLSRAXX.js";
import {
  appFilesWithHashes,
  withDetail
} from "./chunks/chunk-HX64S4PU.js";
import "./chunks/chunk-5ETQQFMW.js";
import "./chunks/chunk-UUCA4ZKB.js";
import "./chunks/chunk-XYNQLYSQ.js";

// src/writer/write-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var signal = workerData.signal;
var stager = new Stager();
var over = false;
var hashes = [];
var details = [];
var kube;
var waiting;
var appObjects = new AppObjects();
function reply(m) {
  over = true;
  port.postMessage(m);
  port.close();
  Atomics.store(signal, DONE, 1);
  Atomics.notify(signal, DONE);
}
function crash(e) {
  try {
    stager.rollback();
  } catch {
  }
  reply(
    e instanceof Error ? { t: "crash", message: e.message, stack: e.stack } : { t: "crash", message: String(e) }
  );
}
function valid(objects, entries, check) {
  const k = kube;
  if (!k) return false;
  const none = k.emptyCrdSet();
  const passes = (o) => {
    try {
      return !k.validateObject(o, check.kubeVersion, none).length;
    } catch {
      return false;
    }
  };
  return check.objects.every(
    (i) => AppObjects.valid(entries[i], objects[i], check.kubeVersion, passes)
  );
}
function handle(m) {
  if (over) return;
  if (waiting && m.t !== "rollback" && !Atomics.load(signal, STOP)) {
    waiting.push(m);
    return;
  }
  try {
    if (Atomics.load(signal, STOP)) m = { t: "rollback" };
    if (m.t === "open") stager.open(m.env, m.dir, m.stateFile);
    else if (m.t === "kinds") {
      const kinds = m.kinds;
      waiting = [];
      import("./chunks/kube-A3EGTBYX.js").then(async (k) => {
        await k.preloadKinds(kinds);
        kube = k;
      }).then(() => {
        const queued = waiting ?? [];
        waiting = void 0;
        for (const q of queued) handle(q);
      }, crash);
    } else if (m.t === "stage") {
      stager.stage(m.env, m.files);
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "render") {
      const { objects, entries } = appObjects.receive(m.app, m.posted);
      if (!m.check || valid(objects, entries, m.check)) {
        const ns = m.posted.namespaces;
        const texts = objects.map((o, i) => AppObjects.text(entries[i], o, ns[i]));
        const r = appFilesWithHashes(m.app, objects, texts);
        (hashes[m.env] ??= {})[m.app] = r.hashes;
        const changed = changedFiles(r.files, r.hashes, m.old);
        const detail = withDetail(changed, r.hashes, m.ids, m.old);
        if (detail !== void 0) (details[m.env] ??= {})[m.app] = detail;
        stager.stage(m.env, changed);
      }
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "hashes")
      port.postMessage({ t: "hashes", envs: hashes, details });
    else if (m.t === "finish") reply({ t: "done", result: stager.finish(m.envs) });
    else {
      stager.rollback();
      reply({ t: "rolled-back" });
    }
  } catch (e) {
    crash(e);
  }
}
port.on("message", handle);
