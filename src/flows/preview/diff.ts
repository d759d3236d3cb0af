/**
 * The preview flow shared by `capstan diff` and the Action's `preview`: read the
 * source at the merge base and at the head (a revision or the working tree),
 * render only the apps whose input digest differs, diff the two trees per
 * environment → app → object, and build the report input.
 */
import { existsSync } from "node:fs";
import { basename, posix, resolve } from "node:path";
import { preloadKinds } from "../../kube/index.ts";
import { loadConfig } from "../../core/model/config.ts";
import type { AppDiff } from "../../core/preview/diff.ts";
import { loadSource, prepare, type LoadedSource } from "../../core/plan/plan.ts";
import type { Capability } from "../../core/capabilities/types.ts";
import { ExternalError, UsageError, UserError, type Problem } from "../../core/common/errors.ts";
import {
  blastRadius,
  previewKinds,
  previewScope,
  previewEnv,
  type PreviewScope,
} from "../../core/preview/preview.ts";
import {
  renderMarkdown,
  renderText,
  reportJson,
  SUMMARY_LIMIT,
  utf8Length,
  type ReportInput,
} from "../../core/preview/report.ts";
import type { SourceInput } from "../../core/model/source.ts";
import { readConfigFile, readSource } from "../../adapters/source-files.ts";
import {
  headCommit,
  mergeBase,
  newBlobCache,
  peekCommit,
  remoteUrl,
  resolveCommit,
  type BlobCache,
} from "../../adapters/source-repo.ts";
import { locateSource, readSourceAt, type SourceLocation } from "../../adapters/source-tree.ts";
import { repoNameFromUrl } from "../shared/identity.ts";
import { dedupeProblems } from "../render/render-dir.ts";
import type { Reporter } from "../shared/reporter.ts";

export interface PreviewOptions {
  /** the source folder (holding capstan.yaml), absolute */
  source: string;
  /** the revision the change goes into; the diff starts at its merge base with the head */
  base: string;
  /** the revision to preview; undefined: the working tree */
  head?: string;
  /** require a current capstan.lock on the head */
  frozen?: boolean;
  /** take capability packs, capstan.lock and the capabilities list from the base (fork PRs) */
  capabilitiesFromBase?: string;
  sourceRepo?: string;
  /** `https://github.com/o/r/blob/<sha>/<source dir>/` for error links (default: from origin when on GitHub) */
  blobBase?: string;
}

export interface PreviewResult {
  report: ReportInput;
  scope?: PreviewScope;
  baseCommit: string;
  headCommit: string;
  /** the source folder relative to the repository root (`/`-terminated or "") */
  prefix: string;
}

/** Git trouble (unknown revision, unrelated histories) is exit 3, not a spec error. */
async function git<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UserError && e.problems.every((p) => p.code !== "shallow"))
      throw new ExternalError(e.problems.map((p) => p.message).join("; "));
    throw e;
  }
}

interface Side {
  src?: LoadedSource;
  problems: Problem[];
  /** the files read, when reading succeeded (even if loading then failed) */
  input?: SourceInput;
}

async function loadSide(input: () => Promise<SourceInput | undefined>): Promise<Side> {
  let i: SourceInput | undefined;
  try {
    i = await input();
    return { src: i ? loadSource(i) : undefined, problems: [], input: i };
  } catch (e) {
    if (e instanceof UserError) return { problems: e.problems, input: i };
    throw e;
  }
}

function workingTree(source: string, id: { sourceRepo: string; commit: string }): SourceInput {
  const file = readConfigFile(source);
  return readSource(source, loadConfig(file), file, id);
}

/**
 * The working tree's bytes by repository path, for the base to take instead of reading
 * the same blobs from git (used only where they hash to the base's blob id).
 */
function workingTreeBlobs(input: SourceInput, loc: SourceLocation): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const add = (rel: string, text: string) =>
    out.set(posix.normalize(loc.prefix + rel), Buffer.from(text, "utf8"));
  for (const f of [input.config, ...input.apps, ...input.crdFiles]) add(f.file, f.text);
  if (input.lock) add(input.lock.file, input.lock.text);
  for (const pack of input.packs)
    if (pack.source.startsWith("path:"))
      for (const [rel, text] of pack.files) add(`${pack.source.slice(5)}/${rel}`, text);
  return out;
}

/**
 * The commits to compare and who the source is. The read-only questions are asked
 * together (one git process each); only a miss takes the slower paths, which may deepen
 * a shallow clone, one at a time and in the order they always ran.
 */
async function revisions(
  opts: PreviewOptions,
  loc: SourceLocation,
): Promise<{ headSha: string; baseSha: string; sourceRepo: string; originUrl?: string }> {
  const headRev = opts.head ?? "HEAD";
  const needsUrl = !opts.sourceRepo || (opts.blobBase === undefined && !!opts.head);
  // sourceIdentity: a folder is a git source when it has `.git` or a HEAD commit.
  const dotGit = existsSync(resolve(opts.source, ".git"));
  const [headPeek, basePeek, headOfRepo, originUrl] = await Promise.all([
    peekCommit(loc.top, headRev),
    peekCommit(loc.top, opts.base),
    !opts.sourceRepo && !dotGit && opts.head ? peekCommit(opts.source, "HEAD") : undefined,
    needsUrl ? remoteUrl(loc.top).catch(() => undefined) : undefined,
  ]);
  const headSha =
    headPeek ??
    (await git(() => (opts.head ? resolveCommit(loc.top, opts.head) : headCommit(loc.top))));
  const resolvedBase = basePeek ?? (await git(() => resolveCommit(loc.top, opts.base)));
  const baseSha =
    resolvedBase === headSha
      ? headSha // a commit is its own merge base
      : await git(() =>
          mergeBase(
            loc.top,
            opts.base,
            headRev,
            basePeek && headPeek ? [basePeek, headPeek] : undefined,
          ),
        );
  if (!baseSha)
    throw new ExternalError(
      `git: ${opts.base} and ${headRev} have no common history (no merge base)`,
    );
  const isGit = dotGit || !opts.head || headOfRepo !== undefined;
  const repo = opts.sourceRepo ?? (isGit && originUrl ? repoNameFromUrl(originUrl) : undefined);
  return {
    headSha,
    baseSha,
    sourceRepo: repo ?? `local/${basename(resolve(opts.source))}`,
    originUrl,
  };
}

export async function computePreview(
  opts: PreviewOptions,
  reporter: Reporter,
): Promise<PreviewResult> {
  const loc: SourceLocation = await locateSource(opts.source);
  const revs = await revisions(opts, loc);
  const { headSha, baseSha } = revs;
  const notices: string[] = [];
  const { base, head } = await readSides(opts, loc, revs);
  if (base.problems.length)
    notices.push(
      `the base ${baseSha.slice(0, 7)} does not load (${base.problems.length} error(s), e.g. ${base.problems[0]!.message}); every head object is shown as added`,
    );
  const report: ReportInput = {
    base: { label: opts.base, commit: baseSha },
    head: { label: opts.head ?? "working tree", commit: headSha },
    diffs: [],
    problems: head.problems,
    causes: [],
    notices,
    blobBase: await blobBaseFor(opts, revs.originUrl, headSha, loc),
  };
  const result = { report, baseCommit: baseSha, headCommit: headSha, prefix: loc.prefix };
  if (!head.src) {
    if (!head.problems.length)
      throw new UserError([{ code: "config", message: "no capstan.yaml at the head" }]);
    return result;
  }
  const problems: Problem[] = [];
  const headCaps = await prepareHead(head.src, opts, notices, problems);
  const scope = previewScope(base.src, head.src);
  // Validators for whatever either side emits (prepare stops short of this on lock errors).
  await preloadKinds(previewKinds(base.src, head.src, headCaps));
  notices.push(...head.src.notices);

  const { diffs, rendered, of } = diffEnvs(base.src, head.src, scope, problems, notices, reporter);
  report.diffs = diffs;
  report.problems = dedupeProblems(problems);
  report.causes = blastRadius(scope, diffs);
  report.rendered = { apps: rendered, of };
  report.envs = head.src.config.environments.map((e) => ({
    name: e.name,
    on: e.autoDeploy ? "merge" : e.promotesFrom !== undefined ? "promotion" : "manual",
  }));
  return { ...result, scope };
}

/**
 * The base and the head loaded. With a head revision both come from git and the blobs
 * they share are read once; with the working tree, it is read first and the base takes
 * every file the change did not touch from it.
 */
async function readSides(
  opts: PreviewOptions,
  loc: SourceLocation,
  revs: { headSha: string; baseSha: string; sourceRepo: string },
): Promise<{ base: Side; head: Side }> {
  const { headSha, baseSha, sourceRepo } = revs;
  const readBase = (blobs: BlobCache) =>
    loadSide(() => readSourceAt({ loc, rev: baseSha, sourceRepo, commit: baseSha, blobs }));
  if (opts.head) {
    const capsFrom = opts.capabilitiesFromBase ? baseSha : undefined;
    const blobs = newBlobCache();
    const base = await readBase(blobs);
    const head = await loadSide(() =>
      readSourceAt({
        loc,
        rev: headSha,
        sourceRepo,
        commit: headSha,
        capabilitiesFrom: capsFrom,
        blobs,
      }),
    );
    return { base, head };
  }
  const head = await loadSide(async () =>
    workingTree(opts.source, { sourceRepo, commit: headSha }),
  );
  const base = await readBase(
    newBlobCache(head.input ? workingTreeBlobs(head.input, loc) : undefined),
  );
  return { base, head };
}

/** Where error links point: as given, else the head's blobs on GitHub when origin is there. */
async function blobBaseFor(
  opts: PreviewOptions,
  originUrl: string | undefined,
  headSha: string,
  loc: SourceLocation,
): Promise<string | undefined> {
  let blobBase = opts.blobBase;
  if (blobBase === undefined && opts.head && originUrl) {
    const { parseGitHubRepoUrl } = await import("../../adapters/github.ts");
    const gh = parseGitHubRepoUrl(originUrl);
    if (gh) blobBase = `https://github.com/${gh.owner}/${gh.repo}/blob/${headSha}/${loc.prefix}`;
  }
  return blobBase;
}

/** The head's capabilities prepared (its lock checked); a problem there is reported, not thrown. */
async function prepareHead(
  head: LoadedSource,
  opts: PreviewOptions,
  notices: string[],
  problems: Problem[],
): Promise<Capability[] | undefined> {
  try {
    const prep = await prepare(head, head.config.environments, {
      frozen: opts.frozen,
      preload: false,
    });
    notices.push(...prep.notices);
    return prep.caps;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
    return undefined;
  }
}

/** Every environment in scope rendered on both sides and diffed; how many apps of how many were rendered. */
function diffEnvs(
  base: LoadedSource | undefined,
  head: LoadedSource,
  scope: PreviewScope,
  problems: Problem[],
  notices: string[],
  reporter: Reporter,
): { diffs: AppDiff[]; rendered: number; of: number } {
  const diffs: AppDiff[] = [];
  const notes = new Set<string>();
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
        `${app} does not render at the base in ${env.name}; its objects are shown as added`,
      );
    diffs.push(...p.diffs);
  }
  for (const n of notes) reporter.notice(n);
  return { diffs, rendered, of };
}

/** `changed-apps`: the environment, app and object counts of every app with a rendered change. */
export function changedAppCounts(
  diffs: AppDiff[],
): { env: string; app: string; added: number; changed: number; removed: number }[] {
  return diffs.map((d) => ({
    env: d.env,
    app: d.app,
    added: d.added,
    changed: d.changed,
    removed: d.removed,
  }));
}

export type DiffFormat = "md" | "json" | "text";

/**
 * `capstan diff`: prints the report; 0 with or without changes, 1 when the head has errors.
 * `color`: the text format in ANSI colours (the CLI decides: a terminal, no NO_COLOR).
 */
export async function runDiff(
  reporter: Reporter,
  opts: Omit<PreviewOptions, "base"> & { base?: string; format?: string; color?: boolean },
): Promise<number> {
  if (!opts.base) throw new UsageError("diff needs --base REF (e.g. --base origin/main)");
  const format = (opts.format ?? "text") as DiffFormat;
  if (!["md", "json", "text"].includes(format))
    throw new UsageError(`--format must be md, json or text (got "${opts.format}")`);
  const r = await computePreview({ ...opts, base: opts.base }, reporter);
  const out =
    format === "json"
      ? JSON.stringify(reportJson(r.report), null, 2) + "\n"
      : format === "md"
        ? renderMarkdown(r.report, { limit: SUMMARY_LIMIT, measure: utf8Length }).body
        : renderText(r.report, { color: opts.color === true });
  process.stdout.write(out);
  return r.report.problems.length ? 1 : 0;
}
