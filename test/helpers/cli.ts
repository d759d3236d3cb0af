/**
 * The CLI in tests, three ways:
 * - `cli(...)`: in-process, the reporter captured; nothing reaches stdout (the test runner
 *   reports over the test file's stdout, so in-process runs must not print there);
 * - `runCli([...])`: in-process, and stdout/stderr writes captured too (for commands that
 *   print, e.g. `--help`); only for tests that run one at a time in their file;
 * - `cliProcess([...])`: `capstan …` from sources in a child process.
 */
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main.ts";
import { formatProblem, type Problem } from "../../src/core/common/errors.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";

export interface CliResult {
  code: number;
  out: string[];
  notices: string[];
  problems: Problem[];
  /** every line, as a user would read it */
  text: string;
}

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** Whether the write under way was made by capstan's code (a frame in src/), not the test runner. */
function fromCapstan(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = new Error().stack ?? "";
  Error.stackTraceLimit = limit;
  return stack.includes(SRC);
}

/** Whether a `runCli` is under way: it patches process.stdout, so two at once would lose output. */
let running = false;

export async function runCli(args: string[]): Promise<CliResult> {
  // Two overlapping calls would leave stdout patched by the first and the test runner's
  // output swallowed (the file then reports fewer tests, not a failure): refuse instead.
  if (running) throw new Error("runCli is already running: await one call before the next");
  running = true;
  try {
    return await runCliOnce(args);
  } finally {
    running = false;
  }
}

async function runCliOnce(args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const notices: string[] = [];
  const problems: Problem[] = [];
  const reporter: Reporter = {
    info: (l) => out.push(l),
    notice: (l) => notices.push(l),
    warn: (l) => notices.push(l),
    problems: (ps) => problems.push(...ps),
  };
  const origOut = process.stdout.write.bind(process.stdout);
  const origErr = process.stderr.write.bind(process.stderr);
  const captured: string[] = [];
  // Only capstan's own writes are captured: the test runner reports the previous test on
  // this same stdout while the call is under way, and its report must reach the runner.
  const capture = (orig: typeof process.stdout.write) =>
    ((...a: Parameters<typeof process.stdout.write>) => {
      if (!fromCapstan()) return orig(...a);
      captured.push(String(a[0]));
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(origOut);
  process.stderr.write = capture(origErr);
  let code: number;
  try {
    code = await main(args, { reporter });
  } finally {
    process.stdout.write = origOut;
    process.stderr.write = origErr;
  }
  const text = [...captured, ...out, ...notices, ...problems.map(formatProblem)].join("\n");
  return { code, out: [...captured, ...out], notices, problems, text };
}

export interface CliRun {
  code: number;
  info: string[];
  problems: Problem[];
}

export async function cli(...argv: string[]): Promise<CliRun> {
  const run: CliRun = { code: 0, info: [], problems: [] };
  const reporter: Reporter = {
    info: (l) => run.info.push(l),
    notice: (l) => run.info.push(`notice: ${l}`),
    warn: (l) => run.info.push(`warning: ${l}`),
    problems: (ps) => run.problems.push(...ps),
  };
  run.code = await main(argv, { reporter });
  return run;
}

const repo = join(import.meta.dirname, "../..");

/** `capstan …` from sources in a child process. */
export function cliProcess(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", join(repo, "scripts/dev.ts"), ...argv], {
      cwd: opts.cwd ?? repo,
      env: { ...process.env, ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    p.on("error", reject);
    p.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
