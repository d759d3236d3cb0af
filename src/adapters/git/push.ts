/**
 * `git push --atomic --porcelain` with leases, and what its answer means: done, a race
 * (another run moved a ref: re-fetch and retry), or a refusal (a hook, a protection).
 */
import { GitExit } from "../git-exec.ts";
import { gitError } from "./errors.ts";
import type { GitProcess } from "./process.ts";

export interface PushRef {
  /** A commit sha (or local ref). */
  local: string;
  /** Remote ref (`refs/heads/` is added when it does not start with `refs/`). */
  remote: string;
  /**
   * The sha the remote ref must still have ("" = must not exist). Set: a forced update
   * guarded by this lease. Unset: an ordinary fast-forward push.
   */
  expect?: string;
}

export type PushResult = { ok: true } | { ok: false; reason: "race" | "rejected"; detail: string };

/** Push rejections that mean "someone else moved the ref". */
const RACE_REASONS =
  /non-fast-forward|fetch first|stale info|cannot lock ref|incorrect old value|failed to update ref|atomic transaction failed/;
const RACE_WITHOUT_REFS =
  /atomic push failed|remote contains work that you do\s+not have locally|cannot lock ref/;

export function fullRef(ref: string): string {
  return ref.startsWith("refs/") ? ref : `refs/heads/${ref}`;
}

/** Blobs above this size are never deltified by capstan's pushes and fast-import. */
export const BIG_FILE_THRESHOLD = "512k";

/** Every ref in one push: all move, or none. `--no-thin`: no delta bases a blob-less store lacks. */
export async function atomicPush(
  git: GitProcess,
  remoteName: string,
  url: string,
  refs: PushRef[],
): Promise<PushResult> {
  if (!refs.length) return { ok: true };
  // Large blobs (the environments' state files) are sent whole: searching deltas between
  // two similar megabyte-sized states costs more than the bytes it saves (docs/performance.md).
  const args = ["-c", `core.bigFileThreshold=${BIG_FILE_THRESHOLD}`, "push"];
  args.push("--atomic", "--porcelain", "--no-verify", "--no-thin");
  for (const r of refs)
    if (r.expect !== undefined) args.push(`--force-with-lease=${fullRef(r.remote)}:${r.expect}`);
  args.push(remoteName);
  for (const r of refs) args.push(`${r.local}:${fullRef(r.remote)}`);
  try {
    await git({ args });
    return { ok: true };
  } catch (e) {
    if (!(e instanceof GitExit)) throw e;
    const rejected = parsePorcelain(e.stdout).filter((l) => l.flag === "!");
    // The remote's ref transaction can fail after the ref check (another push won the
    // lock in between): git then prints no ref lines, only "atomic push failed".
    if (!rejected.length && RACE_WITHOUT_REFS.test(e.stderr))
      return { ok: false, reason: "race", detail: e.stderr.trim().split("\n")[0] ?? "" };
    if (!rejected.length) throw gitError(`push to ${url || remoteName}`, e);
    const detail = rejected.map((l) => `${l.to}: ${l.summary}`).join("; ");
    const race = rejected.every((l) => RACE_REASONS.test(l.summary) || /atomic/.test(l.summary));
    return { ok: false, reason: race ? "race" : "rejected", detail };
  }
}

interface PorcelainLine {
  flag: string;
  from: string;
  to: string;
  summary: string;
}

/** `git push --porcelain` ref lines: `<flag>\t<from>:<to>\t<summary>`. */
function parsePorcelain(stdout: string): PorcelainLine[] {
  const lines: PorcelainLine[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^([ +\-*=!])\t([^\t]*)\t(.*)$/.exec(line);
    if (!m) continue;
    const [from = "", to = ""] = (m[2] ?? "").split(":");
    lines.push({ flag: m[1] ?? "", from, to, summary: m[3] ?? "" });
  }
  return lines;
}
