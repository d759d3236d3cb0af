/**
 * The preview report, three ways: Markdown for the pull-request comment and the
 * job summary (always within a size limit, see report-markdown.ts), coloured or
 * plain text for the terminal, and JSON for tools. Pure: the diff in, text out.
 */
import { describeId } from "./diff.ts";
import { formatWhere } from "../common/errors.ts";
import type { ReportInput } from "./report-input.ts";
import {
  counts,
  hiddenNote,
  objectCount,
  reach,
  reachText,
  short,
  SIGN,
  totals,
} from "./report-format.ts";

export { renderMarkdown } from "./report-markdown.ts";
export { short, totals, utf8Length, type EnvTrigger, type ReportSide } from "./report-format.ts";

export const COMMENT_LIMIT = 65_536;
/** GitHub's step-summary limit is 1 MiB (bytes). */
export const SUMMARY_LIMIT = 1024 * 1024;

export type { MarkdownOptions, MarkdownReport, ReportInput } from "./report-input.ts";

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
