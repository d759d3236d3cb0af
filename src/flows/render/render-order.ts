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
 * Besides the state, the env repo's record of the newest source commit rendered into
 * the environment (flows/transaction/record.ts) counts as recorded: it moves even when
 * a render changes nothing.
 *
 * A recorded commit this checkout lacks (a CI checkout holds only its own history) is
 * fetched from `origin` before deciding. One that is neither an ancestor nor a
 * descendant of this run's commit (force-pushed, rebased, another branch, gone from
 * origin) is diverged history: refused (exit 1). When origin cannot be asked, the order
 * is undecidable: exit 3, naming `fetch-depth: 0`.
 */
import type { EnvState } from "../../core/plan/layout.ts";
import { ExternalError, UserError, type Problem } from "../../core/common/errors.ts";
import { fetchCommit, isAncestor, peekCommit } from "../../adapters/source-repo.ts";
import { NO_COMMIT } from "../shared/identity.ts";

export type OrderVerdict =
  | { kind: "ok" }
  | { kind: "older"; newer: string; app: string }
  | { kind: "diverged"; problem: Problem };

/** Ancestry answers are cached for the run (the retry loop asks again after every race). */
export class SourceHistory {
  private readonly cache = new Map<string, Promise<boolean>>();
  private readonly fetched = new Map<string, Promise<boolean>>();

  constructor(
    private readonly dir: string,
    readonly sourceRepo: string,
    readonly commit: string,
  ) {}

  private ancestor(a: string, b: string): Promise<boolean> {
    const key = `${a}..${b}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.present(a === this.commit ? b : a).then((known) => (known ? this.ask(a, b) : false));
      this.cache.set(key, p);
    }
    return p;
  }

  private async ask(a: string, b: string): Promise<boolean> {
    try {
      return await isAncestor(this.dir, a, b);
    } catch (e) {
      if (e instanceof UserError && e.problems.some((x) => x.code === "unknown-revision"))
        return false;
      if (e instanceof UserError && e.problems.some((x) => x.code === "shallow"))
        throw new ExternalError(e.problems.map((x) => x.message).join("; "));
      throw e;
    }
  }

  /**
   * Whether `commit` is in the checkout, fetching it from origin when it is not. False:
   * origin does not have it either (or there is no origin): not history to order against.
   */
  private present(commit: string): Promise<boolean> {
    let p = this.fetched.get(commit);
    if (!p) {
      p = (async () => {
        if (await peekCommit(this.dir, commit)) return true;
        const r = await fetchCommit(this.dir, commit);
        if (r.kind === "failed") {
          // git's first complaint (`fatal: …`) names the cause; its advice lines do not
          const lines = r.detail.split("\n");
          const cause = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0];
          throw new ExternalError(
            `cannot tell whether ${this.sourceRepo}@${commit.slice(0, 7)}, recorded in the env repo, is older or newer than this run's ${this.commit.slice(0, 7)}: ` +
              `it is not in this checkout and fetching it from origin failed (${cause}). Set \`fetch-depth: 0\` on actions/checkout, or make origin reachable.`,
          );
        }
        return r.kind === "fetched";
      })();
      this.fetched.set(commit, p);
    }
    return p;
  }

  /**
   * Asks, side by side, the first question `verdict` will ask of each environment: one git
   * process per recorded commit, running together instead of one after another (each is
   * mostly a process start). The answers are cached; a failure surfaces in `verdict`.
   */
  prime(envs: { state: EnvState | undefined; recordedCommit?: string }[]): void {
    if (this.commit === NO_COMMIT) return;
    const commits = new Set<string>();
    for (const e of envs)
      for (const c of this.recorded(e.state, e.recordedCommit).keys()) commits.add(c);
    for (const c of commits) this.ancestor(c, this.commit).catch(() => undefined);
  }

  /** The source commits an environment records for this source repository: commit → one app recording it ("" for the record). */
  private recorded(state: EnvState | undefined, recordedCommit?: string): Map<string, string> {
    const recorded = new Map<string, string>();
    if (recordedCommit && recordedCommit !== this.commit) recorded.set(recordedCommit, "");
    for (const [name, a] of Object.entries(state?.apps ?? {}))
      if (a.sourceRepo === this.sourceRepo && a.commit !== this.commit && a.commit !== NO_COMMIT)
        if (!recorded.has(a.commit)) recorded.set(a.commit, name);
    return recorded;
  }

  async verdict(
    env: string,
    state: EnvState | undefined,
    display: string,
    recordedCommit?: string,
  ): Promise<OrderVerdict> {
    if (this.commit === NO_COMMIT) return { kind: "ok" };
    const recorded = this.recorded(state, recordedCommit);
    // Ask "is the recorded commit behind this run?" first: the common answer, and the
    // one that needs no history beyond this run's commit.
    const ahead: [string, string][] = [];
    for (const [commit, app] of recorded)
      if (!(await this.ancestor(commit, this.commit))) ahead.push([commit, app]);
    for (const [commit, app] of ahead)
      if (await this.ancestor(this.commit, commit)) return { kind: "older", newer: commit, app };
    const [first] = ahead;
    if (first)
      return { kind: "diverged", problem: this.diverged(env, display, first[0], first[1]) };
    return { kind: "ok" };
  }

  private diverged(env: string, display: string, commit: string, app: string): Problem {
    const at = `${this.sourceRepo}@${commit.slice(0, 7)}`;
    const what = app
      ? `holds app "${app}" rendered from ${at}`
      : `was last rendered from ${at} (recorded in the env repo's refs/capstan/rendered)`;
    return {
      file: `${display}/.capstan/state.json`,
      env,
      ...(app ? { app } : {}),
      code: "diverged-history",
      message:
        `environment "${env}" ${what}, ` +
        `which is neither an ancestor nor a descendant of this run's commit ${this.commit.slice(0, 7)} ` +
        `(history was rewritten, or the commit is on another branch); capstan refuses to replace it. ` +
        `Render from a commit that contains ${commit.slice(0, 7)}, or remove the app's entry from state.json deliberately.`,
    };
  }
}
