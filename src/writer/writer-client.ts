/**
 * The main-thread side of `capstan render --out`'s staged writes (`staged-writer.ts`).
 *
 * With many apps to render, a write worker (`dist/write-worker.js`, a few tens of kB that
 * start in tens of milliseconds) takes each app's objects as soon as they are rendered —
 * `JSON.stringify`ed, which is cheap to post — checks those of bundled kinds against their
 * Kubernetes schemas, emits the YAML, hashes it and stages the files that changed, while
 * the main thread renders the next app. While the worker lags too far behind, the main
 * thread renders apps whole itself and posts only their texts (`busy`, `stage`). Before
 * planning, the main thread asks for the hashes (`collect`); the texts stay in the worker
 * (`HELD` in the plan). With few renders, or when the worker is not available, the main
 * thread renders files itself and everything is written at `finish`, in this thread,
 * exactly as the worker would. Either way nothing is put in place before planning found
 * no problem, and a failed write leaves the output folder as it was.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AppRender } from "../core/plan/plan.ts";
import { UserError } from "../core/common/errors.ts";
import { countPath, referenceMode } from "../reference-mode.ts";
import { appFilesWithHashes, type IdentityPairs } from "../core/plan/layout.ts";
import type { KObject } from "../core/render/render.ts";
import { postObjects, receiveObjects, type PostedObjects } from "./posted-objects.ts";
import { Stager, type EnvFinish, type FinishResult, type WriteFailure } from "./staged-writer.ts";
import {
  DONE,
  PROCESSED,
  SLOTS,
  STOP,
  type WriterReply,
  type WriterRequest,
} from "./worker-protocol.ts";

/**
 * A file's text in a plan when the write worker holds it (staged there): never real file
 * content (emitted YAML has no raw NUL).
 */
export const HELD = "\0capstan: held by the write worker\0";

/** The `hashes` reply: per environment index, app → hashes (absent: a check failed) and app → its part of its detail shard, emitted there. */
type HashTables = Pick<Extract<WriterReply, { t: "hashes" }>, "envs" | "details">;

/**
 * How far the worker may fall behind before the main thread renders apps whole itself:
 * a quarter of the renders still to come, and at least 24. Early on the worker is still
 * loading its validators and may lag a lot; near the end it must not, or the run waits
 * for it — then the main thread takes apps back.
 */
const MIN_BACKLOG = 24;
const BACKLOG_SHARE = 0.25;

/** How long an interrupted run waits for the write worker to remove what it staged. */
const INTERRUPT_WAIT_MS = 10_000;
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Below this many app × env renders a write worker does not pay (the writes are few). */
export const MIN_WORKER_RENDERS = 50;

/**
 * How to start the write worker: the bundle's `write-worker.js`, or — running from sources
 * (tests, `scripts/dev.ts`) — `write-worker.ts` through tsx, which a worker does not
 * inherit from `--import tsx`. Undefined (write in-thread) when neither is there,
 * `CAPSTAN_WRITE_WORKER=0` or in reference mode (`CAPSTAN_REFERENCE=1`, which wins).
 */
function workerEntry(): { script: string | URL; eval?: boolean } | undefined {
  if (process.env.CAPSTAN_WRITE_WORKER === "0" || referenceMode()) return undefined;
  if (import.meta.url.endsWith(".ts")) {
    const entry = new URL("./write-worker.ts", import.meta.url);
    let tsx: string;
    try {
      tsx = import.meta.resolve("tsx/esm/api");
    } catch {
      return undefined;
    }
    return {
      script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
      eval: true,
    };
  }
  for (const rel of ["./write-worker.js", "../write-worker.js"]) {
    const u = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(u))) return { script: u };
  }
  return undefined;
}

/**
 * `CAPSTAN_WRITE_WORKER=1`: the worker must be used (tests); its failure is an error, not a
 * fallback. Reference mode overrides it: writing in-thread is the reference path.
 */
function forced(): boolean {
  return process.env.CAPSTAN_WRITE_WORKER === "1" && !referenceMode();
}

/** Whether a run with this many app × env renders stages its files in a write worker. */
export function useWriteWorker(renders: number): boolean {
  if (forced()) return true;
  if (process.env.CAPSTAN_WRITE_WORKER === "0" || referenceMode()) return false;
  return renders >= MIN_WORKER_RENDERS && availableParallelism() >= 2;
}

export function writeProblem(f: WriteFailure): UserError {
  return new UserError([
    {
      file: f.file,
      code: "write",
      message: `cannot write: ${f.code} (${f.message.split(",")[0]}); the output folder was left as it was`,
    },
  ]);
}

/** An unexpected error in the write worker (a bug, or an unsafe path), as thrown there. */
function crashError(r: { message: string; stack?: string }): Error {
  const e = new Error(r.message);
  if (r.stack) e.stack = r.stack;
  return e;
}

export class Writer {
  private worker?: Worker;
  private reply?: Promise<WriterReply | { t: "failed"; error: string }>;
  /** waiting for the worker's `hashes` reply: given undefined when the worker ended instead */
  private onHashes?: (envs: HashTables | undefined) => void;
  /** shared with the worker: STOP (set here on an interrupt), DONE (set there) */
  private readonly signal = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  /** `render` and `stage` messages posted (the worker counts those handled in PROCESSED) */
  private sent = 0;
  /** the worker ended (or never started): nothing to wait for */
  private gone = false;
  /**
   * An interrupted run (Ctrl-C, a CI job cancelled) must not leave staged files behind:
   * the worker is told to stop and remove them, and waited for, before the signal's
   * default action ends the process as it would have.
   */
  private readonly onSignal = (sig: NodeJS.Signals): void => {
    this.unlisten();
    if (this.worker && !this.gone) {
      Atomics.store(this.signal, STOP, 1);
      this.worker.postMessage({ t: "rollback" } satisfies WriterRequest);
      Atomics.wait(this.signal, DONE, 0, INTERRUPT_WAIT_MS);
    }
    process.kill(process.pid, sig);
  };
  private readonly opened: { dir: string; stateFile: string }[] = [];
  /** per environment: files staged in the worker (rel → text, or HELD) */
  private readonly posted: Map<string, string>[] = [];
  /** per environment: app → what was posted for it (kept to emit here if the worker ends) */
  private readonly held: Map<string, { posted: PostedObjects; old?: Record<string, string> }>[] =
    [];

  /** `early`: emit and stage files in a worker as they are rendered (when one is available). */
  constructor(early: boolean) {
    const entry = early ? workerEntry() : undefined;
    if (!entry) {
      if (early && forced()) throw new Error("CAPSTAN_WRITE_WORKER=1: no write worker to start");
      return;
    }
    const w = new Worker(entry.script, { eval: entry.eval, workerData: { signal: this.signal } });
    // Not kept alive by itself: a run that throws before finish/rollback still exits.
    w.unref();
    this.worker = w;
    for (const s of SIGNALS) process.on(s, this.onSignal);
    this.reply = new Promise((resolve) => {
      const end = (m: WriterReply | { t: "failed"; error: string }): void => {
        this.onHashes?.(undefined);
        resolve(m);
      };
      w.on("message", (m: WriterReply) => {
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
  get early(): boolean {
    return this.worker !== undefined;
  }

  open(env: number, dir: string, stateFile: string): void {
    this.opened[env] = { dir, stateFile };
    this.posted[env] = new Map();
    this.held[env] = new Map();
    this.worker?.postMessage({ t: "open", env, dir, stateFile } satisfies WriterRequest);
  }

  /** Kinds whose bundled schemas the worker checks (`render`'s `check`): it loads them now. */
  kinds(kinds: { apiVersion: string; kind: string }[]): void {
    if (kinds.length) this.worker?.postMessage({ t: "kinds", kinds } satisfies WriterRequest);
  }

  /**
   * More apps posted than the worker has handled, by more than it can catch up on while
   * `remaining` renders are still to come here: the caller renders the next app whole
   * (checks, emit, hash) and `stage`s its files, so work moves back to this thread instead
   * of piling up in the worker for the end.
   */
  busy(remaining: number): boolean {
    const backlog = this.sent - Atomics.load(this.signal, PROCESSED);
    return backlog > Math.max(MIN_BACKLOG, remaining * BACKLOG_SHARE);
  }

  /**
   * One app's objects, to the worker: it checks the bundled schemas of `check.objects`
   * (indexes), emits and hashes the files, and stages those whose hash differs from `old`
   * (the hashes state.json recorded for the app) and, when any does, emits the app's part
   * of its detail shard (from the hashes and `ids`). `collect` tells how it went.
   */
  render(
    env: number,
    app: string,
    objects: KObject[],
    old: Record<string, string> | undefined,
    ids: IdentityPairs,
    check: { kubeVersion: string; objects: number[] } | undefined,
  ): void {
    const posted = postObjects(objects);
    this.held[env]!.set(app, { posted, old });
    this.sent++;
    this.worker!.postMessage({
      t: "render",
      env,
      app,
      posted,
      old,
      ids,
      check,
    } satisfies WriterRequest);
  }

  /** Files of an app rendered here: staged by the worker as they are. */
  stage(env: number, files: [string, string][]): void {
    if (!this.worker) return;
    const posted = this.posted[env]!;
    for (const [rel, text] of files) posted.set(rel, text);
    this.sent++;
    this.worker.postMessage({ t: "stage", env, files } satisfies WriterRequest);
  }

  /**
   * What became of every app posted by `render`, per environment: its files' hashes (each
   * file's text `HELD` in the worker, for `planEnv`), or null when it is to be rendered
   * here after all — a schema check failed there (rendered here, the problems come out
   * exactly as always), or the worker ended.
   */
  async collect(): Promise<Map<string, AppRender | null>[]> {
    let tables: HashTables | undefined;
    if (this.worker && !this.gone) {
      const answer = new Promise<HashTables | undefined>((resolve) => (this.onHashes = resolve));
      this.worker.postMessage({ t: "hashes" } satisfies WriterRequest);
      tables = await answer;
      this.onHashes = undefined;
    }
    return this.held.map((apps, env) => {
      const out = new Map<string, AppRender | null>();
      for (const [app, h] of apps) {
        const hashes = tables?.envs[env]?.[app];
        if (!hashes) {
          out.set(app, null);
          continue;
        }
        const files = new Map<string, string>();
        for (const p of Object.keys(hashes)) {
          files.set(p, HELD);
          if (h.old?.[p] !== hashes[p]) this.posted[env]!.set(p, HELD);
        }
        const detail = tables?.details[env]?.[app];
        out.set(app, { problems: [], files, hashes, ...(detail !== undefined ? { detail } : {}) });
      }
      return out;
    });
  }

  /** per environment: app → its files emitted here again (only if the worker ended) */
  private readonly reEmitted: Map<string, Map<string, string>>[] = [];

  /** An app's files emitted in this thread from what was posted for it, once. */
  private emit(env: number, app: string): Map<string, string> {
    const done = (this.reEmitted[env] ??= new Map());
    let files = done.get(app);
    if (!files) {
      const objects = receiveObjects(this.held[env]!.get(app)!.posted);
      done.set(app, (files = appFilesWithHashes(app, objects).files));
    }
    return files;
  }

  /**
   * Writes `changes` (per environment opened: relative path → text, `HELD`, or null to
   * delete) and puts them in place, state.json last. A failed write removes everything
   * staged and throws the `write` UserError.
   */
  async finish(
    changes: { env: number; changes: Map<string, string | null> }[],
  ): Promise<{ written: number; deleted: number }> {
    const envs: EnvFinish[] = changes.map(({ env, changes }) => {
      const posted = this.posted[env] ?? new Map<string, string>();
      const writes: [string, string][] = [];
      const deletes: string[] = [];
      for (const [rel, text] of changes) {
        if (text === null) deletes.push(rel);
        else if (posted.get(rel) !== text) writes.push([rel, this.text(env, rel, text)]);
      }
      const drop = [...posted.keys()].filter((rel) => typeof changes.get(rel) !== "string");
      return { env, writes, drop, deletes };
    });
    let result: FinishResult;
    const viaWorker = this.worker ? await this.inWorker({ t: "finish", envs }) : undefined;
    if (viaWorker?.t === "done") {
      countPath("writer", "fast");
      result = viaWorker.result;
    } else {
      countPath("writer", "reference");
      if (viaWorker?.t === "crash") throw crashError(viaWorker);
      if (viaWorker?.t === "failed" && forced())
        throw new Error(`CAPSTAN_WRITE_WORKER=1: ${viaWorker.error}`);
      // No worker (or it could not start): stage and commit everything in this thread.
      const s = new Stager();
      this.opened.forEach((o, i) => s.open(i, o.dir, o.stateFile));
      result = s.finish(
        changes.map(({ env, changes }) => ({
          env,
          writes: [...changes]
            .filter((x): x is [string, string] => x[1] !== null)
            .map(([rel, text]) => [rel, this.text(env, rel, text)]),
          drop: [],
          deletes: envs.find((e) => e.env === env)!.deletes,
        })),
      );
    }
    if ("failure" in result) throw writeProblem(result.failure);
    return result;
  }

  /** A file's text: `HELD` ones are emitted again here from what was posted. */
  private text(env: number, rel: string, text: string): string {
    if (text !== HELD) return text;
    return this.emit(env, rel.slice(0, rel.indexOf("/"))).get(rel)!;
  }

  /**
   * Removes everything staged (planning found problems, or rendering threw): the output
   * folder is as it was. A worker that crashed has rolled back already; the caller's
   * error is the one to report.
   */
  async rollback(): Promise<void> {
    if (this.worker) await this.inWorker({ t: "rollback" });
  }

  /** Posts the last request and waits for the worker's one reply (or its failure). */
  private async inWorker(m: WriterRequest): Promise<WriterReply | { t: "failed"; error: string }> {
    this.worker!.ref();
    this.worker!.postMessage(m);
    const r = await this.reply!;
    this.unlisten();
    void this.worker!.terminate();
    this.worker = undefined;
    return r;
  }

  private unlisten(): void {
    for (const s of SIGNALS) process.off(s, this.onSignal);
  }
}
