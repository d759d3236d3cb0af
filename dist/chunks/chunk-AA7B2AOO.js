import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  CONFIG_FILE,
  decodeText,
  globBase,
  globSelector,
  readBuiltinPack
} from "./chunk-FCP2IWXA.js";
import {
  readTreeAt
} from "./chunk-IOBEII3D.js";
import {
  applyOverrides,
  bindOnce,
  inputDigest,
  isBookkeeping,
  isObj,
  kindsToPreload,
  planEnv,
  resolveComponents,
  resolveGuardrails,
  usedCapabilities
} from "./chunk-JBLNTRAF.js";
import {
  loadConfig
} from "./chunk-SSJMW5PP.js";
import {
  LOCK_FILE
} from "./chunk-DFIP6AYO.js";
import {
  parseYaml
} from "./chunk-NAEY2JMF.js";
import {
  cmp
} from "./chunk-5ETQQFMW.js";
import {
  emitYaml
} from "./chunk-UUCA4ZKB.js";
import {
  GitExit,
  gitRunner
} from "./chunk-FN2YLOUV.js";
import {
  ExternalError,
  UserError,
  formatWhere
} from "./chunk-N5T7JROX.js";

// src/core/preview/secret-view.ts
var HIDDEN = "(hidden)";
var FIELDS = ["data", "stringData"];
function secretView(text) {
  if (!text.includes("Secret")) return void 0;
  let doc;
  try {
    doc = parseYaml(text)[0];
  } catch {
    return void 0;
  }
  if (!isObj(doc) || doc.kind !== "Secret" || doc.apiVersion !== "v1") return void 0;
  const values = /* @__PURE__ */ new Map();
  const copy = { ...doc };
  for (const field of FIELDS) {
    const m = doc[field];
    if (!isObj(m)) continue;
    const hidden = {};
    for (const [k, v] of Object.entries(m)) {
      values.set(k, `${field}\0${JSON.stringify(v)}`);
      hidden[k] = HIDDEN;
    }
    copy[field] = hidden;
  }
  return { text: emitYaml(copy), values };
}
function changedKeys(before, after) {
  const a = before?.values ?? /* @__PURE__ */ new Map();
  const b = after?.values ?? /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

// src/core/preview/unified-diff.ts
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

// src/core/preview/diff.ts
var ENV_FILES = "(environment)";
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
    const after = head.get(p);
    if (after === void 0) removed.push(p);
    else if (after !== before) {
      objects.push({
        change: "changed",
        path: p,
        id: identity(after, p),
        ...bodyDiff(before, after)
      });
    }
  }
  for (const p of head.keys()) if (!base.has(p)) added.push(p);
  for (const [from, to] of pairRenames(removed, added, base, head)) {
    objects.push({
      change: "renamed",
      path: to,
      id: identity(head.get(to), to),
      fromPath: from,
      fromId: identity(base.get(from), from),
      ...bodyDiff(base.get(from), head.get(to))
    });
    removed.splice(removed.indexOf(from), 1);
    added.splice(added.indexOf(to), 1);
  }
  for (const p of removed) {
    objects.push({
      change: "removed",
      path: p,
      id: identity(base.get(p), p),
      ...bodyDiff(base.get(p), "")
    });
  }
  for (const p of added) {
    objects.push({
      change: "added",
      path: p,
      id: identity(head.get(p), p),
      ...bodyDiff("", head.get(p))
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
function bodyDiff(before, after) {
  const a = secretView(before);
  const b = secretView(after);
  if (!a && !b) {
    const diff2 = unifiedDiff(before, after);
    return { diff: diff2, stat: diffStat(diff2) };
  }
  const diff = unifiedDiff(a ? a.text : before, b ? b.text : after);
  return { diff, stat: diffStat(diff), hiddenKeys: changedKeys(a, b) };
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
    if (isObj(v) && typeof v.kind === "string")
      return { apiVersion: String(v.apiVersion ?? ""), kind: v.kind, name: path };
  } catch {
  }
  return { apiVersion: "", kind: "", name: path.split("/").pop() ?? path };
}
function describeId(id) {
  return `${id.kind || "object"} ${id.namespace ? `${id.namespace}/` : ""}${id.name}`;
}

// src/core/preview/report-format.ts
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
function plural(n, word2) {
  return `${n} ${word2}${n === 1 ? "" : "s"}`;
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
function objectCount(diffs) {
  const t = totals(diffs);
  return `${counts(t)} ${t.added + t.changed + t.removed === 1 ? "object" : "objects"}`;
}
function reach(diffs) {
  const apps = diffs.filter((d) => d.app !== ENV_FILES);
  return {
    apps: new Set(apps.map((d) => d.app)).size,
    envs: new Set(diffs.map((d) => d.env)).size,
    pairs: new Set(apps.map((d) => `${d.env}\0${d.app}`)).size
  };
}
function reachText(diffs) {
  const r = reach(diffs);
  return `${plural(r.apps, "app")} ${r.envs === 1 ? "in" : "across"} ${plural(r.envs, "environment")}`;
}
function sideLabel(s) {
  return s.commit && !/^0+$/.test(s.commit) ? `${s.label} \`${short(s.commit)}\`` : s.label;
}
function hiddenNote(o) {
  if (!o.hiddenKeys) return void 0;
  const word2 = o.change === "renamed" ? "renamed" : o.change;
  const keys = o.hiddenKeys.length ? `${o.hiddenKeys.length === 1 ? "key" : "keys"} ${o.hiddenKeys.join(", ")}` : "no value changed";
  return `Secret ${word2}: ${keys} (values hidden)`;
}

// src/core/preview/report-groups.ts
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function word(name) {
  return new RegExp(`(?<![A-Za-z0-9_])${escapeRe(name)}(?![A-Za-z0-9_])`, "g");
}
function likeness(m) {
  const o = m.object;
  let text = o.diff.replace(/^@@ [^@]* @@/gm, "@@");
  const names = [
    [m.diff.app, "\0app"],
    [o.id.namespace ?? "", "\0ns"],
    [m.diff.env, "\0env"]
  ].filter(([n]) => n);
  names.sort((a, b) => b[0].length - a[0].length);
  for (const [n, mark] of names) text = text.replace(word(n), mark);
  return [o.change, o.id.apiVersion, o.id.kind, (o.hiddenKeys ?? []).join(","), text].join("\n");
}
function groupChanges(diffs) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of diffs)
    for (const o of d.objects) {
      const m = { diff: d, object: o };
      const k = likeness(m);
      const g = groups.get(k);
      if (g) g.others.push(m);
      else groups.set(k, { first: m, others: [] });
    }
  return [...groups.values()];
}

// src/core/preview/report-markdown.ts
var TABLE_ROWS = 20;
var GROUP_NAMES = 10;
function objectTitle(o) {
  if (o.change === "renamed")
    return `${SIGN[o.change]} **renamed** \`${describeId(o.fromId)}\` \u2192 \`${describeId(o.id)}\``;
  return `${SIGN[o.change]} **${o.change}** \`${describeId(o.id)}\``;
}
function fence(text) {
  let run = 0;
  for (const m of text.matchAll(/`+/g)) run = Math.max(run, m[0].length);
  return "`".repeat(Math.max(3, run + 1));
}
function where(m) {
  const o = m.object;
  return `${m.diff.env}/${o.fromPath ? `${o.fromPath}\` \u2192 \`${m.diff.env}/${o.path}` : o.path}`;
}
function envLabel(env, on) {
  const t = on.get(env);
  return t === "promotion" ? " (on the next promotion)" : t === "manual" ? " (when rendered)" : "";
}
function groupBlock(g, on, names) {
  const { object: o, diff: d } = g.first;
  const head = `**\`${escapeHtml(d.env)}\` / \`${escapeHtml(d.app)}\`**${envLabel(d.env, on)} ${objectTitle(o)} \xB7 \`${o.fromPath ? `${o.fromPath} \u2192 ${o.path}` : o.path}\`
`;
  const note = hiddenNote(o);
  let body = note ? `${note}
` : "";
  if (o.diff) {
    const f = fence(o.diff);
    body += `${f}diff
${o.diff}${o.diff.endsWith("\n") ? "" : "\n"}${f}
`;
  } else if (!note) body += "(identical body)\n";
  let more = "";
  if (g.others.length) {
    const listed = g.others.slice(0, names).map((m) => `\`${where(m)}\`${envLabel(m.diff.env, on)}`);
    const rest = g.others.length - listed.length;
    more = `
_and ${g.others.length} more like it_: ${listed.join(", ")}${rest ? `, and ${rest} more` : ""}
`;
  }
  return `${head}${body}${more}
`;
}
function problemLine(p, blobBase) {
  const at = formatWhere({
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
  let loc = at ? `\`${at}\`` : "";
  if (loc && blobBase && p.file && !p.file.startsWith("<") && !p.file.startsWith("/"))
    loc = `[${loc}](${blobBase}${p.file.split("/").map(encodeURIComponent).join("/")}${p.line ? `#L${p.line}` : ""})`;
  const head = [loc, ...ctx].filter(Boolean).join(" ");
  return `- ${head ? `${head}: ` : ""}${escapeHtml(p.message).replace(/\n/g, " ")}
`;
}
function headline(input) {
  const vs = `${sideLabel(input.head)} against ${sideLabel(input.base)}`;
  const checked = input.rendered ? ` (rendered ${input.rendered.apps} of ${input.rendered.of} app \xD7 environment pairs)` : "";
  if (!input.diffs.length)
    return `**capstan preview**: no rendered change in any environment \u2014 ${vs}${checked}.
`;
  return `**capstan preview** of ${vs}: ${objectCount(input.diffs)} in ${reachText(input.diffs)}${checked}.
`;
}
var list = (envs) => envs.map((e) => `\`${escapeHtml(e)}\``).join(", ");
function mergeLine(input) {
  if (!input.envs?.length || !input.diffs.length) return "";
  const changed = new Set(input.diffs.map((d) => d.env));
  const by = (t) => input.envs.filter((e) => e.on === t && changed.has(e.name)).map((e) => e.name);
  const [merge, promo, manual] = [by("merge"), by("promotion"), by("manual")];
  if (!promo.length && !manual.length) return "";
  const parts = [
    merge.length ? `Merging this changes ${list(merge)}` : "Merging this changes no environment by itself"
  ];
  if (promo.length)
    parts.push(`${list(promo)} ${promo.length === 1 ? "changes" : "change"} on the next promotion`);
  if (manual.length)
    parts.push(
      `${list(manual)} ${manual.length === 1 ? "changes" : "change"} when rendered (not \`autoDeploy\`)`
    );
  return `${parts.join("; ")}.

`;
}
var Budget = class {
  constructor(limit, measure) {
    this.limit = limit;
    this.measure = measure;
  }
  used = 0;
  out = [];
  add(s) {
    this.out.push(s);
    this.used += this.measure(s);
  }
  fits(s, cap = this.limit) {
    return this.used + this.measure(s) <= cap;
  }
};
function addErrors(b, input, whereFull) {
  if (!input.problems.length) return 0;
  b.add(
    `**${plural(input.problems.length, "error")} in head** \u2014 the check fails until they are fixed:

`
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
  if (omitted) b.add(`- \u2026 and ${omitted} more (see the check's annotations and ${whereFull})
`);
  b.add("\n");
  return omitted;
}
function addTable(b, input, on) {
  if (!input.diffs.length) return;
  const envs = [...new Set(input.diffs.map((d) => d.env))];
  const apps = [...new Set(input.diffs.map((d) => d.app))];
  const cell = new Map(input.diffs.map((d) => [`${d.env}\0${d.app}`, d]));
  b.add(
    `| app | ${envs.map((e) => `\`${escapeHtml(e)}\`${envLabel(e, on)}`).join(" | ")} |
|---|${envs.map(() => "---|").join("")}
`
  );
  const cap = b.used + Math.floor(b.limit / 10);
  let shown = 0;
  for (const app of apps) {
    const row = `| \`${escapeHtml(app)}\` | ${envs.map((e) => {
      const d = cell.get(`${e}\0${app}`);
      return d ? counts(d) : "\xB7";
    }).join(" | ")} |
`;
    if (shown >= TABLE_ROWS || !b.fits(row, cap)) break;
    b.add(row);
    shown++;
  }
  const omitted = apps.length - shown;
  if (omitted) {
    const later = new Set(apps.slice(shown));
    const rest = input.diffs.filter((d) => later.has(d.app));
    b.add(
      `| \u2026 ${plural(omitted, "more app")} | ${envs.map((e) => counts(totals(rest.filter((d) => d.env === e)), "\xB7")).join(" | ")} |
`
    );
  }
  b.add("\n");
}
function notShown(b, members, cap) {
  if (!members.length) return { named: 0, text: "" };
  const open = `<details><summary>${plural(members.length, "changed object")} whose diff did not fit</summary>

`;
  const close = "\n</details>\n\n";
  let text = open;
  let used = b.measure(open) + b.measure(close) + 120;
  let named = 0;
  for (const m of members) {
    const line = `- ${SIGN[m.object.change]} \`${where(m)}\`
`;
    if (b.used + used + b.measure(line) > cap) break;
    text += line;
    used += b.measure(line);
    named++;
  }
  const rest = members.slice(named);
  if (rest.length) {
    const pairs = new Set(rest.map((m) => `${m.diff.env}/${m.diff.app}`)).size;
    text += `${named ? "\n" : ""}\u2026 and ${plural(rest.length, named ? "more object" : "object")} in ${plural(pairs, "app \xD7 environment pair")} (all in the full report)
`;
  }
  return { named, text: text + close };
}
function footer(notFit, errors, whereFull) {
  const parts = [
    notFit ? plural(notFit, "object diff") : "",
    errors ? plural(errors, "error") : ""
  ].filter(Boolean);
  return `_${parts.join(" and ") || "Some details"} did not fit in this comment; the full report is in ${whereFull}._
`;
}
function renderMarkdown(input, opts = {}) {
  const b = new Budget(opts.limit ?? 65536, opts.measure ?? ((s) => s.length));
  const total = input.diffs.reduce((n, d) => n + d.objects.length, 0);
  const none = { shown: 0, grouped: 0, named: 0, counted: 0, truncated: false };
  if (opts.marker) b.add(`${opts.marker}
`);
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
    for (const c of input.causes.slice(0, 30)) b.add(`- ${c}
`);
    if (input.causes.length > 30) b.add(`- \u2026 and ${input.causes.length - 30} more
`);
    b.add("\n");
  }
  if (input.notices.length) {
    for (const n of input.notices.slice(0, 10)) b.add(`> ${escapeHtml(n).replace(/\n/g, " ")}
`);
    if (input.notices.length > 10) b.add(`> \u2026 and ${input.notices.length - 10} more notices
`);
    b.add("\n");
  }
  const errorsOmitted = addErrors(b, input, whereFull);
  addTable(b, input, on);
  const end = b.limit - b.measure(footer(total, errorsOmitted, whereFull)) - 20;
  const groups = groupChanges(input.diffs);
  const nameRoom = Math.min(Math.floor((end - b.used) / 6), 60 * total + 400);
  const names = opts.groupNames ?? GROUP_NAMES;
  let shown = 0;
  let grouped = 0;
  const left = [];
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
    truncated
  };
}

// src/core/preview/report.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1024 * 1024;
function renderText(input, opts = {}) {
  const c = (code, s) => opts.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const out = [];
  const vs = `${input.head.label} ${short(input.head.commit)} against ${input.base.label} ${short(input.base.commit)}`;
  out.push(
    input.diffs.length ? c("1", `capstan diff of ${vs}: ${objectCount(input.diffs)} in ${reachText(input.diffs)}`) : `capstan diff of ${vs}: no rendered change`
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
      const note = hiddenNote(o);
      if (note) out.push(`    ${note}`);
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
        ...o.fromPath ? { fromPath: o.fromPath, fromId: o.fromId } : {},
        id: o.id,
        diff: o.diff,
        ...o.hiddenKeys ? { hiddenKeys: o.hiddenKeys } : {}
      }))
    }))
  };
}

// src/core/preview/preview.ts
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
    m = new Map(bindOnce(app, src.config.environments).bindings.map((b) => [b.env.name, b]));
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
  const side = {
    files: /* @__PURE__ */ new Map(),
    problems: [],
    notices: [],
    failed: [],
    states: /* @__PURE__ */ new Map()
  };
  if (!apps.length) return side;
  const all = planEnv(src, env, {}, { force: true, onlyApps: apps, bookkeeping: false });
  side.notices.push(...all.notices);
  const keep = (plan, only) => {
    for (const a of plan.apps) {
      if (!a.files || !only.has(a.name)) continue;
      side.files.set(a.name, a.files);
      side.states.set(a.name, plan.state.apps[a.name]);
    }
  };
  if (all.plan) {
    keep(all.plan, new Set(apps));
    return side;
  }
  for (const app of apps) {
    const one = planEnv(src, env, {}, { force: true, onlyApps: [app], bookkeeping: false });
    side.problems.push(...one.problems);
    if (one.plan) keep(one.plan, /* @__PURE__ */ new Set([app]));
    if (!side.files.has(app) && one.problems.length) side.failed.push(app);
  }
  return side;
}
var UNCHANGED = "unchanged";
function previewEnv(base, head, scope) {
  const b = base && scope.base ? renderApps(base, scope.base, scope.render) : void 0;
  const h = scope.head ? renderApps(head, scope.head, scope.render) : void 0;
  const out = {
    diffs: [],
    problems: [...h?.problems ?? []],
    notices: [...h?.notices ?? []],
    failedAtBase: b?.failed ?? []
  };
  const planned = h && !h.problems.length ? plannedDiff(base, head, scope, b, h) : void 0;
  if (planned && "problems" in planned) out.problems.push(...planned.problems);
  out.diffs = planned && "base" in planned ? diffEnv(scope.name, planned.base, planned.head) : diffEnv(scope.name, b?.files ?? /* @__PURE__ */ new Map(), h?.files ?? /* @__PURE__ */ new Map());
  return out;
}
function asRendered(src, side) {
  const rendered = /* @__PURE__ */ new Map();
  const digests = /* @__PURE__ */ new Map();
  for (const app of src.apps) {
    const files = side?.files.get(app.name);
    const st = side?.states.get(app.name);
    if (files && st)
      rendered.set(app.name, { problems: [], files, hashes: st.files, objects: st.objects });
    else {
      rendered.set(app.name, { problems: [], files: /* @__PURE__ */ new Map(), hashes: {}, objects: {} });
      if (!side?.failed.includes(app.name)) digests.set(app.name, UNCHANGED);
    }
  }
  return { rendered, digests };
}
function plannedDiff(base, head, scope, b, h) {
  let prev = {};
  const before = /* @__PURE__ */ new Map();
  if (base && scope.base) {
    const bp = planEnv(
      base,
      scope.base,
      {},
      {
        ...asRendered(base, b),
        force: true,
        bookkeeping: false
      }
    );
    if (bp.plan) {
      const k = bp.plan.changes.get("kustomization.yaml");
      prev = { state: bp.plan.state, kustomization: k ?? void 0 };
      for (const [p, t] of bp.plan.changes) if (t !== null) before.set(p, t);
    }
  }
  const hp = planEnv(head, scope.head, prev, { ...asRendered(head, h), bookkeeping: false });
  if (!hp.plan) return { problems: hp.problems };
  const sides = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  const put = (m, app, p, t) => {
    let files = m.get(app);
    if (!files) m.set(app, files = /* @__PURE__ */ new Map());
    files.set(p, t);
  };
  for (const [p, t] of hp.plan.changes) {
    if (isBookkeeping(p)) continue;
    const app = p.includes("/") ? p.slice(0, p.indexOf("/")) : ENV_FILES;
    const was = before.get(p);
    if (was !== void 0) put(sides.base, app, p, was);
    if (t !== null) put(sides.head, app, p, t);
  }
  return sides;
}
function plural2(n, word2) {
  return `${n} ${word2}${n === 1 ? "" : "s"}`;
}
function reach2(keys, changed) {
  const hit = [...keys].filter((k) => changed.has(k));
  const envs = new Set(hit.map((k) => k.slice(0, k.indexOf("/"))));
  const apps = new Set(hit.map((k) => k.slice(k.indexOf("/") + 1)));
  const rest = keys.size - hit.length;
  const what = hit.length ? `changes ${plural2(apps.size, "app")} in ${plural2(envs.size, "environment")}` : "changes no rendered object";
  return rest && hit.length ? `${what} (${rest} more re-rendered without change)` : what;
}
function blastRadius(scope, diffs) {
  const changed = new Set(diffs.map((d) => key(d.env, d.app)));
  const lines = [];
  for (const c of scope.capabilities) {
    const what = c.from === c.to ? `${c.from} (content changed)` : `${c.from} \u2192 ${c.to}`;
    lines.push(`\`${c.name}\` ${what} ${reach2(c.apps, changed)}`);
  }
  for (const [env, apps] of scope.envSettings)
    lines.push(`capstan.yaml: settings of environment \`${env}\` ${reach2(apps, changed)}`);
  if (scope.schemas.size) lines.push(`CRD schemas (\`schemas:\`) ${reach2(scope.schemas, changed)}`);
  return lines;
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
  const specBases = opts.onlyApps ? [...opts.onlyApps, ...globSelector(cfg.config.schemas).include.map(globBase)] : globSelector([...cfg.config.apps, ...cfg.config.schemas]).include.map(globBase);
  const fileSpecs = specBases.some((b) => b === "") ? [""] : specBases;
  const capSpecs = [...packFolders(loc, capRefs, problems), LOCK_FILE];
  const { files, capFiles } = await readTrees(opts, capsRev, fileSpecs, capSpecs);
  const apps = decodeMatching(files, cfg.config.apps, problems);
  const crdFiles = decodeMatching(files, cfg.config.schemas, problems);
  const packs = readPacks(opts, capRefs, capFiles, capsRev, problems);
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
function packFolders(loc, capRefs, problems) {
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
  return packPaths;
}
async function readTrees(opts, capsRev, fileSpecs, capSpecs) {
  const { loc, rev } = opts;
  if (capsRev === rev) {
    const all = await readBelow(loc, rev, [...fileSpecs, ...capSpecs], opts.blobs);
    return { files: below(all, fileSpecs), capFiles: below(all, capSpecs) };
  }
  const files = await readBelow(loc, rev, fileSpecs, opts.blobs);
  const capFiles = await readBelow(loc, capsRev, capSpecs, opts.blobs);
  return { files, capFiles };
}
function decodeMatching(files, patterns, problems) {
  const out = [];
  for (const p of match(files.keys(), patterns)) {
    const t = decodeText(files.get(p), p, problems);
    if (t !== void 0) out.push({ file: p, text: t });
  }
  return out;
}
function readPacks(opts, capRefs, capFiles, capsRev, problems) {
  const packs = [];
  capRefs.forEach((c, i) => {
    if (c.kind === "builtin") {
      packs.push(readBuiltinPack(problems));
    } else if (c.kind === "path") {
      const dir = packDir(opts.loc, c.path);
      if (dir === void 0) return;
      const pack = readPathPack(c.path, dir, capFiles, problems);
      if (!pack)
        problems.push({
          file: CONFIG_FILE,
          code: "config",
          path: `/capabilities/${i}/path`,
          message: `capability folder "${c.path}" does not exist at ${capsRev}`
        });
      else packs.push(pack);
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
  return packs;
}
function readPathPack(path, dir, capFiles, problems) {
  const display = path.replace(/\/?$/, "/");
  const packFiles = /* @__PURE__ */ new Map();
  for (const [p, b] of capFiles) {
    if (!p.startsWith(dir) || skipped(p)) continue;
    const t = decodeText(b, display + p.slice(dir.length), problems);
    if (t !== void 0) packFiles.set(p.slice(dir.length), t);
  }
  if (!packFiles.size) return void 0;
  return {
    source: `path:${path}`,
    displayRoot: display,
    files: new Map([...packFiles].sort((a, b) => a[0] < b[0] ? -1 : 1))
  };
}

export {
  ENV_FILES,
  diffEnv,
  utf8Length,
  short,
  reachText,
  renderMarkdown,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderText,
  reportJson,
  previewScope,
  previewKinds,
  previewEnv,
  blastRadius,
  locateSource,
  readConfigAt,
  readSourceAt
};
