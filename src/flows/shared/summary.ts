/** What a render run did, as text lines (CLI) and a Markdown table (the Action's job summary). */
import type { AppOutcome } from "../../core/plan/plan.ts";

export type EnvStatus =
  | "committed" // a new commit on the environment's branch
  | "proposed" // a new commit on the approval branch (a pull request)
  | "unchanged" // nothing to commit
  | "skipped-older" // the env already holds the render of a newer source commit
  | "would-commit" // dry run
  | "pruned"; // an environment removed from capstan.yaml, pruned

export interface EnvReport {
  env: string;
  /** The branch the commit went (or would go) to. */
  branch: string;
  status: EnvStatus;
  apps: AppOutcome[];
  commit?: string;
  /** Pull request of an approval environment. */
  pr?: { number?: number; url?: string; action: string };
  /** Link to the commit on the env repo's web UI. */
  commitUrl?: string;
}

/** `+2 ~1 −0`: objects added, changed, removed. */
export function objectCounts(a: AppOutcome): string {
  return `+${a.added.length} ~${a.changed.length} −${a.removed.length}`;
}

/** Apps named per environment in the log line; the job summary lists every one. */
const LOG_APPS = 10;

export function reportLines(reports: EnvReport[]): string[] {
  return reports.map((r) => {
    const changed = r.apps.filter((a) => a.change !== "unchanged");
    // As `render --out` prints it: the first ten apps, then how many more.
    const named = changed
      .slice(0, LOG_APPS)
      .map((a) => `${a.name} ${a.change} (${objectCounts(a)})`);
    if (changed.length > LOG_APPS) named.push(`and ${changed.length - LOG_APPS} more`);
    const apps = changed.length ? ` — ${named.join(", ")}` : "";
    const where = r.commit ? ` ${r.branch}@${r.commit.slice(0, 7)}` : ` ${r.branch}`;
    const pr = r.pr?.url ? ` ${r.pr.url}` : "";
    return `${r.env}: ${r.status}${where}${apps}${pr}`;
  });
}

const STATUS_TEXT: Record<EnvStatus, string> = {
  committed: "committed",
  proposed: "pull request",
  unchanged: "unchanged",
  "skipped-older": "skipped (newer render present)",
  "would-commit": "would commit (dry run)",
  pruned: "pruned (removed from capstan.yaml)",
};

/** The job summary: one row per environment × changed app, one row for an env with none. */
export function summaryMarkdown(
  reports: EnvReport[],
  source: { sourceRepo: string; commit: string },
): string {
  const rows: string[] = [];
  for (const r of reports) {
    const commit = r.commit
      ? r.commitUrl
        ? `[\`${r.commit.slice(0, 7)}\`](${r.commitUrl})`
        : `\`${r.commit.slice(0, 7)}\``
      : "";
    const status = r.pr?.url ? `[${STATUS_TEXT[r.status]}](${r.pr.url})` : STATUS_TEXT[r.status];
    const changed = r.apps.filter((a) => a.change !== "unchanged");
    if (!changed.length) rows.push(`| ${r.env} | — | | | ${status} | ${commit} |`);
    for (const a of changed)
      rows.push(
        `| ${r.env} | ${a.name} | ${a.change} | ${objectCounts(a)} | ${status} | ${commit} |`,
      );
  }
  return [
    `### capstan render of ${source.sourceRepo}@${source.commit.slice(0, 7)}`,
    "",
    "| environment | app | change | objects (+added ~changed −removed) | result | commit |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
