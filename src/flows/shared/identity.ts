/** Who the source is (for state.json and commit messages): repo name and commit. */
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { headCommit, remoteUrl } from "../../adapters/source-repo.ts";

export const NO_COMMIT = "0000000000000000000000000000000000000000";

export function repoNameFromUrl(url: string): string {
  const m = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  if (m) return m[1]!;
  return url.replace(/\.git$/, "");
}

export async function sourceIdentity(
  dir: string,
  override?: { sourceRepo?: string; commit?: string },
): Promise<{ sourceRepo: string; commit: string }> {
  let commit = override?.commit;
  let repo = override?.sourceRepo;
  const isGit =
    existsSync(resolve(dir, ".git")) ||
    (await headCommit(dir).then(
      () => true,
      () => false,
    ));
  if (isGit) {
    // Both git processes at once: the caller reads the source files meanwhile.
    const [head, url] = await Promise.all([
      commit ? undefined : headCommit(dir).catch(() => NO_COMMIT),
      repo ? undefined : remoteUrl(dir).catch(() => undefined),
    ]);
    commit ??= head;
    if (url) repo ??= repoNameFromUrl(url);
  }
  return { sourceRepo: repo ?? `local/${basename(resolve(dir))}`, commit: commit ?? NO_COMMIT };
}
