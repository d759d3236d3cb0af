/**
 * The preview report, three ways: Markdown for the pull-request comment and the
 * job summary (always within a size limit, see report-markdown.ts), coloured or
 * plain text for the terminal, and JSON for tools. Pure: the diff in, text out.
 */
import { describeId, type AppDiff } from "./diff.ts";
import { formatWhere, type Problem } from "./errors.ts";
import {
  counts,
  hiddenNote,
  objectCount,
  reach,
  reachText,
  short,
  SIGN,
  totals,
  type EnvTrigger,
  type ReportSide,
} from "./report-format.ts";

export { renderMarkdown } from "./report-markdown.ts";
export { short, totals, utf8Length, type EnvTrigger, type ReportSide } from "./report-format.ts";

export const COMMENT_LIMIT = 65_536;
/** GitHub's step-summary limit is 1 MiB (bytes). */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface ReportInput {
  base: ReportSide;
  head: ReportSide;
  /** changed apps, in report order (environment order of capstan.yaml, then app name) */
  diffs: AppDiff[];
  /** head's spec, render and validation errors */
  problems: Problem[];
  /** blast-radius lines (`previewScope` + `blastRadius`) */
  causes: string[];
  notices: string[];
  /** how many apps were rendered, of how many bound (per environment, summed) */
  rendered?: { apps: number; of: number };
  /** prefix for file links: `https://github.com/o/r/blob/<head sha>/<source dir>/` */
  blobBase?: string;
  /** how each environment changes after the merge (capstan.yaml order) */
  envs?: { name: string; on: EnvTrigger }[];
}

export interface MarkdownOptions {
  /** characters (or what `measure` counts) the body may take */
  limit?: number;
  /** hidden marker line put first, e.g. `<!-- capstan:preview:. -->` */
  marker?: string;
  /** where the full report is, for the truncation note: "the job summary" or a link */
  fullReport?: string;
  measure?: (s: string) => number;
  /** names listed under a grouped diff before the rest are counted (default 10) */
  groupNames?: number;
}

export interface MarkdownReport {
  body: string;
  /** diffs in the body (each of one object, or of a group of alike changes) */
  shown: number;
  /** objects covered by a shown diff of another object like them ("and N more like it") */
  grouped: number;
  /** objects named without their diff */
  named: number;
  /** objects only counted */
  counted: number;
  truncated: boolean;
}

/** Plain or ANSI-coloured text for the terminal. */
export function renderText(input: ReportInput, opts: { color?: boolean } = {}): string {
  const c = (code: string, s: string): string => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  const vs = `${input.head.label} ${short(input.head.commit)} against ${input.base.label} ${short(input.base.commit)}`;
  out.push(
    input.diffs.length
      ? c("1", `capstan diff of ${vs}: ${objectCount(input.diffs)} in ${reachText(input.diffs)}`)
      : `capstan diff of ${vs}: no rendered change`,
  );
  for (const l of input.causes) out.push(`blast radius: ${l.replace(/`/g, "")}`);
  for (const n of input.notices) out.push(c("33", `notice: ${n}`));
  for (const p of input.problems) out.push(c("31", `error: ${formatWhere(p)}: ${p.message}`));
  for (const d of input.diffs) {
    out.push("", c("1", `${d.env}/${d.app}: ${counts(d)}`));
    for (const o of d.objects) {
      const path = o.fromPath ? `${o.fromPath} → ${o.path}` : o.path;
      const title =
        o.change === "renamed"
          ? `renamed ${describeId(o.fromId!)} → ${describeId(o.id)}`
          : `${o.change} ${describeId(o.id)}`;
      out.push(c("1", `  ${SIGN[o.change]} ${title} (${path})`));
      const note = hiddenNote(o);
      if (note) out.push(`    ${note}`);
      for (const l of o.diff.replace(/\n$/, "").split("\n")) {
        if (!l) continue;
        const col = l.startsWith("@@")
          ? "36"
          : l.startsWith("+")
            ? "32"
            : l.startsWith("-")
              ? "31"
              : "";
        out.push("    " + (col ? c(col, l) : l));
      }
    }
  }
  return out.join("\n") + "\n";
}

/** The report for tools (`--format json`). */
export function reportJson(input: ReportInput): Record<string, unknown> {
  const t = totals(input.diffs);
  return {
    schemaVersion: 1,
    base: input.base,
    head: input.head,
    changed: input.diffs.length > 0,
    summary: { apps: reach(input.diffs).apps, pairs: input.diffs.length, ...t },
    causes: input.causes.map((l) => l.replace(/`/g, "")),
    problems: input.problems,
    notices: input.notices,
    apps: input.diffs.map((d) => ({
      env: d.env,
      app: d.app,
      added: d.added,
      changed: d.changed,
      removed: d.removed,
      objects: d.objects.map((o) => ({
        change: o.change,
        path: o.path,
        ...(o.fromPath ? { fromPath: o.fromPath, fromId: o.fromId } : {}),
        id: o.id,
        diff: o.diff,
        ...(o.hiddenKeys ? { hiddenKeys: o.hiddenKeys } : {}),
      })),
    })),
  };
}
