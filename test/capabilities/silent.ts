/** A reporter that keeps what commands say, for assertions. */
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { formatProblem } from "../../src/core/common/errors.ts";

export function memoryReporter(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (l) => lines.push(l),
    notice: (l) => lines.push(`notice: ${l}`),
    warn: (l) => lines.push(`warning: ${l}`),
    problems: (ps) => lines.push(...ps.map((p) => `error: ${formatProblem(p)}`)),
  };
}
