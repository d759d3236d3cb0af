import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  deliverPullRequest,
  envRepoApi,
  objectCounts,
  openEnvStore,
  prefetchEnvs,
  readEnvAt,
  runTransaction,
  trailers
} from "./chunk-TKUBY6KC.js";
import {
  COMMENT_LIMIT,
  ENV_FILES,
  diffEnv,
  locateSource,
  readConfigAt,
  readSourceAt,
  renderMarkdown,
  short
} from "./chunk-AA7B2AOO.js";
import {
  commitMeta,
  fetchGitPacks,
  parseInSlices
} from "./chunk-DMFYGGHK.js";
import {
  globToRegExp,
  readConfigFile
} from "./chunk-FCP2IWXA.js";
import {
  isAncestor,
  logBetween,
  resolveCommit,
  showFileAt,
  sourceIdentity
} from "./chunk-IOBEII3D.js";
import {
  NAMESPACES_APP,
  appInputDigest,
  bindApp,
  isBookkeeping,
  isStateFile,
  loadSource,
  planEnv,
  planHydratorFiles,
  prepare,
  stateChanges,
  withDetails
} from "./chunk-JBLNTRAF.js";
import {
  loadConfig
} from "./chunk-SSJMW5PP.js";
import {
  LOCK_FILE,
  didYouMeanInline,
  parseLock,
  problemAt
} from "./chunk-DFIP6AYO.js";
import {
  CAPSTAN_VERSION
} from "./chunk-SID65HV4.js";
import {
  STATE_FILE,
  STATE_SCHEMA_VERSION
} from "./chunk-HX64S4PU.js";
import {
  cmp,
  sha256
} from "./chunk-5ETQQFMW.js";
import {
  CapstanError,
  ExternalError,
  UsageError,
  UserError
} from "./chunk-N5T7JROX.js";

// src/flows/promote/promote-lines.ts
function promoteLines(r) {
  const lines = [];
  const what = r.rollback ? "rollback" : "promotion";
  if (r.status === "nothing-to-promote") lines.push(`${r.from} \u2192 ${r.to}: nothing to promote`);
  else if (r.status === "unverified")
    lines.push(`${r.from} \u2192 ${r.to}: not verified, nothing promoted (--force promotes anyway)`);
  else {
    lines.push(
      `${r.from} \u2192 ${r.to}: ${r.forced ? "forced " : ""}${what} to ${r.revision ? short(r.revision) : "?"} on ${r.direct ? r.base : r.branch}${r.commit ? ` (${short(r.commit)})` : ""}`
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
  only;
  /**
   * A partial promotion (`--apps`): each revision is read with only these apps' files (as
   * the `from` environment's state names them) — every file when the state names none for
   * one of them, or one is not in them at a revision (moved, renamed). The other apps are
   * neither read nor checked.
   */
  limitTo(apps, from) {
    const files = apps.map((a) => from?.apps[a]?.source);
    if (files.every((f) => f !== void 0)) this.only = { apps, files: [...new Set(files)] };
  }
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
    const read = (onlyApps) => readSourceAt({
      loc: this.loc,
      rev: commit,
      sourceRepo: this.opts.sourceRepo,
      commit,
      gitPacks,
      onlyApps
    });
    let input = await read(this.only?.files);
    let src;
    if (this.only) {
      src = loadSource(input);
      if (!this.only.apps.every((a) => src.apps.some((x) => x.name === a))) {
        input = await read();
        src = void 0;
      }
    }
    input.commitMeta = await commitMeta(this.loc.top, commit, this.opts.sourceRepo);
    if (!src) {
      await parseInSlices(input.apps);
      src = loadSource(input);
    }
    await prepare(src, src.config.environments, { frozen: this.opts.frozen });
    return src;
  }
};
function stateWrites(prev, next, pruned) {
  const touched = Object.keys(next.apps).filter((a) => next.apps[a] !== prev?.apps[a]);
  return withDetails(() => stateChanges(prev, next), {
    state: prev,
    apps: [...touched, ...pruned]
  });
}
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
    const r = await withDetails(() => planEnv(src, env, cur, { onlyApps: apps, commit }), {
      state: cur.state,
      apps
    });
    problems.push(...r.problems);
    for (const n of r.notices) notices.add(n);
    if (!r.plan) continue;
    for (const [p, t] of r.plan.changes) if (!isBookkeeping(p)) changes.set(p, t);
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
    const r = await withDetails(
      () => planEnv(
        { ...revSrc, apps: [] },
        { ...env, createNamespaces: false },
        { state: only, kustomization: cur.kustomization }
      ),
      { state, apps: pruned }
    );
    if (!r.plan) throw new UserError(r.problems);
    for (const [p, t] of r.plan.changes) if (!isBookkeeping(p)) changes.set(p, t);
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
  const h = { env: to, drySha: opts.revision, meta: revSrc.input.commitMeta };
  for (const n of planHydratorFiles(changes, h, prev, Object.keys(next.apps).length > 0))
    notices.add(n);
  if (changes.size || prev.state)
    for (const [p, t] of await stateWrites(prev.state, next, pruned)) changes.set(p, t);
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

// src/flows/promote/verify.ts
async function checkGates(api, q) {
  const anchor = await api.lastCommitTouching(q.folder, q.tip);
  const shas = anchor ? await api.commitsBetween(anchor.sha, q.tip) : [];
  const commits = [];
  if (q.gates.statuses.length)
    for (const sha of shas) commits.push({ sha, statuses: await api.listCommitStatuses(sha) });
  return evaluateGates(q, anchor, commits);
}
function evaluateGates(q, anchor, commits) {
  const gates = q.gates.statuses.map((p) => gateOf(p, commits));
  const v = {
    from: q.from,
    to: q.to,
    verified: gates.every((g) => g.state === "success"),
    anchor: anchor?.sha,
    tip: q.tip,
    gates
  };
  if (q.gates.minAge !== void 0) {
    const times = gates.length ? gates.map((g) => g.since) : [anchor?.date];
    const since = times.every(Boolean) ? times.reduce((a, b) => Date.parse(a) >= Date.parse(b) ? a : b) : void 0;
    const ageMs = since ? q.now - Date.parse(since) : void 0;
    const ok = ageMs !== void 0 && ageMs >= (q.gates.minAgeMs ?? 0);
    v.minAge = { required: q.gates.minAge, since, ageMs, ok };
    v.verified &&= ok;
  }
  return v;
}
function gateOf(pattern, commits) {
  const re = globToRegExp(pattern);
  const newest = /* @__PURE__ */ new Map();
  const oldestSuccess = /* @__PURE__ */ new Map();
  for (const c of commits)
    for (const s2 of c.statuses) {
      if (!re.test(s2.context)) continue;
      if (!newest.has(s2.context)) newest.set(s2.context, s2);
      if (s2.state === "success") oldestSuccess.set(s2.context, s2);
    }
  if (!newest.size) return { pattern, state: "missing" };
  const contexts = [...newest.keys()].sort();
  const bad = contexts.find((c) => ["failure", "error"].includes(newest.get(c).state));
  if (bad) {
    const s2 = newest.get(bad);
    return { pattern, state: s2.state, context: bad, commit: s2.sha };
  }
  const good = contexts.find((c) => oldestSuccess.has(c));
  if (good) {
    const first = oldestSuccess.get(good);
    const latest = commits.flatMap((c) => c.statuses).find((s2) => s2.context === good && s2.state === "success");
    return { pattern, state: "success", context: good, commit: latest.sha, since: first.createdAt };
  }
  const s = newest.get(contexts[0]);
  return { pattern, state: s.state, context: s.context, commit: s.sha };
}
function formatAge(ms) {
  const m = Math.floor(Math.max(0, ms) / 6e4);
  if (m < 60) return m ? `${m}m` : `${Math.floor(Math.max(0, ms) / 1e3)}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h${String(m % 60).padStart(2, "0")}m`;
  return `${Math.floor(h / 24)}d${h % 24}h`;
}
var ICON = {
  success: "\u2705",
  pending: "\u23F3",
  failure: "\u274C",
  error: "\u274C",
  missing: "\u2754"
};
function range(v) {
  if (!v.anchor) return v.tip ? `\`${short(v.tip)}\`` : "\u2014";
  return v.anchor === v.tip ? `\`${short(v.anchor)}\`` : `\`${short(v.anchor)}\`\u2026\`${short(v.tip)}\``;
}
function verificationMarkdown(v) {
  const out = [`### Verification of \`${v.from}\``, ""];
  if (v.unchecked) return [...out, `Not checked: ${v.unchecked}.`, ""].join("\n");
  out.push(
    `Env-repo commits read: ${range(v)} (from the commit that last changed \`${v.from}\` to its branch tip).`,
    ""
  );
  if (v.gates.length) {
    out.push("| required context | state | context | commit |", "|---|---|---|---|");
    for (const g of v.gates)
      out.push(
        `| \`${g.pattern}\` | ${ICON[g.state]} ${g.state} | ${g.context ? `\`${g.context}\`` : "\u2014"} | ${g.commit ? `\`${short(g.commit)}\`` : "\u2014"} |`
      );
    out.push("");
  }
  if (v.minAge) out.push(`${v.minAge.ok ? "\u2705" : "\u23F3"} ${minAgeText(v)}`, "");
  out.push(v.verified ? "**Verified.**" : "**Not verified.**", "");
  return out.join("\n");
}
function minAgeText(v) {
  const m = v.minAge;
  const age = m.ageMs !== void 0 ? formatAge(m.ageMs) : void 0;
  return age ? `minAge ${m.required}: ${v.from} has run this revision for ${age} (since ${m.since})` : `minAge ${m.required}: not counting yet (no gate has passed)`;
}
function verificationLines(v) {
  if (v.unchecked) return [`gates of ${v.to} not checked: ${v.unchecked}`];
  const lines = v.gates.map(
    (g) => `  ${g.pattern}: ${g.state}` + (g.context ? ` (${g.context}` + (g.commit ? ` on ${short(g.commit)})` : ")") : "") + (g.state === "missing" ? ` \u2014 no matching status on ${range(v).replace(/`/g, "")}` : "")
  );
  if (v.minAge) lines.push(`  ${minAgeText(v)}${v.minAge.ok ? "" : ` \u2014 not yet`}`);
  return [
    `${v.from} \u2192 ${v.to}: ${v.verified ? "verified" : "not verified"} (env-repo commits ${range(v).replace(/`/g, "")})`,
    ...lines
  ];
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
  if (w.forced)
    out.push(
      `> \u26A0\uFE0F **Forced**: promoted with \`--force\` although the gates of \`${w.to}\` did not pass (${forcedWhy(w.verification)}). See Verification below.`,
      ""
    );
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
  if (w.verification) out.push(verificationMarkdown(w.verification));
  if (w.drift) out.push(w.drift);
  out.push("---", "");
  return out.join("\n");
}
function forcedWhy(v) {
  if (!v) return "not verified";
  if (v.unchecked) return "not checked: no GitHub API";
  const failed = v.gates.filter((g) => g.state !== "success").map((g) => `${g.pattern}: ${g.state}`);
  if (v.minAge && !v.minAge.ok) failed.push(`minAge ${v.minAge.required} not reached`);
  return failed.join("; ");
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

// src/flows/promote/gates.ts
var Gates = class {
  constructor(ctx, api, opts) {
    this.ctx = ctx;
    this.api = api;
    this.opts = opts;
  }
  cache = /* @__PURE__ */ new Map();
  /** `to`'s verdict for `from` at branch tip `fromTip`; undefined when `to` has no gates. */
  check(fromTip) {
    const gates = this.ctx.to.verify;
    if (!gates) return void 0;
    let p = this.cache.get(fromTip);
    if (!p) this.cache.set(fromTip, p = this.read(fromTip));
    return p;
  }
  async read(fromTip) {
    const { config, from, to } = this.ctx;
    const gh = this.api();
    if (!gh) {
      const why = "the env repo's commit statuses are read through the GitHub API; the env repo is not on GitHub or no token was given";
      if (!this.opts.force)
        throw new UserError([
          {
            ...problemAt(
              config.doc,
              ["environments", to.index, "verify"],
              `environment "${to.name}" is gated (verify), but ${why}; pass --force (input force) to promote without verification`,
              "verify-needs-github"
            ),
            env: to.name
          }
        ]);
      return { from: from.name, to: to.name, verified: false, gates: [], unchecked: why };
    }
    return checkGates(gh, {
      from: from.name,
      to: to.name,
      gates: to.verify,
      folder: `${config.envRepo.root}/${from.name}`,
      tip: fromTip,
      now: (this.opts.now ?? Date.now)()
    });
  }
};

// src/flows/promote/advance.ts
async function advanceToHead(targets, opts) {
  const moved = [];
  let src;
  try {
    src = await opts.revisions.at(opts.head);
  } catch {
    return moved;
  }
  for (const [app, commit] of [...targets]) {
    const recorded = opts.fromState?.apps[app];
    if (!recorded || commit === opts.head || recorded.commit !== commit) continue;
    if (!await opts.ancestor(commit, opts.head)) continue;
    if (appInputDigest(src, app, opts.from) !== recorded.inputDigest) continue;
    const then = await opts.revisions.at(commit).catch(() => void 0);
    if (then && appInputDigest(then, app, opts.to) === appInputDigest(src, app, opts.to)) continue;
    targets.set(app, opts.head);
    moved.push(app);
  }
  return moved;
}

// src/flows/promote/drift.ts
function driftOf(files, state) {
  const out = [];
  for (const [app, a] of Object.entries(state?.apps ?? {})) {
    if (app === NAMESPACES_APP) continue;
    const d = { app, edited: [], missing: [] };
    for (const [p, hash] of Object.entries(a.files)) {
      const buf = files.get(p);
      if (!buf) d.missing.push(p);
      else if (sha256(buf.toString("utf8")) !== hash) d.edited.push(p);
    }
    if (d.edited.length || d.missing.length) out.push(d);
  }
  return out.sort((x, y) => x.app < y.app ? -1 : x.app > y.app ? 1 : 0);
}
function driftMarkdown(to, drift, changes) {
  if (!drift.length) return "";
  const out = [
    `### Drift in \`${to}\``,
    "",
    `These files differ from what capstan last rendered in \`${to}\` (edited or deleted in the env repo by hand):`,
    ""
  ];
  for (const d of drift.slice(0, 50)) {
    const list = [
      ...d.edited.map(
        (p) => `\`${p}\` edited${changes.has(p) ? " (overwritten by this promotion)" : " (kept)"}`
      ),
      ...d.missing.map(
        (p) => `\`${p}\` deleted${changes.has(p) ? " (restored by this promotion)" : " (stays deleted)"}`
      )
    ];
    out.push(
      `- **${d.app}**: ${list.slice(0, 20).join(", ")}${list.length > 20 ? `, \u2026 ${list.length - 20} more` : ""}`
    );
  }
  if (drift.length > 50) out.push(`- \u2026 ${drift.length - 50} more apps`);
  out.push("");
  return out.join("\n");
}
async function promotedFiles(tree, tip, state, envDir, apps) {
  if (!tip || !state) return void 0;
  const present = apps.filter((a) => state.apps[a]);
  const files = /* @__PURE__ */ new Map();
  if (!present.length) return { files, apps: present };
  const dirs = present.map((a) => `${envDir}${a}`);
  await tree.prefetchDirs(tip, dirs);
  const listed = (await tree.list(tip, dirs, true)).filter((e) => e.type === "blob");
  const texts = await tree.read(
    tip,
    listed.map((e) => e.path)
  );
  listed.forEach((e, i) => {
    if (texts[i] !== void 0) files.set(e.path.slice(envDir.length), Buffer.from(texts[i]));
  });
  return { files, apps: present };
}
async function promotedDrift(read, state) {
  const apps = Object.fromEntries(read.apps.map((a) => [a, state.apps[a]]));
  return withDetails(() => driftOf(read.files, { ...state, apps }), { state, apps: read.apps });
}

// src/flows/promote/promote-settle.ts
async function settleWithoutPr(gh, r, sourceRepo, reporter) {
  const why = r.direct ? `promoted directly to ${r.base} (autoPromote) at ${sourceRepo}@${short(r.revision)}` : `nothing to promote: ${r.to} already runs what ${r.from} runs${r.revision ? ` (${sourceRepo}@${short(r.revision)})` : ""}`;
  reporter.info(why);
  r.pr = { action: "none" };
  if (!gh) return;
  const open = await gh.findOpenPr(r.branch, r.base);
  if (!open) return;
  await gh.closePr(
    open.number,
    `Closed by capstan: ${why}.` + (r.direct ? "" : ` The rendered manifests of \`${r.to}\` would not change.`)
  );
  r.pr = { number: open.number, url: open.url, action: "closed" };
  reporter.info(`closed the stale promotion pull request #${open.number}: ${open.url}`);
}

// src/flows/promote/promote-edges.ts
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

// src/flows/promote/promote.ts
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
    const repo = await openEnvStore({
      url: envRepo,
      token: opts.token,
      workdir: opts.workdir ?? path.join(tmp, "repo"),
      committer: opts.committer,
      env: opts.gitEnv
    });
    if (repo.inPlace && (await repo.dirty()).length)
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
      revisions,
      head: id.commit
    });
    const out = await flow.run();
    await flow.pullRequest(out);
    return out;
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
    this.gates = new Gates(ctx, () => this.api(), opts);
    this.fromBranch = ctx.from.branch ?? ctx.config.envRepo.branch;
    this.toBranch = ctx.to.branch ?? ctx.config.envRepo.branch;
  }
  root;
  branch;
  fromBranch;
  toBranch;
  ancestry = /* @__PURE__ */ new Map();
  gates;
  write() {
    if (this.mode === "dry-run") return "build";
    if (this.mode === "in-place") return this.opts.push ? "local+push" : "local";
    return "push";
  }
  /** The transaction: plan (`attempt`), commit, push; then what it did. */
  async run() {
    const tx = await runTransaction(this.repo, {
      refs: [this.fromBranch, this.toBranch, this.branch],
      plan: (tree, n) => this.attempt(tree, n),
      write: this.write(),
      root: this.root,
      retry: { maxAttempts: 5, ...this.opts.retry },
      raceMessage: `push to ${this.repo.url || this.repo.dir}: the promotion branch moved meanwhile; run again`
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
        result.direct ? `autoPromote: pushed ${this.toBranch} (${short(o.sha)}) to ${this.repo.url || this.repo.dir}` : `pushed ${this.branch} (${short(o.sha)}) to ${this.repo.url}`
      );
    }
    return result;
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
  async attempt(tree, n) {
    if (n > 1) this.reporter.info(`the promotion branch moved: re-planning (attempt ${n})`);
    const { from, to } = this.ctx;
    const fromTip = tree.tip(this.fromBranch);
    const toTip = tree.tip(this.toBranch);
    await prefetchEnvs(tree, [
      [fromTip, `${this.root}/${from.name}`],
      [toTip, `${this.root}/${to.name}`]
    ]);
    const fromSnap = await this.snapshot(tree, fromTip, from.name);
    const toSnap = await this.snapshot(tree, toTip, to.name);
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
    if (this.opts.apps && !this.opts.revision)
      this.ctx.revisions.limitTo(this.opts.apps, fromSnap.state);
    const d = await this.decide(fromApps, toApps, fromSnap);
    const toFiles = this.envFiles(tree, toTip, toSnap, [...d.targets.keys()]);
    toFiles.catch(() => void 0);
    return this.propose(tree, fromTip, toTip, toSnap, d, toFiles);
  }
  /** Per app, the source commit `to` will run; what `to` runs now; a rollback or not. */
  async decide(fromApps, toApps, fromSnap) {
    const { from, to } = this.ctx;
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
    if (!explicit) {
      const moved = await advanceToHead(targets, {
        head: this.ctx.head,
        from: from.name,
        to: to.name,
        fromState: fromSnap.state,
        revisions: this.ctx.revisions,
        ancestor: (a, b) => this.ancestor(a, b)
      });
      for (const a of moved)
        notices.push(
          `${a}: ${from.name} runs it unchanged at ${short(this.ctx.head)}, where ${to.name}'s own settings changed; promoting it at ${short(this.ctx.head)}`
        );
    }
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
    return { targets, revision, current, pruneCandidates, notices, rollback };
  }
  /** The plan, the diff and the PR's words; the promotion commit when something changes. */
  async propose(tree, fromTip, toTip, toSnap, d, toFiles) {
    const { from, to } = this.ctx;
    const { targets, revision, current, pruneCandidates, notices, rollback } = d;
    const plan = await planPromotion(this.ctx.revisions, to.name, toSnap, targets, {
      revision,
      pruneCandidates
    });
    for (const n of plan.notices) this.reporter.notice(n);
    const diffs = await this.diff(tree, toTip, plan);
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
      forced: false,
      direct: false,
      envRepo: this.repo.url || this.repo.dir
    };
    if (![...plan.changes.keys()].some((p) => !isStateFile(p))) {
      result.status = "nothing-to-promote";
      return { commits: [], result: { result } };
    }
    result.verification = await this.gates.check(fromTip);
    if (result.verification && !result.verification.verified) {
      if (!this.opts.force) {
        result.status = "unverified";
        return { commits: [], result: { result } };
      }
      result.forced = true;
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
      sourceUrl: this.sourceWebUrl(),
      verification: result.verification,
      forced: result.forced,
      drift: await this.drift(await toFiles, toSnap, plan)
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
    return this.promotionCommit(result, words, plan, toTip);
  }
  /** One commit on the promotion branch from `to`'s tip, pushed with a lease. */
  promotionCommit(result, words, plan, toTip) {
    const { to } = this.ctx;
    if (!toTip)
      throw new ExternalError(
        `environment ${to.name} is deployed from branch ${this.toBranch}, which does not exist on the env repo yet; create it first`
      );
    const changes = /* @__PURE__ */ new Map();
    for (const [rel, text] of plan.changes) changes.set(`${this.root}/${to.name}/${rel}`, text);
    result.direct = Boolean(to.autoPromote && !result.forced);
    return {
      commits: [
        {
          branch: result.direct ? this.toBranch : this.branch,
          onto: this.toBranch,
          message: promotionCommitMessage(words),
          changes
        }
      ],
      result: { result, words }
    };
  }
  envFiles(tree, tip, snap, apps) {
    return promotedFiles(tree, tip, snap.state, `${this.root}/${this.ctx.to.name}/`, apps);
  }
  /** Hand edits in the promoted apps of `to`: noticed in the log, and the PR body's section. */
  async drift(read, snap, plan) {
    const drift = read && snap.state ? await promotedDrift(read, snap.state) : void 0;
    if (!drift) return void 0;
    if (drift.length)
      this.reporter.notice(
        `${this.ctx.to.name} has files edited by hand since capstan rendered them (${drift.map((d) => d.app).join(", ")}); the pull request lists them`
      );
    return driftMarkdown(this.ctx.to.name, drift, plan.changes);
  }
  async snapshot(tree, tip, env) {
    const s = await readEnvAt(tree, tip, `${this.root}/${env}`);
    if (s.problem) throw new UserError([s.problem]);
    return s;
  }
  /** The rendered difference per app: `to` now (read at its tip) against `to` after the plan. */
  async diff(tree, tip, plan) {
    const envDir = `${this.root}/${this.ctx.to.name}/`;
    const now = tip ? await this.filesOf(tree, tip, envDir, plan) : /* @__PURE__ */ new Map();
    const base = /* @__PURE__ */ new Map();
    const head = /* @__PURE__ */ new Map();
    for (const a of changedApps(plan.apps)) {
      const b2 = /* @__PURE__ */ new Map();
      for (const [p, buf] of now)
        if (p.startsWith(`${envDir}${a.name}/`)) b2.set(p.slice(envDir.length), buf);
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
      if (p.includes("/") || isBookkeeping(p)) continue;
      const was = now.get(`${envDir}${p}`);
      if (was !== void 0) b.set(p, was);
      if (t !== null) h.set(p, t);
    }
    if (b.size || h.size) {
      base.set(ENV_FILES, b);
      head.set(ENV_FILES, h);
    }
    return diffEnv(this.ctx.to.name, base, head);
  }
  /** The files of the changed apps' folders at `tip` (only those are read). */
  async filesOf(tree, tip, envDir, plan) {
    const dirs = changedApps(plan.apps).map((a) => `${envDir}${a.name}`);
    const own = [...plan.changes.keys()].filter((p) => !p.includes("/") && !isBookkeeping(p)).map((p) => envDir + p);
    const listed = dirs.length ? await tree.list(tip, dirs, true) : [];
    const paths = [...listed.filter((e) => e.type === "blob").map((f) => f.path), ...own];
    if (!paths.length) return /* @__PURE__ */ new Map();
    const texts = await tree.read(tip, paths);
    const out = /* @__PURE__ */ new Map();
    paths.forEach((p, i) => {
      if (texts[i] !== void 0) out.set(p, texts[i]);
    });
    return out;
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
    if (r.verification) for (const l of verificationLines(r.verification)) this.reporter.info(l);
    if (r.status === "unverified") {
      this.reporter.info(
        `not promoting ${r.from} \u2192 ${r.to}: the gates have not passed; nothing changed (pass --force to promote anyway)`
      );
      return;
    }
    if (r.status === "nothing-to-promote" || r.direct)
      return settleWithoutPr(gh, r, this.ctx.sourceRepo, this.reporter);
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

// src/flows/promote/fan-out.ts
function fanOutTargets(config, from, to) {
  if (to?.length) {
    const uniq = [...new Set(to)];
    for (const t of uniq) promotionEnvs(config, from, t);
    return uniq;
  }
  if (!config.environments.some((e) => e.name === from))
    throw new UsageError(
      `unknown environment "${from}"; capstan.yaml defines: ${config.environments.map((e) => e.name).join(", ")}`
    );
  const all = config.environments.filter((e) => e.promotesFrom === from).map((e) => e.name);
  if (!all.length) {
    const edges = promotionEdges(config);
    throw new UsageError(
      `no environment promotes from ${from}; declared promotions: ${edges.length ? edges.join(", ") : "none"}`
    );
  }
  return all;
}
async function promoteFanOut(opts, reporter) {
  const config = loadConfig(readConfigFile(opts.source));
  const targets = fanOutTargets(config, opts.from, opts.to);
  const results = [];
  const errors = [];
  for (const to of targets) {
    if (targets.length > 1) reporter.info(`\u2014 ${opts.from} \u2192 ${to}`);
    try {
      results.push(await promote({ ...opts, to }, reporter));
    } catch (error) {
      if (targets.length === 1) throw error;
      errors.push({ to, error });
      reporter.warn(`${opts.from} \u2192 ${to} failed: ${error.message}`);
    }
  }
  if (errors.length) throw combined(errors);
  return results;
}
function combined(errors) {
  if (errors.every((e) => e.error instanceof UserError))
    return new UserError(errors.flatMap((e) => e.error.problems));
  return errors.find((e) => e.error instanceof CapstanError)?.error ?? errors[0].error;
}

export {
  verificationMarkdown,
  promoteLines,
  promoteFanOut
};
