/**
 * Worker-thread entry (`dist/write-worker.js`) of `capstan render --out`: checks the
 * objects the main thread posts while it renders against their bundled Kubernetes schemas,
 * turns them into files (YAML emit and sha256, the same `appFilesWithHashes` an in-thread
 * render uses), stages them, and commits or rolls them back when told
 * (`staged-writer.ts`). Its static imports are `node:` modules and the emitter, so it
 * starts in tens of milliseconds; the schema validators are loaded when the `kinds`
 * message names them (messages wait meanwhile). The protocol is in `writer-client.ts`.
 *
 * `workerData.signal` is shared with the main thread: slot STOP is set there when the
 * process is interrupted (stop staging, remove what was staged), slot DONE here once the
 * worker has nothing staged any more (rolled back, or committed), and PROCESSED counts
 * the apps handled here (the main thread renders apps whole itself while the worker lags
 * too far behind).
 */
import { parentPort, workerData } from "node:worker_threads";
import { withDetail } from "../core/plan/detail-text.ts";
import { appFilesWithHashes } from "../core/plan/layout.ts";
import type { KObject } from "../core/render/render.ts";
import { AppObjects, type Seen } from "./posted-objects.ts";
import { Stager } from "./staged-writer.ts";
import {
  changedFiles,
  DONE,
  PROCESSED,
  STOP,
  type WriterReply,
  type WriterRequest,
} from "./worker-protocol.ts";

type Kube = typeof import("../kube/index.ts");

const port = parentPort!;
const signal = (workerData as { signal: Int32Array }).signal;
const stager = new Stager();
let over = false;
/** per environment: app → the hashes of the files its `render` message produced */
const hashes: Record<string, Record<string, string>>[] = [];
/** per environment: app → its part of its detail shard (`withDetail`), emitted here */
const details: Record<string, string>[] = [];
/** the schema validators, once the `kinds` message had them loaded */
let kube: Kube | undefined;
/** messages that came while the validators loaded, handled in order once they are */
let waiting: WriterRequest[] | undefined;
/** the current app's objects, parsed, checked and emitted once for all its environments */
const appObjects = new AppObjects();

function reply(m: WriterReply): void {
  over = true;
  port.postMessage(m);
  port.close();
  Atomics.store(signal, DONE, 1);
  Atomics.notify(signal, DONE);
}

function crash(e: unknown): void {
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

/**
 * True when every object asked about passes its bundled schema. False too when it cannot
 * be told here (a kind the `kinds` message did not name): the main thread then renders
 * the app whole, as it would without a worker, and its checks say what is wrong if
 * anything is.
 */
function valid(
  objects: KObject[],
  entries: Seen[],
  check: { kubeVersion: string; objects: number[] },
): boolean {
  const k = kube;
  if (!k) return false;
  const none = k.emptyCrdSet();
  const passes = (o: KObject): boolean => {
    try {
      return !k.validateObject(o, check.kubeVersion, none).length;
    } catch {
      return false;
    }
  };
  return check.objects.every((i) =>
    AppObjects.valid(entries[i]!, objects[i]!, check.kubeVersion, passes),
  );
}

function handle(m: WriterRequest): void {
  if (over) return;
  // Queued while the validators load; an interrupt's rollback is not kept waiting.
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
      import("../kube/index.ts")
        .then(async (k) => {
          await k.preloadKinds(kinds);
          kube = k;
        })
        .then(() => {
          const queued = waiting ?? [];
          waiting = undefined;
          for (const q of queued) handle(q);
        }, crash);
    } else if (m.t === "stage") {
      stager.stage(m.env, m.files);
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "render") {
      const { objects, entries } = appObjects.receive(m.app, m.posted);
      if (!m.check || valid(objects, entries, m.check)) {
        const ns = m.posted.namespaces;
        const texts = objects.map((o, i) => AppObjects.text(entries[i]!, o, ns[i]!));
        const r = appFilesWithHashes(m.app, objects, texts);
        (hashes[m.env] ??= {})[m.app] = r.hashes;
        const changed = changedFiles(r.files, r.hashes, m.old);
        const detail = withDetail(changed, r.hashes, m.ids, m.old);
        if (detail !== undefined) (details[m.env] ??= {})[m.app] = detail;
        stager.stage(m.env, changed);
      }
      Atomics.add(signal, PROCESSED, 1);
    } else if (m.t === "hashes")
      port.postMessage({ t: "hashes", envs: hashes, details } satisfies WriterReply);
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
