/**
 * Action command `promote` (workflow_dispatch or a schedule): re-render each target at the
 * source revisions `from` runs — once its gates pass — and open or update its pull request
 * (or, autoPromote, push it). Outputs `changed`, `verified`, `pr-number`, `pr-url`,
 * `revision` (JSON maps keyed by target when there are several), `changed-apps`; the job
 * summary carries each pull request's body or the gates that did not pass.
 */
import * as core from "@actions/core";
import { sourceIdentity } from "../flows/shared/identity.ts";
import { promoteLines, type PromoteResult } from "../flows/promote/promote.ts";
import { promoteFanOut } from "../flows/promote/fan-out.ts";
import { verificationMarkdown } from "../flows/promote/verify.ts";
import { UsageError } from "../core/common/errors.ts";
import { envRepoLocation, type Inputs } from "./inputs.ts";
import { actionReporter } from "./reporter.ts";
import { readConfigFile } from "../adapters/source-files.ts";
import { loadConfig } from "../core/model/config.ts";

export async function promoteCommand(inputs: Inputs): Promise<void> {
  if (!inputs.from)
    throw new UsageError(
      "command promote needs the input from (and to, or every environment that promotes from it)",
    );
  const reporter = actionReporter();
  const id = await sourceIdentity(inputs.source, { sourceRepo: inputs.sourceRepo });
  const configured = loadConfig(readConfigFile(inputs.source)).envRepo.url;
  const envRepo =
    inputs.envRepo ??
    (configured ? envRepoLocation(configured, inputs.serverUrl, inputs.source) : undefined);
  const results = await promoteFanOut(
    {
      source: inputs.source,
      envRepo,
      from: inputs.from,
      to: inputs.to,
      apps: inputs.apps,
      revision: inputs.revision,
      force: inputs.force,
      push: !inputs.dryRun,
      token: inputs.token,
      sourceRepo: id.sourceRepo,
      committer: inputs.committer,
      frozen: inputs.frozen,
      github: { apiUrl: inputs.githubApiUrl, serverUrl: inputs.serverUrl },
    },
    reporter,
  );
  for (const r of results) for (const line of promoteLines(r)) core.info(line);
  setOutputs(results);
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(results.map(summaryOf).join("\n"), true).write();
}

/** One target: plain values; several: JSON objects keyed by target (action.yml says so). */
function setOutputs(results: PromoteResult[]): void {
  const per = (f: (r: PromoteResult) => string): string =>
    results.length === 1
      ? f(results[0]!)
      : JSON.stringify(Object.fromEntries(results.map((r) => [r.to, f(r)])));
  core.setOutput("changed", String(results.some((r) => r.status === "proposed")));
  core.setOutput(
    "verified",
    per((r) => String(r.verification?.verified ?? true)),
  );
  core.setOutput(
    "pr-number",
    per((r) => (r.pr?.number !== undefined ? String(r.pr.number) : "")),
  );
  core.setOutput(
    "pr-url",
    per((r) => r.pr?.url ?? ""),
  );
  core.setOutput(
    "revision",
    per((r) => r.revision ?? ""),
  );
  core.setOutput(
    "changed-apps",
    JSON.stringify(
      results.flatMap((r) =>
        r.diffs.map((d) => ({
          env: d.env,
          app: d.app,
          added: d.added,
          changed: d.changed,
          removed: d.removed,
        })),
      ),
    ),
  );
}

function summaryOf(r: PromoteResult): string {
  if (r.status === "unverified")
    return (
      `## ${r.from} → ${r.to}: not verified, nothing promoted\n\n` +
      `${verificationMarkdown(r.verification!)}\n` +
      `Run again once the gates pass (a \`schedule:\` does), or with \`force: true\`.\n`
    );
  if (r.status === "nothing-to-promote")
    return `## ${r.from} → ${r.to}: nothing to promote\n\n${r.pr?.action === "closed" ? `Closed the stale pull request #${r.pr.number}.\n` : ""}`;
  const where = r.direct
    ? `Pushed to \`${r.base}\` (autoPromote): ${r.commit}\n\n`
    : r.pr?.url
      ? `Pull request: ${r.pr.url}\n\n`
      : "";
  return `## ${r.title}\n\n${where}${r.body}`;
}
