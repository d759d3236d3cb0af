/**
 * The preview flow shared by `capstan diff` and the Action's `preview`: read the
 * source at the merge base and at the head (a revision or the working tree),
 * render only the apps whose input digest differs, diff the two trees per
 * environment → app → object, and build the report input.
 */
import { preloadKinds } from "../kube/index.ts";
import { loadConfig } from "../core/config.ts";
import { diffEnv, type AppDiff } from "../core/diff.ts";
import {
  kindsToPreload,
  loadSource,
  prepare,
  usedCapabilities,
  type LoadedSource,
} from "../core/engine.ts";
import { ExternalError, UsageError, UserError, type Problem } from "../core/errors.ts";
import { blastRadius, previewScope, renderApps, type PreviewScope } from "../core/preview.ts";
import {
  renderMarkdown,
  renderText,
  reportJson,
  SUMMARY_LIMIT,
  utf8Length,
  type ReportInput,
} from "../core/report.ts";
import type { SourceInput } from "../core/source.ts";
import { parseGitHubRepoUrl } from "../adapters/github.ts";
import { readConfigFile, readSource } from "../adapters/source-files.ts";
import { headCommit, mergeBase, remoteUrl, resolveCommit } from "../adapters/source-repo.ts";
import { locateSource, readSourceAt, type SourceLocation } from "../adapters/source-tree.ts";
import { sourceIdentity } from "./identity.ts";
import { dedupeProblems } from "./render-dir.ts";
import type { Reporter } from "./reporter.ts";

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

async function loadSide(
  input: () => Promise<SourceInput | undefined>,
): Promise<{ src?: LoadedSource; problems: Problem[] }> {
  try {
    const i = await input();
    return { src: i ? loadSource(i) : undefined, problems: [] };
  } catch (e) {
    if (e instanceof UserError) return { problems: e.problems };
    throw e;
  }
}

function workingTree(source: string, id: { sourceRepo: string; commit: string }): SourceInput {
  const file = readConfigFile(source);
  return readSource(source, loadConfig(file), file, id);
}

export async function computePreview(
  opts: PreviewOptions,
  reporter: Reporter,
): Promise<PreviewResult> {
  const loc: SourceLocation = await locateSource(opts.source);
  const headRev = opts.head ?? "HEAD";
  const headSha = await git(() =>
    opts.head ? resolveCommit(loc.top, opts.head) : headCommit(loc.top),
  );
  await git(() => resolveCommit(loc.top, opts.base));
  const baseSha = await git(() => mergeBase(loc.top, opts.base, headRev));
  if (!baseSha)
    throw new ExternalError(
      `git: ${opts.base} and ${headRev} have no common history (no merge base)`,
    );
  const id = await sourceIdentity(opts.source, { sourceRepo: opts.sourceRepo });
  const notices: string[] = [];

  const base = await loadSide(() =>
    readSourceAt({ loc, rev: baseSha, sourceRepo: id.sourceRepo, commit: baseSha }),
  );
  if (base.problems.length)
    notices.push(
      `the base ${baseSha.slice(0, 7)} does not load (${base.problems.length} error(s), e.g. ${base.problems[0]!.message}); every head object is shown as added`,
    );
  const capsFrom = opts.capabilitiesFromBase ? baseSha : undefined;
  const head = await loadSide(async () =>
    opts.head
      ? readSourceAt({
          loc,
          rev: headSha,
          sourceRepo: id.sourceRepo,
          commit: headSha,
          capabilitiesFrom: capsFrom,
        })
      : workingTree(opts.source, { sourceRepo: id.sourceRepo, commit: headSha }),
  );
  let blobBase = opts.blobBase;
  if (blobBase === undefined && opts.head) {
    const url = await remoteUrl(loc.top).catch(() => undefined);
    const gh = url ? parseGitHubRepoUrl(url) : undefined;
    if (gh) blobBase = `https://github.com/${gh.owner}/${gh.repo}/blob/${headSha}/${loc.prefix}`;
  }
  const report: ReportInput = {
    base: { label: opts.base, commit: baseSha },
    head: { label: opts.head ?? "working tree", commit: headSha },
    diffs: [],
    problems: head.problems,
    causes: [],
    notices,
    blobBase,
  };
  const result = { report, baseCommit: baseSha, headCommit: headSha, prefix: loc.prefix };
  if (!head.src) {
    if (!head.problems.length)
      throw new UserError([{ code: "config", message: "no capstan.yaml at the head" }]);
    return result;
  }
  const problems: Problem[] = [];
  try {
    const prep = await prepare(head.src, head.src.config.environments, { frozen: opts.frozen });
    notices.push(...prep.notices);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
  }
  // Validators for whatever either side emits (prepare stops short of this on lock errors).
  const kinds = [head.src, base.src].flatMap((s) =>
    s ? kindsToPreload(s, usedCapabilities(s).caps) : [],
  );
  await preloadKinds(kinds);
  notices.push(...head.src.notices);

  const scope = previewScope(base.src, head.src);
  const diffs: AppDiff[] = [];
  const notes = new Set<string>();
  let rendered = 0;
  let of = 0;
  for (const env of scope.envs) {
    of += env.total;
    rendered += env.render.length;
    const b = base.src && env.base ? renderApps(base.src, env.base, env.render) : undefined;
    const h = env.head ? renderApps(head.src, env.head, env.render) : undefined;
    problems.push(...(h?.problems ?? []));
    for (const n of h?.notices ?? []) notes.add(n);
    for (const app of b?.failed ?? [])
      notices.push(
        `${app} does not render at the base in ${env.name}; its objects are shown as added`,
      );
    diffs.push(...diffEnv(env.name, b?.files ?? new Map(), h?.files ?? new Map()));
  }
  for (const n of notes) reporter.notice(n);
  report.diffs = diffs;
  report.problems = dedupeProblems(problems);
  report.causes = blastRadius(scope, diffs);
  report.rendered = { apps: rendered, of };
  return { ...result, scope };
}

/** `changed-apps`: the environment, app and object counts of every app with a rendered change. */
export function changedApps(
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

/** `capstan diff`: prints the report; 0 with or without changes, 1 when the head has errors. */
export async function runDiff(
  reporter: Reporter,
  opts: Omit<PreviewOptions, "base"> & { base?: string; format?: string },
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
        : renderText(r.report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR });
  process.stdout.write(out);
  return r.report.problems.length ? 1 : 0;
}
