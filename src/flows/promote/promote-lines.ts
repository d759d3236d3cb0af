/** The log lines of a promotion. */
import { short } from "../../core/preview/report.ts";
import { changedApps } from "../shared/commit-message.ts";

import type { PromoteResult } from "./promote-types.ts";

/** What a promotion did, as text lines. */
export function promoteLines(r: PromoteResult): string[] {
  const lines: string[] = [];
  const what = r.rollback ? "rollback" : "promotion";
  if (r.status === "nothing-to-promote") lines.push(`${r.from} → ${r.to}: nothing to promote`);
  else if (r.status === "unverified")
    lines.push(`${r.from} → ${r.to}: not verified, nothing promoted (--force promotes anyway)`);
  else {
    lines.push(
      `${r.from} → ${r.to}: ${r.forced ? "forced " : ""}${what} to ${r.revision ? short(r.revision) : "?"} on ${r.direct ? r.base : r.branch}${r.commit ? ` (${short(r.commit)})` : ""}`,
    );
    for (const a of changedApps(r.apps))
      lines.push(
        `  ${a.name}: ${a.change}${r.commits[a.name] ? ` at ${short(r.commits[a.name]!)}` : ""}`,
      );
  }
  // A pull request with a number was already reported when it was opened or updated.
  if (r.pr?.url && r.pr.number === undefined)
    lines.push(`pull request ${r.pr.action}: ${r.pr.url}`);
  return lines;
}
