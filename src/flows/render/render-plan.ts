/**
 * One attempt of `render --env-repo`, planned against the fetched env repo: per
 * environment the older-commit rule (state, pending approval branch, and the record of
 * the newest commit rendered), the plan, the mass-deletion guard, removed environments;
 * then the commits of the transaction — per branch one commit per environment, approval
 * environments on their own branch on top of the base's new tip.
 */
import type { Config, Environment } from "../../core/model/config.ts";
import {
  planEnv,
  preloadForState,
  renderTasks,
  type EnvPlan,
  type LoadedSource,
  type PreviousEnv,
} from "../../core/plan/plan.ts";
import { NAMESPACES_APP } from "../../core/plan/namespaces.ts";
import { withDetails } from "../../core/plan/state-file.ts";
import { ExternalError, UserError, type Problem } from "../../core/common/errors.ts";
import { kustomization, STATE_FILE } from "../../core/plan/layout.ts";
import { commitMessage, type Provenance } from "../shared/commit-message.ts";
import {
  isEmptyState,
  prefetchEnvs,
  readEnvAt,
  removedEnvironment,
  removedEnvsAt,
  type RemovedEnv,
} from "../shared/env-snapshot.ts";
import { NO_COMMIT } from "../shared/identity.ts";
import type { Reporter } from "../shared/reporter.ts";
import type { EnvTree } from "../transaction/env-tree.ts";
import { readRecorded, recordPath, RECORD_REF } from "../transaction/record.ts";
import type { TxCommit, TxPlan } from "../transaction/transaction.ts";
import { dedupeProblems, massDeletionProblem } from "./render-dir.ts";
import type { SourceHistory } from "./render-order.ts";

export interface Target {
  env: Environment;
  /** The branch the environment is deployed from. */
  base: string;
  /** `capstan/render/<env>` for environments with `approval: pull-request`. */
  approvalBranch?: string;
  /** Set for environments removed from capstan.yaml (prune). */
  removed?: RemovedEnv;
}

export interface Planned {
  target: Target;
  plan?: EnvPlan;
  skipped?: string;
  /** Index of its commit in the transaction's plan. */
  commit?: number;
}

export interface RenderAttempt {
  planned: Planned[];
  /** Environments removed from capstan.yaml still holding apps of this source. */
  removed: string[];
}

export interface PlannerOptions {
  allowMassDeletion?: boolean;
  pruneRemovedEnvs?: boolean;
  /** In place: the branch HEAD names (an unborn branch may be started there). */
  headRef?: string;
  /**
   * The kube validators loading (`preloadKinds`), awaited before the first render: they
   * load while the first target's reads and ancestry questions are with git.
   */
  validators?: Promise<void>;
}

/** Every branch an attempt reads: the env branches (with envRepo.branch) and the approval branches. */
export function renderBases(config: Config, targets: Target[]): string[] {
  return [...new Set([config.envRepo.branch, ...targets.map((t) => t.base)])];
}

export function renderRefs(config: Config, targets: Target[]): string[] {
  const approvals = targets.flatMap((t) => (t.approvalBranch ? [t.approvalBranch] : []));
  return [...renderBases(config, targets), ...approvals];
}

/**
 * What every attempt reads first, in one batch: each target's state, kustomization and
 * hydrator files (base and approval branch) and the record of the newest commits rendered.
 * Needs only capstan.yaml, so it can run while the Applications are still being parsed.
 */
export async function prefetchTargets(
  tree: EnvTree,
  config: Config,
  sourceRepo: string,
  targets: Target[],
): Promise<void> {
  const root = config.envRepo.root;
  const envs: [string | undefined, string][] = [];
  for (const t of targets) {
    const display = `${root}/${t.env.name}`;
    envs.push([tree.tip(t.base), display]);
    if (t.approvalBranch) envs.push([tree.tip(t.approvalBranch), display]);
  }
  const record = tree.tip(RECORD_REF);
  await Promise.all([
    prefetchEnvs(tree, envs),
    record
      ? tree.read(
          record,
          targets.map((t) => recordPath(`${root}/${t.env.name}`, sourceRepo)),
        )
      : undefined,
  ]);
}

export class RenderPlanner {
  private readonly root: string;
  private readonly provenance: Provenance;

  constructor(
    private readonly src: LoadedSource,
    private readonly opts: PlannerOptions,
    private readonly reporter: Reporter,
    private readonly history: SourceHistory,
  ) {
    this.root = src.config.envRepo.root;
    this.provenance = { sourceRepo: src.sourceRepo, commit: src.commit };
  }

  bases(targets: Target[]): string[] {
    return renderBases(this.src.config, targets);
  }

  refs(targets: Target[]): string[] {
    return renderRefs(this.src.config, targets);
  }

  async plan(tree: EnvTree, targets: Target[], n: number): Promise<TxPlan<RenderAttempt>> {
    if (n > 1) this.reporter.info(`the env repo moved: re-planning (attempt ${n})`);
    await this.prefetch(tree, targets);
    await this.primeOrder(tree, targets);
    const problems: Problem[] = [];
    const notices = new Set<string>();
    const planned: Planned[] = [];
    for (const t of targets) {
      const r = await this.planTarget(tree, t, problems, notices);
      if (r) planned.push(r);
    }
    const removed = await this.planRemoved(tree, targets, planned, problems, notices);
    for (const x of notices) this.reporter.notice(x);
    if (problems.length) throw new UserError(dedupeProblems(problems));
    return {
      commits: this.commits(tree, targets, planned),
      record: this.record(planned),
      result: { planned, removed },
    };
  }

  /** State, kustomization and record of every target, in one batch. */
  private async prefetch(tree: EnvTree, targets: Target[]): Promise<void> {
    await prefetchTargets(tree, this.src.config, this.src.sourceRepo, targets);
  }

  /** The older-commit rule's git questions for every target, started together (render-order.ts). */
  private async primeOrder(tree: EnvTree, targets: Target[]): Promise<void> {
    const envs = await Promise.all(
      targets.map(async (t) => ({
        state: (await readEnvAt(tree, tree.tip(t.base), `${this.root}/${t.env.name}`)).state,
        recordedCommit: await this.recorded(tree, t),
      })),
    );
    this.history.prime(envs);
  }

  private recordKey(t: Target): string {
    return recordPath(`${this.root}/${t.env.name}`, this.src.sourceRepo);
  }

  private async recorded(tree: EnvTree, t: Target): Promise<string | undefined> {
    return (await readRecorded(tree, [this.recordKey(t)]))[0];
  }

  private async planTarget(
    tree: EnvTree,
    t: Target,
    problems: Problem[],
    notices: Set<string>,
  ): Promise<Planned | undefined> {
    const display = `${this.root}/${t.env.name}`;
    const prev = await readEnvAt(tree, tree.tip(t.base), display);
    if (prev.problem) {
      problems.push(prev.problem);
      return undefined;
    }
    // The older-commit rule: against the deployed state, the pending approval branch, the record.
    const states = [prev];
    const pendingTip = t.approvalBranch ? tree.tip(t.approvalBranch) : undefined;
    if (pendingTip) {
      const pending = await readEnvAt(tree, pendingTip, display);
      if (!pending.problem) states.push(pending);
    }
    const record = await this.recorded(tree, t);
    for (const [i, s] of states.entries()) {
      const v = await this.history.verdict(t.env.name, s.state, display, i ? undefined : record);
      if (v.kind === "diverged") {
        problems.push(v.problem);
        return undefined;
      }
      if (v.kind === "older") {
        const why =
          `environment "${t.env.name}" already holds the render of ${this.src.sourceRepo}@${v.newer.slice(0, 7)} (${v.app ? `app ${v.app}` : "recorded as the newest rendered"}), ` +
          `a newer commit than this run's ${this.src.commit.slice(0, 7)}; not replacing it`;
        notices.add(why);
        return { target: t, skipped: why };
      }
    }
    await this.opts.validators;
    await preloadForState(this.src, prev.state);
    const r = await planWithDetails(this.src, t.env, prev);
    problems.push(...r.problems);
    for (const x of r.notices) notices.add(x);
    if (!r.plan) return undefined;
    const guard = massDeletionProblem(r.plan, this.opts.allowMassDeletion);
    if (guard) problems.push(guard);
    return { target: t, plan: r.plan };
  }

  private async planRemoved(
    tree: EnvTree,
    targets: Target[],
    planned: Planned[],
    problems: Problem[],
    notices: Set<string>,
  ): Promise<string[]> {
    const names: string[] = [];
    for (const b of this.bases(targets)) {
      const envs = this.src.config.environments;
      for (const r of await removedEnvsAt(
        tree,
        tree.tip(b),
        this.root,
        envs,
        this.src.sourceRepo,
      )) {
        if (r.snapshot.problem) {
          this.reporter.warn(
            `environment ${r.name} (removed from capstan.yaml): ${r.snapshot.problem.message}`,
          );
          continue;
        }
        names.push(r.name);
        if (!this.opts.pruneRemovedEnvs) {
          notices.add(
            `environment "${r.name}" on ${b} is no longer in capstan.yaml but still holds ${r.apps.join(", ")} from ${this.src.sourceRepo}; ` +
              "pass --prune-removed-envs (Action input prune-removed-envs: true) to remove them",
          );
          continue;
        }
        const env = removedEnvironment(r.name, this.src.config.kubeVersion);
        const p = await planWithDetails(this.src, env, r.snapshot);
        problems.push(...p.problems);
        if (p.plan)
          planned.push({ target: { env, base: b, removed: r }, plan: emptyEnvCleanup(p.plan) });
      }
    }
    return names;
  }

  /** Per branch: its environments' commits, then the approval branches on top. */
  private commits(tree: EnvTree, targets: Target[], planned: Planned[]): TxCommit[] {
    const out: TxCommit[] = [];
    for (const b of this.bases(targets)) {
      const mine = planned.filter((p) => p.target.base === b && p.plan && !p.skipped);
      for (const p of mine.filter((x) => !x.target.approvalBranch)) {
        this.baseExists(tree, b);
        p.commit = out.length;
        out.push({ branch: b, onto: b, message: this.message(p), changes: this.paths(p.plan!) });
      }
      for (const p of mine.filter((x) => x.target.approvalBranch)) {
        if (!p.plan!.changes.size) continue;
        if (!tree.tip(b) && !out.some((c) => c.branch === b))
          throw new ExternalError(
            `environment ${p.target.env.name} needs approval, but its branch ${b} does not exist on the env repo yet; create it first`,
          );
        p.commit = out.length;
        out.push({
          branch: p.target.approvalBranch!,
          onto: b,
          message: this.message(p),
          changes: this.paths(p.plan!),
        });
      }
    }
    return out;
  }

  /** In place, a branch must exist, or be the unborn branch HEAD names. */
  private baseExists(tree: EnvTree, b: string): void {
    const head = this.opts.headRef;
    if (head === undefined || tree.tip(b) || head === `refs/heads/${b}`) return;
    throw new ExternalError(
      `the env repo at ${tree.where} has no branch ${b}; create it, or render into a clone`,
    );
  }

  private message(p: Planned): string {
    const env = p.target.env.name;
    const note = p.target.removed
      ? `Environment ${env} was removed from capstan.yaml; pruned with --prune-removed-envs.`
      : undefined;
    return commitMessage(env, p.plan!.apps, this.provenance, note);
  }

  private paths(plan: EnvPlan): Map<string, string | null> {
    const out = new Map<string, string | null>();
    for (const [rel, text] of plan.changes) out.set(`${this.root}/${plan.env.name}/${rel}`, text);
    return out;
  }

  /**
   * This run's commit as the newest rendered, for every environment it planned whose
   * state will not show it already (no app of this source changed at this commit: a
   * render that changes nothing, or only removes). The state is the record otherwise.
   */
  private record(planned: Planned[]): Map<string, string> {
    const out = new Map<string, string>();
    if (this.src.commit === NO_COMMIT) return out;
    for (const p of planned) {
      if (!p.plan || p.skipped || p.target.removed) continue;
      const shown = Object.values(p.plan.state.apps).some(
        (a) => a.sourceRepo === this.src.sourceRepo && a.commit === this.src.commit,
      );
      if (!shown) out.set(this.recordKey(p.target), this.src.commit);
    }
    return out;
  }
}

/**
 * `planEnv` over a state whose apps' details (file hashes, identities) are read from the
 * env repo: those of the apps it will render, remove or keep namespaces for are read
 * first, in one batch; anything else it turns out to need, when it needs it (withDetails).
 */
async function planWithDetails(
  src: LoadedSource,
  env: Environment,
  prev: PreviousEnv,
): Promise<ReturnType<typeof planEnv>> {
  const state = prev.state;
  if (!state) return planEnv(src, env, prev);
  const { tasks, digests } = renderTasks(src, env, prev);
  const kept = src.unchanged?.apps;
  const leaving = Object.keys(state.apps).filter(
    (a) => state.apps[a]!.sourceRepo === src.sourceRepo && !digests.has(a) && !kept?.has(a),
  );
  return withDetails(() => planEnv(src, env, prev, { digests }), {
    state,
    apps: [...tasks.map((t) => t.app.name), ...leaving, NAMESPACES_APP],
  });
}

/** A pruned environment left with nothing of anyone's: drop its kustomization and state too. */
function emptyEnvCleanup(plan: EnvPlan): EnvPlan {
  if (!isEmptyState(plan.state)) return plan;
  const k = plan.changes.get("kustomization.yaml");
  if (k === undefined || k !== kustomization([])) return plan;
  const changes = new Map(plan.changes);
  changes.set("kustomization.yaml", null);
  changes.set(STATE_FILE, null);
  return { ...plan, changes };
}
