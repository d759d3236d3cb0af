/**
 * `capstan render --env-repo PATH|URL [--push]` and the Action's `render`: plan every
 * auto-deployed environment against the env repo, one commit per environment, every
 * ref of the run in one atomic push — through the env-repo transaction
 * (flows/transaction/transaction.ts): fetch → plan (render-plan.ts) → commits without a
 * work tree → atomic push with leases → on a race, again from the fetch, so the
 * older-commit rule is re-applied against whatever the other run committed.
 * Any problem (invalid source, corrupt state, mass deletion, diverged history, app
 * collision) is a UserError before anything is written.
 */
import { didYouMeanInline } from "../../core/common/suggest.ts";
import {
  deliverPullRequest,
  envRepoApi,
  envRepoCoords,
  type GitHubTarget,
} from "../shared/pull-requests.ts";
import * as fs from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openEnvStore } from "../../adapters/git/open-store.ts";
import type { EnvStore } from "../../adapters/git/store.ts";
import { GitHubApi } from "../../adapters/github.ts";
import type { RetryOptions } from "../../adapters/retry.ts";
import type { Config, Environment } from "../../core/model/config.ts";
import { kindsToPreload, prepare, type LoadedSource } from "../../core/plan/plan.ts";
import { preloadKinds } from "../../kube/index.ts";
import { UsageError, UserError } from "../../core/common/errors.ts";
import { approvalPr, commitMessage, type Provenance } from "../shared/commit-message.ts";
import {
  runTransaction,
  warmStart,
  type TxCommitOutcome,
  type TxWrite,
  type Warm,
} from "../transaction/transaction.ts";
import {
  prefetchTargets,
  renderRefs,
  RenderPlanner,
  type Planned,
  type RenderAttempt,
  type Target,
} from "./render-plan.ts";
import { SourceHistory } from "./render-order.ts";
import type { Reporter } from "../shared/reporter.ts";
import { readEnvAt } from "../shared/env-snapshot.ts";
import { EnvTree } from "../transaction/env-tree.ts";
import type { EnvState } from "../../core/plan/layout.ts";
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

export const APPROVAL_PREFIX = "capstan/render/";
const STATUS_CONTEXT = "capstan/render";

/** The environments `render --env-repo` acts on: every autoDeploy one, or the named ones. */
export function renderTargets(config: Config, names: string[] | undefined): Environment[] {
  const all = config.environments;
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

/** A target of the run: the environment, its branch, and its approval branch if it has one. */
function renderTarget(config: Config, env: Environment): Target {
  const base = env.branch ?? config.envRepo.branch;
  return env.approval === "pull-request"
    ? { env, base, approvalBranch: `${APPROVAL_PREFIX}${env.name}` }
    : { env, base };
}

/** The env repo of a run, opened — and its first fetch under way — before the source is loaded. */
export interface EnvRepoStart {
  store: Promise<EnvStore>;
  /** The first attempt's tips, fetched, with the targets' state files read (`warmStart`). */
  warm: Promise<Warm | undefined>;
  /**
   * The targets' states at those tips, in order (undefined where there is none or it is
   * corrupt): what lets the load skip parsing unchanged Application files.
   */
  states: Promise<(EnvState | undefined)[] | undefined>;
  /** Waits for git, then removes the temporary repository. */
  close(): Promise<void>;
}

/**
 * Opens the env repo and starts the first attempt's fetch and reads from capstan.yaml alone:
 * the CLI calls it as soon as the config is read (flows/shared/load.ts `onConfig`), so git
 * fetches while the Applications are parsed. Nothing here rejects: errors reach the
 * caller where `renderToRepo` awaits the store, after the source's own problems.
 */
export function startEnvRepo(
  config: Config,
  sourceRepo: string,
  opts: RenderRepoOptions,
): EnvRepoStart {
  // Synchronous up to git's first process: the caller goes on parsing right after.
  const tmp = opts.workdir ? undefined : mkdtempSync(path.join(tmpBase(), "capstan-env-"));
  const store = openEnvStore({
    url: opts.envRepo,
    token: opts.token,
    workdir: opts.workdir ?? path.join(tmp!, "repo"),
    committer: opts.committer,
    env: opts.gitEnv,
  });
  let targets: Target[] | undefined;
  try {
    targets = renderTargets(config, opts.envs).map((e) => renderTarget(config, e));
  } catch {
    targets = undefined; // an unknown --env: reported by renderToRepo, in its order
  }
  const warm = store.then(
    (s) =>
      s.inPlace || !targets
        ? undefined
        : warmStart(s, renderRefs(config, targets), (tree) =>
            prefetchTargets(tree, config, sourceRepo, targets!),
          ),
    () => undefined,
  );
  const states = Promise.all([store, warm])
    .then(async ([s, w]) => {
      if (!w || !targets) return undefined;
      const tree = new EnvTree(s, w.tips);
      const root = config.envRepo.root;
      const snaps = await Promise.all(
        targets.map((t) => readEnvAt(tree, tree.tip(t.base), `${root}/${t.env.name}`)),
      );
      return snaps.map((x) => x.state);
    })
    .catch(() => undefined);
  return {
    store,
    warm,
    states,
    async close() {
      await warm;
      await store.catch(() => undefined);
      if (tmp) await fs.rm(tmp, { recursive: true, force: true });
    },
  };
}

export async function renderToRepo(
  src: LoadedSource,
  opts: RenderRepoOptions,
  reporter: Reporter,
  started?: EnvRepoStart,
): Promise<RenderRepoResult> {
  try {
    const envs = renderTargets(src.config, opts.envs);
    // Capabilities resolve (and the lock is checked) for every environment: a workflow step
    // naming a promotion-only environment must still bind.
    const prep = await prepare(src, src.config.environments, {
      frozen: opts.frozen,
      preload: false,
    });
    // loaded while git answers the first target's questions (RenderPlanner awaits it)
    const validators = preloadKinds(kindsToPreload(src, prep.caps));
    validators.catch(() => undefined); // awaited by the planner
    for (const n of [...src.notices, ...prep.notices]) reporter.notice(n);
    started ??= startEnvRepo(src.config, src.sourceRepo, opts);
    const store = await started.store;
    const mode: RenderRepoResult["mode"] =
      opts.dryRun || (!store.inPlace && !opts.push)
        ? "dry-run"
        : store.inPlace
          ? "in-place"
          : "push";
    if (store.inPlace && (await store.dirty()).length)
      throw new UserError([
        {
          code: "dirty-worktree",
          message: `the env repo at ${store.dir} has uncommitted changes; commit or stash them first (capstan commits everything it stages)`,
        },
      ]);
    if (store.inPlace && opts.push && !store.url)
      throw new UsageError(`--push: the env repo at ${store.dir} has no origin remote to push to`);
    const flow = new RenderFlow(src, opts, reporter, store, mode, validators);
    const reports = await flow.run(
      envs.map((env) => renderTarget(src.config, env)),
      started.warm,
    );
    await flow.afterPush(reports.reports);
    return { ...reports, mode, envRepo: store.url || store.dir };
  } finally {
    await started?.close();
  }
}

function tmpBase(): string {
  return process.env.RUNNER_TEMP || os.tmpdir();
}

class RenderFlow {
  private readonly provenance: Provenance;

  constructor(
    private readonly src: LoadedSource,
    private readonly opts: RenderRepoOptions,
    private readonly reporter: Reporter,
    private readonly store: EnvStore,
    private readonly mode: RenderRepoResult["mode"],
    private readonly validators: Promise<void>,
  ) {
    this.provenance = { sourceRepo: src.sourceRepo, commit: src.commit };
  }

  private write(): TxWrite {
    if (this.mode === "dry-run") return "dry-run";
    if (this.mode === "in-place") return this.opts.push ? "local+push" : "local";
    return "push";
  }

  async run(
    targets: Target[],
    warm?: Promise<Warm | undefined>,
  ): Promise<Pick<RenderRepoResult, "reports" | "removedEnvs" | "pushed">> {
    const history = new SourceHistory(this.opts.sourceDir, this.src.sourceRepo, this.src.commit);
    const headRef = this.store.inPlace ? await this.store.headRef() : undefined;
    const planner = new RenderPlanner(
      this.src,
      {
        allowMassDeletion: this.opts.allowMassDeletion,
        pruneRemovedEnvs: this.opts.pruneRemovedEnvs,
        headRef,
        validators: this.validators,
      },
      this.reporter,
      history,
    );
    const tx = await runTransaction<RenderAttempt>(this.store, {
      refs: planner.refs(targets),
      plan: (tree, n) => planner.plan(tree, targets, n),
      write: this.write(),
      warm,
      root: this.src.config.envRepo.root,
      retry: this.opts.retry,
      // a race lost in place (no retry there); remote pushes retry, then give up in adapters/retry.ts
      raceMessage: `push to ${this.store.url}: the remote branch moved since this repository was last pulled; pull and run again`,
    });
    const { planned, removed } = tx.result;
    const pushed = tx.pushed.filter((r) => !r.startsWith("refs/"));
    if (pushed.length)
      this.reporter.info(`pushed ${pushed.join(", ")} to ${this.store.url} (atomic)`);
    const reports =
      this.mode === "dry-run"
        ? this.dryRun(planned)
        : planned.map((p) => this.report(p, tx.commits));
    reports.sort((a, b) => envIndex(this.src, a.env) - envIndex(this.src, b.env));
    return { reports, removedEnvs: removed, pushed };
  }

  private report(p: Planned, outcomes: TxCommitOutcome[]): EnvReport {
    const env = p.target.env.name;
    const t = p.target;
    if (p.skipped || !p.plan)
      return { env, branch: t.approvalBranch ?? t.base, status: "skipped-older", apps: [] };
    const o = p.commit === undefined ? undefined : outcomes[p.commit];
    if (!o?.sha) return { env, branch: t.base, status: "unchanged", apps: p.plan.apps };
    const status = t.approvalBranch ? "proposed" : t.removed ? "pruned" : "committed";
    return {
      env,
      branch: t.approvalBranch ?? t.base,
      status,
      apps: p.plan.apps,
      commit: o.sha,
      commitUrl: this.commitUrl(o.sha),
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
        `dry run: would commit to ${branch} of ${this.store.url || this.store.dir}:`,
      );
      for (const line of msg.trimEnd().split("\n")) this.reporter.info(`    ${line}`);
      for (const [rel, text] of p.plan.changes)
        this.reporter.info(
          `  ${text === null ? "-" : "+"} ${this.src.config.envRepo.root}/${env}/${rel}`,
        );
    }
    return reports;
  }

  /** Pull requests of approval environments, then the commit statuses on the source commit. */
  async afterPush(reports: EnvReport[]): Promise<void> {
    if (this.mode === "dry-run" || (this.mode === "in-place" && !this.opts.push)) return;
    const gh = this.envRepoApi();
    for (const r of reports) {
      if (r.status !== "proposed") continue;
      const env = this.src.config.environments.find((e) => e.name === r.env)!;
      const t = renderTarget(this.src.config, env);
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
    return envRepoCoords(this.store.url, this.opts.github);
  }

  private envRepoApi(): GitHubApi | undefined {
    return envRepoApi(this.store.url, this.opts.token, this.opts.github);
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

function envIndex(src: LoadedSource, name: string): number {
  const i = src.config.environments.findIndex((e) => e.name === name);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
