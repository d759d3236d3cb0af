/**
 * The newest source commit rendered, per environment folder and source repository, kept
 * on its own ref (`refs/capstan/rendered`, pushed in the same atomic push as the branches)
 * so that a render which changes nothing still leaves its mark without an env-branch
 * commit. A late run of an older commit — even one between two recorded renders whose
 * output it would not change — is then recognised as older and skipped (docs/architecture.md).
 *
 * The ref's tree holds one file per environment and source: `<root>/<env>/<source repo,
 * URI-encoded>` containing the commit sha. Its commit's message holds the read sets of
 * the branch tips pushed with it (read-set.ts).
 */
import type { EnvTree } from "./env-tree.ts";

export const RECORD_REF = "refs/capstan/rendered";

export function recordPath(envPath: string, sourceRepo: string): string {
  return `${envPath}/${encodeURIComponent(sourceRepo)}`;
}

/** The recorded source commits at these record paths (absent: undefined), as fetched. */
export async function readRecorded(
  tree: EnvTree,
  paths: string[],
): Promise<(string | undefined)[]> {
  const tip = tree.tip(RECORD_REF);
  if (!tip) return paths.map(() => undefined);
  return (await tree.read(tip, paths)).map((t) => t?.trim() || undefined);
}
