/** A promotion that needs no pull request (nothing to promote, or promoted directly). */
import type { GitHubApi } from "../../adapters/github.ts";
import type { Reporter } from "../shared/reporter.ts";
import { short } from "../../core/preview/report.ts";
import type { PromoteResult } from "./promote-types.ts";

/** Says why no pull request is needed, and closes the promotion branch's stale one if open. */
export async function settleWithoutPr(
  gh: GitHubApi | undefined,
  r: PromoteResult,
  sourceRepo: string,
  reporter: Reporter,
): Promise<void> {
  const why = r.direct
    ? `promoted directly to ${r.base} (autoPromote) at ${sourceRepo}@${short(r.revision!)}`
    : `nothing to promote: ${r.to} already runs what ${r.from} runs${r.revision ? ` (${sourceRepo}@${short(r.revision)})` : ""}`;
  reporter.info(why);
  r.pr = { action: "none" };
  if (!gh) return;
  const open = await gh.findOpenPr(r.branch, r.base);
  if (!open) return;
  await gh.closePr(
    open.number,
    `Closed by capstan: ${why}.` +
      (r.direct ? "" : ` The rendered manifests of \`${r.to}\` would not change.`),
  );
  r.pr = { number: open.number, url: open.url, action: "closed" };
  reporter.info(`closed the stale promotion pull request #${open.number}: ${open.url}`);
}
