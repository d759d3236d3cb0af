/** Action command `render`: commit every autoDeploy environment to the env repo. */
import * as core from "@actions/core";
import { loadFromDir } from "../flows/shared/load.ts";
import { sourceIdentity } from "../flows/shared/identity.ts";
import { renderToRepo } from "../flows/render/render-repo.ts";
import { reportLines } from "../flows/shared/summary.ts";
import { UsageError } from "../core/common/errors.ts";
import { envRepoLocation, type Inputs } from "./inputs.ts";
import { setRenderOutputs } from "./outputs.ts";
import { actionReporter } from "./reporter.ts";

export async function renderCommand(inputs: Inputs): Promise<void> {
  const reporter = actionReporter();
  const id = await sourceIdentity(inputs.source, {
    sourceRepo: inputs.sourceRepo,
    commit: inputs.sourceCommit,
  });
  const src = await loadFromDir({ source: inputs.source, ...id, gitToken: inputs.token });
  const configured = src.config.envRepo.url;
  const envRepo =
    inputs.envRepo ??
    (configured ? envRepoLocation(configured, inputs.serverUrl, inputs.source) : undefined);
  if (!envRepo)
    throw new UsageError(
      "render needs the env repo: set input env-repo (owner/name or a URL) or envRepo.url in capstan.yaml",
    );
  const r = await renderToRepo(
    src,
    {
      envRepo,
      push: !inputs.dryRun,
      dryRun: inputs.dryRun,
      envs: inputs.environments,
      token: inputs.token,
      committer: inputs.committer,
      frozen: inputs.frozen,
      allowMassDeletion: inputs.allowMassDeletion,
      pruneRemovedEnvs: inputs.pruneRemovedEnvs,
      sourceDir: inputs.source,
      github: { apiUrl: inputs.githubApiUrl, serverUrl: inputs.serverUrl },
    },
    reporter,
  );
  for (const line of reportLines(r.reports)) core.info(line);
  await setRenderOutputs(r, id);
}
