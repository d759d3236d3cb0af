/**
 * Real git for tests: temporary repositories, a bare remote, pinned commit dates.
 * Identity and dates go through the environment, never through global config.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

const execFileP = promisify(execFile);

/** A fixed identity and date so commit shas are reproducible. */
export const TEST_DATE = "2024-01-01T00:00:00Z";
export const TEST_ENV: Record<string, string> = {
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.test",
  GIT_COMMITTER_NAME: "Test Committer",
  GIT_COMMITTER_EMAIL: "committer@example.test",
  GIT_AUTHOR_DATE: TEST_DATE,
  GIT_COMMITTER_DATE: TEST_DATE,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_TERMINAL_PROMPT: "0",
};

/** A fresh temporary directory (real path: macOS /var → /private/var). Remove it with `rmrf`. */
export async function tmpdir(prefix = "capstan-test-"): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
}

export interface GitOptions {
  env?: Record<string, string>;
  /** Resolve with stdout even on a non-zero exit. */
  allowFailure?: boolean;
}

/** Runs git in `dir` (no shell) and returns trimmed stdout. */
export async function git(dir: string, ...args: string[]): Promise<string> {
  return gitWith(dir, args);
}

export async function gitWith(dir: string, args: string[], opts: GitOptions = {}): Promise<string> {
  try {
    const { stdout } = await execFileP("git", args, {
      cwd: dir,
      env: { ...process.env, ...TEST_ENV, ...(opts.env ?? {}) },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.trim();
  } catch (e) {
    if (opts.allowFailure && typeof e === "object" && e !== null && "stdout" in e) {
      return String((e as { stdout: unknown }).stdout).trim();
    }
    throw e;
  }
}

/** `git init` on branch `main` with maintenance and signing off; writes `files` and commits them if given. */
export async function initRepo(dir: string, files?: Record<string, string>): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  await git(dir, "init", "-q", "--initial-branch=main");
  await git(dir, "config", "commit.gpgsign", "false");
  await git(dir, "config", "gc.auto", "0");
  await git(dir, "config", "maintenance.auto", "false");
  if (files) {
    await writeTree(dir, files);
    await commitAll(dir, "initial");
  }
  return dir;
}

/** Writes `path → text` under `dir`, creating folders. */
export async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, text);
  }
}

/** Stages everything and commits with pinned dates; returns the new sha. */
export async function commitAll(
  dir: string,
  msg: string,
  date: string = TEST_DATE,
): Promise<string> {
  const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  await gitWith(dir, ["add", "-A"], { env });
  await gitWith(dir, ["commit", "-q", "--allow-empty", "-m", msg], { env });
  return gitWith(dir, ["rev-parse", "HEAD"], { env });
}

/** A bare repository whose HEAD is `main`, accepting pushes over HTTP. */
export async function bareRemote(dir?: string): Promise<string> {
  const target = dir ?? path.join(await tmpdir("capstan-remote-"), "remote.git");
  await fs.mkdir(target, { recursive: true });
  await git(target, "init", "-q", "--bare", "--initial-branch=main");
  await git(target, "config", "http.receivepack", "true");
  await git(target, "config", "gc.auto", "0");
  return target;
}

/** A bare remote seeded with one commit of `files` on `main`. */
export async function seededRemote(files: Record<string, string>, dir?: string): Promise<string> {
  const remote = await bareRemote(dir);
  const work = await tmpdir("capstan-seed-");
  await initRepo(work, files);
  await git(work, "push", "-q", remote, "main:main");
  await fs.rm(work, { recursive: true, force: true });
  return remote;
}

/** The sha of `ref` in `dir`, or undefined when it does not exist. */
export async function revParse(dir: string, ref: string): Promise<string | undefined> {
  const out = await gitWith(dir, ["rev-parse", "--verify", "-q", ref], { allowFailure: true });
  return out || undefined;
}

export async function rmrf(...dirs: string[]): Promise<void> {
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
}
