/** Runs the CLI in-process with captured output (the same `main` bin/capstan.js runs). */
import { main } from "../../src/cli/main.ts";
import { formatProblem, type Problem } from "../../src/core/errors.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";

export interface CliResult {
  code: number;
  out: string[];
  notices: string[];
  problems: Problem[];
  /** every line, as a user would read it */
  text: string;
}

export async function runCli(args: string[]): Promise<CliResult> {
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
  process.stdout.write = ((s: string | Uint8Array) => (
    captured.push(String(s)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => (
    captured.push(String(s)),
    true
  )) as typeof process.stderr.write;
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
