/**
 * Promoting what a later source commit changed only for the target (docs/promotion.md
 * "Overrides of the target"): `from`'s state.json records, per app, the source commit at
 * which the app's output in `from` last changed. A later commit that changes only the
 * target's overrides or settings (production replicas, its kubeVersion or namespace)
 * leaves that record alone — yet `from` runs that app exactly as the later commit
 * renders it. So an app moves to the source HEAD when its input digest in `from` at HEAD
 * equals the one `from` records (same inputs, same output for `from`) and its input digest
 * in the target differs between the recorded commit and HEAD (the target's own inputs
 * changed): the target is then rendered with HEAD's overrides. Every other app keeps its
 * recorded commit.
 */
import type { EnvState } from "../../core/plan/layout.ts";
import { appInputDigest } from "../../core/plan/plan.ts";
import type { SourceRevisions } from "./promote-plan.ts";

export async function advanceToHead(
  targets: Map<string, string>,
  opts: {
    head: string;
    from: string;
    to: string;
    fromState: EnvState | undefined;
    revisions: SourceRevisions;
    /** `a` is an ancestor of (or equal to) `b` */
    ancestor: (a: string, b: string) => Promise<boolean>;
  },
): Promise<string[]> {
  const moved: string[] = [];
  let src;
  try {
    src = await opts.revisions.at(opts.head);
  } catch {
    return moved; // HEAD cannot be read as a source: keep every recorded commit
  }
  for (const [app, commit] of [...targets]) {
    const recorded = opts.fromState?.apps[app];
    if (!recorded || commit === opts.head || recorded.commit !== commit) continue;
    if (!(await opts.ancestor(commit, opts.head))) continue;
    if (appInputDigest(src, app, opts.from) !== recorded.inputDigest) continue;
    const then = await opts.revisions.at(commit).catch(() => undefined);
    if (then && appInputDigest(then, app, opts.to) === appInputDigest(src, app, opts.to)) continue;
    targets.set(app, opts.head);
    moved.push(app);
  }
  return moved;
}
