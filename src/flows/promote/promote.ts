/**
 * `capstan promote --from ENV --to ENV` and the Action's `promote` (docs/design.md, "The flows"): re-render
 * `to` at the source revisions `from` runs, on branch `capstan/promote/<from>-to-<to>`,
 * and open or update one pull request on the env repo whose body is the rendered diff.
 *
 * One attempt (repeated when another run moved the promotion branch meanwhile):
 *   1. fetch `from`'s and `to`'s branches and the promotion branch; read both state.json;
 *   2. per app, the source commit to render: `from`'s recorded commit (or `--revision`);
 *      an app is never moved backwards without `--revision`;
 *   3. plan `to` (promote-plan.ts: each app at its own commit) and diff it against what
 *      `to` holds now;
 *   4. nothing changes → close a stale promotion PR; else commit on a fresh branch from
 *      `to`'s tip and push it with a lease on the tip seen in 1; then the PR.
 */
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { EnvRepo } from "../../adapters/env-repo.ts";
import { commitInfo, revParse } from "../../adapters/git-objects.ts";
import { GitHubApi } from "../../adapters/github.ts";
import { withRetry, type RetryOptions } from "../../adapters/retry.ts";
import { readConfigFile } from "../../adapters/source-files.ts";
import {
  isAncestor,
  logBetween,
  readTreeAt,
  resolveCommit,
  type LogEntry,
} from "../../adapters/source-repo.ts";
import { locateSource } from "../../adapters/source-tree.ts";
import { bindApp } from "../../core/binding.ts";
import { loadConfig, type Config, type Environment } from "../../core/config.ts";
import { diffEnv, type AppDiff, type AppFiles } from "../../core/diff.ts";
import type { AppOutcome } from "../../core/engine.ts";
import { ExternalError, UsageError, UserError, type Problem } from "../../core/errors.ts";
import { STATE_FILE, type EnvState } from "../../core/layout.ts";
import { cmp } from "../../core/text.ts";
import { NAMESPACES_APP } from "../../core/namespaces.ts";
import { short, type ReportInput } from "../../core/report.ts";
import { changedApps } from "../shared/commit-message.ts";
import { readEnvAt, type Snapshot } from "../shared/env-snapshot.ts";
import { sourceIdentity } from "../shared/identity.ts";
import { planPromotion, SourceRevisions, type PromotionPlan } from "./promote-plan.ts";
import {
  PROMOTION_LABEL,
  promotionBranch,
  promotionCommitMessage,
  promotionPr,
  type PromotionWords,
} from "./promote-pr.ts";
import { deliverPullRequest, envRepoApi, type GitHubTarget } from "../shared/pull-requests.ts";
import type { Reporter } from "../shared/reporter.ts";

export interface PromoteOptions {
  /** the source folder (holding capstan.yaml), absolute */
  source: string;
  /** the env repo: a URL, a bare path, or a local non-bare repository used in place; default capstan.yaml's envRepo.url */
  envRepo?: string;
  from: string;
  to: string;
  /** only these apps (partial promotion) */
  apps?: string[];
  /** render `to` at this explicit source revision (a rollback when it is older than what `to` runs) */
  revision?: string;
  /** push the promotion branch (a local non-bare repository without it: committed in place; a URL without it: dry run) */
  push: boolean;
  token?: string;
  sourceRepo?: string;
  committer?: { name: string; email: string };
  frozen?: boolean;
  workdir?: string;
  github?: GitHubTarget;
  gitEnv?: Record<string, string>;
  retry?: Partial<Pick<RetryOptions, "maxAttempts" | "baseMs" | "maxMs">>;
}

export type PromoteStatus = "proposed" | "nothing-to-promote";

export interface PromoteResult {
  from: string;
  to: string;
  /** the promotion branch */
  branch: string;
  /** `to`'s branch (the pull request's base) */
  base: string;
  status: PromoteStatus;
  mode: "push" | "in-place" | "dry-run";
  rollback: boolean;
  /** the newest source commit `to` will run */
  revision?: string;
  /** the newest source commit `to` runs now */
  current?: string;
  /** app → source commit rendered */
  commits: Record<string, string>;
  apps: AppOutcome[];
  diffs: AppDiff[];
  /** head of the promotion branch */
  commit?: string;
  pushed: boolean;
  title?: string;
  body?: string;
  pr?: {
    number?: number;
    url?: string;
    action: "created" | "updated" | "unchanged" | "closed" | "printed" | "none";
  };
  envRepo: string;
}

type Attempt = { kind: "done"; result: PromoteResult } | { kind: "race" };

/** The declared promotion edges, `staging → production`. */
export function promotionEdges(config: Config): string[] {
  return config.environments
    .filter((e) => e.promotesFrom)
    .map((e) => `${e.promotesFrom} → ${e.name}`);
}

/** `from` and `to` of capstan.yaml, when `to` declares `promotesFrom: from`. */
export function promotionEnvs(
  config: Config,
  from: string,
  to: string,
): { from: Environment; to: Environment } {
  const names = config.environments.map((e) => e.name);
  for (const n of [from, to])
    if (!names.includes(n))
      throw new UsageError(`unknown environment "${n}"; capstan.yaml defines: ${names.join(", ")}`);
  const f = config.environments.find((e) => e.name === from)!;
  const t = config.environments.find((e) => e.name === to)!;
  if (t.promotesFrom !== from) {
    const edges = promotionEdges(config);
    throw new UsageError(
      `cannot promote ${from} → ${to}: capstan.yaml declares no such promotion (${to} ` +
        (t.promotesFrom ? `promotes from ${t.promotesFrom}` : "has no promotesFrom") +
        `). Declared promotions: ${edges.length ? edges.join(", ") : "none (add promotesFrom to an environment)"}`,
    );
  }
  return { from: f, to: t };
}

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
    const toBranch = envs.to.branch ?? config.envRepo.branch;
    const repo = await EnvRepo.open({
      url: envRepo,
      branch: toBranch,
      token: opts.token,
      workdir: opts.workdir ?? path.join(tmp!, "repo"),
      committer: opts.committer,
      env: opts.gitEnv,
    });
    if (repo.inPlace && (await repo.status()).length)
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
    });
    let out: Attempt = { kind: "race" };
    if (repo.inPlace) out = await flow.attempt();
    else
      await withRetry(
        async () => {
          out = await flow.attempt();
          return out.kind === "race" ? "retry" : "done";
        },
        {
          maxAttempts: opts.retry?.maxAttempts ?? 5,
          baseMs: opts.retry?.baseMs ?? 300,
          maxMs: opts.retry?.maxMs ?? 5_000,
        },
      );
    if (out.kind === "race")
      throw new ExternalError(
        `push to ${repo.url || repo.dir}: the promotion branch moved meanwhile; run again`,
      );
    await flow.pullRequest(out.result);
    return out.result;
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
}

class PromoteFlow {
  private readonly root: string;
  private readonly branch: string;
  private readonly fromBranch: string;
  private readonly toBranch: string;
  private readonly ancestry = new Map<string, Promise<boolean>>();
  private attempts = 0;

  constructor(
    private readonly opts: PromoteOptions,
    private readonly reporter: Reporter,
    private readonly repo: EnvRepo,
    private readonly mode: PromoteResult["mode"],
    private readonly ctx: FlowContext,
  ) {
    this.root = ctx.config.envRepo.root;
    this.branch = promotionBranch(ctx.from.name, ctx.to.name);
    this.fromBranch = ctx.from.branch ?? ctx.config.envRepo.branch;
    this.toBranch = ctx.to.branch ?? ctx.config.envRepo.branch;
  }

  private ref(branch: string): string {
    return this.repo.inPlace ? `refs/heads/${branch}` : `refs/remotes/origin/${branch}`;
  }

  private async tipOf(branch: string): Promise<string | undefined> {
    if (!this.repo.inPlace && !(await this.repo.fetchBranch(branch))) return undefined;
    return revParse(this.repo.dir, this.ref(branch));
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

  async attempt(): Promise<Attempt> {
    this.attempts++;
    if (this.attempts > 1)
      this.reporter.info(`the promotion branch moved: re-planning (attempt ${this.attempts})`);
    const { from, to } = this.ctx;
    const fromTip = await this.tipOf(this.fromBranch);
    const toTip = this.fromBranch === this.toBranch ? fromTip : await this.tipOf(this.toBranch);
    const branchTip = this.repo.url ? await this.repo.remoteSha(this.branch) : undefined;
    if (branchTip && !this.repo.inPlace) await this.repo.fetchBranch(this.branch);

    const fromSnap = await this.snapshot(fromTip, from.name);
    const toSnap = await this.snapshot(toTip, to.name);
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

    // 3. plan and diff
    const plan = await planPromotion(this.ctx.revisions, to.name, toSnap, targets, {
      revision,
      pruneCandidates,
    });
    for (const n of plan.notices) this.reporter.notice(n);
    const diffs = await this.diff(toTip, plan);
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
      envRepo: this.repo.url || this.repo.dir,
    };
    if (![...plan.changes.keys()].some((p) => p !== STATE_FILE)) {
      result.status = "nothing-to-promote";
      return { kind: "done", result };
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

    // 4. commit on a fresh branch from `to`'s tip; push with a lease on the tip seen
    if (!toTip)
      throw new ExternalError(
        `environment ${to.name} is deployed from branch ${this.toBranch}, which does not exist on the env repo yet; create it first`,
      );
    await this.repo.createBranch(this.branch, toTip);
    await this.repo.checkout(this.branch);
    const write = new Map<string, string>();
    const del: string[] = [];
    for (const [rel, text] of plan.changes) {
      const p = `${this.root}/${to.name}/${rel}`;
      if (text === null) del.push(p);
      else write.set(p, text);
    }
    await this.repo.writeFiles({ write, delete: del });
    const sha = await this.repo.commit(promotionCommitMessage(words));
    await this.repo.checkout(this.toBranch);
    result.commit = sha;
    if (!sha) {
      result.status = "nothing-to-promote";
      return { kind: "done", result };
    }
    if (this.mode === "dry-run" || (this.mode === "in-place" && !this.opts.push))
      return { kind: "done", result };
    if (branchTip && (await sameRender(this.repo.dir, branchTip, sha))) {
      this.reporter.info(`${this.branch} already holds this promotion (${short(branchTip)})`);
      result.commit = branchTip;
      result.pushed = true;
      return { kind: "done", result };
    }
    const res = await this.repo.push([
      { local: sha, remote: this.branch, force: "with-lease", expectedRemoteSha: branchTip ?? "" },
    ]);
    if (!res.ok && res.reason === "non-fast-forward") return { kind: "race" };
    if (!res.ok)
      throw new ExternalError(`push to ${this.repo.url || "origin"} was rejected: ${res.detail}`);
    result.pushed = true;
    this.reporter.info(`pushed ${this.branch} (${short(sha)}) to ${this.repo.url}`);
    return { kind: "done", result };
  }

  private async snapshot(tip: string | undefined, env: string): Promise<Snapshot> {
    const s = await readEnvAt(this.repo.dir, tip, `${this.root}/${env}`);
    if (s.problem) throw new UserError([s.problem]);
    return s;
  }

  /** The rendered difference per app: `to` now (read at its tip) against `to` after the plan. */
  private async diff(tip: string | undefined, plan: PromotionPlan): Promise<AppDiff[]> {
    const envDir = `${this.root}/${this.ctx.to.name}/`;
    const now = tip ? await readTreeAt(this.repo.dir, tip, [envDir]) : new Map<string, Buffer>();
    const base = new Map<string, AppFiles>();
    const head = new Map<string, AppFiles>();
    for (const a of changedApps(plan.apps)) {
      const b: AppFiles = new Map();
      for (const [p, buf] of now)
        if (p.startsWith(`${envDir}${a.name}/`))
          b.set(p.slice(envDir.length), buf.toString("utf8"));
      const h: AppFiles = new Map(b);
      for (const [p, t] of plan.changes)
        if (p.startsWith(`${a.name}/`)) {
          if (t === null) h.delete(p);
          else h.set(p, t);
        }
      base.set(a.name, b);
      head.set(a.name, h);
    }
    return diffEnv(this.ctx.to.name, base, head);
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
    if (r.status === "nothing-to-promote") {
      const why = `nothing to promote: ${r.to} already runs what ${r.from} runs${r.revision ? ` (${this.ctx.sourceRepo}@${short(r.revision)})` : ""}`;
      this.reporter.info(why);
      r.pr = { action: "none" };
      if (!gh) return;
      const open = await gh.findOpenPr(r.branch, r.base);
      if (!open) return;
      await gh.closePr(
        open.number,
        `Closed by capstan: ${why}. The rendered manifests of \`${r.to}\` would not change.`,
      );
      r.pr = { number: open.number, url: open.url, action: "closed" };
      this.reporter.info(`closed the stale promotion pull request #${open.number}: ${open.url}`);
      return;
    }
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

/** The remote promotion branch already holds this promotion: same tree, same base. */
async function sameRender(dir: string, remote: string, local: string): Promise<boolean> {
  const [a, b] = await Promise.all([commitInfo(dir, remote), commitInfo(dir, local)]);
  return a.tree === b.tree && a.parents[0] === b.parents[0];
}

/** What a promotion did, as text lines. */
export function promoteLines(r: PromoteResult): string[] {
  const lines: string[] = [];
  const what = r.rollback ? "rollback" : "promotion";
  if (r.status === "nothing-to-promote") lines.push(`${r.from} → ${r.to}: nothing to promote`);
  else {
    lines.push(
      `${r.from} → ${r.to}: ${what} to ${r.revision ? short(r.revision) : "?"} on ${r.branch}${r.commit ? ` (${short(r.commit)})` : ""}`,
    );
    for (const a of changedApps(r.apps))
      lines.push(
        `  ${a.name}: ${a.change}${r.commits[a.name] ? ` at ${short(r.commits[a.name]!)}` : ""}`,
      );
  }
  if (r.pr?.url) lines.push(`pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}`);
  return lines;
}
