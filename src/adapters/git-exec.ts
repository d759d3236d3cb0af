/**
 * The one way capstan runs git: simple-git with a fixed, explicit environment.
 *
 * - Credentials are never put in argv or in a URL: an HTTP token travels as a
 *   `http.<origin>/.extraHeader` set through `GIT_CONFIG_COUNT/KEY/VALUE` env vars,
 *   scoped to the remote's origin so it is never sent to another host.
 * - Every non-zero exit becomes a `GitExit` carrying the exit code, stdout and
 *   stderr, all passed through `redact()` so no secret survives in a message.
 * - `GIT_TERMINAL_PROMPT=0`: git never waits for a password on a terminal.
 */
import { GitError, simpleGit, type SimpleGitOptions } from "simple-git";

/** A git process that exited non-zero (already redacted). */
export class GitExit extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ""} failed (exit ${exitCode}): ${(stderr || stdout).trim()}`);
    this.name = "GitExit";
  }
}

/** What a failed git call said, for an error message (GitExit output is already redacted). */
export function gitFailureDetail(e: unknown): string {
  const detail =
    e instanceof GitExit
      ? (e.stderr || e.stdout).trim()
      : e instanceof Error
        ? e.message
        : String(e);
  return detail || "unknown error";
}

/** Replace every secret, and the base64 forms an HTTP header would carry, with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secretForms(secrets)) out = out.split(s).join("***");
  return out;
}

function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s.length < 4) continue;
    forms.add(s);
    forms.add(basicAuthValue(s));
    forms.add(Buffer.from(s).toString("base64"));
    forms.add(encodeURIComponent(s));
  }
  // Longest first, so a token inside its own base64 header form is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

/** `base64(x-access-token:TOKEN)`, the Basic credentials GitHub accepts for git over HTTPS. */
export function basicAuthValue(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}

/** `scheme://host[:port]` of an http(s) URL, or undefined for paths, file:// and ssh. */
export function httpOrigin(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return undefined;
  }
}

/** The URL without any `user:password@` part, plus the password if there was one. */
export function stripUserinfo(url: string): { url: string; password?: string } {
  if (!/^https?:\/\//i.test(url)) return { url };
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return { url };
    const password = u.password ? decodeURIComponent(u.password) : undefined;
    u.username = "";
    u.password = "";
    return password === undefined ? { url: u.toString() } : { url: u.toString(), password };
  } catch {
    return { url };
  }
}

/**
 * Variables of the operator's own environment that simple-git guards (they can make git
 * run programs). They come from whoever started capstan, not from specs, so they are
 * passed through, with simple-git told they are allowed. Pager and editor variables are
 * dropped instead: capstan never pages and never opens an editor.
 */
const PASS_THROUGH_GUARDED: Record<string, keyof NonNullable<SimpleGitOptions["unsafe"]>> = {
  GIT_ASKPASS: "allowUnsafeAskPass",
  SSH_ASKPASS: "allowUnsafeAskPass",
  GIT_SSH: "allowUnsafeSshCommand",
  GIT_SSH_COMMAND: "allowUnsafeSshCommand",
  GIT_CONFIG_GLOBAL: "allowUnsafeConfigPaths",
  GIT_CONFIG_SYSTEM: "allowUnsafeConfigPaths",
  GIT_CONFIG: "allowUnsafeConfigPaths",
  GIT_EXEC_PATH: "allowUnsafeConfigPaths",
  PREFIX: "allowUnsafeConfigPaths",
  GIT_PROXY_COMMAND: "allowUnsafeGitProxy",
  GIT_EXTERNAL_DIFF: "allowUnsafeDiffExternal",
  GIT_TEMPLATE_DIR: "allowUnsafeTemplateDir",
};
const DROPPED = new Set([
  "PAGER",
  "GIT_PAGER",
  "EDITOR",
  "GIT_EDITOR",
  "GIT_SEQUENCE_EDITOR",
  "VISUAL",
]);

export interface GitRunnerOptions {
  /** Working directory of every git call. */
  cwd: string;
  /** Extra environment (e.g. pinned dates in tests, committer identity). */
  env?: Record<string, string>;
  /** An HTTP token and the origin it is sent to. */
  auth?: { token: string; origin: string };
  /** Strings scrubbed from every error. */
  secrets?: readonly string[];
}

export type GitRunner = (args: readonly string[]) => Promise<string>;

/**
 * The environment of every git process: the caller's, minus pager and editor variables,
 * plus `opts.env`, no terminal prompts, and the token as an origin-scoped extra header.
 */
export function gitEnvironment(opts: GitRunnerOptions): {
  env: Record<string, string>;
  unsafe: NonNullable<SimpleGitOptions["unsafe"]>;
} {
  const env: Record<string, string> = {};
  const unsafe: NonNullable<SimpleGitOptions["unsafe"]> = { allowUnsafeConfigEnvCount: true };
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || DROPPED.has(k.toUpperCase())) continue;
    env[k] = v;
    const guard = PASS_THROUGH_GUARDED[k.toUpperCase()];
    if (guard) unsafe[guard] = true;
  }
  Object.assign(env, opts.env ?? {});
  env.GIT_TERMINAL_PROMPT = "0";
  env.GCM_INTERACTIVE = "never";
  if (opts.auth) {
    // Append after any GIT_CONFIG_* entries the environment already carries.
    const n = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
    env[`GIT_CONFIG_KEY_${n}`] = `http.${opts.auth.origin}/.extraheader`;
    env[`GIT_CONFIG_VALUE_${n}`] = `Authorization: Basic ${basicAuthValue(opts.auth.token)}`;
    env.GIT_CONFIG_COUNT = String(n + 1);
  }
  return { env, unsafe };
}

/** Every string scrubbed from a runner's errors: the given secrets and the token. */
export function runnerSecrets(opts: GitRunnerOptions): string[] {
  return [...(opts.secrets ?? []), ...(opts.auth ? [opts.auth.token] : [])];
}

/** A runner that resolves with stdout, or rejects with a redacted `GitExit`. */
export function gitRunner(opts: GitRunnerOptions): GitRunner {
  const secrets = runnerSecrets(opts);
  const { env, unsafe } = gitEnvironment(opts);
  const git = simpleGit({
    baseDir: opts.cwd,
    maxConcurrentProcesses: 4,
    trimmed: false,
    unsafe,
    errors(error, result) {
      if (result.exitCode === 0 && !error) return undefined;
      const text = (bufs: Buffer[]): string =>
        redact(Buffer.concat(bufs).toString("utf8"), secrets);
      const stderr =
        error instanceof Error && !result.stdErr.length ? error.message : text(result.stdErr);
      return new RawExit(result.exitCode || 1, text(result.stdOut), redact(stderr, secrets));
    },
  }).env(env);
  return async (args) => {
    try {
      return await git.raw([...args]);
    } catch (e) {
      if (e instanceof RawExit) throw new GitExit(args, e.exitCode, e.stdout, e.stderr);
      const message = e instanceof Error ? e.message : String(e);
      throw new GitExit(args, 1, "", redact(message, secrets));
    }
  };
}

/**
 * What the simple-git error hook hands back; turned into a `GitExit` with its argv.
 * A `GitError` subclass, because simple-git re-wraps (and flattens) any other error.
 */
class RawExit extends GitError {
  constructor(
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(undefined, stderr || stdout);
  }
}
