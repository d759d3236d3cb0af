/**
 * Runs the CLI in-process (reporter captured) or as a child process (stdout
 * captured). In-process runs must not print to stdout: the test runner reports
 * over the test file's stdout.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main.ts";
import type { Problem } from "../../src/core/errors.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";

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
