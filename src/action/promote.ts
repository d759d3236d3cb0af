/**
 * Action command `promote` (workflow_dispatch or a schedule): re-render `to` at the
 * source revisions `from` runs, push `capstan/promote/<from>-to-<to>` and open or
 * update its pull request. Outputs `pr-number`, `pr-url`, `changed`, `revision`,
 * `changed-apps`; the job summary carries the pull request's body.
 */
import * as core from "@actions/core";
import { sourceIdentity } from "../flows/shared/identity.ts";
import { promote, promoteLines } from "../flows/promote/promote.ts";
import { UsageError } from "../core/errors.ts";
import { envRepoLocation, type Inputs } from "./inputs.ts";
import { actionReporter } from "./reporter.ts";
import { readConfigFile } from "../adapters/source-files.ts";
import { loadConfig } from "../core/config.ts";

export async function promoteCommand(inputs: Inputs): Promise<void> {
  if (!inputs.from || !inputs.to)
    throw new UsageError("command promote needs the inputs from and to (environment names)");
  const reporter = actionReporter();
  const id = await sourceIdentity(inputs.source, { sourceRepo: inputs.sourceRepo });
  const configured = loadConfig(readConfigFile(inputs.source)).envRepo.url;
  const envRepo =
    inputs.envRepo ??
    (configured ? envRepoLocation(configured, inputs.serverUrl, inputs.source) : undefined);
  const r = await promote(
    {
      source: inputs.source,
      envRepo,
      from: inputs.from,
      to: inputs.to,
      apps: inputs.apps,
      revision: inputs.revision,
      push: !inputs.dryRun,
      token: inputs.token,
      sourceRepo: id.sourceRepo,
      committer: inputs.committer,
      frozen: inputs.frozen,
      github: { apiUrl: inputs.githubApiUrl, serverUrl: inputs.serverUrl },
    },
    reporter,
  );
  for (const line of promoteLines(r)) core.info(line);
  const changed = r.status === "proposed";
  core.setOutput("changed", String(changed));
  core.setOutput("pr-number", r.pr?.number !== undefined ? String(r.pr.number) : "");
  core.setOutput("pr-url", r.pr?.url ?? "");
  core.setOutput("revision", r.revision ?? "");
  core.setOutput(
    "changed-apps",
    JSON.stringify(
      r.diffs.map((d) => ({
        env: d.env,
        app: d.app,
        added: d.added,
        changed: d.changed,
        removed: d.removed,
      })),
    ),
  );
  if (process.env.GITHUB_STEP_SUMMARY) {
    const md = changed
      ? `## ${r.title}\n\n${r.pr?.url ? `Pull request: ${r.pr.url}\n\n` : ""}${r.body}`
      : `## ${r.from} → ${r.to}: nothing to promote\n\n${r.pr?.action === "closed" ? `Closed the stale pull request #${r.pr.number}.\n` : ""}`;
    await core.summary.addRaw(md, true).write();
  }
}
