/**
 * The Action: inputs read once into a typed object, a command run, outputs
 * set, exactly one setFailed.
 */
import * as core from "@actions/core";
import { CapstanError, UserError, formatProblem } from "../core/errors.ts";
import { readInputs, type Inputs } from "./inputs.ts";
import { loadFromDir } from "../commands/load.ts";
import { sourceIdentity } from "../commands/identity.ts";
import { validateAll } from "../commands/validate.ts";
import { selectEnvs } from "../commands/render-dir.ts";
import type { Reporter } from "../commands/reporter.ts";

export function actionReporter(): Reporter {
  return {
    info: (l) => core.info(l),
    notice: (l) => core.notice(l),
    warn: (l) => core.warning(l),
    problems: (ps) => {
      for (const p of ps)
        core.error(p.message, {
          file: p.file,
          startLine: p.line,
          startColumn: p.col,
          title: p.capability ? `capstan (${p.capability})` : "capstan",
        });
      core.info(ps.map(formatProblem).join("\n"));
    },
  };
}

export async function run(): Promise<void> {
  const reporter = actionReporter();
  try {
    const inputs: Inputs = readInputs();
    for (const s of inputs.secrets) core.setSecret(s);
    const id = await sourceIdentity(inputs.source, {
      sourceRepo: inputs.sourceRepo,
      commit: inputs.sourceCommit,
    });
    const src = loadFromDir({ source: inputs.source, ...id });
    switch (inputs.command) {
      case "validate": {
        const n = await validateAll(
          src,
          selectEnvs(src, inputs.environments),
          { frozen: inputs.frozen },
          reporter,
        );
        core.info(`valid: ${src.apps.length} application(s), ${n} object(s)`);
        core.setOutput("changed", "false");
        return;
      }
      default:
        throw new CapstanError(`command "${inputs.command}" is not available in this build`);
    }
  } catch (e) {
    if (e instanceof UserError) {
      reporter.problems(e.problems);
      core.setFailed(`${e.problems.length} error(s); nothing was committed`);
    } else if (e instanceof CapstanError) core.setFailed(e.message);
    else
      core.setFailed(
        `capstan crashed (a bug — please report it): ${(e as Error).stack ?? String(e)}`,
      );
  }
}
