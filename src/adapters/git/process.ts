/**
 * One git process, spawned directly: argv fixed by the caller, optional stdin, stdout as
 * bytes. The environment (credentials as an origin-scoped header, never in argv) and
 * the redaction of every message are those of `git-exec.ts`. Used by the env-repo object
 * store, whose commands stream large inputs (`fast-import`, `cat-file --batch`) that
 * simple-git cannot feed.
 */
import { spawn } from "node:child_process";
import { closeSync, fstatSync, openSync, readSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  gitEnvironment,
  GitExit,
  redact,
  runnerSecrets,
  type GitRunnerOptions,
} from "../git-exec.ts";

export interface GitCall {
  args: readonly string[];
  /** Bytes written to stdin (closed afterwards); none = stdin closed at once. */
  input?: string | Buffer;
  /** Exit codes that resolve instead of rejecting (0 always does). */
  okCodes?: readonly number[];
  /**
   * Large output: git writes it to a temporary file, read back when git exits. Through a
   * pipe, git would wait on every 64 KiB until a busy event loop drains it.
   */
  bulkOutput?: boolean;
}

export interface GitOutput {
  code: number;
  stdout: Buffer;
  /** Redacted. */
  stderr: string;
}

export type GitProcess = (call: GitCall) => Promise<GitOutput>;

let started = 0;

/** How many git processes this module has started (tests and the bench count them). */
export function gitProcessCount(): number {
  return started;
}

/** A spawner bound to a folder, an environment and the secrets to scrub. */
export function gitProcess(opts: GitRunnerOptions): GitProcess {
  const secrets = runnerSecrets(opts);
  const { env } = gitEnvironment(opts);
  return (call) =>
    new Promise((resolve, reject) => {
      started++;
      const file = call.bulkOutput ? bulkFile() : undefined;
      let fd = file === undefined ? undefined : openSync(file, "w+", 0o600);
      const child = spawn("git", [...call.args], {
        cwd: opts.cwd,
        env,
        stdio: ["pipe", fd ?? "pipe", "pipe"],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout?.on("data", (b: Buffer) => out.push(b));
      child.stderr!.on("data", (b: Buffer) => err.push(b));
      child.stdin!.on("error", () => undefined); // git may exit before reading everything
      child.on("error", (e) => {
        if (fd !== undefined) discard(fd, file!);
        fd = undefined; // a "close" may follow: nothing left to read back
        reject(new GitExit(call.args, 1, "", redact(e.message, secrets)));
      });
      child.on("close", (code) => {
        if (fd !== undefined) out.push(readBack(fd, file!));
        const stdout = Buffer.concat(out);
        const stderr = redact(Buffer.concat(err).toString("utf8"), secrets);
        const c = code ?? 1;
        if (c === 0 || call.okCodes?.includes(c)) resolve({ code: c, stdout, stderr });
        else reject(new GitExit(call.args, c, redact(stdout.toString("utf8"), secrets), stderr));
      });
      child.stdin!.end(call.input ?? "");
    });
}

let bulkFiles = 0;

function bulkFile(): string {
  return join(tmpdir(), `capstan-git-${process.pid}-${++bulkFiles}.out`);
}

/** The whole output file's bytes; the file is closed and removed. */
function readBack(fd: number, file: string): Buffer {
  try {
    const buf = Buffer.alloc(fstatSync(fd).size);
    let pos = 0;
    while (pos < buf.length) {
      const n = readSync(fd, buf, pos, buf.length - pos, pos);
      if (n === 0) break;
      pos += n;
    }
    return buf.subarray(0, pos);
  } finally {
    closeSync(fd);
    unlinkSync(file);
  }
}

/** Closes and removes an output file git never wrote (it could not start). */
function discard(fd: number, file: string): void {
  try {
    closeSync(fd);
    unlinkSync(file);
  } catch {
    // already gone
  }
}
