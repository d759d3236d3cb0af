/**
 * The write worker's protocol (`writer-client.ts` ↔ `write-worker.ts`): messages, and the
 * slots of the shared Int32Array both threads see. Types and a few numbers only.
 */
import type { IdentityPairs } from "../core/plan/layout.ts";
import type { PostedObjects } from "./posted-objects.ts";
import type { EnvFinish, FinishResult } from "./staged-writer.ts";

/** Set by the main thread when the process is interrupted: stop, remove what was staged. */
export const STOP = 0;
/** Set by the worker once nothing is staged any more (rolled back or committed). */
export const DONE = 1;
/** Counted up by the worker for every `render` and `stage` message it has handled. */
export const PROCESSED = 2;
/** Slots in the shared Int32Array. */
export const SLOTS = 3;

export type WriterRequest =
  | { t: "open"; env: number; dir: string; stateFile: string }
  | { t: "stage"; env: number; files: [string, string][] }
  /**
   * One app's objects (each `JSON.stringify`ed, far cheaper to post than the objects; see
   * posted-objects.ts): the worker checks them (`check`), emits its files, hashes them, and
   * stages those whose hash is not `old`'s; an app that fails a check is left out of the
   * `hashes` reply.
   */
  | {
      t: "render";
      env: number;
      app: string;
      posted: PostedObjects;
      old?: Record<string, string>;
      /**
       * The objects' identities and components (`identitiesOf`): with the hashes, the app's
       * part of its detail shard, which the worker emits when a file changed (or `old` is
       * absent); the plan writes the shard
       */
      ids: IdentityPairs;
      /** objects (indexes) whose bundled schemas the worker checks, at this Kubernetes version */
      check?: { kubeVersion: string; objects: number[] };
    }
  /** the kinds `check` will ask about: the worker loads their validators (before anything else) */
  | { t: "kinds"; kinds: { apiVersion: string; kind: string }[] }
  /** the hashes (and detail parts emitted) of every app posted by `render` so far (a `hashes` reply) */
  | { t: "hashes" }
  | { t: "finish"; envs: EnvFinish[] }
  | { t: "rollback" };

export type WriterReply =
  | {
      t: "hashes";
      envs: Record<string, Record<string, string>>[];
      /** per environment: app → its part of its detail shard, emitted there */
      details: Record<string, string>[];
    }
  | { t: "done"; result: FinishResult }
  | { t: "rolled-back" }
  | { t: "crash"; message: string; stack?: string };

/** The files of a render whose hash is not the one recorded before (`old`): those to write. */
export function changedFiles(
  files: Map<string, string>,
  hashes: Record<string, string>,
  old: Record<string, string> | undefined,
): [string, string][] {
  const out: [string, string][] = [];
  for (const [p, t] of files) if (old?.[p] !== hashes[p]) out.push([p, t]);
  return out;
}
