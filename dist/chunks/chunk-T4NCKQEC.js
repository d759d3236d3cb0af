import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  SUMMARY_LIMIT,
  blastRadius,
  locateSource,
  previewEnv,
  previewKinds,
  previewScope,
  readSourceAt,
  renderMarkdown,
  renderText,
  reportJson,
  utf8Length
} from "./chunk-AA7B2AOO.js";
import {
  readConfigFile,
  readSource
} from "./chunk-FCP2IWXA.js";
import {
  dedupeProblems
} from "./chunk-RUPXGUGG.js";
import {
  headCommit,
  mergeBase,
  newBlobCache,
  peekCommit,
  remoteUrl,
  repoNameFromUrl,
  resolveCommit
} from "./chunk-IOBEII3D.js";
import {
  loadSource,
  prepare
} from "./chunk-JBLNTRAF.js";
import {
  loadConfig
} from "./chunk-SSJMW5PP.js";
import {
  preloadKinds
} from "./chunk-UTJQZLM3.js";
import {
  ExternalError,
  UsageError,
  UserError
} from "./chunk-N5T7JROX.js";

// src/flows/preview/diff.ts
import { existsSync } from "node:fs";
import { basename, posix, resolve } from "node:path";
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
  const revs = await revisions(opts, loc);
  const { headSha, baseSha } = revs;
  const notices = [];
  const { base, head } = await readSides(opts, loc, revs);
  if (base.problems.length)
    notices.push(
      `the base ${baseSha.slice(0, 7)} does not load (${base.problems.length} error(s), e.g. ${base.problems[0].message}); every head object is shown as added`
    );
  const report = {
    base: { label: opts.base, commit: baseSha },
    head: { label: opts.head ?? "working tree", commit: headSha },
    diffs: [],
    problems: head.problems,
    causes: [],
    notices,
    blobBase: await blobBaseFor(opts, revs.originUrl, headSha, loc)
  };
  const result = { report, baseCommit: baseSha, headCommit: headSha, prefix: loc.prefix };
  if (!head.src) {
    if (!head.problems.length)
      throw new UserError([{ code: "config", message: "no capstan.yaml at the head" }]);
    return result;
  }
  const problems = [];
  const headCaps = await prepareHead(head.src, opts, notices, problems);
  const scope = previewScope(base.src, head.src);
  await preloadKinds(previewKinds(base.src, head.src, headCaps));
  notices.push(...head.src.notices);
  const { diffs, rendered, of } = diffEnvs(base.src, head.src, scope, problems, notices, reporter);
  report.diffs = diffs;
  report.problems = dedupeProblems(problems);
  report.causes = blastRadius(scope, diffs);
  report.rendered = { apps: rendered, of };
  report.envs = head.src.config.environments.map((e) => ({
    name: e.name,
    on: e.autoDeploy ? "merge" : e.promotesFrom !== void 0 ? "promotion" : "manual"
  }));
  return { ...result, scope };
}
async function readSides(opts, loc, revs) {
  const { headSha, baseSha, sourceRepo } = revs;
  const readBase = (blobs) => loadSide(() => readSourceAt({ loc, rev: baseSha, sourceRepo, commit: baseSha, blobs }));
  if (opts.head) {
    const capsFrom = opts.capabilitiesFromBase ? baseSha : void 0;
    const blobs = newBlobCache();
    const base2 = await readBase(blobs);
    const head2 = await loadSide(
      () => readSourceAt({
        loc,
        rev: headSha,
        sourceRepo,
        commit: headSha,
        capabilitiesFrom: capsFrom,
        blobs
      })
    );
    return { base: base2, head: head2 };
  }
  const head = await loadSide(
    async () => workingTree(opts.source, { sourceRepo, commit: headSha })
  );
  const base = await readBase(
    newBlobCache(head.input ? workingTreeBlobs(head.input, loc) : void 0)
  );
  return { base, head };
}
async function blobBaseFor(opts, originUrl, headSha, loc) {
  let blobBase = opts.blobBase;
  if (blobBase === void 0 && opts.head && originUrl) {
    const { parseGitHubRepoUrl } = await import("./github-JSECFA4A.js");
    const gh = parseGitHubRepoUrl(originUrl);
    if (gh) blobBase = `https://github.com/${gh.owner}/${gh.repo}/blob/${headSha}/${loc.prefix}`;
  }
  return blobBase;
}
async function prepareHead(head, opts, notices, problems) {
  try {
    const prep = await prepare(head, head.config.environments, {
      frozen: opts.frozen,
      preload: false
    });
    notices.push(...prep.notices);
    return prep.caps;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
    return void 0;
  }
}
function diffEnvs(base, head, scope, problems, notices, reporter) {
  const diffs = [];
  const notes = /* @__PURE__ */ new Set();
  let rendered = 0;
  let of = 0;
  for (const env of scope.envs) {
    of += env.total;
    rendered += env.render.length;
    const p = previewEnv(base, head, env);
    problems.push(...p.problems);
    for (const n of p.notices) notes.add(n);
    for (const app of p.failedAtBase)
      notices.push(
        `${app} does not render at the base in ${env.name}; its objects are shown as added`
      );
    diffs.push(...p.diffs);
  }
  for (const n of notes) reporter.notice(n);
  return { diffs, rendered, of };
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
