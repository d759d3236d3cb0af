/**
 * `capstan render --env-repo PATH|URL [--push]` and the Action's `render`: plan every
 * auto-deployed environment against the env repo, commit one commit per environment,
 * push every ref of the run in one `git push --atomic`.
 *
 * One attempt (repeated on a race, see `withRetry`):
 *   1. fetch every branch involved (the env branches, approval branches) — nothing is
 *      checked out; states are read from the fetched commits;
 *   2. plan every environment in memory; any problem (invalid source, corrupt state,
 *      mass deletion, diverged history, app collision) → UserError, nothing written;
 *   3. per branch: reset to exactly the commit planned against (moved meanwhile → race),
 *      write and commit each environment, then the approval branches on top;
 *   4. one atomic push; a non-fast-forward or a stale lease is a race → next attempt,
 *      which re-reads every state.json from the new tips (so the older-commit rule is
 *      re-applied against whatever the other run committed).
 */
import { didYouMeanInline } from "../../core/suggest.ts";
import {
  deliverPullRequest,
  envRepoApi,
  envRepoCoords,
  type GitHubTarget,
} from "../shared/pull-requests.ts";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { EnvRepo, type PushRef } from "../../adapters/env-repo.ts";
import { commitInfo, revParse } from "../../adapters/git-objects.ts";
import { GitHubApi } from "../../adapters/github.ts";
import { withRetry, type RetryOptions } from "../../adapters/retry.ts";
import type { Environment } from "../../core/config.ts";
import { planEnv, prepare, type EnvPlan, type LoadedSource } from "../../core/engine.ts";
import { ExternalError, UsageError, UserError, type Problem } from "../../core/errors.ts";
import { kustomization, STATE_FILE } from "../../core/layout.ts";
import { approvalPr, commitMessage, type Provenance } from "../shared/commit-message.ts";
import {
  readEnvAt,
  removedEnvironment,
  removedEnvsAt,
  isEmptyState,
  type RemovedEnv,
} from "../shared/env-snapshot.ts";
import { dedupeProblems, massDeletionProblem } from "./render-dir.ts";
import { SourceHistory } from "./render-order.ts";
import type { Reporter } from "../shared/reporter.ts";
import type { EnvReport } from "../shared/summary.ts";

export type { GitHubTarget };

export interface RenderRepoOptions {
  /** A local non-bare repository (used in place), a bare path, or a URL. */
  envRepo: string;
  /** Push the commits. Without it a local worktree is committed in place and a remote is a dry run. */
  push: boolean;
  /** Print what would be committed; never commit or push. */
  dryRun?: boolean;
  envs?: string[];
  token?: string;
  committer?: { name: string; email: string };
  frozen?: boolean;
  allowMassDeletion?: boolean;
  pruneRemovedEnvs?: boolean;
  /** The source checkout (for the older-commit rule: ancestry questions). */
  sourceDir: string;
  /** Clone here and keep it; default: a temporary folder removed afterwards. */
  workdir?: string;
  /** Where pull requests and commit statuses go; without it (or without a token) they are printed. */
  github?: GitHubTarget;
  /** Extra environment for git (tests pin dates). */
  gitEnv?: Record<string, string>;
  retry?: Partial<Pick<RetryOptions, "maxAttempts" | "baseMs" | "maxMs">>;
}

export interface RenderRepoResult {
  reports: EnvReport[];
  /** Environments removed from capstan.yaml that still hold apps of this source. */
  removedEnvs: string[];
  mode: "push" | "in-place" | "dry-run";
  /** Branches this run pushed (one atomic push), empty when nothing needed pushing. */
  pushed: string[];
  /** The env repo URL (no credentials), or the local path used in place. */
  envRepo: string;
}

interface Target {
  env: Environment;
  /** The branch the environment is deployed from. */
  base: string;
  /** `capstan/render/<env>` for environments with `approval: pull-request`. */
  approvalBranch?: string;
  /** Set for environments removed from capstan.yaml (prune). */
  removed?: RemovedEnv;
}

interface Planned {
  target: Target;
  plan?: EnvPlan;
  skipped?: string;
}

type Attempt =
  { kind: "done"; reports: EnvReport[]; removed: string[]; pushed: string[] } | { kind: "race" };

export const APPROVAL_PREFIX = "capstan/render/";
const STATUS_CONTEXT = "capstan/render";

/** The environments `render --env-repo` acts on: every autoDeploy one, or the named ones. */
export function renderTargets(src: LoadedSource, names: string[] | undefined): Environment[] {
  const all = src.config.environments;
  if (!names?.length) return all.filter((e) => e.autoDeploy);
  return names.map((n) => {
    const e = all.find((x) => x.name === n);
    if (!e)
      throw new UsageError(
        `unknown environment "${n}"${didYouMeanInline(
          n,
          all.map((x) => x.name),
        )}; capstan.yaml defines: ${all.map((x) => x.name).join(", ")}`,
      );
    if (e.promotesFrom)
      throw new UsageError(
        `environment "${n}" promotes from "${e.promotesFrom}": it is only reachable through \`capstan promote --from ${e.promotesFrom} --to ${n}\`, not render`,
      );
    return e;
  });
}

export async function renderToRepo(
  src: LoadedSource,
  opts: RenderRepoOptions,
  reporter: Reporter,
): Promise<RenderRepoResult> {
  const envs = renderTargets(src, opts.envs);
  // Capabilities resolve (and the lock is checked) for every environment: a workflow step
  // naming a promotion-only environment must still bind.
  const prep = await prepare(src, src.config.environments, { frozen: opts.frozen });
  for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);

  const tmp = opts.workdir ? undefined : await fs.mkdtemp(path.join(tmpBase(), "capstan-env-"));
  try {
    const repo = await EnvRepo.open({
      url: opts.envRepo,
      branch: src.config.envRepo.branch,
      token: opts.token,
      workdir: opts.workdir ?? path.join(tmp!, "repo"),
      committer: opts.committer,
      env: opts.gitEnv,
    });
    const mode: RenderRepoResult["mode"] =
      opts.dryRun || (!repo.inPlace && !opts.push) ? "dry-run" : repo.inPlace ? "in-place" : "push";
    if (repo.inPlace && (await repo.status()).length)
      throw new UserError([
        {
          code: "dirty-worktree",
          message: `the env repo at ${repo.dir} has uncommitted changes; commit or stash them first (capstan commits everything it stages)`,
        },
      ]);
    if (repo.inPlace && opts.push && !repo.url)
      throw new UsageError(`--push: the env repo at ${repo.dir} has no origin remote to push to`);

    const flow = new RenderFlow(src, opts, reporter, repo, mode);
    const targets = envs.map((env) => flow.target(env));
    let out: Attempt = { kind: "race" };
    if (repo.inPlace) {
      // Never reset a user's worktree: one attempt; a moved origin is reported, not retried.
      out = await flow.attempt(targets);
      if (out.kind === "race")
        throw new ExternalError(
          `push to ${repo.url}: the remote branch moved since this repository was last pulled; pull and run again`,
        );
    } else {
      await withRetry(
        async () => {
          out = await flow.attempt(targets);
          return out.kind === "race" ? "retry" : "done";
        },
        {
          maxAttempts: opts.retry?.maxAttempts ?? 10,
          baseMs: opts.retry?.baseMs ?? 300,
          maxMs: opts.retry?.maxMs ?? 5_000,
        },
      );
    }
    if (out.kind === "race") throw new ExternalError("gave up: the env repo kept moving");
    await flow.afterPush(out.reports);
    return {
      reports: out.reports,
      removedEnvs: out.removed,
      mode,
      pushed: out.pushed,
      envRepo: repo.url || repo.dir,
    };
  } finally {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  }
}

function tmpBase(): string {
  return process.env.RUNNER_TEMP || os.tmpdir();
}

class RenderFlow {
  private readonly history: SourceHistory;
  private readonly root: string;
  private readonly provenance: Provenance;
  private attempts = 0;

  constructor(
    private readonly src: LoadedSource,
    private readonly opts: RenderRepoOptions,
    private readonly reporter: Reporter,
    private readonly repo: EnvRepo,
    private readonly mode: RenderRepoResult["mode"],
  ) {
    this.history = new SourceHistory(opts.sourceDir, src.sourceRepo, src.commit);
    this.root = src.config.envRepo.root;
    this.provenance = { sourceRepo: src.sourceRepo, commit: src.commit };
  }

  target(env: Environment): Target {
    const base = env.branch ?? this.src.config.envRepo.branch;
    return env.approval === "pull-request"
      ? { env, base, approvalBranch: `${APPROVAL_PREFIX}${env.name}` }
      : { env, base };
  }

  /** The commit a branch is read at: the fetched remote tip, or the local branch in place. */
  private ref(branch: string): string {
    return this.repo.inPlace ? `refs/heads/${branch}` : `refs/remotes/origin/${branch}`;
  }

  private async tipOf(branch: string): Promise<string | undefined> {
    if (!this.repo.inPlace && !(await this.repo.fetchBranch(branch))) return undefined;
    return revParse(this.repo.dir, this.ref(branch));
  }

  async attempt(targets: Target[]): Promise<Attempt> {
    this.attempts++;
    if (this.attempts > 1)
      this.reporter.info(`the env repo moved: re-planning (attempt ${this.attempts})`);
    // 1. fetch every branch of the run
    const bases = [...new Set([this.src.config.envRepo.branch, ...targets.map((t) => t.base)])];
    const tips = new Map<string, string | undefined>();
    for (const b of bases) tips.set(b, await this.tipOf(b));
    for (const t of targets)
      if (t.approvalBranch) tips.set(t.approvalBranch, await this.tipOf(t.approvalBranch));

    // 2. plan everything in memory
    const problems: Problem[] = [];
    const planned: Planned[] = [];
    const notices = new Set<string>();
    const removedNames: string[] = [];
    for (const t of targets) {
      const r = await this.planTarget(t, tips, problems, notices);
      if (r) planned.push(r);
    }
    for (const b of bases) {
      const removed = await removedEnvsAt(
        this.repo.dir,
        tips.get(b),
        this.root,
        this.src.config.environments,
        this.src.sourceRepo,
      );
      for (const r of removed) {
        if (r.snapshot.problem) {
          this.reporter.warn(
            `environment ${r.name} (removed from capstan.yaml): ${r.snapshot.problem.message}`,
          );
          continue;
        }
        removedNames.push(r.name);
        if (!this.opts.pruneRemovedEnvs) {
          notices.add(
            `environment "${r.name}" on ${b} is no longer in capstan.yaml but still holds ${r.apps.join(", ")} from ${this.src.sourceRepo}; ` +
              "pass --prune-removed-envs (Action input prune-removed-envs: true) to remove them",
          );
          continue;
        }
        const env = removedEnvironment(r.name, this.src.config.kubeVersion);
        const p = planEnv(this.src, env, r.snapshot);
        problems.push(...p.problems);
        if (p.plan)
          planned.push({ target: { env, base: b, removed: r }, plan: emptyEnvCleanup(p.plan) });
      }
    }
    for (const n of notices) this.reporter.notice(n);
    if (problems.length) throw new UserError(dedupeProblems(problems));

    if (this.mode === "dry-run")
      return { kind: "done", reports: this.dryRun(planned), removed: removedNames, pushed: [] };

    // 3. write and commit, branch by branch
    const reports: EnvReport[] = [];
    const refs: PushRef[] = [];
    for (const b of bases) {
      const mine = planned.filter((p) => p.target.base === b);
      if (!mine.length) continue;
      const head = await this.checkoutBase(b);
      if (head !== tips.get(b)) return { kind: "race" };
      for (const p of mine.filter((x) => !x.target.approvalBranch))
        reports.push(await this.commitPlanned(p, b));
      const newTip = await this.repo.head();
      if (newTip && newTip !== head) refs.push({ local: newTip, remote: b });
      for (const p of mine.filter((x) => x.target.approvalBranch)) {
        const r = await this.commitApproval(p, newTip, tips.get(p.target.approvalBranch!));
        reports.push(r.report);
        if (r.ref) refs.push(r.ref);
      }
    }
    reports.sort((a, b) => envIndex(this.src, a.env) - envIndex(this.src, b.env));

    // 4. one atomic push
    const pushed: string[] = [];
    if (this.mode === "push" || (this.mode === "in-place" && this.opts.push)) {
      if (refs.length) {
        const res = await this.repo.push(refs);
        if (!res.ok && (res.reason === "non-fast-forward" || lostRefLock(res.detail)))
          return { kind: "race" };
        if (!res.ok)
          throw new ExternalError(
            `push to ${this.repo.url || "origin"} was rejected: ${res.detail}`,
          );
        pushed.push(...refs.map((r) => r.remote));
        this.reporter.info(`pushed ${pushed.join(", ")} to ${this.repo.url} (atomic)`);
      }
    }
    return { kind: "done", reports, removed: removedNames, pushed };
  }

  private async planTarget(
    t: Target,
    tips: Map<string, string | undefined>,
    problems: Problem[],
    notices: Set<string>,
  ): Promise<Planned | undefined> {
    const display = `${this.root}/${t.env.name}`;
    const prev = await readEnvAt(this.repo.dir, tips.get(t.base), display);
    if (prev.problem) {
      problems.push(prev.problem);
      return undefined;
    }
    // The older-commit rule: against the deployed state, and the pending approval branch.
    const states = [prev];
    if (t.approvalBranch && tips.get(t.approvalBranch)) {
      const pending = await readEnvAt(this.repo.dir, tips.get(t.approvalBranch), display);
      if (!pending.problem) states.push(pending);
    }
    for (const s of states) {
      const v = await this.history.verdict(t.env.name, s.state, display);
      if (v.kind === "diverged") {
        problems.push(v.problem);
        return undefined;
      }
      if (v.kind === "older") {
        const why =
          `environment "${t.env.name}" already holds the render of ${this.src.sourceRepo}@${v.newer.slice(0, 7)} (app ${v.app}), ` +
          `a newer commit than this run's ${this.src.commit.slice(0, 7)}; not replacing it`;
        notices.add(why);
        return { target: t, skipped: why };
      }
    }
    const r = planEnv(this.src, t.env, prev);
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (!r.plan) return undefined;
    const guard = massDeletionProblem(r.plan, this.opts.allowMassDeletion);
    if (guard) problems.push(guard);
    return { target: t, plan: r.plan };
  }

  /** Checks out `branch` exactly at the commit planned against; returns HEAD. */
  private async checkoutBase(branch: string): Promise<string | undefined> {
    if (!this.repo.inPlace) {
      await this.repo.fetchAndReset(branch);
      return this.repo.head();
    }
    if (await revParse(this.repo.dir, `refs/heads/${branch}`)) await this.repo.checkout(branch);
    else if (branch !== this.repo.branch || (await this.repo.head()))
      throw new ExternalError(
        `the env repo at ${this.repo.dir} has no branch ${branch}; create it, or render into a clone`,
      );
    return this.repo.head();
  }

  private async write(plan: EnvPlan): Promise<void> {
    const write = new Map<string, string>();
    const del: string[] = [];
    for (const [rel, text] of plan.changes) {
      const p = `${this.root}/${plan.env.name}/${rel}`;
      if (text === null) del.push(p);
      else write.set(p, text);
    }
    await this.repo.writeFiles({ write, delete: del });
  }

  private async commitPlanned(p: Planned, branch: string): Promise<EnvReport> {
    const env = p.target.env.name;
    if (p.skipped || !p.plan) return { env, branch, status: "skipped-older", apps: [] };
    await this.write(p.plan);
    const note = p.target.removed
      ? `Environment ${env} was removed from capstan.yaml; pruned with --prune-removed-envs.`
      : undefined;
    const sha = p.plan.changes.size
      ? await this.repo.commit(commitMessage(env, p.plan.apps, this.provenance, note))
      : undefined;
    if (!sha) return { env, branch, status: "unchanged", apps: p.plan.apps };
    return {
      env,
      branch,
      status: p.target.removed ? "pruned" : "committed",
      apps: p.plan.apps,
      commit: sha,
      commitUrl: this.commitUrl(sha),
    };
  }

  /**
   * The approval branch: the render committed on top of the (new) base tip. Pushed with a
   * lease on the tip we saw; not pushed when the branch already holds exactly this render.
   */
  private async commitApproval(
    p: Planned,
    baseTip: string | undefined,
    remoteTip: string | undefined,
  ): Promise<{ report: EnvReport; ref?: PushRef }> {
    const env = p.target.env.name;
    const branch = p.target.approvalBranch!;
    if (p.skipped || !p.plan) return { report: { env, branch, status: "skipped-older", apps: [] } };
    if (!p.plan.changes.size)
      return { report: { env, branch: p.target.base, status: "unchanged", apps: p.plan.apps } };
    if (!baseTip)
      throw new ExternalError(
        `environment ${env} needs approval, but its branch ${p.target.base} does not exist on the env repo yet; create it first`,
      );
    await this.repo.createBranch(branch, baseTip);
    await this.repo.checkout(branch);
    await this.write(p.plan);
    const sha = await this.repo.commit(commitMessage(env, p.plan.apps, this.provenance));
    await this.repo.checkout(p.target.base);
    if (!sha)
      return { report: { env, branch: p.target.base, status: "unchanged", apps: p.plan.apps } };
    const report: EnvReport = { env, branch, status: "proposed", apps: p.plan.apps, commit: sha };
    if (remoteTip && (await sameRender(this.repo.dir, remoteTip, sha))) {
      report.commit = remoteTip;
      report.commitUrl = this.commitUrl(remoteTip);
      return { report };
    }
    report.commitUrl = this.commitUrl(sha);
    return {
      report,
      ref: { local: sha, remote: branch, force: "with-lease", expectedRemoteSha: remoteTip ?? "" },
    };
  }

  private dryRun(planned: Planned[]): EnvReport[] {
    const reports: EnvReport[] = [];
    for (const p of planned) {
      const env = p.target.env.name;
      const branch = p.target.approvalBranch ?? p.target.base;
      if (p.skipped || !p.plan) {
        reports.push({ env, branch, status: "skipped-older", apps: [] });
        continue;
      }
      const changed = p.plan.changes.size > 0;
      reports.push({
        env,
        branch,
        status: changed ? "would-commit" : "unchanged",
        apps: p.plan.apps,
      });
      if (!changed) continue;
      const msg = commitMessage(env, p.plan.apps, this.provenance);
      this.reporter.info(
        `dry run: would commit to ${branch} of ${this.repo.url || this.repo.dir}:`,
      );
      for (const line of msg.trimEnd().split("\n")) this.reporter.info(`    ${line}`);
      for (const [rel, text] of p.plan.changes)
        this.reporter.info(`  ${text === null ? "-" : "+"} ${this.root}/${env}/${rel}`);
    }
    return reports;
  }

  /** Pull requests of approval environments, then the commit statuses on the source commit. */
  async afterPush(reports: EnvReport[]): Promise<void> {
    if (this.mode === "dry-run" || (this.mode === "in-place" && !this.opts.push)) return;
    const gh = this.envRepoApi();
    for (const r of reports) {
      if (r.status !== "proposed") continue;
      const t = this.target(this.src.config.environments.find((e) => e.name === r.env)!);
      const pr = approvalPr(r.env, r.apps, this.provenance, {
        base: t.base,
        sourceUrl: this.sourceWebUrl(),
      });
      const notOpened = this.opts.token ? "the env repo is not on GitHub" : "no token";
      const req = { head: r.branch, base: t.base, title: pr.title, body: pr.body };
      r.pr = await deliverPullRequest(gh, req, notOpened, this.reporter);
      if (r.pr.number !== undefined)
        this.reporter.info(`${r.env}: pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}`);
    }
    await this.commitStatuses(reports);
  }

  private async commitStatuses(reports: EnvReport[]): Promise<void> {
    const gh = this.opts.github;
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(this.src.sourceRepo);
    if (!gh || !this.opts.token || !m || this.src.sourceRepo.startsWith("local/")) return;
    const api = new GitHubApi({
      token: this.opts.token,
      owner: m[1]!,
      repo: m[2]!,
      baseUrl: gh.apiUrl,
    });
    for (const r of reports) {
      if (!r.commit || (r.status !== "committed" && r.status !== "proposed")) continue;
      try {
        await api.setCommitStatus({
          sha: this.src.commit,
          state: "success",
          context: `${STATUS_CONTEXT} (${r.env})`,
          description:
            r.status === "proposed"
              ? `${r.env}: proposed${r.pr?.number ? ` in pull request #${r.pr.number}` : ""} as ${r.commit.slice(0, 7)}`
              : `${r.env}: rendered as ${r.commit.slice(0, 7)}`,
          targetUrl: r.pr?.url ?? r.commitUrl,
        });
      } catch (e) {
        // The render is delivered; a missing status permission must not fail the run.
        this.reporter.warn(`could not set the commit status for ${r.env}: ${(e as Error).message}`);
      }
    }
  }

  private envRepoCoords(): { owner: string; repo: string } | undefined {
    return envRepoCoords(this.repo.url, this.opts.github);
  }

  private envRepoApi(): GitHubApi | undefined {
    return envRepoApi(this.repo.url, this.opts.token, this.opts.github);
  }

  private commitUrl(sha: string): string | undefined {
    const c = this.envRepoCoords();
    return c && this.opts.github
      ? `${this.opts.github.serverUrl.replace(/\/+$/, "")}/${c.owner}/${c.repo}/commit/${sha}`
      : undefined;
  }

  private sourceWebUrl(): string | undefined {
    const gh = this.opts.github;
    if (
      !gh ||
      !/^[^/\s]+\/[^/\s]+$/.test(this.src.sourceRepo) ||
      this.src.sourceRepo.startsWith("local/")
    )
      return undefined;
    return `${gh.serverUrl.replace(/\/+$/, "")}/${this.src.sourceRepo}`;
  }
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

/**
 * A rejection where every ref failed only because the remote's ref transaction could
 * not take its locks (another push was updating the same ref at that moment): a race.
 */
function lostRefLock(detail: string): boolean {
  const parts = detail.split("; ");
  return parts.every((p) =>
    /atomic transaction failed|cannot lock ref|failed to update ref|incorrect old value/.test(p),
  );
}

/** The remote approval branch already holds this render: same tree, same base. */
async function sameRender(dir: string, remote: string, local: string): Promise<boolean> {
  const [a, b] = await Promise.all([commitInfo(dir, remote), commitInfo(dir, local)]);
  return a.tree === b.tree && a.parents[0] === b.parents[0];
}

function envIndex(src: LoadedSource, name: string): number {
  const i = src.config.environments.findIndex((e) => e.name === name);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
