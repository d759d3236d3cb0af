/**
 * The source commit's author, date and message for hydrator.metadata and the env
 * README.md (core/plan/hydrator.ts), and the source repository as a URL: `<server>/<owner>/<name>.git`
 * for a GitHub identity (GITHUB_SERVER_URL, default https://github.com); none for a
 * local one. Deterministic: nothing comes from the clock.
 */
import { commitMessageInfo } from "../../adapters/commit-info.ts";
import type { CommitMeta } from "../../core/plan/hydrator.ts";
import { NO_COMMIT } from "./identity.ts";

export async function commitMeta(
  dir: string,
  commit: string,
  sourceRepo: string,
): Promise<CommitMeta> {
  const out: CommitMeta = {};
  if (/^[^/\s:]+\/[^/\s:]+$/.test(sourceRepo) && !sourceRepo.startsWith("local/")) {
    const server = (process.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    out.repoURL = `${server}/${sourceRepo}.git`;
  }
  if (commit === NO_COMMIT) return out;
  const info = await commitMessageInfo(dir, commit).catch(() => undefined);
  return info ? { ...out, ...info } : out;
}
