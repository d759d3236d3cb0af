/** Action command `render`: commit every autoDeploy environment to the env repo. */
import * as core from "@actions/core";
import { loadFromDir } from "../flows/shared/load.ts";
import { sourceIdentity } from "../flows/shared/identity.ts";
import {
  renderToRepo,
  startEnvRepo,
  type EnvRepoStart,
  type RenderRepoOptions,
} from "../flows/render/render-repo.ts";
import type { Config } from "../core/model/config.ts";
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
  const options = (envRepo: string): RenderRepoOptions => ({
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
  });
  const locate = (config: Config): string | undefined => {
    const configured = config.envRepo.url;
    return (
      inputs.envRepo ??
      (configured ? envRepoLocation(configured, inputs.serverUrl, inputs.source) : undefined)
    );
  };
  // As the CLI does: the env repo is opened and fetched while the source loads, and the
  // environments' states spare parsing the unchanged Application files.
  let started: EnvRepoStart | undefined;
  const onConfig = (config: Config): void => {
    try {
      const early = locate(config);
      if (early) started = startEnvRepo(config, id.sourceRepo, options(early));
    } catch {
      // a bad location is reported below, in its order
    }
  };
  let src, envRepo;
  try {
    src = await loadFromDir({
      source: inputs.source,
      ...id,
      gitToken: inputs.token,
      onConfig,
      previousStates: () => started?.states,
    });
    envRepo = locate(src.config);
    if (!envRepo)
      throw new UsageError(
        "render needs the env repo: set input env-repo (owner/name or a URL) or envRepo.url in capstan.yaml",
      );
  } catch (e) {
    await started?.close(); // the env repo opened early: its temporary clone removed
    throw e;
  }
  const r = await renderToRepo(src, options(envRepo), reporter, started);
  for (const line of reportLines(r.reports)) core.info(line);
  await setRenderOutputs(r, id);
}
