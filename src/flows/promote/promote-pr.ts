/**
 * The words of a promotion: the branch, the commit message, the pull request's title
 * and body (a short header, the source commits it brings — or takes back — and the
 * preview report of the rendered difference, all within GitHub's 65,536 characters).
 */
import type { LogEntry } from "../../adapters/source-repo.ts";
import {
  COMMENT_LIMIT,
  renderMarkdown,
  short,
  type ReportInput,
} from "../../core/preview/report.ts";
import type { AppOutcome } from "../../core/plan/plan.ts";
import { changedApps, trailers } from "../shared/commit-message.ts";
import { objectCounts } from "../shared/summary.ts";
import { verificationMarkdown, type Verification } from "./verify.ts";

export const PROMOTION_LABEL = "capstan:promotion";
export const PROMOTE_PREFIX = "capstan/promote/";
/** At most this many source commits are listed; the rest are counted. */
const MAX_COMMITS = 50;
/** At most this many app rows in the header table (the report below names every app). */
const MAX_ROWS = 50;

export function promotionBranch(from: string, to: string): string {
  return `${PROMOTE_PREFIX}${from}-to-${to}`;
}

export interface PromotionWords {
  from: string;
  to: string;
  sourceRepo: string;
  /** the newest source commit `to` will run */
  revision: string;
  /** the newest source commit `to` runs now (undefined: nothing of this source yet) */
  current?: string;
  rollback: boolean;
  /** app → the source commit it is rendered at */
  commits: Map<string, string>;
  apps: AppOutcome[];
  /** commits between `current` and `revision` (for a rollback: the ones taken back) */
  log?: LogEntry[];
  /** `https://github.com/<source repo>` for commit links */
  sourceUrl?: string;
  /** `to`'s gates as read (undefined: `to` has none) */
  verification?: Verification;
  /** promoted with `--force` although the gates did not pass */
  forced?: boolean;
  /** the drift section (drift.ts), "" or undefined when there is none */
  drift?: string;
}

const verb = (w: PromotionWords): string => (w.rollback ? "Rollback" : "Promote");

export function promotionTitle(w: PromotionWords): string {
  const n = changedApps(w.apps).length;
  return `${verb(w)} ${w.from} → ${w.to}: ${short(w.revision)} (${n} app${n === 1 ? "" : "s"})`;
}

export function promotionCommitMessage(w: PromotionWords): string {
  const lines = changedApps(w.apps).map(
    (a) =>
      `- ${a.name}: ${a.change}${w.commits.has(a.name) ? ` at ${short(w.commits.get(a.name)!)}` : ""} (${objectCounts(a)})`,
  );
  const subject = `${w.rollback ? "rollback" : "promote"} ${w.from} → ${w.to}: ${w.sourceRepo}@${short(w.revision)}`;
  return `${subject}\n\n${lines.join("\n")}\n\n${trailers({ sourceRepo: w.sourceRepo, commit: w.revision })}`;
}

function commitRef(sha: string, w: PromotionWords): string {
  return w.sourceUrl ? `[\`${short(sha)}\`](${w.sourceUrl}/commit/${sha})` : `\`${short(sha)}\``;
}

function escape(s: string): string {
  return s.replace(/[<>&]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&amp;"));
}

/** The header: what is promoted, at which commits, and the source commits it brings. */
export function promotionHeader(w: PromotionWords): string {
  const out: string[] = [];
  const src = `${w.sourceRepo}@${commitRef(w.revision, w)}`;
  if (w.forced)
    out.push(
      `> ⚠️ **Forced**: promoted with \`--force\` although the gates of \`${w.to}\` did not pass` +
        ` (${forcedWhy(w.verification)}). See Verification below.`,
      "",
    );
  if (w.rollback)
    out.push(
      `**Rollback** of \`${w.to}\` to ${src}, asked for explicitly with \`--revision\`: ` +
        `\`${w.to}\` now runs ${commitRef(w.current!, w)}, a newer revision. Merge to roll back.`,
    );
  else
    out.push(
      `**Promotion** of \`${w.from}\` → \`${w.to}\`: ${src}` +
        (w.current ? ` (\`${w.to}\` now runs ${commitRef(w.current, w)})` : ` (first promotion)`) +
        `. Merge to deploy.`,
    );
  out.push("");
  const changed = changedApps(w.apps);
  if (changed.length) {
    out.push("| app | change | rendered at | objects |", "|---|---|---|---|");
    for (const a of changed.slice(0, MAX_ROWS))
      out.push(
        `| \`${a.name}\` | ${a.change} | ${w.commits.has(a.name) ? commitRef(w.commits.get(a.name)!, w) : "—"} | ${objectCounts(a)} |`,
      );
    if (changed.length > MAX_ROWS) out.push(`| … ${changed.length - MAX_ROWS} more | | | |`);
    out.push("");
  }
  if (w.log) {
    const what = w.rollback ? "taken back by this rollback" : "brought by this promotion";
    if (!w.log.length) out.push(`No source commits ${what}.`, "");
    else {
      out.push(
        `<details><summary>${w.log.length} source commit${w.log.length === 1 ? "" : "s"} ${what}</summary>`,
        "",
      );
      for (const c of w.log.slice(0, MAX_COMMITS))
        out.push(
          `- ${commitRef(c.sha, w)} ${escape(c.subject.length > 120 ? `${c.subject.slice(0, 119)}…` : c.subject)}`,
        );
      if (w.log.length > MAX_COMMITS) out.push(`- … and ${w.log.length - MAX_COMMITS} more`);
      out.push("", "</details>", "");
    }
  }
  if (w.verification) out.push(verificationMarkdown(w.verification));
  if (w.drift) out.push(w.drift);
  out.push("---", "");
  return out.join("\n");
}

function forcedWhy(v: Verification | undefined): string {
  if (!v) return "not verified";
  if (v.unchecked) return "not checked: no GitHub API";
  const failed = v.gates
    .filter((g) => g.state !== "success")
    .map((g) => `${g.pattern}: ${g.state}`);
  if (v.minAge && !v.minAge.ok) failed.push(`minAge ${v.minAge.required} not reached`);
  return failed.join("; ");
}

/** Title and body; the body never exceeds `limit` (GitHub's 65,536 characters). */
export function promotionPr(
  w: PromotionWords,
  report: ReportInput,
  opts: { limit?: number; fullReport?: string } = {},
): { title: string; body: string } {
  const limit = opts.limit ?? COMMENT_LIMIT;
  // Bounded by construction (50 app rows, 50 commits, subjects cut at 120 characters).
  const header = promotionHeader(w);
  const md = renderMarkdown(report, {
    limit: limit - header.length,
    fullReport: opts.fullReport ?? "the job summary",
  });
  const footer = "\n_This branch is rewritten by every promotion run; review the latest push._\n";
  const body =
    header + md.body + (header.length + md.body.length + footer.length <= limit ? footer : "");
  return { title: promotionTitle(w), body };
}
