/**
 * "A run never replaces the render of a newer source commit with an older one"
 * (docs/design.md, "The flows"), decided per environment from its state.json.
 *
 * The state records, per app, the source commit at which the app last changed. If
 * this run's commit is a strict ancestor of ANY commit the environment records for
 * this source repository, a newer run has already rendered the whole source into
 * this environment, so the environment is skipped as a whole. (Skipping only the
 * apps whose recorded commit is newer would be wrong: an app the newer commit left
 * unchanged, or reverted, still records an older commit, and re-rendering it from
 * this run's older source would undo the newer render.)
 *
 * A recorded commit that is neither an ancestor nor a descendant of this run's
 * commit (force-pushed, rebased, another branch) is diverged history: refused.
 */
import type { EnvState } from "../../core/layout.ts";
import { UserError, type Problem } from "../../core/errors.ts";
import { isAncestor } from "../../adapters/source-repo.ts";
import { NO_COMMIT } from "../shared/identity.ts";

export type OrderVerdict =
  | { kind: "ok" }
  | { kind: "older"; newer: string; app: string }
  | { kind: "diverged"; problem: Problem };

/** Ancestry answers are cached for the run (the retry loop asks again after every race). */
export class SourceHistory {
  private readonly cache = new Map<string, Promise<boolean>>();

  constructor(
    private readonly dir: string,
    readonly sourceRepo: string,
    readonly commit: string,
  ) {}

  private ancestor(a: string, b: string): Promise<boolean> {
    const key = `${a}..${b}`;
    let p = this.cache.get(key);
    if (!p) {
      p = isAncestor(this.dir, a, b).catch((e: unknown) => {
        // A recorded commit this checkout cannot find (even after deepening) is not
        // history we can order against.
        if (e instanceof UserError && e.problems.some((x) => x.code === "unknown-revision"))
          return false;
        throw e;
      });
      this.cache.set(key, p);
    }
    return p;
  }

  async verdict(env: string, state: EnvState | undefined, display: string): Promise<OrderVerdict> {
    if (!state || this.commit === NO_COMMIT) return { kind: "ok" };
    const recorded = new Map<string, string>(); // commit → one app recording it
    for (const [name, a] of Object.entries(state.apps))
      if (a.sourceRepo === this.sourceRepo && a.commit !== this.commit && a.commit !== NO_COMMIT)
        if (!recorded.has(a.commit)) recorded.set(a.commit, name);
    for (const [commit, app] of recorded) {
      if (await this.ancestor(this.commit, commit)) return { kind: "older", newer: commit, app };
    }
    for (const [commit, app] of recorded) {
      if (await this.ancestor(commit, this.commit)) continue;
      return {
        kind: "diverged",
        problem: {
          file: `${display}/.capstan/state.json`,
          env,
          app,
          code: "diverged-history",
          message:
            `environment "${env}" holds app "${app}" rendered from ${this.sourceRepo}@${commit.slice(0, 7)}, ` +
            `which is neither an ancestor nor a descendant of this run's commit ${this.commit.slice(0, 7)} ` +
            `(history was rewritten, or the commit is on another branch); capstan refuses to replace it. ` +
            `Render from a commit that contains ${commit.slice(0, 7)}, or remove the app's entry from state.json deliberately.`,
        },
      };
    }
    return { kind: "ok" };
  }
}
