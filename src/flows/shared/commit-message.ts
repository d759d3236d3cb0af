/**
 * The words of the render flow's commits and pull requests (docs/design.md, "The flows"):
 * `render <env>: <apps> from <repo>@<sha7>` plus the provenance trailers.
 */
import type { AppOutcome } from "../../core/plan/plan.ts";
import { objectCounts } from "./summary.ts";

export interface Provenance {
  sourceRepo: string;
  commit: string;
}

/** At most this many app names in a subject line; the rest are counted. */
const SUBJECT_APPS = 5;

export function changedApps(apps: AppOutcome[]): AppOutcome[] {
  return apps.filter((a) => a.change !== "unchanged");
}

/** `shop, orders` / `a, b, c, d, e and 3 more`; removed apps are marked. */
export function appsLabel(apps: AppOutcome[]): string {
  const names = changedApps(apps).map((a) => (a.change === "removed" ? `-${a.name}` : a.name));
  if (!names.length) return "state";
  if (names.length <= SUBJECT_APPS) return names.join(", ");
  return `${names.slice(0, SUBJECT_APPS).join(", ")} and ${names.length - SUBJECT_APPS} more`;
}

export function subject(env: string, apps: AppOutcome[], p: Provenance): string {
  return `render ${env}: ${appsLabel(apps)} from ${p.sourceRepo}@${p.commit.slice(0, 7)}`;
}

export function trailers(p: Provenance): string {
  return `Capstan-Source-Repo: ${p.sourceRepo}\nCapstan-Source-Commit: ${p.commit}\n`;
}

/** The full commit message: subject, one line per changed app, trailers. */
export function commitMessage(
  env: string,
  apps: AppOutcome[],
  p: Provenance,
  note?: string,
): string {
  const lines = changedApps(apps).map((a) => `- ${a.name}: ${a.change} (${objectCounts(a)})`);
  const body = [note, lines.join("\n")].filter(Boolean).join("\n\n");
  return `${subject(env, apps, p)}\n\n${body ? body + "\n\n" : ""}${trailers(p)}`;
}

/** Title and body of the approval pull request of one environment. */
export function approvalPr(
  env: string,
  apps: AppOutcome[],
  p: Provenance,
  opts: { sourceUrl?: string; base: string },
): { title: string; body: string } {
  const src = opts.sourceUrl
    ? `[${p.sourceRepo}@${p.commit.slice(0, 7)}](${opts.sourceUrl}/commit/${p.commit})`
    : `${p.sourceRepo}@${p.commit.slice(0, 7)}`;
  const rows = changedApps(apps).map((a) => `| ${a.name} | ${a.change} | ${objectCounts(a)} |`);
  const body = [
    `capstan rendered ${src} for environment **${env}**, which needs approval: merge this pull request into \`${opts.base}\` to deploy it.`,
    "",
    "| app | change | objects |",
    "|---|---|---|",
    ...rows,
    "",
    "This branch is rewritten by every render of the source; review the latest push.",
  ].join("\n");
  return { title: subject(env, apps, p), body };
}
