/** Action command `validate`: load, render in memory, report; writes nothing. */
import * as core from "@actions/core";
import { loadFromDir } from "../commands/load.ts";
import { sourceIdentity } from "../commands/identity.ts";
import { validateAll } from "../commands/validate.ts";
import { selectEnvs } from "../commands/render-dir.ts";
import type { Inputs } from "./inputs.ts";
import { actionReporter } from "./reporter.ts";

export async function validateCommand(inputs: Inputs): Promise<void> {
  const id = await sourceIdentity(inputs.source, {
    sourceRepo: inputs.sourceRepo,
    commit: inputs.sourceCommit,
  });
  const src = await loadFromDir({ source: inputs.source, ...id, gitToken: inputs.token });
  const n = await validateAll(
    src,
    selectEnvs(src, inputs.environments),
    { frozen: inputs.frozen },
    actionReporter(),
  );
  core.info(`valid: ${src.apps.length} application(s), ${n} object(s)`);
  core.setOutput("changed", "false");
}
