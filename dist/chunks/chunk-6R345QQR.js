import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  CONFIG_FILE,
  decodeText,
  globBase,
  globSelector,
  readBuiltinPack
} from "./chunk-6FEQDPUU.js";
import {
  readTreeAt
} from "./chunk-BB75IWMQ.js";
import {
  isObj
} from "./chunk-QPSHCA5V.js";
import {
  loadConfig
} from "./chunk-QSMJWJ5Y.js";
import {
  LOCK_FILE,
  parseYaml
} from "./chunk-SNFHAH6X.js";
import {
  cmp
} from "./chunk-3IFGO55J.js";
import {
  GitExit,
  gitRunner
} from "./chunk-TJCCMP7P.js";
import {
  ExternalError,
  UserError,
  formatWhere
} from "./chunk-25T5DTZY.js";

// src/core/unified-diff.ts
var MAX_EDIT_DISTANCE = 4e3;
function diffLines(a, b) {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const head = a.slice(0, pre).map((line) => ({ op: " ", line }));
  const tail = a.slice(a.length - suf).map((line) => ({ op: " ", line }));
  const mid = myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf));
  return [...head, ...mid, ...tail];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  if (!n) return b.map((line) => ({ op: "+", line }));
  if (!m) return a.map((line) => ({ op: "-", line }));
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[off + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0)
    return [
      ...a.map((line) => ({ op: "-", line })),
      ...b.map((line) => ({ op: "+", line }))
    ];
  const out = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && vd[off + k - 1] < vd[off + k + 1] ? k + 1 : k - 1;
    const prevX = vd[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: " ", line: a[--x] });
      y--;
    }
    if (x === prevX) out.push({ op: "+", line: b[--y] });
    else out.push({ op: "-", line: a[--x] });
  }
  while (x > 0 && y > 0) {
    out.push({ op: " ", line: a[--x] });
    y--;
  }
  return out.reverse();
}
function splitLines(text) {
  if (!text) return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function unifiedDiff(before, after, context = 3) {
  return unifiedFromEdits(diffLines(splitLines(before), splitLines(after)), context);
}
function unifiedFromEdits(edits, context = 3) {
  const changed = [];
  edits.forEach((e, i) => {
    if (e.op !== " ") changed.push(i);
  });
  if (!changed.length) return "";
  const hunks = [];
  for (const i of changed) {
    const start = Math.max(0, i - context);
    const end = Math.min(edits.length, i + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else hunks.push([start, end]);
  }
  const aAt = new Int32Array(edits.length + 1);
  const bAt = new Int32Array(edits.length + 1);
  let ai = 1;
  let bi = 1;
  edits.forEach((e, i) => {
    aAt[i] = ai;
    bAt[i] = bi;
    if (e.op !== "+") ai++;
    if (e.op !== "-") bi++;
  });
  const out = [];
  for (const [s, e] of hunks) {
    const slice = edits.slice(s, e);
    const aLen = slice.filter((x) => x.op !== "+").length;
    const bLen = slice.filter((x) => x.op !== "-").length;
    const aStart = aLen ? aAt[s] : aAt[s] - 1;
    const bStart = bLen ? bAt[s] : bAt[s] - 1;
    out.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@`);
    for (const x of slice) out.push(x.op + x.line);
  }
  return out.join("\n") + "\n";
}
function range(start, len) {
  return len === 1 ? String(start) : `${start},${len}`;
}
function diffStat(diff) {
  let added = 0;
  let removed = 0;
  for (const l of diff.split("\n")) {
    if (l.startsWith("+")) added++;
    else if (l.startsWith("-")) removed++;
  }
  return { added, removed };
}
function similarity(before, after) {
  const a = splitLines(before);
  const b = splitLines(after);
  if (!a.length && !b.length) return 1;
  const same = diffLines(a, b).filter((e) => e.op === " ").length;
  return 2 * same / (a.length + b.length);
}

// src/core/diff.ts
var RENAME_SIMILARITY = 0.8;
function diffEnv(env, base, head) {
  const names = [.../* @__PURE__ */ new Set([...base.keys(), ...head.keys()])].sort(cmp);
  const out = [];
  for (const app of names) {
    const d = diffApp(env, app, base.get(app) ?? /* @__PURE__ */ new Map(), head.get(app) ?? /* @__PURE__ */ new Map());
    if (d.objects.length) out.push(d);
  }
  return out;
}
function diffApp(env, app, base, head) {
  const objects = [];
  const removed = [];
  const added = [];
  for (const [p, before] of base) {
    if (!isObjectFile(p)) continue;
    const after = head.get(p);
    if (after === void 0) removed.push(p);
    else if (after !== before) {
      const diff = unifiedDiff(before, after);
      objects.push({
        change: "changed",
        path: p,
        id: identity(after, p),
        diff,
        stat: diffStat(diff)
      });
    }
  }
  for (const p of head.keys()) if (isObjectFile(p) && !base.has(p)) added.push(p);
  for (const [from, to] of pairRenames(removed, added, base, head)) {
    const diff = unifiedDiff(base.get(from), head.get(to));
    objects.push({
      change: "renamed",
      path: to,
      id: identity(head.get(to), to),
      fromPath: from,
      fromId: identity(base.get(from), from),
      diff,
      stat: diffStat(diff)
    });
    removed.splice(removed.indexOf(from), 1);
    added.splice(added.indexOf(to), 1);
  }
  for (const p of removed) {
    const diff = unifiedDiff(base.get(p), "");
    objects.push({
      change: "removed",
      path: p,
      id: identity(base.get(p), p),
      diff,
      stat: diffStat(diff)
    });
  }
  for (const p of added) {
    const diff = unifiedDiff("", head.get(p));
    objects.push({
      change: "added",
      path: p,
      id: identity(head.get(p), p),
      diff,
      stat: diffStat(diff)
    });
  }
  objects.sort((a, b) => cmp(a.path, b.path) || cmp(a.change, b.change));
  return {
    env,
    app,
    objects,
    added: objects.filter((o) => o.change === "added").length,
    changed: objects.filter((o) => o.change === "changed" || o.change === "renamed").length,
    removed: objects.filter((o) => o.change === "removed").length
  };
}
function isObjectFile(path) {
  return !path.endsWith("/kustomization.yaml") && path !== "kustomization.yaml";
}
function pairRenames(removed, added, base, head) {
  if (!removed.length || !added.length) return [];
  const candidates = [];
  for (const from of removed) {
    const a = identity(base.get(from), from);
    for (const to of added) {
      const b = identity(head.get(to), to);
      if (a.apiVersion !== b.apiVersion || a.kind !== b.kind || a.namespace !== b.namespace)
        continue;
      if (a.name === b.name) continue;
      const score = similarity(base.get(from), head.get(to));
      if (score >= RENAME_SIMILARITY) candidates.push({ from, to, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || cmp(x.from, y.from) || cmp(x.to, y.to));
  const usedFrom = /* @__PURE__ */ new Set();
  const usedTo = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const c of candidates) {
    if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    usedFrom.add(c.from);
    usedTo.add(c.to);
    pairs.push([c.from, c.to]);
  }
  return pairs;
}
function identity(text, path) {
  try {
    const v = parseYaml(text)[0];
    if (isObj(v) && isObj(v.metadata)) {
      const ns = v.metadata.namespace;
      return {
        apiVersion: String(v.apiVersion ?? ""),
        kind: String(v.kind ?? ""),
        ...typeof ns === "string" ? { namespace: ns } : {},
        name: String(v.metadata.name ?? "")
      };
    }
  } catch {
  }
  return { apiVersion: "", kind: "", name: path.split("/").pop() ?? path };
}
function describeId(id) {
  return `${id.kind || "object"} ${id.namespace ? `${id.namespace}/` : ""}${id.name}`;
}

// src/core/report.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1024 * 1024;
var SIGN = {
  added: "+",
  removed: "\u2212",
  changed: "~",
  renamed: "~"
};
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c < 56320) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
var short = (sha) => sha.slice(0, 7);
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function counts(d, zero = "0") {
  const parts = [
    d.added ? `+${d.added}` : "",
    d.changed ? `~${d.changed}` : "",
    d.removed ? `\u2212${d.removed}` : ""
  ].filter(Boolean);
  return parts.length ? parts.join(" ") : zero;
}
function totals(diffs) {
  return diffs.reduce(
    (t, d) => ({
      added: t.added + d.added,
      changed: t.changed + d.changed,
      removed: t.removed + d.removed
    }),
    { added: 0, changed: 0, removed: 0 }
  );
}
function sideLabel(s) {
  return s.commit && !/^0+$/.test(s.commit) ? `${s.label} \`${short(s.commit)}\`` : s.label;
}
function objectTitle(o) {
  const word = o.change === "renamed" ? "renamed" : o.change;
  if (o.change === "renamed")
    return `${SIGN[o.change]} **${word}** \`${describeId(o.fromId)}\` \u2192 \`${describeId(o.id)}\``;
  return `${SIGN[o.change]} **${word}** \`${describeId(o.id)}\``;
}
function objectLine(o) {
  return `- ${SIGN[o.change]} \`${o.fromPath ? `${o.fromPath}\` \u2192 \`${o.path}` : o.path}\`
`;
}
function fence(text) {
  let run = 0;
  for (const m of text.matchAll(/`+/g)) run = Math.max(run, m[0].length);
  return "`".repeat(Math.max(3, run + 1));
}
function objectBlock(o) {
  const path = o.fromPath ? `${o.fromPath} \u2192 ${o.path}` : o.path;
  if (!o.diff) return `${objectTitle(o)} \xB7 \`${path}\` (identical body)

`;
  const f = fence(o.diff);
  return `${objectTitle(o)} \xB7 \`${path}\`
${f}diff
${o.diff}${o.diff.endsWith("\n") ? "" : "\n"}${f}

`;
}
function appOpen(d) {
  return `<details><summary><code>${escapeHtml(d.env)}</code> / <b>${escapeHtml(d.app)}</b>: ${counts(d)}</summary>

`;
}
var APP_CLOSE = "</details>\n\n";
function problemLine(p, blobBase) {
  const where = formatWhere({
    ...p,
    path: void 0,
    capability: void 0,
    app: void 0,
    env: void 0
  });
  const ctx = [
    p.path ? `at \`${p.path}\`` : "",
    p.capability ? `(${escapeHtml(p.capability)})` : "",
    p.app && !p.file ? `app \`${escapeHtml(p.app)}\`` : "",
    p.env ? `env \`${escapeHtml(p.env)}\`` : ""
  ].filter(Boolean);
  let loc = where ? `\`${where}\`` : "";
  if (loc && blobBase && p.file && !p.file.startsWith("<") && !p.file.startsWith("/"))
    loc = `[${loc}](${blobBase}${p.file.split("/").map(encodeURIComponent).join("/")}${p.line ? `#L${p.line}` : ""})`;
  const head = [loc, ...ctx].filter(Boolean).join(" ");
  return `- ${head ? `${head}: ` : ""}${escapeHtml(p.message).replace(/\n/g, " ")}
`;
}
function headline(input) {
  const t = totals(input.diffs);
  const envs = new Set(input.diffs.map((d) => d.env)).size;
  const apps = new Set(input.diffs.map((d) => `${d.env}/${d.app}`)).size;
  const vs = `${sideLabel(input.head)} against ${sideLabel(input.base)}`;
  const checked = input.rendered ? ` (rendered ${input.rendered.apps} of ${input.rendered.of} app \xD7 environment pairs)` : "";
  if (!input.diffs.length)
    return `**capstan preview**: no rendered change in any environment \u2014 ${vs}${checked}.
`;
  return `**capstan preview** of ${vs}: ${counts(t)} objects in ${plural(apps, "app")} across ${plural(envs, "environment")}${checked}.
`;
}
function renderMarkdown(input, opts = {}) {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const measure = opts.measure ?? ((s) => s.length);
  const marker = opts.marker ? `${opts.marker}
` : "";
  const total = input.diffs.reduce((n, d) => n + d.objects.length, 0);
  if (!input.diffs.length && !input.problems.length) {
    const body = marker + headline(input);
    return { body, shown: 0, named: 0, counted: 0, truncated: false };
  }
  const where = opts.fullReport ?? "the job summary";
  const footerReserve = measure(footer(0, 0, 0, where)) + 40;
  let used = measure(marker);
  const out = [marker];
  const add = (s) => {
    out.push(s);
    used += measure(s);
  };
  add(headline(input) + "\n");
  if (input.causes.length) {
    add("**Blast radius**\n\n");
    const max = 30;
    for (const c of input.causes.slice(0, max)) add(`- ${c}
`);
    if (input.causes.length > max) add(`- \u2026 and ${input.causes.length - max} more
`);
    add("\n");
  }
  if (input.notices.length) {
    for (const n of input.notices.slice(0, 10)) add(`> ${escapeHtml(n).replace(/\n/g, " ")}
`);
    if (input.notices.length > 10) add(`> \u2026 and ${input.notices.length - 10} more notices
`);
    add("\n");
  }
  let errorsOmitted = 0;
  if (input.problems.length) {
    add(
      `**${plural(input.problems.length, "error")} in head** \u2014 the check fails until they are fixed:

`
    );
    const cap = used + Math.floor(limit / 4);
    input.problems.forEach((p, i2) => {
      const line = problemLine(p, input.blobBase);
      if (errorsOmitted || used + measure(line) > cap) errorsOmitted = input.problems.length - i2;
      else add(line);
    });
    if (errorsOmitted)
      add(`- \u2026 and ${errorsOmitted} more (see the check's annotations and ${where})
`);
    add("\n");
  }
  if (input.diffs.length) {
    const envs = [...new Set(input.diffs.map((d) => d.env))];
    const apps = [...new Set(input.diffs.map((d) => d.app))];
    const cell = new Map(input.diffs.map((d) => [`${d.env}\0${d.app}`, d]));
    add(
      `| app | ${envs.map((e) => `\`${e}\``).join(" | ")} |
|---|${envs.map(() => "---|").join("")}
`
    );
    const cap = used + Math.floor(limit / 5);
    let rowsOmitted = 0;
    apps.forEach((app, i2) => {
      const row = `| \`${app}\` | ${envs.map((e) => {
        const d = cell.get(`${e}\0${app}`);
        return d ? counts(d) : "\xB7";
      }).join(" | ")} |
`;
      if (rowsOmitted || used + measure(row) > cap) rowsOmitted = apps.length - i2;
      else add(row);
    });
    if (rowsOmitted)
      add(`| \u2026 ${plural(rowsOmitted, "more app")} | ${envs.map(() => "").join(" | ")} |
`);
    add("\n");
  }
  const budget = limit - footerReserve;
  const tailReserve = 400;
  const sections = [];
  let i = 0;
  for (; i < input.diffs.length; i++) {
    const d = input.diffs[i];
    const s = {
      diff: d,
      open: appOpen(d),
      items: d.objects.map((o) => ({ compact: objectLine(o), full: "", full_: false }))
    };
    const cost = measure(s.open) + measure(APP_CLOSE) + 1 + s.items.reduce((n, x) => n + measure(x.compact), 0);
    const reserve = i + 1 < input.diffs.length ? tailReserve : 0;
    if (used + cost + reserve > budget) break;
    sections.push(s);
    used += cost;
  }
  const dropped = input.diffs.slice(i);
  let tail = "";
  if (dropped.length) {
    const objs = dropped.reduce((n, d) => n + d.objects.length, 0);
    tail = `\u2026 and ${plural(dropped.length, "more app")} with ${plural(objs, "changed object")} not listed here:`;
    const names = dropped.map((d) => ` \`${d.env}/${d.app}\``);
    let room = tailReserve - measure(tail) - 20;
    let k = 0;
    for (; k < names.length && measure(names[k]) + 1 <= room; k++) room -= measure(names[k]) + 1;
    tail += names.slice(0, k).join(",") + (k < names.length ? ", \u2026" : "") + "\n\n";
    used += measure(tail);
  }
  let shown = 0;
  for (const s of sections)
    s.diff.objects.forEach((o, j) => {
      const item = s.items[j];
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
      if (!x.full_ && (j + 1 === s.items.length || s.items[j + 1].full_)) out.push("\n");
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
function footer(named, counted, errors, where) {
  const n = named + counted;
  const parts = [
    n ? `${plural(n, "object diff")}` : "",
    errors ? plural(errors, "error") : ""
  ].filter(Boolean);
  return `_${parts.join(" and ") || "Some details"} did not fit in this comment; the full report is in ${where}._
`;
}
function renderText(input, opts = {}) {
  const c = (code, s) => opts.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const out = [];
  const t = totals(input.diffs);
  const vs = `${input.head.label} ${short(input.head.commit)} against ${input.base.label} ${short(input.base.commit)}`;
  out.push(
    input.diffs.length ? c(
      "1",
      `capstan diff of ${vs}: ${counts(t)} objects in ${plural(input.diffs.length, "app")}`
    ) : `capstan diff of ${vs}: no rendered change`
  );
  for (const l of input.causes) out.push(`blast radius: ${l.replace(/`/g, "")}`);
  for (const n of input.notices) out.push(c("33", `notice: ${n}`));
  for (const p of input.problems) out.push(c("31", `error: ${formatWhere(p)}: ${p.message}`));
  for (const d of input.diffs) {
    out.push("", c("1", `${d.env}/${d.app}: ${counts(d)}`));
    for (const o of d.objects) {
      const path = o.fromPath ? `${o.fromPath} \u2192 ${o.path}` : o.path;
      const title = o.change === "renamed" ? `renamed ${describeId(o.fromId)} \u2192 ${describeId(o.id)}` : `${o.change} ${describeId(o.id)}`;
      out.push(c("1", `  ${SIGN[o.change]} ${title} (${path})`));
      for (const l of o.diff.replace(/\n$/, "").split("\n")) {
        if (!l) continue;
        const col = l.startsWith("@@") ? "36" : l.startsWith("+") ? "32" : l.startsWith("-") ? "31" : "";
        out.push("    " + (col ? c(col, l) : l));
      }
    }
  }
  return out.join("\n") + "\n";
}
function reportJson(input) {
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
        ...o.fromPath ? { fromPath: o.fromPath, fromId: o.fromId } : {},
        id: o.id,
        diff: o.diff
      }))
    }))
  };
}

// src/adapters/source-tree.ts
import { posix } from "node:path";
async function locateSource(source) {
  const git = gitRunner({ cwd: source });
  try {
    const [top = "", prefix = ""] = (await git(["rev-parse", "--show-toplevel", "--show-prefix"])).split("\n").map((l) => l.trim());
    return { top, prefix };
  } catch (e) {
    const detail = e instanceof GitExit ? (e.stderr || e.stdout).trim() : String(e);
    throw new ExternalError(`git: ${source} is not inside a git repository: ${detail}`);
  }
}
async function readBelow(loc, rev, paths, blobs) {
  const specs = paths.map((p) => p ? `${loc.prefix}${p}` : loc.prefix || ".");
  const raw = await readTreeAt(loc.top, rev, [...new Set(specs)], blobs);
  const out = /* @__PURE__ */ new Map();
  for (const [p, b] of raw) if (p.startsWith(loc.prefix)) out.set(p.slice(loc.prefix.length), b);
  return out;
}
async function readConfigAt(loc, rev, blobs) {
  const files = await readBelow(loc, rev, [CONFIG_FILE], blobs);
  const buf = files.get(CONFIG_FILE);
  if (!buf) return void 0;
  const problems = [];
  const text = decodeText(buf, CONFIG_FILE, problems);
  if (text === void 0) throw new UserError(problems);
  const file = { file: CONFIG_FILE, text };
  return { file, config: loadConfig(file) };
}
function below(all, specs) {
  if (specs.includes("")) return all;
  const out = /* @__PURE__ */ new Map();
  for (const [p, b] of all)
    if (specs.some((s) => p === s || p.startsWith(s.endsWith("/") ? s : s + "/"))) out.set(p, b);
  return out;
}
var skipped = (p) => p.split("/").some((s) => s === "node_modules" || s === ".git");
function match(paths, patterns) {
  const selector = globSelector(patterns);
  return [...paths].filter((p) => !skipped(p) && selector.test(p)).sort();
}
function packDir(loc, path) {
  const joined = posix.normalize(posix.join(loc.prefix, path));
  if (joined === ".." || joined.startsWith("../") || posix.isAbsolute(path)) return void 0;
  const rel = posix.relative(loc.prefix.replace(/\/$/, "") || ".", joined);
  return rel === "" ? "" : rel.replace(/\/?$/, "/");
}
async function readSourceAt(opts) {
  const { loc, rev } = opts;
  const cfg = await readConfigAt(loc, rev, opts.blobs);
  if (!cfg) return void 0;
  const capsRev = opts.capabilitiesFrom ?? rev;
  const capsConfig = capsRev === rev ? cfg.config : (await readConfigAt(loc, capsRev, opts.blobs))?.config;
  const capRefs = capsConfig?.capabilities ?? [{ kind: "builtin" }];
  const problems = [];
  const specBases = globSelector([...cfg.config.apps, ...cfg.config.schemas]).include.map(globBase);
  const packPaths = [];
  capRefs.forEach((c, i) => {
    if (c.kind !== "path") return;
    const dir = packDir(loc, c.path);
    if (dir === void 0)
      problems.push({
        file: CONFIG_FILE,
        code: "config",
        path: `/capabilities/${i}/path`,
        message: `capability folder "${c.path}" is outside the source repository`
      });
    else packPaths.push(dir.replace(/\/$/, ""));
  });
  const fileSpecs = specBases.some((b) => b === "") ? [""] : specBases;
  const capSpecs = [...packPaths, LOCK_FILE];
  let files;
  let capFiles;
  if (capsRev === rev) {
    const all = await readBelow(loc, rev, [...fileSpecs, ...capSpecs], opts.blobs);
    files = below(all, fileSpecs);
    capFiles = below(all, capSpecs);
  } else {
    files = await readBelow(loc, rev, fileSpecs, opts.blobs);
    capFiles = await readBelow(loc, capsRev, capSpecs, opts.blobs);
  }
  const text = (all, p) => decodeText(all.get(p), p, problems);
  const apps = [];
  for (const p of match(files.keys(), cfg.config.apps)) {
    const t = text(files, p);
    if (t !== void 0) apps.push({ file: p, text: t });
  }
  const crdFiles = [];
  for (const p of match(files.keys(), cfg.config.schemas)) {
    const t = text(files, p);
    if (t !== void 0) crdFiles.push({ file: p, text: t });
  }
  const packs = [];
  capRefs.forEach((c, i) => {
    if (c.kind === "builtin") {
      packs.push(readBuiltinPack(problems));
    } else if (c.kind === "path") {
      const dir = packDir(loc, c.path);
      if (dir === void 0) return;
      const display = c.path.replace(/\/?$/, "/");
      const packFiles = /* @__PURE__ */ new Map();
      for (const [p, b] of capFiles) {
        if (!p.startsWith(dir) || skipped(p)) continue;
        const t = decodeText(b, display + p.slice(dir.length), problems);
        if (t !== void 0) packFiles.set(p.slice(dir.length), t);
      }
      if (!packFiles.size)
        problems.push({
          file: CONFIG_FILE,
          code: "config",
          path: `/capabilities/${i}/path`,
          message: `capability folder "${c.path}" does not exist at ${capsRev}`
        });
      else
        packs.push({
          source: `path:${c.path}`,
          displayRoot: display,
          files: new Map([...packFiles].sort((a, b) => a[0] < b[0] ? -1 : 1))
        });
    } else {
      const p = opts.gitPacks?.get(i);
      if (p) packs.push(p);
      else
        problems.push({
          file: CONFIG_FILE,
          code: "config",
          path: `/capabilities/${i}`,
          message: `git capability pack ${c.url}@${c.ref} was not fetched`
        });
    }
  });
  let lock;
  const lockBuf = capFiles.get(LOCK_FILE);
  if (lockBuf) {
    const t = decodeText(lockBuf, LOCK_FILE, problems);
    if (t !== void 0) lock = { file: LOCK_FILE, text: t };
  }
  if (problems.length) throw new UserError(problems);
  return {
    config: cfg.file,
    apps,
    packs,
    crdFiles,
    lock,
    sourceRepo: opts.sourceRepo,
    commit: opts.commit
  };
}

export {
  diffEnv,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  utf8Length,
  short,
  renderMarkdown,
  renderText,
  reportJson,
  locateSource,
  readConfigAt,
  readSourceAt
};
