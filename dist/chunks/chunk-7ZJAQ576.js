import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  EnvRepo,
  changedApps,
  commitInfo,
  deliverPullRequest,
  envRepoApi,
  objectCounts,
  readEnvAt,
  revParse,
  trailers,
  withRetry
} from "./chunk-4GUZ46OF.js";
import {
  COMMENT_LIMIT,
  ENV_FILES,
  diffEnv,
  locateSource,
  readConfigAt,
  readSourceAt,
  renderMarkdown,
  short
} from "./chunk-XWWH5UV5.js";
import {
  fetchGitPacks
} from "./chunk-5QSBI6PZ.js";
import {
  isAncestor,
  logBetween,
  readTreeAt,
  resolveCommit,
  showFileAt,
  sourceIdentity
} from "./chunk-BB75IWMQ.js";
import {
  NAMESPACES_APP,
  bindApp,
  loadSource,
  planEnv,
  prepare
} from "./chunk-OTM6RDDD.js";
import {
  loadConfig
} from "./chunk-7DR4OZY2.js";
import {
  CAPSTAN_VERSION
} from "./chunk-BGECMNBX.js";
import {
  readConfigFile
} from "./chunk-H3DSJAKB.js";
import {
  LOCK_FILE,
  didYouMeanInline,
  parseLock
} from "./chunk-JA3C57HL.js";
import {
  STATE_FILE,
  STATE_SCHEMA_VERSION,
  cmp,
  emitState
} from "./chunk-NB3YUSRG.js";
import {
  ExternalError,
  UsageError,
  UserError
} from "./chunk-25T5DTZY.js";

// src/flows/promote/promote.ts
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";

// src/flows/promote/promote-plan.ts
var SourceRevisions = class {
  constructor(loc, opts) {
    this.loc = loc;
    this.opts = opts;
  }
  cache = /* @__PURE__ */ new Map();
  at(commit) {
    let p = this.cache.get(commit);
    if (!p) this.cache.set(commit, p = this.load(commit));
    return p;
  }
  async load(commit) {
    const cfg = await readConfigAt(this.loc, commit);
    if (!cfg)
      throw new UserError([
        {
          code: "no-config",
          message: `${this.opts.sourceRepo}@${short(commit)} has no ${this.loc.prefix}capstan.yaml`
        }
      ]);
    let gitPacks;
    if (cfg.config.capabilities.some((c) => c.kind === "git")) {
      const lockText = await showFileAt(this.loc.top, commit, `${this.loc.prefix}${LOCK_FILE}`);
      const lock = lockText ? parseLock({ file: LOCK_FILE, text: lockText }).lock : void 0;
      gitPacks = await fetchGitPacks(cfg.config, {
        sourceDir: this.opts.sourceDir,
        lock,
        token: this.opts.gitToken
      });
    }
    const input = await readSourceAt({
      loc: this.loc,
      rev: commit,
      sourceRepo: this.opts.sourceRepo,
      commit,
      gitPacks
    });
    const src = loadSource(input);
    await prepare(src, src.config.environments, { frozen: this.opts.frozen });
    return src;
  }
};
async function planPromotion(revisions, to, prev, targets, opts) {
  const groups = /* @__PURE__ */ new Map();
  for (const [app, commit] of targets) {
    const g = groups.get(commit);
    if (g) g.push(app);
    else groups.set(commit, [app]);
  }
  const problems = [];
  const notices = /* @__PURE__ */ new Set();
  const changes = /* @__PURE__ */ new Map();
  const outcomes = /* @__PURE__ */ new Map();
  const unbound = [];
  let cur = prev;
  for (const commit of [...groups.keys()].sort(cmp)) {
    const apps = groups.get(commit).sort(cmp);
    const src = await revisions.at(commit);
    const env = envAt(src, to, commit, problems);
    if (!env) continue;
    const r = planEnv(src, env, cur, { onlyApps: apps, commit });
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (!r.plan) continue;
    for (const [p, t] of r.plan.changes) if (p !== STATE_FILE) changes.set(p, t);
    for (const o of r.plan.apps) outcomes.set(o.name, o);
    for (const a of apps) if (!r.plan.apps.some((o) => o.name === a)) unbound.push(a);
    cur = {
      state: r.plan.state,
      kustomization: r.plan.changes.get("kustomization.yaml") ?? cur.kustomization
    };
  }
  if (problems.length) throw new UserError(problems);
  const revSrc = await revisions.at(opts.revision);
  const state = cur.state;
  const candidates = [...unbound, ...opts.pruneCandidates].filter((a) => {
    if (!state?.apps[a] || state.apps[a].sourceRepo !== revSrc.sourceRepo) return false;
    if (unbound.includes(a)) return true;
    const app = revSrc.apps.find((x) => x.name === a);
    return !app || !bindApp(app, revSrc.config.environments).bindings.some((b) => b.env.name === to);
  });
  const pruned = [...new Set(candidates)].sort(cmp);
  let finalState = state;
  if (pruned.length && state) {
    const env = envAt(revSrc, to, opts.revision, problems);
    if (!env) throw new UserError(problems);
    const only = { ...state, apps: {} };
    for (const a of pruned) only.apps[a] = state.apps[a];
    const r = planEnv(
      { ...revSrc, apps: [] },
      { ...env, createNamespaces: false },
      { state: only, kustomization: cur.kustomization }
    );
    if (!r.plan) throw new UserError(r.problems);
    for (const [p, t] of r.plan.changes) if (p !== STATE_FILE) changes.set(p, t);
    for (const o of r.plan.apps) outcomes.set(o.name, o);
    finalState = { ...state, apps: { ...state.apps } };
    for (const a of pruned) delete finalState.apps[a];
  }
  const empty = {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: {}
  };
  const next = finalState ?? prev.state ?? empty;
  const text = emitState(next);
  if (text !== (prev.state ? emitState(prev.state) : void 0) && (changes.size || prev.state))
    changes.set(STATE_FILE, text);
  return {
    changes: new Map([...changes].sort((a, b) => cmp(a[0], b[0]))),
    state: next,
    apps: [...outcomes.values()].sort((a, b) => cmp(a.name, b.name)),
    pruned,
    notices: [...notices]
  };
}
function envAt(src, name, commit, problems) {
  const env = src.config.environments.find((e) => e.name === name);
  if (!env)
    problems.push({
      file: src.config.file,
      env: name,
      code: "unknown-environment",
      message: `capstan.yaml at ${short(commit)} has no environment "${name}"; it cannot be rendered at that revision`
    });
  return env;
}

// src/flows/promote/promote-pr.ts
var PROMOTION_LABEL = "capstan:promotion";
var PROMOTE_PREFIX = "capstan/promote/";
var MAX_COMMITS = 50;
var MAX_ROWS = 50;
function promotionBranch(from, to) {
  return `${PROMOTE_PREFIX}${from}-to-${to}`;
}
var verb = (w) => w.rollback ? "Rollback" : "Promote";
function promotionTitle(w) {
  const n = changedApps(w.apps).length;
  return `${verb(w)} ${w.from} \u2192 ${w.to}: ${short(w.revision)} (${n} app${n === 1 ? "" : "s"})`;
}
function promotionCommitMessage(w) {
  const lines = changedApps(w.apps).map(
    (a) => `- ${a.name}: ${a.change}${w.commits.has(a.name) ? ` at ${short(w.commits.get(a.name))}` : ""} (${objectCounts(a)})`
  );
  const subject = `${w.rollback ? "rollback" : "promote"} ${w.from} \u2192 ${w.to}: ${w.sourceRepo}@${short(w.revision)}`;
  return `${subject}

${lines.join("\n")}

${trailers({ sourceRepo: w.sourceRepo, commit: w.revision })}`;
}
function commitRef(sha, w) {
  return w.sourceUrl ? `[\`${short(sha)}\`](${w.sourceUrl}/commit/${sha})` : `\`${short(sha)}\``;
}
function escape(s) {
  return s.replace(/[<>&]/g, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&amp;");
}
function promotionHeader(w) {
  const out = [];
  const src = `${w.sourceRepo}@${commitRef(w.revision, w)}`;
  if (w.rollback)
    out.push(
      `**Rollback** of \`${w.to}\` to ${src}, asked for explicitly with \`--revision\`: \`${w.to}\` now runs ${commitRef(w.current, w)}, a newer revision. Merge to roll back.`
    );
  else
    out.push(
      `**Promotion** of \`${w.from}\` \u2192 \`${w.to}\`: ${src}` + (w.current ? ` (\`${w.to}\` now runs ${commitRef(w.current, w)})` : ` (first promotion)`) + `. Merge to deploy.`
    );
  out.push("");
  const changed = changedApps(w.apps);
  if (changed.length) {
    out.push("| app | change | rendered at | objects |", "|---|---|---|---|");
    for (const a of changed.slice(0, MAX_ROWS))
      out.push(
        `| \`${a.name}\` | ${a.change} | ${w.commits.has(a.name) ? commitRef(w.commits.get(a.name), w) : "\u2014"} | ${objectCounts(a)} |`
      );
    if (changed.length > MAX_ROWS) out.push(`| \u2026 ${changed.length - MAX_ROWS} more | | | |`);
    out.push("");
  }
  if (w.log) {
    const what = w.rollback ? "taken back by this rollback" : "brought by this promotion";
    if (!w.log.length) out.push(`No source commits ${what}.`, "");
    else {
      out.push(
        `<details><summary>${w.log.length} source commit${w.log.length === 1 ? "" : "s"} ${what}</summary>`,
        ""
      );
      for (const c of w.log.slice(0, MAX_COMMITS))
        out.push(
          `- ${commitRef(c.sha, w)} ${escape(c.subject.length > 120 ? `${c.subject.slice(0, 119)}\u2026` : c.subject)}`
        );
      if (w.log.length > MAX_COMMITS) out.push(`- \u2026 and ${w.log.length - MAX_COMMITS} more`);
      out.push("", "</details>", "");
    }
  }
  out.push("---", "");
  return out.join("\n");
}
function promotionPr(w, report, opts = {}) {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const header = promotionHeader(w);
  const md = renderMarkdown(report, {
    limit: limit - header.length,
    fullReport: opts.fullReport ?? "the job summary"
  });
  const footer = "\n_This branch is rewritten by every promotion run; review the latest push._\n";
  const body = header + md.body + (header.length + md.body.length + footer.length <= limit ? footer : "");
  return { title: promotionTitle(w), body };
}

// src/flows/promote/promote.ts
function promotionEdges(config) {
  return config.environments.filter((e) => e.promotesFrom).map((e) => `${e.promotesFrom} \u2192 ${e.name}`);
}
function promotionEnvs(config, from, to) {
  const names = config.environments.map((e) => e.name);
  for (const n of [from, to])
    if (!names.includes(n))
      throw new UsageError(
        `unknown environment "${n}"${didYouMeanInline(n, names)}; capstan.yaml defines: ${names.join(", ")}`
      );
  const f = config.environments.find((e) => e.name === from);
  const t = config.environments.find((e) => e.name === to);
  if (t.promotesFrom !== from) {
    const edges = promotionEdges(config);
    throw new UsageError(
      `cannot promote ${from} \u2192 ${to}: capstan.yaml declares no such promotion (${to} ` + (t.promotesFrom ? `promotes from ${t.promotesFrom}` : "has no promotesFrom") + `). Declared promotions: ${edges.length ? edges.join(", ") : "none (add promotesFrom to an environment)"}`
    );
  }
  return { from: f, to: t };
}
async function promote(opts, reporter) {
  const configFile = readConfigFile(opts.source);
  const config = loadConfig(configFile);
  const envs = promotionEnvs(config, opts.from, opts.to);
  const envRepo = opts.envRepo ?? config.envRepo.url;
  if (!envRepo)
    throw new UsageError(
      "promote needs the env repo: --env-repo PATH|URL (Action input env-repo) or envRepo.url in capstan.yaml"
    );
  if (opts.apps && !opts.apps.length) throw new UsageError("--apps names no app");
  const loc = await locateSource(opts.source);
  const id = await sourceIdentity(opts.source, { sourceRepo: opts.sourceRepo });
  const revisions = new SourceRevisions(loc, {
    sourceDir: opts.source,
    sourceRepo: id.sourceRepo,
    frozen: opts.frozen,
    gitToken: opts.token
  });
  const tmp = opts.workdir ? void 0 : await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), "capstan-promote-"));
  try {
    const toBranch = envs.to.branch ?? config.envRepo.branch;
    const repo = await EnvRepo.open({
      url: envRepo,
      branch: toBranch,
      token: opts.token,
      workdir: opts.workdir ?? path.join(tmp, "repo"),
      committer: opts.committer,
      env: opts.gitEnv
    });
    if (repo.inPlace && (await repo.status()).length)
      throw new UserError([
        {
          code: "dirty-worktree",
          message: `the env repo at ${repo.dir} has uncommitted changes; commit or stash them first`
        }
      ]);
    if (repo.inPlace && opts.push && !repo.url)
      throw new UsageError(`--push: the env repo at ${repo.dir} has no origin remote to push to`);
    const mode = repo.inPlace ? "in-place" : opts.push ? "push" : "dry-run";
    const flow = new PromoteFlow(opts, reporter, repo, mode, {
      config,
      from: envs.from,
      to: envs.to,
      loc: loc.top,
      sourceRepo: id.sourceRepo,
      revisions
    });
    let out = { kind: "race" };
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
          maxMs: opts.retry?.maxMs ?? 5e3
        }
      );
    if (out.kind === "race")
      throw new ExternalError(
        `push to ${repo.url || repo.dir}: the promotion branch moved meanwhile; run again`
      );
    await flow.pullRequest(out.result);
    return out.result;
  } finally {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  }
}
var PromoteFlow = class {
  constructor(opts, reporter, repo, mode, ctx) {
    this.opts = opts;
    this.reporter = reporter;
    this.repo = repo;
    this.mode = mode;
    this.ctx = ctx;
    this.root = ctx.config.envRepo.root;
    this.branch = promotionBranch(ctx.from.name, ctx.to.name);
    this.fromBranch = ctx.from.branch ?? ctx.config.envRepo.branch;
    this.toBranch = ctx.to.branch ?? ctx.config.envRepo.branch;
  }
  root;
  branch;
  fromBranch;
  toBranch;
  ancestry = /* @__PURE__ */ new Map();
  attempts = 0;
  ref(branch) {
    return this.repo.inPlace ? `refs/heads/${branch}` : `refs/remotes/origin/${branch}`;
  }
  async tipOf(branch) {
    if (!this.repo.inPlace && !await this.repo.fetchBranch(branch)) return void 0;
    return revParse(this.repo.dir, this.ref(branch));
  }
  /** `a` is an ancestor of (or equal to) `b` in the source history; unknown commits are not. */
  ancestor(a, b) {
    const key = `${a}..${b}`;
    let p = this.ancestry.get(key);
    if (!p) {
      p = isAncestor(this.ctx.loc, a, b).catch((e) => {
        if (e instanceof UserError && e.problems.some((x) => x.code === "unknown-revision"))
          return false;
        throw e;
      });
      this.ancestry.set(key, p);
    }
    return p;
  }
  /** The newest of `commits` along the history (the first one when they diverge). */
  async newest(commits) {
    let best;
    for (const c of new Set(commits)) if (!best || await this.ancestor(best, c)) best = c;
    return best;
  }
  appsOf(state) {
    const out = /* @__PURE__ */ new Map();
    for (const [name, a] of Object.entries(state?.apps ?? {}))
      if (a.sourceRepo === this.ctx.sourceRepo && name !== NAMESPACES_APP) out.set(name, a.commit);
    return out;
  }
  async attempt() {
    this.attempts++;
    if (this.attempts > 1)
      this.reporter.info(`the promotion branch moved: re-planning (attempt ${this.attempts})`);
    const { from, to } = this.ctx;
    const fromTip = await this.tipOf(this.fromBranch);
    const toTip = this.fromBranch === this.toBranch ? fromTip : await this.tipOf(this.toBranch);
    const branchTip = this.repo.url ? await this.repo.remoteSha(this.branch) : void 0;
    if (branchTip && !this.repo.inPlace) await this.repo.fetchBranch(this.branch);
    const fromSnap = await this.snapshot(fromTip, from.name);
    const toSnap = await this.snapshot(toTip, to.name);
    const fromApps = this.appsOf(fromSnap.state);
    const toApps = this.appsOf(toSnap.state);
    if (!fromApps.size) {
      const where = `${this.root}/${from.name}/${STATE_FILE} on branch ${this.fromBranch} of ${this.repo.url || this.repo.dir}`;
      const others = Object.values(fromSnap.state?.apps ?? {}).map((a) => a.sourceRepo).filter((r, i, all) => r !== "capstan" && all.indexOf(r) === i);
      throw new UserError([
        {
          code: "nothing-rendered",
          env: from.name,
          message: fromSnap.state ? `environment "${from.name}" holds no app of ${this.ctx.sourceRepo} (${where} lists apps of ${others.join(", ") || "no source"}); pass --source-repo if this source is known there by another name` : `environment "${from.name}" has nothing rendered yet (no ${where}); render it before promoting from it`
        }
      ]);
    }
    const problems = [];
    const notices = [];
    const selected = this.opts.apps ? [...new Set(this.opts.apps)].sort(cmp) : [...fromApps.keys()];
    const explicit = this.opts.revision ? await resolveCommit(this.ctx.loc, this.opts.revision) : void 0;
    for (const a of selected)
      if (!fromApps.has(a) && !explicit)
        problems.push({
          code: "unknown-app",
          app: a,
          env: from.name,
          message: `app "${a}" is not deployed in ${from.name} (it runs ${[...fromApps.keys()].join(", ")}); nothing to promote from there`
        });
    if (problems.length) throw new UserError(problems);
    const targets = /* @__PURE__ */ new Map();
    for (const a of selected) targets.set(a, explicit ?? fromApps.get(a));
    const revision = explicit ?? await this.newest(targets.values());
    const current = await this.newest(
      [...toApps].filter(([a]) => !this.opts.apps || targets.has(a)).map(([, c]) => c)
    );
    const pruneCandidates = [];
    if (!this.opts.apps) {
      const src = await this.ctx.revisions.at(revision);
      for (const app of src.apps) {
        if (targets.has(app.name)) continue;
        const bound = new Set(
          bindApp(app, src.config.environments).bindings.map((b) => b.env.name)
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
            `${to.name} already runs ${app} at ${short(now)}, newer than ${short(commit)} (what ${from.name} runs); not moving it backwards \u2014 pass --revision ${short(commit)} to roll back deliberately`
          );
          targets.delete(app);
        } else if (!await this.ancestor(now, commit))
          problems.push({
            code: "diverged-history",
            app,
            env: to.name,
            message: `${to.name} runs ${app} at ${short(now)}, which is neither an ancestor nor a descendant of ${short(commit)} (what ${from.name} runs): history was rewritten; pass --revision to choose deliberately`
          });
      }
    if (problems.length) throw new UserError(problems);
    for (const n of notices) this.reporter.notice(n);
    const rollback = !!explicit && !!current && current !== explicit && await this.ancestor(explicit, current);
    const plan = await planPromotion(this.ctx.revisions, to.name, toSnap, targets, {
      revision,
      pruneCandidates
    });
    for (const n of plan.notices) this.reporter.notice(n);
    const diffs = await this.diff(toTip, plan);
    const rendered = new Map([...targets].filter(([a]) => plan.apps.some((o) => o.name === a)));
    const result = {
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
        [...rendered].filter(([a]) => changedApps(plan.apps).some((o) => o.name === a))
      ),
      apps: plan.apps,
      diffs,
      pushed: false,
      envRepo: this.repo.url || this.repo.dir
    };
    if (![...plan.changes.keys()].some((p) => p !== STATE_FILE)) {
      result.status = "nothing-to-promote";
      return { kind: "done", result };
    }
    const words = {
      from: from.name,
      to: to.name,
      sourceRepo: this.ctx.sourceRepo,
      revision,
      current,
      rollback,
      commits: rendered,
      apps: plan.apps,
      log: await this.log(current, revision, rollback),
      sourceUrl: this.sourceWebUrl()
    };
    const report = {
      base: { label: `${to.name} now`, commit: current ?? "" },
      head: {
        label: rollback ? `${to.name} rolled back` : `${to.name} promoted`,
        commit: revision
      },
      diffs,
      problems: [],
      causes: [],
      notices
    };
    const pr = promotionPr(words, report);
    result.title = pr.title;
    result.body = pr.body;
    if (!toTip)
      throw new ExternalError(
        `environment ${to.name} is deployed from branch ${this.toBranch}, which does not exist on the env repo yet; create it first`
      );
    await this.repo.createBranch(this.branch, toTip);
    await this.repo.checkout(this.branch);
    const write = /* @__PURE__ */ new Map();
    const del = [];
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
    if (this.mode === "dry-run" || this.mode === "in-place" && !this.opts.push)
      return { kind: "done", result };
    if (branchTip && await sameRender(this.repo.dir, branchTip, sha)) {
      this.reporter.info(`${this.branch} already holds this promotion (${short(branchTip)})`);
      result.commit = branchTip;
      result.pushed = true;
      return { kind: "done", result };
    }
    const res = await this.repo.push([
      { local: sha, remote: this.branch, force: "with-lease", expectedRemoteSha: branchTip ?? "" }
    ]);
    if (!res.ok && res.reason === "non-fast-forward") return { kind: "race" };
    if (!res.ok)
      throw new ExternalError(`push to ${this.repo.url || "origin"} was rejected: ${res.detail}`);
    result.pushed = true;
    this.reporter.info(`pushed ${this.branch} (${short(sha)}) to ${this.repo.url}`);
    return { kind: "done", result };
  }
  async snapshot(tip, env) {
    const s = await readEnvAt(this.repo.dir, tip, `${this.root}/${env}`);
    if (s.problem) throw new UserError([s.problem]);
    return s;
  }
  /** The rendered difference per app: `to` now (read at its tip) against `to` after the plan. */
  async diff(tip, plan) {
    const envDir = `${this.root}/${this.ctx.to.name}/`;
    const now = tip ? await readTreeAt(this.repo.dir, tip, [envDir]) : /* @__PURE__ */ new Map();
    const base = /* @__PURE__ */ new Map();
    const head = /* @__PURE__ */ new Map();
    for (const a of changedApps(plan.apps)) {
      const b2 = /* @__PURE__ */ new Map();
      for (const [p, buf] of now)
        if (p.startsWith(`${envDir}${a.name}/`))
          b2.set(p.slice(envDir.length), buf.toString("utf8"));
      const h2 = new Map(b2);
      for (const [p, t] of plan.changes)
        if (p.startsWith(`${a.name}/`)) {
          if (t === null) h2.delete(p);
          else h2.set(p, t);
        }
      base.set(a.name, b2);
      head.set(a.name, h2);
    }
    const b = /* @__PURE__ */ new Map();
    const h = /* @__PURE__ */ new Map();
    for (const [p, t] of plan.changes) {
      if (p.includes("/")) continue;
      const was = now.get(`${envDir}${p}`);
      if (was) b.set(p, was.toString("utf8"));
      if (t !== null) h.set(p, t);
    }
    if (b.size || h.size) {
      base.set(ENV_FILES, b);
      head.set(ENV_FILES, h);
    }
    return diffEnv(this.ctx.to.name, base, head);
  }
  /** Source commits between what `to` runs and what it will run (a rollback: the ones taken back). */
  async log(current, revision, rollback) {
    if (!current) return void 0;
    if (rollback) return logBetween(this.ctx.loc, revision, current);
    if (!await this.ancestor(current, revision)) return void 0;
    return logBetween(this.ctx.loc, current, revision);
  }
  /** Opens or updates the pull request, or closes a stale one; without GitHub, prints it. */
  async pullRequest(r) {
    const gh = this.api();
    if (r.status === "nothing-to-promote") {
      const why2 = `nothing to promote: ${r.to} already runs what ${r.from} runs${r.revision ? ` (${this.ctx.sourceRepo}@${short(r.revision)})` : ""}`;
      this.reporter.info(why2);
      r.pr = { action: "none" };
      if (!gh) return;
      const open = await gh.findOpenPr(r.branch, r.base);
      if (!open) return;
      await gh.closePr(
        open.number,
        `Closed by capstan: ${why2}. The rendered manifests of \`${r.to}\` would not change.`
      );
      r.pr = { number: open.number, url: open.url, action: "closed" };
      this.reporter.info(`closed the stale promotion pull request #${open.number}: ${open.url}`);
      return;
    }
    if (!r.title || !r.body) return;
    const why = !r.pushed ? this.mode === "dry-run" ? "dry run: nothing pushed \u2014 pass --push" : `committed ${r.branch} in place${this.repo.url ? " \u2014 pass --push to push it" : ""}` : this.opts.token ? "the env repo is not on GitHub" : "no token";
    const req = {
      head: r.branch,
      base: r.base,
      title: r.title,
      body: r.body,
      labels: [PROMOTION_LABEL]
    };
    r.pr = await deliverPullRequest(r.pushed ? gh : void 0, req, why, this.reporter);
    if (r.pr.number !== void 0)
      this.reporter.info(`promotion pull request #${r.pr.number} ${r.pr.action}: ${r.pr.url}`);
  }
  api() {
    return envRepoApi(this.repo.url, this.opts.token, this.opts.github);
  }
  sourceWebUrl() {
    const gh = this.opts.github;
    const repo = this.ctx.sourceRepo;
    if (!gh || !/^[^/\s]+\/[^/\s]+$/.test(repo) || repo.startsWith("local/")) return void 0;
    return `${gh.serverUrl.replace(/\/+$/, "")}/${repo}`;
  }
};
async function sameRender(dir, remote, local) {
  const [a, b] = await Promise.all([commitInfo(dir, remote), commitInfo(dir, local)]);
  return a.tree === b.tree && a.parents[0] === b.parents[0];
}
function promoteLines(r) {
  const lines = [];
  const what = r.rollback ? "rollback" : "promotion";
  if (r.status === "nothing-to-promote") lines.push(`${r.from} \u2192 ${r.to}: nothing to promote`);
  else {
    lines.push(
      `${r.from} \u2192 ${r.to}: ${what} to ${r.revision ? short(r.revision) : "?"} on ${r.branch}${r.commit ? ` (${short(r.commit)})` : ""}`
    );
    for (const a of changedApps(r.apps))
      lines.push(
        `  ${a.name}: ${a.change}${r.commits[a.name] ? ` at ${short(r.commits[a.name])}` : ""}`
      );
  }
  if (r.pr?.url && r.pr.number === void 0)
    lines.push(`pull request ${r.pr.action}: ${r.pr.url}`);
  return lines;
}

export {
  promote,
  promoteLines
};
