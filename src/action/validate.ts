/** Action command `validate`: load, render in memory, report; writes nothing. */
import * as core from "@actions/core";
import { loadFromDir } from "../flows/shared/load.ts";
import { sourceIdentity } from "../flows/shared/identity.ts";
import { validateAll } from "../flows/validate/validate.ts";
import { selectEnvs } from "../flows/render/render-dir.ts";
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
