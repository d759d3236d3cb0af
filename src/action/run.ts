/**
 * The Action: inputs read once into a typed object, a command run, outputs
 * set, exactly one setFailed. Each command lives in its own file under
 * src/action/ and receives the typed inputs, never core.getInput.
 */
import * as core from "@actions/core";
import { CapstanError, UserError } from "../core/common/errors.ts";
import { pathCounts, referenceLine, referenceMode } from "../reference-mode.ts";
import { readInputs, type Inputs } from "./inputs.ts";
import { actionReporter } from "./reporter.ts";
import { previewCommand } from "./preview.ts";
import { promoteCommand } from "./promote.ts";
import { renderCommand } from "./render.ts";
import { validateCommand } from "./validate.ts";

export type ActionCommandFn = (inputs: Inputs) => Promise<void>;

const HANDLERS: Record<string, ActionCommandFn> = {
  render: renderCommand,
  validate: validateCommand,
  preview: previewCommand,
  promote: promoteCommand,
};

export async function run(): Promise<void> {
  const reporter = actionReporter();
  const since = pathCounts();
  let command = "";
  try {
    const inputs: Inputs = readInputs();
    command = inputs.command;
    for (const s of inputs.secrets) core.setSecret(s);
    const handler = HANDLERS[inputs.command];
    if (!handler)
      throw new CapstanError(`command "${inputs.command}" is not available in this build`);
    await handler(inputs);
  } catch (e) {
    if (e instanceof UserError) {
      reporter.problems(e.problems);
      // validate and preview never commit: their count claims nothing
      const commits = command === "render" || command === "promote";
      core.setFailed(`${e.problems.length} error(s)${commits ? "; nothing was committed" : ""}`);
    } else if (e instanceof CapstanError) core.setFailed(e.message);
    else
      core.setFailed(
        `capstan crashed (a bug — please report it): ${(e as Error).stack ?? String(e)}`,
      );
  } finally {
    if (referenceMode()) process.stderr.write(referenceLine(since) + "\n");
  }
}
