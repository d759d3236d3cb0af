/** Where commands say what they did. The CLI prints; the Action also annotates and summarises. */
import { formatProblem, type Problem } from "../../core/common/errors.ts";

export interface Reporter {
  info(line: string): void;
  notice(line: string): void;
  warn(line: string): void;
  /** A user error's problems, one per line, before the command exits 1. */
  problems(ps: Problem[]): void;
}

export function consoleReporter(
  opts: {
    quiet?: boolean;
    out?: (s: string) => void;
    err?: (s: string) => void;
    /** the command writes files: its error count says nothing was (validate, diff: false) */
    writes?: boolean;
  } = {},
): Reporter {
  const out = opts.out ?? ((s: string) => process.stdout.write(s + "\n"));
  const err = opts.err ?? ((s: string) => process.stderr.write(s + "\n"));
  return {
    info: (l) => {
      if (!opts.quiet) out(l);
    },
    notice: (l) => {
      if (!opts.quiet) err(`notice: ${l}`);
    },
    warn: (l) => err(`warning: ${l}`),
    problems: (ps) => {
      for (const p of ps) err(`error: ${formatProblem(p)}`);
      const n = `${ps.length} error${ps.length === 1 ? "" : "s"}`;
      err(opts.writes === false ? n : `${n}; nothing was written`);
    },
  };
}
