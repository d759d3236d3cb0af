/**
 * Action command `preview` (pull_request events): render the PR's merge base and
 * head, keep one sticky comment per source path, write the full report to the job
 * summary and to a file, set `changed`, `changed-apps`, `report-path`. Spec errors
 * are listed in the comment and then fail the check with annotations.
 */
import * as core from "@actions/core";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { UsageError, UserError } from "../core/common/errors.ts";
import {
  COMMENT_LIMIT,
  renderMarkdown,
  SUMMARY_LIMIT,
  utf8Length,
} from "../core/preview/report.ts";
import { reachText } from "../core/preview/report-format.ts";
import { GitHubApi, stickyMarker } from "../adapters/github.ts";
import { changedAppCounts, computePreview } from "../flows/preview/diff.ts";
import type { Inputs } from "./inputs.ts";
import { actionReporter } from "./reporter.ts";

export interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  fork: boolean;
}

/** The parts of a `pull_request` event payload the preview needs. */
export function readPullRequestEvent(
  path: string | undefined,
  name: string | undefined,
): PullRequestEvent {
  if (!path)
    throw new UsageError("preview runs on pull_request events: GITHUB_EVENT_PATH is not set");
  const payload = JSON.parse(readFileSync(path, "utf8")) as {
    pull_request?: {
      number?: number;
      base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
      head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    };
  };
  const pr = payload.pull_request;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha)
    throw new UsageError(
      `preview runs on pull_request events (this is "${name ?? "unknown"}"); for pull requests from forks see the workflow_run pattern in docs/workflows/preview.yml`,
    );
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    baseRef: pr.base.ref ?? pr.base.sha,
    headRef: pr.head.ref ?? pr.head.sha,
    fork: (pr.head.repo?.full_name ?? "") !== (pr.base.repo?.full_name ?? ""),
  };
}

export async function previewCommand(inputs: Inputs): Promise<void> {
  const ev = readPullRequestEvent(process.env.GITHUB_EVENT_PATH, process.env.GITHUB_EVENT_NAME);
  const repo = process.env.GITHUB_REPOSITORY ?? "";
  const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const source = inputs.previewSource.replace(/^\.\/+/, "").replace(/\/+$/, "") || ".";
  const reporter = actionReporter();
  const r = await computePreview(
    {
      source: inputs.source,
      base: ev.baseSha,
      head: ev.headSha,
      frozen: inputs.frozen,
      capabilitiesFromBase: ev.fork ? ev.baseSha : undefined,
      sourceRepo: inputs.sourceRepo,
      blobBase: repo ? `${server}/${repo}/blob/${ev.headSha}/` : undefined,
    },
    reporter,
  );
  // Error links point at the head blob below the source folder.
  if (repo) r.report.blobBase = `${server}/${repo}/blob/${ev.headSha}/${r.prefix}`;
  r.report.base.label = ev.baseRef;
  r.report.head.label = `#${ev.number}`;
  if (ev.fork)
    r.report.notices.unshift(
      "pull request from a fork: capability packs, capstan.lock and the capabilities list come from the base branch",
    );

  const marker = stickyMarker(`preview:${source}`);
  const runUrl =
    repo && process.env.GITHUB_RUN_ID
      ? `${server}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;
  const where = runUrl ? `[the job summary](${runUrl})` : "the job summary";
  const comment = renderMarkdown(r.report, { limit: COMMENT_LIMIT, marker, fullReport: where });
  const full = renderMarkdown(r.report, {
    limit: Number.MAX_SAFE_INTEGER,
    groupNames: Number.MAX_SAFE_INTEGER,
  });
  const summary = renderMarkdown(r.report, {
    limit: SUMMARY_LIMIT - 4096,
    measure: utf8Length,
    fullReport: "the report file (output report-path)",
  });

  const dir = process.env.RUNNER_TEMP || tmpdir();
  const reportPath = join(
    dir,
    `capstan-preview-${createHash("sha256").update(source).digest("hex").slice(0, 12)}.md`,
  );
  writeFileSync(reportPath, full.body);
  // The comment-sized body too, for a workflow_run job that posts it for forks.
  writeFileSync(reportPath.replace(/\.md$/, ".comment.md"), comment.body);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary.body, true).write();

  const post = inputs.previewComment === "true" || (inputs.previewComment === "auto" && !ev.fork);
  if (post) {
    if (!inputs.token)
      throw new UsageError(
        "preview needs the token input to post its comment (or set comment: false)",
      );
    const [owner, name] = repo.split("/");
    if (!owner || !name) throw new UsageError("GITHUB_REPOSITORY is not set (owner/repo)");
    const gh = new GitHubApi({
      token: inputs.token,
      owner,
      repo: name,
      baseUrl: process.env.GITHUB_API_URL || undefined,
    });
    const action = await gh.upsertStickyComment(ev.number, `preview:${source}`, comment.body);
    core.info(`preview comment on #${ev.number}: ${action}`);
  } else {
    core.info(
      ev.fork
        ? "pull request from a fork: the comment is left to a workflow_run job (see docs/workflows/preview.yml); the report is in report-path"
        : "comment: false — the report is in report-path and the job summary",
    );
  }
  const apps = changedAppCounts(r.report.diffs);
  core.setOutput("changed", apps.length ? "true" : "false");
  core.setOutput("changed-apps", JSON.stringify(apps));
  core.setOutput("report-path", reportPath);
  const objects = comment.shown + comment.grouped + comment.named + comment.counted;
  core.info(
    apps.length
      ? `rendered changes in ${reachText(r.report.diffs)} (${apps.length} app × environment pairs, ${objects} objects); comment ${comment.body.length} chars: ${comment.shown} diffs shown covering ${comment.shown + comment.grouped} objects, ${comment.named} named, ${comment.counted} counted`
      : `no rendered change; comment ${comment.body.length} chars`,
  );
  if (r.report.problems.length) throw new UserError(r.report.problems);
}
