import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  SUMMARY_LIMIT,
  diffEnv,
  locateSource,
  readSourceAt,
  renderMarkdown,
  renderText,
  reportJson,
  utf8Length
} from "./chunk-6R345QQR.js";
import {
  readConfigFile,
  readSource
} from "./chunk-6FEQDPUU.js";
import {
  dedupeProblems
} from "./chunk-YPOMZ5KE.js";
import {
  headCommit,
  mergeBase,
  newBlobCache,
  peekCommit,
  remoteUrl,
  repoNameFromUrl,
  resolveCommit
} from "./chunk-BB75IWMQ.js";
import {
  applyOverrides,
  bindApp,
  inputDigest,
  kindsToPreload,
  loadSource,
  planEnv,
  prepare,
  resolveComponents,
  resolveGuardrails,
  usedCapabilities
} from "./chunk-QPSHCA5V.js";
import {
  loadConfig
} from "./chunk-QSMJWJ5Y.js";
import {
  preloadKinds
} from "./chunk-BODV5UJD.js";
import {
  cmp
} from "./chunk-3IFGO55J.js";
import {
  ExternalError,
  UsageError,
  UserError
} from "./chunk-25T5DTZY.js";

// src/flows/preview/diff.ts
import { existsSync } from "node:fs";
import { basename, posix, resolve } from "node:path";

// src/core/preview.ts
var key = (env, app) => `${env}/${app}`;
var SHARED = { digest: "", caps: /* @__PURE__ */ new Map() };
function sharedApps(base, head) {
  if (!base || base.input.config.text !== head.input.config.text || base.input.lock?.text !== head.input.lock?.text || base.crdDigest !== head.crdDigest)
    return /* @__PURE__ */ new Set();
  const a = base.registry.all();
  const b = head.registry.all();
  if (a.length !== b.length || a.some((c, i) => c !== b[i])) return /* @__PURE__ */ new Set();
  const inHead = new Set(head.apps);
  return new Set(base.apps.filter((app) => inHead.has(app)));
}
function bindingIn(src, app, env, memo) {
  let m = memo.get(app);
  if (!m) {
    m = new Map(bindApp(app, src.config.environments).bindings.map((b) => [b.env.name, b]));
    memo.set(app, m);
  }
  return m.get(env);
}
function sideApps(src, env, shared, memo, sharedMemo) {
  const out = /* @__PURE__ */ new Map();
  if (!src || !env) return out;
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  for (const app of src.apps) {
    const isShared = shared.has(app);
    const binding = bindingIn(src, app, env.name, isShared ? sharedMemo : memo);
    if (!binding) continue;
    if (isShared) {
      out.set(app.name, SHARED);
      continue;
    }
    const caps = /* @__PURE__ */ new Map();
    const used = resolveComponents(app, applyOverrides(app, binding.overrides), src.registry).caps;
    for (const c of [...used, ...g.guardrails.map((x) => x.cap)])
      caps.set(c.name, `${c.version} ${c.digest}`);
    out.set(app.name, { digest: inputDigest(src, app, binding, g.guardrails), caps });
  }
  return out;
}
function envSettings(e) {
  return e ? JSON.stringify([e.kubeVersion, e.namespace ?? null, e.allowLiteralSecrets, e.guardrails]) : "";
}
function previewScope(base, head) {
  const names = [
    ...head.config.environments.map((e) => e.name),
    ...(base?.config.environments ?? []).map((e) => e.name)
  ].filter((n, i, all) => all.indexOf(n) === i);
  const scope = {
    envs: [],
    capabilities: [],
    envSettings: /* @__PURE__ */ new Map(),
    schemas: /* @__PURE__ */ new Set()
  };
  const caps = /* @__PURE__ */ new Map();
  const schemasChanged = base !== void 0 && base.crdDigest !== head.crdDigest;
  const shared = sharedApps(base, head);
  const headBindings = /* @__PURE__ */ new Map();
  const baseBindings = /* @__PURE__ */ new Map();
  for (const name of names) {
    const he = head.config.environments.find((e) => e.name === name);
    const be = base?.config.environments.find((e) => e.name === name);
    const h = sideApps(head, he, shared, headBindings, headBindings);
    const b = sideApps(base, be, shared, baseBindings, headBindings);
    const settingsChanged = !!he && !!be && envSettings(he) !== envSettings(be);
    const all = [.../* @__PURE__ */ new Set([...h.keys(), ...b.keys()])].sort(cmp);
    const render = [];
    for (const app of all) {
      const x = b.get(app);
      const y = h.get(app);
      if (x && y && x.digest === y.digest) continue;
      render.push(app);
      if (!x || !y) continue;
      for (const [cap, to] of y.caps) {
        const from = x.caps.get(cap);
        if (from === void 0 || from === to) continue;
        const [fv] = from.split(" ");
        const [tv] = to.split(" ");
        const id = `${cap}\0${fv}\0${tv}`;
        let c = caps.get(id);
        if (!c) caps.set(id, c = { name: cap, from: fv ?? "", to: tv ?? "", apps: /* @__PURE__ */ new Set() });
        c.apps.add(key(name, app));
      }
      if (settingsChanged) {
        let s = scope.envSettings.get(name);
        if (!s) scope.envSettings.set(name, s = /* @__PURE__ */ new Set());
        s.add(key(name, app));
      }
      if (schemasChanged) scope.schemas.add(key(name, app));
    }
    scope.envs.push({ name, head: he, base: be, render, total: all.length });
  }
  scope.capabilities = [...caps.values()].sort(
    (a, b) => cmp(a.name, b.name) || cmp(a.from, b.from) || cmp(a.to, b.to)
  );
  return scope;
}
var wildcard = (caps) => caps.some((c) => c.emits.some((k) => k.kind === "*" || k.apiVersion === "*"));
function previewKinds(base, head, headCaps, shared = sharedApps(base, head)) {
  const hc = headCaps ?? usedCapabilities(head).caps;
  const kinds = kindsToPreload(head, hc);
  if (!base) return kinds;
  let bc;
  if (!shared.size) bc = usedCapabilities(base).caps;
  else {
    bc = usedCapabilities({ ...base, apps: base.apps.filter((a) => !shared.has(a)) }).caps;
    if (wildcard(hc) && !wildcard(bc)) bc = usedCapabilities(base).caps;
  }
  return [...kinds, ...kindsToPreload(base, bc)];
}
function renderApps(src, env, apps) {
  const side = { files: /* @__PURE__ */ new Map(), problems: [], notices: [], failed: [] };
  if (!apps.length) return side;
  const all = planEnv(src, env, {}, { force: true, onlyApps: apps });
  side.notices.push(...all.notices);
  if (all.plan) {
    for (const a of all.plan.apps) if (a.files) side.files.set(a.name, a.files);
    return side;
  }
  for (const app of apps) {
    const one = planEnv(src, env, {}, { force: true, onlyApps: [app] });
    side.problems.push(...one.problems);
    const files = one.plan?.apps.find((a) => a.name === app)?.files;
    if (files) side.files.set(app, files);
    else if (one.problems.length) side.failed.push(app);
  }
  return side;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function reach(keys, changed) {
  const hit = [...keys].filter((k) => changed.has(k));
  const envs = new Set(hit.map((k) => k.slice(0, k.indexOf("/"))));
  const apps = new Set(hit.map((k) => k.slice(k.indexOf("/") + 1)));
  const rest = keys.size - hit.length;
  const what = hit.length ? `changes ${plural(apps.size, "app")} in ${plural(envs.size, "environment")}` : "changes no rendered object";
  return rest && hit.length ? `${what} (${rest} more re-rendered without change)` : what;
}
function blastRadius(scope, diffs) {
  const changed = new Set(diffs.map((d) => key(d.env, d.app)));
  const lines = [];
  for (const c of scope.capabilities) {
    const what = c.from === c.to ? `${c.from} (content changed)` : `${c.from} \u2192 ${c.to}`;
    lines.push(`\`${c.name}\` ${what} ${reach(c.apps, changed)}`);
  }
  for (const [env, apps] of scope.envSettings)
    lines.push(`capstan.yaml: settings of environment \`${env}\` ${reach(apps, changed)}`);
  if (scope.schemas.size) lines.push(`CRD schemas (\`schemas:\`) ${reach(scope.schemas, changed)}`);
  return lines;
}

// src/flows/preview/diff.ts
async function git(fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UserError && e.problems.every((p) => p.code !== "shallow"))
      throw new ExternalError(e.problems.map((p) => p.message).join("; "));
    throw e;
  }
}
async function loadSide(input) {
  let i;
  try {
    i = await input();
    return { src: i ? loadSource(i) : void 0, problems: [], input: i };
  } catch (e) {
    if (e instanceof UserError) return { problems: e.problems, input: i };
    throw e;
  }
}
function workingTree(source, id) {
  const file = readConfigFile(source);
  return readSource(source, loadConfig(file), file, id);
}
function workingTreeBlobs(input, loc) {
  const out = /* @__PURE__ */ new Map();
  const add = (rel, text) => out.set(posix.normalize(loc.prefix + rel), Buffer.from(text, "utf8"));
  for (const f of [input.config, ...input.apps, ...input.crdFiles]) add(f.file, f.text);
  if (input.lock) add(input.lock.file, input.lock.text);
  for (const pack of input.packs)
    if (pack.source.startsWith("path:"))
      for (const [rel, text] of pack.files) add(`${pack.source.slice(5)}/${rel}`, text);
  return out;
}
async function revisions(opts, loc) {
  const headRev = opts.head ?? "HEAD";
  const needsUrl = !opts.sourceRepo || opts.blobBase === void 0 && !!opts.head;
  const dotGit = existsSync(resolve(opts.source, ".git"));
  const [headPeek, basePeek, headOfRepo, originUrl] = await Promise.all([
    peekCommit(loc.top, headRev),
    peekCommit(loc.top, opts.base),
    !opts.sourceRepo && !dotGit && opts.head ? peekCommit(opts.source, "HEAD") : void 0,
    needsUrl ? remoteUrl(loc.top).catch(() => void 0) : void 0
  ]);
  const headSha = headPeek ?? await git(() => opts.head ? resolveCommit(loc.top, opts.head) : headCommit(loc.top));
  const resolvedBase = basePeek ?? await git(() => resolveCommit(loc.top, opts.base));
  const baseSha = resolvedBase === headSha ? headSha : await git(
    () => mergeBase(
      loc.top,
      opts.base,
      headRev,
      basePeek && headPeek ? [basePeek, headPeek] : void 0
    )
  );
  if (!baseSha)
    throw new ExternalError(
      `git: ${opts.base} and ${headRev} have no common history (no merge base)`
    );
  const isGit = dotGit || !opts.head || headOfRepo !== void 0;
  const repo = opts.sourceRepo ?? (isGit && originUrl ? repoNameFromUrl(originUrl) : void 0);
  return {
    headSha,
    baseSha,
    sourceRepo: repo ?? `local/${basename(resolve(opts.source))}`,
    originUrl
  };
}
async function computePreview(opts, reporter) {
  const loc = await locateSource(opts.source);
  const { headSha, baseSha, sourceRepo, originUrl } = await revisions(opts, loc);
  const notices = [];
  const readBase = (blobs) => loadSide(() => readSourceAt({ loc, rev: baseSha, sourceRepo, commit: baseSha, blobs }));
  const capsFrom = opts.capabilitiesFromBase ? baseSha : void 0;
  let base;
  let head;
  if (opts.head) {
    const blobs = newBlobCache();
    base = await readBase(blobs);
    head = await loadSide(
      () => readSourceAt({
        loc,
        rev: headSha,
        sourceRepo,
        commit: headSha,
        capabilitiesFrom: capsFrom,
        blobs
      })
    );
  } else {
    head = await loadSide(async () => workingTree(opts.source, { sourceRepo, commit: headSha }));
    base = await readBase(newBlobCache(head.input ? workingTreeBlobs(head.input, loc) : void 0));
  }
  if (base.problems.length)
    notices.push(
      `the base ${baseSha.slice(0, 7)} does not load (${base.problems.length} error(s), e.g. ${base.problems[0].message}); every head object is shown as added`
    );
  let blobBase = opts.blobBase;
  if (blobBase === void 0 && opts.head && originUrl) {
    const { parseGitHubRepoUrl } = await import("./github-RWIS3Y4M.js");
    const gh = parseGitHubRepoUrl(originUrl);
    if (gh) blobBase = `https://github.com/${gh.owner}/${gh.repo}/blob/${headSha}/${loc.prefix}`;
  }
  const report = {
    base: { label: opts.base, commit: baseSha },
    head: { label: opts.head ?? "working tree", commit: headSha },
    diffs: [],
    problems: head.problems,
    causes: [],
    notices,
    blobBase
  };
  const result = { report, baseCommit: baseSha, headCommit: headSha, prefix: loc.prefix };
  if (!head.src) {
    if (!head.problems.length)
      throw new UserError([{ code: "config", message: "no capstan.yaml at the head" }]);
    return result;
  }
  const problems = [];
  let headCaps;
  try {
    const prep = await prepare(head.src, head.src.config.environments, {
      frozen: opts.frozen,
      preload: false
    });
    headCaps = prep.caps;
    notices.push(...prep.notices);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
  }
  const scope = previewScope(base.src, head.src);
  await preloadKinds(previewKinds(base.src, head.src, headCaps));
  notices.push(...head.src.notices);
  const diffs = [];
  const notes = /* @__PURE__ */ new Set();
  let rendered = 0;
  let of = 0;
  for (const env of scope.envs) {
    of += env.total;
    rendered += env.render.length;
    const b = base.src && env.base ? renderApps(base.src, env.base, env.render) : void 0;
    const h = env.head ? renderApps(head.src, env.head, env.render) : void 0;
    problems.push(...h?.problems ?? []);
    for (const n of h?.notices ?? []) notes.add(n);
    for (const app of b?.failed ?? [])
      notices.push(
        `${app} does not render at the base in ${env.name}; its objects are shown as added`
      );
    diffs.push(...diffEnv(env.name, b?.files ?? /* @__PURE__ */ new Map(), h?.files ?? /* @__PURE__ */ new Map()));
  }
  for (const n of notes) reporter.notice(n);
  report.diffs = diffs;
  report.problems = dedupeProblems(problems);
  report.causes = blastRadius(scope, diffs);
  report.rendered = { apps: rendered, of };
  return { ...result, scope };
}
function changedAppCounts(diffs) {
  return diffs.map((d) => ({
    env: d.env,
    app: d.app,
    added: d.added,
    changed: d.changed,
    removed: d.removed
  }));
}
async function runDiff(reporter, opts) {
  if (!opts.base) throw new UsageError("diff needs --base REF (e.g. --base origin/main)");
  const format = opts.format ?? "text";
  if (!["md", "json", "text"].includes(format))
    throw new UsageError(`--format must be md, json or text (got "${opts.format}")`);
  const r = await computePreview({ ...opts, base: opts.base }, reporter);
  const out = format === "json" ? JSON.stringify(reportJson(r.report), null, 2) + "\n" : format === "md" ? renderMarkdown(r.report, { limit: SUMMARY_LIMIT, measure: utf8Length }).body : renderText(r.report, { color: opts.color === true });
  process.stdout.write(out);
  return r.report.problems.length ? 1 : 0;
}

export {
  computePreview,
  changedAppCounts,
  runDiff
};
