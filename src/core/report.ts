/**
 * The preview report, three ways: Markdown for the pull-request comment and the
 * job summary (always within a size limit), coloured or plain text for the
 * terminal, and JSON for tools. Pure: the diff in, text out.
 *
 * Markdown within a limit: the skeleton (summary, blast radius, errors, table,
 * one `<details>` per app naming each changed object) is laid out first; then
 * whole object diffs replace their one-line names, in order, while they fit.
 * A diff block is never cut; every object not shown is named (or, past what the
 * limit can name, counted with its app); the job summary carries the rest.
 */
import { describeId, type AppDiff, type ObjectChange } from "./diff.ts";
import { formatWhere, type Problem } from "./errors.ts";

export const COMMENT_LIMIT = 65_536;
/** GitHub's step-summary limit is 1 MiB (bytes). */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface ReportSide {
  /** what the user named: `main`, `origin/main`, `working tree` */
  label: string;
  commit: string;
}

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
}

export interface MarkdownOptions {
  /** characters (or what `measure` counts) the body may take */
  limit?: number;
  /** hidden marker line put first, e.g. `<!-- capstan:preview:. -->` */
  marker?: string;
  /** where the full report is, for the truncation note: "the job summary" or a link */
  fullReport?: string;
  measure?: (s: string) => number;
}

export interface MarkdownReport {
  body: string;
  /** objects whose diff is in the body */
  shown: number;
  /** objects named without their diff */
  named: number;
  /** objects only counted (their app is named in the tail line) */
  counted: number;
  truncated: boolean;
}

const SIGN: Record<ObjectChange["change"], string> = {
  added: "+",
  removed: "−",
  changed: "~",
  renamed: "~",
};

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const short = (sha: string): string => sha.slice(0, 7);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function counts(d: Pick<AppDiff, "added" | "changed" | "removed">, zero = "0"): string {
  const parts = [
    d.added ? `+${d.added}` : "",
    d.changed ? `~${d.changed}` : "",
    d.removed ? `−${d.removed}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" ") : zero;
}

export function totals(diffs: AppDiff[]): { added: number; changed: number; removed: number } {
  return diffs.reduce(
    (t, d) => ({
      added: t.added + d.added,
      changed: t.changed + d.changed,
      removed: t.removed + d.removed,
    }),
    { added: 0, changed: 0, removed: 0 },
  );
}

function sideLabel(s: ReportSide): string {
  return s.commit && !/^0+$/.test(s.commit) ? `${s.label} \`${short(s.commit)}\`` : s.label;
}

function objectTitle(o: ObjectChange): string {
  const word = o.change === "renamed" ? "renamed" : o.change;
  if (o.change === "renamed")
    return `${SIGN[o.change]} **${word}** \`${describeId(o.fromId!)}\` → \`${describeId(o.id)}\``;
  return `${SIGN[o.change]} **${word}** \`${describeId(o.id)}\``;
}

/** The one-line name of an object whose diff is not shown. */
function objectLine(o: ObjectChange): string {
  return `- ${SIGN[o.change]} \`${o.fromPath ? `${o.fromPath}\` → \`${o.path}` : o.path}\`\n`;
}

/** A fence longer than any backtick run inside, so the content can never close it. */
function fence(text: string): string {
  let run = 0;
  for (const m of text.matchAll(/`+/g)) run = Math.max(run, m[0].length);
  return "`".repeat(Math.max(3, run + 1));
}

function objectBlock(o: ObjectChange): string {
  const path = o.fromPath ? `${o.fromPath} → ${o.path}` : o.path;
  if (!o.diff) return `${objectTitle(o)} · \`${path}\` (identical body)\n\n`;
  const f = fence(o.diff);
  return `${objectTitle(o)} · \`${path}\`\n${f}diff\n${o.diff}${o.diff.endsWith("\n") ? "" : "\n"}${f}\n\n`;
}

function appOpen(d: AppDiff): string {
  return `<details><summary><code>${escapeHtml(d.env)}</code> / <b>${escapeHtml(d.app)}</b>: ${counts(d)}</summary>\n\n`;
}
const APP_CLOSE = "</details>\n\n";

function problemLine(p: Problem, blobBase?: string): string {
  const where = formatWhere({
    ...p,
    path: undefined,
    capability: undefined,
    app: undefined,
    env: undefined,
  });
  const ctx = [
    p.path ? `at \`${p.path}\`` : "",
    p.capability ? `(${escapeHtml(p.capability)})` : "",
    p.app && !p.file ? `app \`${escapeHtml(p.app)}\`` : "",
    p.env ? `env \`${escapeHtml(p.env)}\`` : "",
  ].filter(Boolean);
  let loc = where ? `\`${where}\`` : "";
  if (loc && blobBase && p.file && !p.file.startsWith("<") && !p.file.startsWith("/"))
    loc = `[${loc}](${blobBase}${p.file.split("/").map(encodeURIComponent).join("/")}${p.line ? `#L${p.line}` : ""})`;
  const head = [loc, ...ctx].filter(Boolean).join(" ");
  return `- ${head ? `${head}: ` : ""}${escapeHtml(p.message).replace(/\n/g, " ")}\n`;
}

/** The summary line; for no change and no error, the whole report is this one line. */
function headline(input: ReportInput): string {
  const t = totals(input.diffs);
  const envs = new Set(input.diffs.map((d) => d.env)).size;
  const apps = new Set(input.diffs.map((d) => `${d.env}/${d.app}`)).size;
  const vs = `${sideLabel(input.head)} against ${sideLabel(input.base)}`;
  const checked = input.rendered
    ? ` (rendered ${input.rendered.apps} of ${input.rendered.of} app × environment pairs)`
    : "";
  if (!input.diffs.length)
    return `**capstan preview**: no rendered change in any environment — ${vs}${checked}.\n`;
  return `**capstan preview** of ${vs}: ${counts(t)} objects in ${plural(apps, "app")} across ${plural(envs, "environment")}${checked}.\n`;
}

/** Budgeted, balanced Markdown. */
export function renderMarkdown(input: ReportInput, opts: MarkdownOptions = {}): MarkdownReport {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const measure = opts.measure ?? ((s: string) => s.length);
  const marker = opts.marker ? `${opts.marker}\n` : "";
  const total = input.diffs.reduce((n, d) => n + d.objects.length, 0);
  if (!input.diffs.length && !input.problems.length) {
    const body = marker + headline(input);
    return { body, shown: 0, named: 0, counted: 0, truncated: false };
  }
  const where = opts.fullReport ?? "the job summary";
  const footerReserve = measure(footer(0, 0, 0, where)) + 40;
  let used = measure(marker);
  const out: string[] = [marker];
  const add = (s: string): void => {
    out.push(s);
    used += measure(s);
  };
  add(headline(input) + "\n");

  if (input.causes.length) {
    add("**Blast radius**\n\n");
    const max = 30;
    for (const c of input.causes.slice(0, max)) add(`- ${c}\n`);
    if (input.causes.length > max) add(`- … and ${input.causes.length - max} more\n`);
    add("\n");
  }
  if (input.notices.length) {
    for (const n of input.notices.slice(0, 10)) add(`> ${escapeHtml(n).replace(/\n/g, " ")}\n`);
    if (input.notices.length > 10) add(`> … and ${input.notices.length - 10} more notices\n`);
    add("\n");
  }
  let errorsOmitted = 0;
  if (input.problems.length) {
    add(
      `**${plural(input.problems.length, "error")} in head** — the check fails until they are fixed:\n\n`,
    );
    const cap = used + Math.floor(limit / 4);
    input.problems.forEach((p, i) => {
      const line = problemLine(p, input.blobBase);
      if (errorsOmitted || used + measure(line) > cap) errorsOmitted = input.problems.length - i;
      else add(line);
    });
    if (errorsOmitted)
      add(`- … and ${errorsOmitted} more (see the check's annotations and ${where})\n`);
    add("\n");
  }
  if (input.diffs.length) {
    const envs = [...new Set(input.diffs.map((d) => d.env))];
    const apps = [...new Set(input.diffs.map((d) => d.app))];
    const cell = new Map(input.diffs.map((d) => [`${d.env}\0${d.app}`, d]));
    add(
      `| app | ${envs.map((e) => `\`${e}\``).join(" | ")} |\n|---|${envs.map(() => "---|").join("")}\n`,
    );
    const cap = used + Math.floor(limit / 5);
    let rowsOmitted = 0;
    apps.forEach((app, i) => {
      const row = `| \`${app}\` | ${envs
        .map((e) => {
          const d = cell.get(`${e}\0${app}`);
          return d ? counts(d) : "·";
        })
        .join(" | ")} |\n`;
      if (rowsOmitted || used + measure(row) > cap) rowsOmitted = apps.length - i;
      else add(row);
    });
    if (rowsOmitted)
      add(`| … ${plural(rowsOmitted, "more app")} | ${envs.map(() => "").join(" | ")} |\n`);
    add("\n");
  }

  // App sections: compact first (every object named), while they fit.
  const budget = limit - footerReserve;
  const tailReserve = 400;
  interface Section {
    diff: AppDiff;
    open: string;
    items: { compact: string; full: string; full_: boolean }[];
  }
  const sections: Section[] = [];
  let i = 0;
  for (; i < input.diffs.length; i++) {
    const d = input.diffs[i]!;
    const s: Section = {
      diff: d,
      open: appOpen(d),
      items: d.objects.map((o) => ({ compact: objectLine(o), full: "", full_: false })),
    };
    const cost =
      measure(s.open) +
      measure(APP_CLOSE) +
      1 +
      s.items.reduce((n, x) => n + measure(x.compact), 0);
    const reserve = i + 1 < input.diffs.length ? tailReserve : 0;
    if (used + cost + reserve > budget) break;
    sections.push(s);
    used += cost;
  }
  const dropped = input.diffs.slice(i);
  let tail = "";
  if (dropped.length) {
    const objs = dropped.reduce((n, d) => n + d.objects.length, 0);
    tail = `… and ${plural(dropped.length, "more app")} with ${plural(objs, "changed object")} not listed here:`;
    const names = dropped.map((d) => ` \`${d.env}/${d.app}\``);
    let room = tailReserve - measure(tail) - 20;
    let k = 0;
    for (; k < names.length && measure(names[k]!) + 1 <= room; k++) room -= measure(names[k]!) + 1;
    tail += names.slice(0, k).join(",") + (k < names.length ? ", …" : "") + "\n\n";
    used += measure(tail);
  }
  // Upgrade objects to whole diffs, in order, while they fit.
  let shown = 0;
  for (const s of sections)
    s.diff.objects.forEach((o, j) => {
      const item = s.items[j]!;
      item.full = objectBlock(o);
      const extra = measure(item.full) - measure(item.compact);
      if (used + extra <= budget) {
        item.full_ = true;
        used += extra;
        shown++;
      }
    });
  for (const s of sections) {
    out.push(s.open);
    s.items.forEach((x, j) => {
      out.push(x.full_ ? x.full : x.compact);
      // a list of names ends with a blank line before a diff block or the closing tag
      if (!x.full_ && (j + 1 === s.items.length || s.items[j + 1]!.full_)) out.push("\n");
    });
    out.push(APP_CLOSE);
  }
  if (tail) out.push(tail);
  const counted = dropped.reduce((n, d) => n + d.objects.length, 0);
  const named = total - shown - counted;
  const truncated = named + counted + errorsOmitted > 0;
  if (truncated) out.push(footer(named, counted, errorsOmitted, where));
  return { body: out.join("").replace(/\n+$/, "\n"), shown, named, counted, truncated };
}

function footer(named: number, counted: number, errors: number, where: string): string {
  const n = named + counted;
  const parts = [
    n ? `${plural(n, "object diff")}` : "",
    errors ? plural(errors, "error") : "",
  ].filter(Boolean);
  return `_${parts.join(" and ") || "Some details"} did not fit in this comment; the full report is in ${where}._\n`;
}

/** Plain or ANSI-coloured text for the terminal. */
export function renderText(input: ReportInput, opts: { color?: boolean } = {}): string {
  const c = (code: string, s: string): string => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  const t = totals(input.diffs);
  const vs = `${input.head.label} ${short(input.head.commit)} against ${input.base.label} ${short(input.base.commit)}`;
  out.push(
    input.diffs.length
      ? c(
          "1",
          `capstan diff of ${vs}: ${counts(t)} objects in ${plural(input.diffs.length, "app")}`,
        )
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
    summary: { apps: input.diffs.length, ...t },
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
      })),
    })),
  };
}
