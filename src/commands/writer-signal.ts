/**
 * The write worker's protocol (`writer-client.ts` ↔ `write-worker.ts`): messages, and the
 * slots of the shared Int32Array both threads see. Types and two numbers only, so the
 * worker bundle stays small.
 */
import type { EnvFinish, FinishResult } from "./staged-writer.ts";

/** Set by the main thread when the process is interrupted: stop, remove what was staged. */
export const STOP = 0;
/** Set by the worker once nothing is staged any more (rolled back or committed). */
export const DONE = 1;

export type WriterRequest =
  | { t: "open"; env: number; dir: string; stateFile: string }
  | { t: "stage"; env: number; files: [string, string][] }
  | { t: "finish"; envs: EnvFinish[] }
  | { t: "rollback" };

export type WriterReply =
  | { t: "done"; result: FinishResult }
  | { t: "rolled-back" }
  | { t: "crash"; message: string; stack?: string };
