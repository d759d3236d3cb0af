/** The render command's step outputs and job summary. */
import * as core from "@actions/core";
import type { RenderRepoResult } from "../flows/render/render-repo.ts";
import { summaryMarkdown } from "../flows/shared/summary.ts";

export interface ChangedApp {
  env: string;
  app: string;
  added: number;
  changed: number;
  removed: number;
}

export interface RenderOutputs {
  /** env → sha of the commit this run made (or the approval branch holds) */
  commits: Record<string, string>;
  /** apps added, changed or removed, with object counts (the same shape preview outputs) */
  changedApps: ChangedApp[];
  /** env → pull request URL (approval environments) */
  pullRequests: Record<string, string>;
  changed: boolean;
}

export function renderOutputs(r: RenderRepoResult): RenderOutputs {
  const commits: Record<string, string> = {};
  const changedApps: ChangedApp[] = [];
  const pullRequests: Record<string, string> = {};
  for (const e of r.reports) {
    if (e.commit) commits[e.env] = e.commit;
    if (e.status !== "unchanged" && e.status !== "skipped-older")
      for (const a of e.apps)
        if (a.change !== "unchanged")
          changedApps.push({
            env: e.env,
            app: a.name,
            added: a.added.length,
            changed: a.changed.length,
            removed: a.removed.length,
          });
    if (e.pr?.url) pullRequests[e.env] = e.pr.url;
  }
  return {
    commits,
    changedApps,
    pullRequests,
    changed: Object.keys(commits).length > 0 || changedApps.length > 0,
  };
}

export async function setRenderOutputs(
  r: RenderRepoResult,
  source: { sourceRepo: string; commit: string },
): Promise<RenderOutputs> {
  const o = renderOutputs(r);
  core.setOutput("commits", JSON.stringify(o.commits));
  core.setOutput("changed-apps", JSON.stringify(o.changedApps));
  core.setOutput("pull-requests", JSON.stringify(o.pullRequests));
  core.setOutput("changed", String(o.changed));
  if (process.env.GITHUB_STEP_SUMMARY) {
    let md = summaryMarkdown(r.reports, source);
    if (r.mode === "dry-run") md += "\n_Dry run: nothing was committed._\n";
    if (r.removedEnvs.length)
      md += `\nEnvironments removed from capstan.yaml but present in the env repo: ${r.removedEnvs.join(", ")}\n`;
    await core.summary.addRaw(md).write();
  }
  return o;
}
