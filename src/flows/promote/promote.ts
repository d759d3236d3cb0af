/**
 * `capstan promote --from ENV --to ENV` and the Action's `promote` (docs/design.md, "The flows"): re-render
 * `to` at the source revisions `from` runs, on branch `capstan/promote/<from>-to-<to>`,
 * and open or update one pull request on the env repo whose body is the rendered diff.
 *
 * Through the env-repo transaction (flows/transaction/transaction.ts), repeated when
 * another run moved the promotion branch meanwhile:
 *   1. fetch `from`'s and `to`'s branches and the promotion branch; read both state.json;
 *   2. per app, the source commit to render: `from`'s recorded commit (or `--revision`);
 *      an app is never moved backwards without `--revision`;
 *   3. plan `to` (promote-plan.ts: each app at its own commit) and diff it against what
 *      `to` holds now (reading only the changed apps' files);
 *   4. nothing changes → close a stale promotion PR; else one commit on the promotion
 *      branch from `to`'s tip, pushed with a lease on the tip seen in 1; then the PR.
 */
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { openEnvStore } from "../../adapters/git/open-store.ts";
import type { EnvStore } from "../../adapters/git/store.ts";
import { GitHubApi } from "../../adapters/github.ts";
import { readConfigFile } from "../../adapters/source-files.ts";
import {
  isAncestor,
  logBetween,
  resolveCommit,
  type LogEntry,
} from "../../adapters/source-repo.ts";
import { locateSource } from "../../adapters/source-tree.ts";
import { bindApp } from "../../core/model/binding.ts";
import { loadConfig, type Config, type Environment } from "../../core/model/config.ts";
import { diffEnv, type AppDiff, type AppFiles } from "../../core/preview/diff.ts";
import { ENV_FILES } from "../../core/preview/preview.ts";
import { isBookkeeping } from "../../core/plan/hydrator.ts";
import { ExternalError, UsageError, UserError, type Problem } from "../../core/common/errors.ts";
import { STATE_FILE, type EnvState } from "../../core/plan/layout.ts";
import { cmp } from "../../core/common/text.ts";
import { NAMESPACES_APP } from "../../core/plan/namespaces.ts";
import { short, type ReportInput } from "../../core/preview/report.ts";
import { changedApps } from "../shared/commit-message.ts";
import { prefetchEnvs, readEnvAt, type Snapshot } from "../shared/env-snapshot.ts";
import { sourceIdentity } from "../shared/identity.ts";
import { planPromotion, SourceRevisions, type PromotionPlan } from "./promote-plan.ts";
import {
  PROMOTION_LABEL,
  promotionBranch,
  promotionCommitMessage,
  promotionPr,
  type PromotionWords,
} from "./promote-pr.ts";
import { deliverPullRequest, envRepoApi } from "../shared/pull-requests.ts";
import type { Reporter } from "../shared/reporter.ts";
import type { EnvTree } from "../transaction/env-tree.ts";
import { runTransaction, type TxPlan, type TxWrite } from "../transaction/transaction.ts";
import { Gates } from "./gates.ts";
import { advanceToHead } from "./advance.ts";
import { isStateFile } from "../../core/plan/state-file.ts";
import { driftMarkdown, promotedDrift, promotedFiles, type PromotedFiles } from "./drift.ts";
import { verificationLines } from "./verify.ts";
import type { Attempt, Decision, PromoteOptions, PromoteResult } from "./promote-types.ts";
import { settleWithoutPr } from "./promote-settle.ts";
import { promotionEnvs } from "./promote-edges.ts";

export type { PromoteOptions, PromoteResult, PromoteStatus } from "./promote-types.ts";
export { promotionEdges, promotionEnvs } from "./promote-edges.ts";
export { promoteLines } from "./promote-lines.ts";
export async function promote(opts: PromoteOptions, reporter: Reporter): Promise<PromoteResult> {
  const configFile = readConfigFile(opts.source);
  const config = loadConfig(configFile);
  const envs = promotionEnvs(config, opts.from, opts.to);
  const envRepo = opts.envRepo ?? config.envRepo.url;
  if (!envRepo)
    throw new UsageError(
      "promote needs the env repo: --env-repo PATH|URL (Action input env-repo) or envRepo.url in capstan.yaml",
    );
  if (opts.apps && !opts.apps.length) throw new UsageError("--apps names no app");
  const loc = await locateSource(opts.source);
  const id = await sourceIdentity(opts.source, { sourceRepo: opts.sourceRepo });
  const revisions = new SourceRevisions(loc, {
    sourceDir: opts.source,
    sourceRepo: id.sourceRepo,
    frozen: opts.frozen,
    gitToken: opts.token,
  });

  const tmp = opts.workdir
    ? undefined
    : await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), "capstan-promote-"));
  try {
    const repo = await openEnvStore({
      url: envRepo,
      token: opts.token,
      workdir: opts.workdir ?? path.join(tmp!, "repo"),
      committer: opts.committer,
      env: opts.gitEnv,
    });
    if (repo.inPlace && (await repo.dirty()).length)
      throw new UserError([
        {
          code: "dirty-worktree",
          message: `the env repo at ${repo.dir} has uncommitted changes; commit or stash them first`,
        },
      ]);
    if (repo.inPlace && opts.push && !repo.url)
      throw new UsageError(`--push: the env repo at ${repo.dir} has no origin remote to push to`);
    const mode: PromoteResult["mode"] = repo.inPlace ? "in-place" : opts.push ? "push" : "dry-run";
    const flow = new PromoteFlow(opts, reporter, repo, mode, {
      config,
      from: envs.from,
      to: envs.to,
      loc: loc.top,
      sourceRepo: id.sourceRepo,
      revisions,
      head: id.commit,
    });
    const out = await flow.run();
    await flow.pullRequest(out);
    return out;
  } finally {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  }
}

interface FlowContext {
  config: Config;
  from: Environment;
  to: Environment;
  /** the source repository's top folder */
  loc: string;
  sourceRepo: string;
  revisions: SourceRevisions;
  /** the source checkout's HEAD commit */
  head: string;
}

class PromoteFlow {
  private readonly root: string;
  private readonly branch: string;
  private readonly fromBranch: string;
  private readonly toBranch: string;
  private readonly ancestry = new Map<string, Promise<boolean>>();
  private readonly gates: Gates;

  constructor(
    private readonly opts: PromoteOptions,
    private readonly reporter: Reporter,
    private readonly repo: EnvStore,
    private readonly mode: PromoteResult["mode"],
    private readonly ctx: FlowContext,
  ) {
    this.root = ctx.config.envRepo.root;
    this.branch = promotionBranch(ctx.from.name, ctx.to.name);
    this.gates = new Gates(ctx, () => this.api(), opts);
    this.fromBranch = ctx.from.branch ?? ctx.config.envRepo.branch;
    this.toBranch = ctx.to.branch ?? ctx.config.envRepo.branch;
  }

  private write(): TxWrite {
    if (this.mode === "dry-run") return "build";
    if (this.mode === "in-place") return this.opts.push ? "local+push" : "local";
    return "push";
  }

  /** The transaction: plan (`attempt`), commit, push; then what it did. */
  async run(): Promise<PromoteResult> {
    const tx = await runTransaction<Attempt>(this.repo, {
      refs: [this.fromBranch, this.toBranch, this.branch],
      plan: (tree, n) => this.attempt(tree, n),
      write: this.write(),
      root: this.root,
      retry: { maxAttempts: 5, ...this.opts.retry },
      raceMessage: `push to ${this.repo.url || this.repo.dir}: the promotion branch moved meanwhile; run again`,
    });
    const { result } = tx.result;
    const o = tx.commits[0];
    if (!tx.result.words) return result;
    if (!o?.sha) {
      result.status = "nothing-to-promote";
      return result;
    }
    result.commit = o.sha;
    if (o.alreadyThere) {
      this.reporter.info(`${this.branch} already holds this promotion (${short(o.sha)})`);
      result.pushed = true;
    } else if (tx.pushed.length) {
      result.pushed = true;
      this.reporter.info(
        result.direct
          ? `autoPromote: pushed ${this.toBranch} (${short(o.sha)}) to ${this.repo.url || this.repo.dir}`
          : `pushed ${this.branch} (${short(o.sha)}) to ${this.repo.url}`,
      );
    }
    return result;
  }

  /** `a` is an ancestor of (or equal to) `b` in the source history; unknown commits are not. */
  private ancestor(a: string, b: string): Promise<boolean> {
    const key = `${a}..${b}`;
    let p = this.ancestry.get(key);
    if (!p) {
      p = isAncestor(this.ctx.loc, a, b).catch((e: unknown) => {
        if (e instanceof UserError && e.problems.some((x) => x.code === "unknown-revision"))
          return false;
        throw e;
      });
      this.ancestry.set(key, p);
    }
    return p;
  }

  /** The newest of `commits` along the history (the first one when they diverge). */
  private async newest(commits: Iterable<string>): Promise<string | undefined> {
    let best: string | undefined;
    for (const c of new Set(commits)) if (!best || (await this.ancestor(best, c))) best = c;
    return best;
  }

  private appsOf(state: EnvState | undefined): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, a] of Object.entries(state?.apps ?? {}))
      if (a.sourceRepo === this.ctx.sourceRepo && name !== NAMESPACES_APP) out.set(name, a.commit);
    return out;
  }

  async attempt(tree: EnvTree, n: number): Promise<TxPlan<Attempt>> {
    if (n > 1) this.reporter.info(`the promotion branch moved: re-planning (attempt ${n})`);
    const { from, to } = this.ctx;
    const fromTip = tree.tip(this.fromBranch);
    const toTip = tree.tip(this.toBranch);
    await prefetchEnvs(tree, [
      [fromTip, `${this.root}/${from.name}`],
      [toTip, `${this.root}/${to.name}`],
    ]);
    const fromSnap = await this.snapshot(tree, fromTip, from.name);
    const toSnap = await this.snapshot(tree, toTip, to.name);
    const fromApps = this.appsOf(fromSnap.state);
    const toApps = this.appsOf(toSnap.state);
    if (!fromApps.size) {
      const where = `${this.root}/${from.name}/${STATE_FILE} on branch ${this.fromBranch} of ${this.repo.url || this.repo.dir}`;
      const others = Object.values(fromSnap.state?.apps ?? {})
        .map((a) => a.sourceRepo)
        .filter((r, i, all) => r !== "capstan" && all.indexOf(r) === i);
      throw new UserError([
        {
          code: "nothing-rendered",
          env: from.name,
          message: fromSnap.state
            ? `environment "${from.name}" holds no app of ${this.ctx.sourceRepo} (${where} lists apps of ${others.join(", ") || "no source"}); pass --source-repo if this source is known there by another name`
            : `environment "${from.name}" has nothing rendered yet (no ${where}); render it before promoting from it`,
        },
      ]);
    }

    // --apps: only the promoted apps' Application files are read, at each revision
    if (this.opts.apps && !this.opts.revision)
      this.ctx.revisions.limitTo(this.opts.apps, fromSnap.state);
    const d = await this.decide(fromApps, toApps, fromSnap);
    // The promoted apps' files in the target (for the drift note) are read while the source
    // is loaded and rendered.
    const toFiles = this.envFiles(tree, toTip, toSnap, [...d.targets.keys()]);
    toFiles.catch(() => undefined); // awaited (and its error met) only if a PR is proposed
    return this.propose(tree, fromTip, toTip, toSnap, d, toFiles);
  }

  /** Per app, the source commit `to` will run; what `to` runs now; a rollback or not. */
  private async decide(
    fromApps: Map<string, string>,
    toApps: Map<string, string>,
    fromSnap: Snapshot,
  ): Promise<Decision> {
    const { from, to } = this.ctx;
    // 2. per app, the commit to render
    const problems: Problem[] = [];
    const notices: string[] = [];
    const selected = this.opts.apps ? [...new Set(this.opts.apps)].sort(cmp) : [...fromApps.keys()];
    const explicit = this.opts.revision
      ? await resolveCommit(this.ctx.loc, this.opts.revision)
      : undefined;
    for (const a of selected)
      if (!fromApps.has(a) && !explicit)
        problems.push({
          code: "unknown-app",
          app: a,
          env: from.name,
          message: `app "${a}" is not deployed in ${from.name} (it runs ${[...fromApps.keys()].join(", ")}); nothing to promote from there`,
        });
    if (problems.length) throw new UserError(problems);
    const targets = new Map<string, string>();
    for (const a of selected) targets.set(a, explicit ?? fromApps.get(a)!);
    if (!explicit) {
      const moved = await advanceToHead(targets, {
        head: this.ctx.head,
        from: from.name,
        to: to.name,
        fromState: fromSnap.state,
        revisions: this.ctx.revisions,
        ancestor: (a, b) => this.ancestor(a, b),
      });
      for (const a of moved)
        notices.push(
          `${a}: ${from.name} runs it unchanged at ${short(this.ctx.head)}, where ${to.name}'s own settings changed; promoting it at ${short(this.ctx.head)}`,
        );
    }
    const revision = explicit ?? (await this.newest(targets.values()))!;
    const current = await this.newest(
      [...toApps].filter(([a]) => !this.opts.apps || targets.has(a)).map(([, c]) => c),
    );
    const pruneCandidates: string[] = [];
    if (!this.opts.apps) {
      // A full promotion makes `to` what `from` runs: apps only `to` binds come along at the
      // revision; apps of this source `to` holds but no longer binds are removed.
      const src = await this.ctx.revisions.at(revision);
      for (const app of src.apps) {
        if (targets.has(app.name)) continue;
        const bound = new Set(
          bindApp(app, src.config.environments).bindings.map((b) => b.env.name),
        );
        if (bound.has(to.name) && !bound.has(from.name)) targets.set(app.name, revision);
      }
      for (const a of toApps.keys()) if (!targets.has(a)) pruneCandidates.push(a);
    }
    if (!explicit)
      for (const [app, commit] of [...targets]) {
        const now = toApps.get(app);
        if (!now || now === commit) continue;
        if (await this.ancestor(commit, now)) {
          notices.push(
            `${to.name} already runs ${app} at ${short(now)}, newer than ${short(commit)} (what ${from.name} runs); ` +
              `not moving it backwards — pass --revision ${short(commit)} to roll back deliberately`,
          );
          targets.delete(app);
        } else if (!(await this.ancestor(now, commit)))
          problems.push({
            code: "diverged-history",
            app,
            env: to.name,
            message:
              `${to.name} runs ${app} at ${short(now)}, which is neither an ancestor nor a descendant of ` +
              `${short(commit)} (what ${from.name} runs): history was rewritten; pass --revision to choose deliberately`,
          });
      }
    if (problems.length) throw new UserError(problems);
    for (const n of notices) this.reporter.notice(n);
    const rollback =
      !!explicit && !!current && current !== explicit && (await this.ancestor(explicit, current));
    return { targets, revision, current, pruneCandidates, notices, rollback };
  }

  /** The plan, the diff and the PR's words; the promotion commit when something changes. */
  private async propose(
    tree: EnvTree,
    fromTip: string | undefined,
    toTip: string | undefined,
    toSnap: Snapshot,
    d: Decision,
    toFiles: Promise<PromotedFiles | undefined>,
  ): Promise<TxPlan<Attempt>> {
    const { from, to } = this.ctx;
    const { targets, revision, current, pruneCandidates, notices, rollback } = d;

    // 3. plan and diff
    const plan = await planPromotion(this.ctx.revisions, to.name, toSnap, targets, {
      revision,
      pruneCandidates,
    });
    for (const n of plan.notices) this.reporter.notice(n);
    const diffs = await this.diff(tree, toTip, plan);
    const rendered = new Map([...targets].filter(([a]) => plan.apps.some((o) => o.name === a)));
    const result: PromoteResult = {
      from: from.name,
      to: to.name,
      branch: this.branch,
      base: this.toBranch,
      status: "proposed",
      mode: this.mode,
      rollback,
      revision,
      current,
      commits: Object.fromEntries(
        [...rendered].filter(([a]) => changedApps(plan.apps).some((o) => o.name === a)),
      ),
      apps: plan.apps,
      diffs,
      pushed: false,
      forced: false,
      direct: false,
      envRepo: this.repo.url || this.repo.dir,
    };
    if (![...plan.changes.keys()].some((p) => !isStateFile(p))) {
      result.status = "nothing-to-promote";
      return { commits: [], result: { result } };
    }
    result.verification = await this.gates.check(fromTip!);
    if (result.verification && !result.verification.verified) {
      if (!this.opts.force) {
        result.status = "unverified";
        return { commits: [], result: { result } };
      }
      result.forced = true;
    }
    const words: PromotionWords = {
      from: from.name,
      to: to.name,
      sourceRepo: this.ctx.sourceRepo,
      revision,
      current,
      rollback,
      commits: rendered,
      apps: plan.apps,
      log: await this.log(current, revision, rollback),
      sourceUrl: this.sourceWebUrl(),
      verification: result.verification,
      forced: result.forced,
      drift: await this.drift(await toFiles, toSnap, plan),
    };
    const report: ReportInput = {
      base: { label: `${to.name} now`, commit: current ?? "" },
      head: {
        label: rollback ? `${to.name} rolled back` : `${to.name} promoted`,
        commit: revision,
      },
      diffs,
      problems: [],
      causes: [],
      notices,
    };
    const pr = promotionPr(words, report);
    result.title = pr.title;
    result.body = pr.body;

    return this.promotionCommit(result, words, plan, toTip);
  }

  /** One commit on the promotion branch from `to`'s tip, pushed with a lease. */
  private promotionCommit(
    result: PromoteResult,
    words: PromotionWords,
    plan: PromotionPlan,
    toTip: string | undefined,
  ): TxPlan<Attempt> {
    const { to } = this.ctx;
    if (!toTip)
      throw new ExternalError(
        `environment ${to.name} is deployed from branch ${this.toBranch}, which does not exist on the env repo yet; create it first`,
      );
    const changes = new Map<string, string | null>();
    for (const [rel, text] of plan.changes) changes.set(`${this.root}/${to.name}/${rel}`, text);
    // autoPromote: the promotion commit fast-forwards `to`'s branch, no pull request
    result.direct = Boolean(to.autoPromote && !result.forced);
    return {
      commits: [
        {
          branch: result.direct ? this.toBranch : this.branch,
          onto: this.toBranch,
          message: promotionCommitMessage(words),
          changes,
        },
      ],
      result: { result, words },
    };
  }

  private envFiles(tree: EnvTree, tip: string | undefined, snap: Snapshot, apps: string[]) {
    return promotedFiles(tree, tip, snap.state, `${this.root}/${this.ctx.to.name}/`, apps);
  }

  /** Hand edits in the promoted apps of `to`: noticed in the log, and the PR body's section. */
  private async drift(read: PromotedFiles | undefined, snap: Snapshot, plan: PromotionPlan) {
    const drift = read && snap.state ? await promotedDrift(read, snap.state) : undefined;
    if (!drift) return undefined;
    if (drift.length)
      this.reporter.notice(
        `${this.ctx.to.name} has files edited by hand since capstan rendered them (${drift.map((d) => d.app).join(", ")}); the pull request lists them`,
      );
    return driftMarkdown(this.ctx.to.name, drift, plan.changes);
  }

  private async snapshot(tree: EnvTree, tip: string | undefined, env: string): Promise<Snapshot> {
    const s = await readEnvAt(tree, tip, `${this.root}/${env}`);
    if (s.problem) throw new UserError([s.problem]);
    return s;
  }

  /** The rendered difference per app: `to` now (read at its tip) against `to` after the plan. */
  private async diff(
    tree: EnvTree,
    tip: string | undefined,
    plan: PromotionPlan,
  ): Promise<AppDiff[]> {
    const envDir = `${this.root}/${this.ctx.to.name}/`;
    const now = tip ? await this.filesOf(tree, tip, envDir, plan) : new Map<string, string>();
    const base = new Map<string, AppFiles>();
    const head = new Map<string, AppFiles>();
    for (const a of changedApps(plan.apps)) {
      const b: AppFiles = new Map();
      for (const [p, buf] of now)
        if (p.startsWith(`${envDir}${a.name}/`)) b.set(p.slice(envDir.length), buf);
      const h: AppFiles = new Map(b);
      for (const [p, t] of plan.changes)
        if (p.startsWith(`${a.name}/`)) {
          if (t === null) h.delete(p);
          else h.set(p, t);
        }
      base.set(a.name, b);
      head.set(a.name, h);
    }
    // the environment's own files (its kustomization.yaml), as the preview shows them
    const b: AppFiles = new Map();
    const h: AppFiles = new Map();
    for (const [p, t] of plan.changes) {
      if (p.includes("/") || isBookkeeping(p)) continue;
      const was = now.get(`${envDir}${p}`);
      if (was !== undefined) b.set(p, was);
      if (t !== null) h.set(p, t);
    }
    if (b.size || h.size) {
      base.set(ENV_FILES, b);
      head.set(ENV_FILES, h);
    }
    return diffEnv(this.ctx.to.name, base, head);
  }

  /** The files of the changed apps' folders at `tip` (only those are read). */
  private async filesOf(
    tree: EnvTree,
    tip: string,
    envDir: string,
    plan: PromotionPlan,
  ): Promise<Map<string, string>> {
    const dirs = changedApps(plan.apps).map((a) => `${envDir}${a.name}`);
    // the environment's own files the plan touches (its kustomization.yaml)
    const own = [...plan.changes.keys()]
      .filter((p) => !p.includes("/") && !isBookkeeping(p))
      .map((p) => envDir + p);
    const listed = dirs.length ? await tree.list(tip, dirs, true) : [];
    const paths = [...listed.filter((e) => e.type === "blob").map((f) => f.path), ...own];
    if (!paths.length) return new Map();
    const texts = await tree.read(tip, paths);
    const out = new Map<string, string>();
    paths.forEach((p, i) => {
      if (texts[i] !== undefined) out.set(p, texts[i]!);
    });
    return out;
  }

  /** Source commits between what `to` runs and what it will run (a rollback: the ones taken back). */
  private async log(
    current: string | undefined,
    revision: string,
    rollback: boolean,
  ): Promise<LogEntry[] | undefined> {
    if (!current) return undefined;
    if (rollback) return logBetween(this.ctx.loc, revision, current);
    if (!(await this.ancestor(current, revision))) return undefined;
    return logBetween(this.ctx.loc, current, revision);
  }

  /** Opens or updates the pull request, or closes a stale one; without GitHub, prints it. */
  async pullRequest(r: PromoteResult): Promise<void> {
    const gh = this.api();
    if (r.verification) for (const l of verificationLines(r.verification)) this.reporter.info(l);
    if (r.status === "unverified") {
      this.reporter.info(
        `not promoting ${r.from} → ${r.to}: the gates have not passed; nothing changed (pass --force to promote anyway)`,
      );
      return;
    }
    if (r.status === "nothing-to-promote" || r.direct)
      return settleWithoutPr(gh, r, this.ctx.sourceRepo, this.reporter);
    if (!r.title || !r.body) return;
    const why = !r.pushed
      ? this.mode === "dry-run"
        ? "dry run: nothing pushed — pass --push"
        : `committed ${r.branch} in place${this.repo.url ? " — pass --push to push it" : ""}`
      : this.opts.token
        ? "the env repo is not on GitHub"
        : "no token";
    const req = {
      head: r.branch,
      base: r.base,
      title: r.title,
      body: r.body,
      labels: [PROMOTION_LABEL],
    };
    r.pr = await deliverPullRequest(r.pushed ? gh : undefined, req, why, this.reporter);
    if (r.pr.number !== undefined)
      this.reporter.info(`promotion pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}`);
  }

  private api(): GitHubApi | undefined {
    return envRepoApi(this.repo.url, this.opts.token, this.opts.github);
  }

  private sourceWebUrl(): string | undefined {
    const gh = this.opts.github;
    const repo = this.ctx.sourceRepo;
    if (!gh || !/^[^/\s]+\/[^/\s]+$/.test(repo) || repo.startsWith("local/")) return undefined;
    return `${gh.serverUrl.replace(/\/+$/, "")}/${repo}`;
  }
}
