/**
 * The preview report as Markdown for the pull-request comment and the job summary,
 * always within a size limit. What a reviewer reads first comes first:
 *
 * 1. the headline (apps counted as apps, across how many environments) and which
 *    environments the merge itself changes, which only the next promotion does;
 * 2. blast radius, notices, errors (at most a quarter of the limit);
 * 3. a bounded table (the first rows, then a count of the rest);
 * 4. whole object diffs, alike changes grouped — one diff shown once "and 299 more
 *    like it" — in report order while they fit (a diff block is never cut);
 * 5. the objects whose diff did not fit, named while names fit, then counted.
 *
 * Every changed object is shown, grouped under a shown diff, named or counted.
 */
import { describeId, type ObjectChange } from "./diff.ts";
import { formatWhere, type Problem } from "../common/errors.ts";
import {
  counts,
  escapeHtml,
  hiddenNote,
  objectCount,
  plural,
  reachText,
  sideLabel,
  SIGN,
  totals,
  type EnvTrigger,
} from "./report-format.ts";
import { groupChanges, type ChangeGroup, type Member } from "./report-groups.ts";
import type { MarkdownOptions, MarkdownReport, ReportInput } from "./report-input.ts";

/** Rows of the summary table before the rest are counted. */
const TABLE_ROWS = 20;
/** Names listed under a grouped diff before the rest are counted. */
const GROUP_NAMES = 10;

function objectTitle(o: ObjectChange): string {
  if (o.change === "renamed")
    return `${SIGN[o.change]} **renamed** \`${describeId(o.fromId!)}\` → \`${describeId(o.id)}\``;
  return `${SIGN[o.change]} **${o.change}** \`${describeId(o.id)}\``;
}

/** A fence longer than any backtick run inside, so the content can never close it. */
function fence(text: string): string {
  let run = 0;
  for (const m of text.matchAll(/`+/g)) run = Math.max(run, m[0].length);
  return "`".repeat(Math.max(3, run + 1));
}

/** `env/app/file` of a member (the path is relative to the environment folder). */
function where(m: Member): string {
  const o = m.object;
  return `${m.diff.env}/${o.fromPath ? `${o.fromPath}\` → \`${m.diff.env}/${o.path}` : o.path}`;
}

function envLabel(env: string, on: Map<string, EnvTrigger>): string {
  const t = on.get(env);
  return t === "promotion" ? " (on the next promotion)" : t === "manual" ? " (when rendered)" : "";
}

function groupBlock(g: ChangeGroup, on: Map<string, EnvTrigger>, names: number): string {
  const { object: o, diff: d } = g.first;
  const head = `**\`${escapeHtml(d.env)}\` / \`${escapeHtml(d.app)}\`**${envLabel(d.env, on)} ${objectTitle(o)} · \`${o.fromPath ? `${o.fromPath} → ${o.path}` : o.path}\`\n`;
  const note = hiddenNote(o);
  let body = note ? `${note}\n` : "";
  if (o.diff) {
    const f = fence(o.diff);
    body += `${f}diff\n${o.diff}${o.diff.endsWith("\n") ? "" : "\n"}${f}\n`;
  } else if (!note) body += "(identical body)\n";
  let more = "";
  if (g.others.length) {
    const listed = g.others
      .slice(0, names)
      .map((m) => `\`${where(m)}\`${envLabel(m.diff.env, on)}`);
    const rest = g.others.length - listed.length;
    more = `\n_and ${g.others.length} more like it_: ${listed.join(", ")}${rest ? `, and ${rest} more` : ""}\n`;
  }
  return `${head}${body}${more}\n`;
}

function problemLine(p: Problem, blobBase?: string): string {
  const at = formatWhere({
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
  let loc = at ? `\`${at}\`` : "";
  if (loc && blobBase && p.file && !p.file.startsWith("<") && !p.file.startsWith("/"))
    loc = `[${loc}](${blobBase}${p.file.split("/").map(encodeURIComponent).join("/")}${p.line ? `#L${p.line}` : ""})`;
  const head = [loc, ...ctx].filter(Boolean).join(" ");
  return `- ${head ? `${head}: ` : ""}${escapeHtml(p.message).replace(/\n/g, " ")}\n`;
}

/** The summary line; for no change and no error, the whole report is this one line. */
export function headline(input: ReportInput): string {
  const vs = `${sideLabel(input.head)} against ${sideLabel(input.base)}`;
  const checked = input.rendered
    ? ` (rendered ${input.rendered.apps} of ${input.rendered.of} app × environment pairs)`
    : "";
  if (!input.diffs.length)
    return `**capstan preview**: no rendered change in any environment — ${vs}${checked}.\n`;
  return `**capstan preview** of ${vs}: ${objectCount(input.diffs)} in ${reachText(input.diffs)}${checked}.\n`;
}

const list = (envs: string[]): string => envs.map((e) => `\`${escapeHtml(e)}\``).join(", ");

/** Which changed environments the merge itself changes, and which only later. */
export function mergeLine(input: ReportInput): string {
  if (!input.envs?.length || !input.diffs.length) return "";
  const changed = new Set(input.diffs.map((d) => d.env));
  const by = (t: EnvTrigger) =>
    input.envs!.filter((e) => e.on === t && changed.has(e.name)).map((e) => e.name);
  const [merge, promo, manual] = [by("merge"), by("promotion"), by("manual")];
  if (!promo.length && !manual.length) return "";
  const parts = [
    merge.length
      ? `Merging this changes ${list(merge)}`
      : "Merging this changes no environment by itself",
  ];
  if (promo.length)
    parts.push(`${list(promo)} ${promo.length === 1 ? "changes" : "change"} on the next promotion`);
  if (manual.length)
    parts.push(
      `${list(manual)} ${manual.length === 1 ? "changes" : "change"} when rendered (not \`autoDeploy\`)`,
    );
  return `${parts.join("; ")}.\n\n`;
}

class Budget {
  used = 0;
  readonly out: string[] = [];
  constructor(
    readonly limit: number,
    readonly measure: (s: string) => number,
  ) {}
  add(s: string): void {
    this.out.push(s);
    this.used += this.measure(s);
  }
  fits(s: string, cap = this.limit): boolean {
    return this.used + this.measure(s) <= cap;
  }
}

function addErrors(b: Budget, input: ReportInput, whereFull: string): number {
  if (!input.problems.length) return 0;
  b.add(
    `**${plural(input.problems.length, "error")} in head** — the check fails until they are fixed:\n\n`,
  );
  const cap = b.used + Math.floor(b.limit / 4);
  let listed = 0;
  for (const p of input.problems) {
    const line = problemLine(p, input.blobBase);
    if (!b.fits(line, cap)) break;
    b.add(line);
    listed++;
  }
  const omitted = input.problems.length - listed;
  if (omitted) b.add(`- … and ${omitted} more (see the check's annotations and ${whereFull})\n`);
  b.add("\n");
  return omitted;
}

function addTable(b: Budget, input: ReportInput, on: Map<string, EnvTrigger>): void {
  if (!input.diffs.length) return;
  const envs = [...new Set(input.diffs.map((d) => d.env))];
  const apps = [...new Set(input.diffs.map((d) => d.app))];
  const cell = new Map(input.diffs.map((d) => [`${d.env}\0${d.app}`, d]));
  b.add(
    `| app | ${envs.map((e) => `\`${escapeHtml(e)}\`${envLabel(e, on)}`).join(" | ")} |\n|---|${envs.map(() => "---|").join("")}\n`,
  );
  const cap = b.used + Math.floor(b.limit / 10);
  let shown = 0;
  for (const app of apps) {
    const row = `| \`${escapeHtml(app)}\` | ${envs
      .map((e) => {
        const d = cell.get(`${e}\0${app}`);
        return d ? counts(d) : "·";
      })
      .join(" | ")} |\n`;
    if (shown >= TABLE_ROWS || !b.fits(row, cap)) break;
    b.add(row);
    shown++;
  }
  const omitted = apps.length - shown;
  if (omitted) {
    const later = new Set(apps.slice(shown));
    const rest = input.diffs.filter((d) => later.has(d.app));
    b.add(
      `| … ${plural(omitted, "more app")} | ${envs.map((e) => counts(totals(rest.filter((d) => d.env === e)), "·")).join(" | ")} |\n`,
    );
  }
  b.add("\n");
}

/** The objects whose diff is not in the body: named while names fit, then counted. */
function notShown(b: Budget, members: Member[], cap: number): { named: number; text: string } {
  if (!members.length) return { named: 0, text: "" };
  const open = `<details><summary>${plural(members.length, "changed object")} whose diff did not fit</summary>\n\n`;
  const close = "\n</details>\n\n";
  let text = open;
  let used = b.measure(open) + b.measure(close) + 120;
  let named = 0;
  for (const m of members) {
    const line = `- ${SIGN[m.object.change]} \`${where(m)}\`\n`;
    if (b.used + used + b.measure(line) > cap) break;
    text += line;
    used += b.measure(line);
    named++;
  }
  const rest = members.slice(named);
  if (rest.length) {
    const pairs = new Set(rest.map((m) => `${m.diff.env}/${m.diff.app}`)).size;
    text += `${named ? "\n" : ""}… and ${plural(rest.length, named ? "more object" : "object")} in ${plural(pairs, "app × environment pair")} (all in the full report)\n`;
  }
  return { named, text: text + close };
}

function footer(notFit: number, errors: number, whereFull: string): string {
  const parts = [
    notFit ? plural(notFit, "object diff") : "",
    errors ? plural(errors, "error") : "",
  ].filter(Boolean);
  return `_${parts.join(" and ") || "Some details"} did not fit in this comment; the full report is in ${whereFull}._\n`;
}

/** Budgeted, balanced Markdown. */
export function renderMarkdown(input: ReportInput, opts: MarkdownOptions = {}): MarkdownReport {
  const b = new Budget(opts.limit ?? 65_536, opts.measure ?? ((s: string) => s.length));
  const total = input.diffs.reduce((n, d) => n + d.objects.length, 0);
  const none = { shown: 0, grouped: 0, named: 0, counted: 0, truncated: false };
  if (opts.marker) b.add(`${opts.marker}\n`);
  if (!input.diffs.length && !input.problems.length) {
    b.add(headline(input));
    return { body: b.out.join(""), ...none };
  }
  const whereFull = opts.fullReport ?? "the job summary";
  const on = new Map((input.envs ?? []).map((e) => [e.name, e.on]));
  b.add(headline(input) + "\n");
  b.add(mergeLine(input));
  if (input.causes.length) {
    b.add("**Blast radius**\n\n");
    for (const c of input.causes.slice(0, 30)) b.add(`- ${c}\n`);
    if (input.causes.length > 30) b.add(`- … and ${input.causes.length - 30} more\n`);
    b.add("\n");
  }
  if (input.notices.length) {
    for (const n of input.notices.slice(0, 10)) b.add(`> ${escapeHtml(n).replace(/\n/g, " ")}\n`);
    if (input.notices.length > 10) b.add(`> … and ${input.notices.length - 10} more notices\n`);
    b.add("\n");
  }
  const errorsOmitted = addErrors(b, input, whereFull);
  addTable(b, input, on);

  // Whole diffs while they fit, keeping room to name (a part of) what does not.
  const end = b.limit - b.measure(footer(total, errorsOmitted, whereFull)) - 20;
  const groups = groupChanges(input.diffs);
  const nameRoom = Math.min(Math.floor((end - b.used) / 6), 60 * total + 400);
  const names = opts.groupNames ?? GROUP_NAMES;
  let shown = 0;
  let grouped = 0;
  const left: Member[] = [];
  for (const g of groups) {
    const block = groupBlock(g, on, names);
    if (b.fits(block, end - nameRoom)) {
      b.add(block);
      shown++;
      grouped += g.others.length;
    } else left.push(g.first, ...g.others);
  }
  const rest = notShown(b, left, end);
  b.add(rest.text);
  const counted = left.length - rest.named;
  const truncated = left.length + errorsOmitted > 0;
  if (truncated) b.add(footer(left.length, errorsOmitted, whereFull));
  return {
    body: b.out.join("").replace(/\n+$/, "\n"),
    shown,
    grouped,
    named: rest.named,
    counted,
    truncated,
  };
}
