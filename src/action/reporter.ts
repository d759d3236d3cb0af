/** The Action's reporter: log lines, notices, and error annotations at file:line:col. */
import * as core from "@actions/core";
import { formatProblem } from "../core/common/errors.ts";
import type { Reporter } from "../flows/shared/reporter.ts";

export function actionReporter(): Reporter {
  return {
    info: (l) => core.info(l),
    notice: (l) => core.notice(l),
    warn: (l) => core.warning(l),
    problems: (ps) => {
      for (const p of ps)
        core.error(formatProblem(p), {
          file: p.file && !p.file.startsWith("<") ? p.file : undefined,
          startLine: p.line,
          startColumn: p.col,
          title: p.capability ? `capstan (${p.capability})` : "capstan",
        });
    },
  };
}
