import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  emitYaml,
  require_dist as require_dist2
} from "./chunk-26D6SPF5.js";
import {
  require_dist
} from "./chunk-B7X3UZU7.js";
import {
  require_ajv
} from "./chunk-GSGQ2ZSK.js";
import {
  __toESM
} from "./chunk-JVSLN557.js";

// src/core/semver.ts
var SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseSemVer(s) {
  const m = SEMVER.exec(s);
  if (!m) return void 0;
  return { major: +m[1], minor: +m[2], patch: +m[3], prerelease: m[4] ?? "" };
}
function compareSemVer(a, b) {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  if (a.prerelease === b.prerelease) return 0;
  if (!a.prerelease) return 1;
  if (!b.prerelease) return -1;
  return comparePre(a.prerelease, b.prerelease);
}
function comparePre(a, b) {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      if (+x !== +y) return +x - +y;
    } else if (nx !== ny) return nx ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function parseRange(range) {
  const parts = range.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return void 0;
  const comps = [];
  for (const part of parts) {
    const c = parseComparator(part);
    if (!c) return void 0;
    comps.push(c);
  }
  return (v) => comps.every((c) => c(v));
}
function partial(s) {
  const m = /^v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:-([0-9A-Za-z.-]+))?$/.exec(s);
  if (!m) return void 0;
  const nums = [m[1], m[2], m[3]];
  let given = 0;
  for (const n of nums) {
    if (n === void 0 || n === "x" || n === "*") break;
    given++;
  }
  const v = {
    major: given > 0 ? +m[1] : 0,
    minor: given > 1 ? +m[2] : 0,
    patch: given > 2 ? +m[3] : 0,
    prerelease: m[4] ?? ""
  };
  return { v, given };
}
function bump(v, at) {
  if (at === 0) return { major: v.major + 1, minor: 0, patch: 0, prerelease: "" };
  if (at === 1) return { major: v.major, minor: v.minor + 1, patch: 0, prerelease: "" };
  return { major: v.major, minor: v.minor, patch: v.patch + 1, prerelease: "" };
}
function parseComparator(part) {
  const m = /^(>=|<=|>|<|=|\^|~)?(.+)$/.exec(part);
  if (!m) return void 0;
  const op = m[1] ?? "";
  const p = partial(m[2]);
  if (!p) return void 0;
  const { v, given } = p;
  const ge = (x) => compareSemVer(x, v) >= 0;
  switch (op) {
    case ">=":
      return ge;
    case ">":
      return given < 3 ? (x) => compareSemVer(x, bump(v, given - 1)) >= 0 : (x) => compareSemVer(x, v) > 0;
    case "<":
      return (x) => compareSemVer(x, v) < 0;
    case "<=":
      return given < 3 ? (x) => compareSemVer(x, bump(v, given - 1)) < 0 : (x) => compareSemVer(x, v) <= 0;
    case "^": {
      const at = v.major > 0 || given < 2 ? 0 : v.minor > 0 || given < 3 ? 1 : 2;
      const hi = bump(v, at);
      return (x) => ge(x) && compareSemVer(x, hi) < 0;
    }
    case "~": {
      const hi = bump(v, given < 2 ? 0 : 1);
      return (x) => ge(x) && compareSemVer(x, hi) < 0;
    }
    default: {
      if (given === 0) return () => true;
      if (given === 3) return (x) => compareSemVer(x, v) === 0;
      const hi = bump(v, given - 1);
      return (x) => ge(x) && compareSemVer(x, hi) < 0;
    }
  }
}

// src/yaml/fast.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlError = class extends Error {
  constructor(message, line, col, docIndex) {
    super(message);
    this.line = line;
    this.col = col;
    this.docIndex = docIndex;
    this.name = "YamlError";
  }
};
function parseYaml(text) {
  return parseYamlWithDocs(text).map((d) => d.value);
}
function parseYamlWithDocs(text) {
  return fastParse(text) ?? slowParse(text);
}
var PARSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  uniqueKeys: true,
  prettyErrors: false,
  logLevel: "error",
  // no process warnings for e.g. collection keys
  // YAML 1.1 tags (!!binary, !!set, !!omap, !!timestamp…) would yield Buffers, Sets and
  // Maps that JSON silently drops; unresolved, they are reported below instead.
  resolveKnownTags: false
};
var MAX_ALIAS_COUNT = 100;
function slowParse(text) {
  const lineCounter = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text, { ...PARSE_OPTIONS, lineCounter });
  if ("empty" in docs) {
    const err = docs.errors[0];
    if (err) throw toYamlError(err, lineCounter, void 0);
    return [];
  }
  const out = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
    if (err) throw toYamlError(err, lineCounter, i);
    const start = doc.range[0];
    let value;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const { line, col } = lineCounter.linePos(start);
      throw new YamlError(e instanceof Error ? e.message : String(e), line, col, i);
    }
    const end = i + 1 < docs.length ? docs[i + 1].range[0] : text.length;
    out.push({ value, startLine: lineCounter.linePos(start).line, text: text.slice(start, end) });
  }
  return out;
}
function toYamlError(err, lc, docIndex) {
  const { line, col } = lc.linePos(err.pos[0]);
  return new YamlError(err.message, line, col, docIndex);
}
var Unsupported = class {
};
var UNSUPPORTED = new Unsupported();
function bail() {
  throw UNSUPPORTED;
}
var ODD_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
function fastParse(input) {
  const base = input.charCodeAt(0) === 65279 ? 1 : 0;
  const text = base ? input.slice(1) : input;
  if (ODD_CHARS.test(text)) return void 0;
  try {
    return splitAndParse(input, text, base);
  } catch (e) {
    if (e === UNSUPPORTED) return void 0;
    throw e;
  }
}
function splitAndParse(input, text, base) {
  const out = [];
  let doc;
  const finish = (endOffset) => {
    const d = doc;
    out.push({
      value: parseDocument(d.lines),
      startLine: d.startLine,
      text: input.slice(d.startOffset + base, endOffset + base)
    });
    doc = void 0;
  };
  let pos = 0;
  let lineNo = 0;
  const n = text.length;
  while (pos < n) {
    lineNo++;
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const s = text.slice(pos, end);
    const lineStart = pos;
    pos = nl + 1;
    let ind = 0;
    while (ind < s.length && s.charCodeAt(ind) === 32) ind++;
    if (ind === s.length || s.charCodeAt(ind) === 35) continue;
    const c0 = s.charCodeAt(0);
    if (c0 === 37) bail();
    if ((c0 === 45 || c0 === 46) && isMarker(s)) {
      if (!onlyComment(s, 3)) bail();
      if (c0 === 45) {
        if (doc) finish(lineStart);
        doc = { lines: [], startLine: lineNo, startOffset: lineStart };
      } else {
        if (!doc) bail();
        finish(Math.min(pos, n));
      }
      continue;
    }
    if (!doc) doc = { lines: [], startLine: lineNo, startOffset: lineStart };
    doc.lines.push({ s, ind });
  }
  if (doc) finish(n);
  return out;
}
function isMarker(s) {
  const c = s.charCodeAt(0);
  return s.charCodeAt(1) === c && s.charCodeAt(2) === c && (s.length === 3 || s.charCodeAt(3) === 32);
}
function onlyComment(s, i) {
  const start = i;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  if (i === s.length) return true;
  return s.charCodeAt(i) === 35 && (i > start || i === 0);
}
function parseDocument(lines) {
  if (lines.length === 0) return null;
  const p = new BlockParser(lines);
  const value = p.node();
  if (p.pos < lines.length) bail();
  return value;
}
function setProp(obj, key, value) {
  if (Object.prototype.hasOwnProperty.call(obj, key)) bail();
  if (key === "__proto__") {
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    obj[key] = value;
  }
}
function isSeqItem(l) {
  return l.s.charCodeAt(l.ind) === 45 && (l.ind + 1 === l.s.length || l.s.charCodeAt(l.ind + 1) === 32);
}
var BlockParser = class {
  constructor(lines) {
    this.lines = lines;
  }
  pos = 0;
  /** The node starting at the current line (whose content column is its indentation). */
  node() {
    const l = this.lines[this.pos];
    if (isSeqItem(l)) return this.seq(l.ind);
    const key = parseKey(l.s, l.ind);
    if (key) return this.map(l.ind);
    const value = inlineValue(l.s, l.ind);
    this.pos++;
    return value;
  }
  seq(ind) {
    const items = [];
    const lines = this.lines;
    while (this.pos < lines.length) {
      const l = lines[this.pos];
      if (l.ind !== ind || !isSeqItem(l)) {
        if (l.ind > ind) bail();
        break;
      }
      let j = ind + 1;
      while (j < l.s.length && l.s.charCodeAt(j) === 32) j++;
      if (j === l.s.length || l.s.charCodeAt(j) === 35) {
        this.pos++;
        items.push(this.childOrNull(ind, false));
      } else {
        l.ind = j;
        items.push(this.node());
      }
    }
    return items;
  }
  map(ind) {
    const obj = {};
    const lines = this.lines;
    while (this.pos < lines.length) {
      const l = lines[this.pos];
      if (l.ind !== ind) {
        if (l.ind > ind) bail();
        break;
      }
      const key = parseKey(l.s, ind);
      if (!key) bail();
      let j = key.valueStart;
      while (j < l.s.length && l.s.charCodeAt(j) === 32) j++;
      if (j === l.s.length || l.s.charCodeAt(j) === 35) {
        this.pos++;
        setProp(obj, key.key, this.childOrNull(ind, true));
      } else {
        setProp(obj, key.key, inlineValue(l.s, j));
        this.pos++;
      }
    }
    return obj;
  }
  /** The block value after `key:` / `-` with nothing else on the line. */
  childOrNull(ind, sameIndentSeq) {
    const next = this.lines[this.pos];
    if (!next) return null;
    if (next.ind > ind) return this.node();
    if (sameIndentSeq && next.ind === ind && isSeqItem(next)) return this.seq(ind);
    return null;
  }
};
function parseKey(s, i) {
  const c = s.charCodeAt(i);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(s, i) : singleQuoted(s, i);
    const e = q.end;
    if (s.charCodeAt(e) !== 58) return void 0;
    if (e + 1 < s.length && s.charCodeAt(e + 1) !== 32) bail();
    return { key: q.value, valueStart: e + 1 };
  }
  if (isIndicator(c)) return void 0;
  const n = s.length;
  for (let k = i; k < n; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 58 && (k + 1 === n || s.charCodeAt(k + 1) === 32)) {
      if (k === i || s.charCodeAt(k - 1) === 32 || k - i > 1e3) bail();
      const key = s.slice(i, k);
      if (typeof resolvePlain(key) !== "string" || key === "<<") bail();
      return { key, valueStart: k + 1 };
    }
    if (ch === 35 && s.charCodeAt(k - 1) === 32) return void 0;
    if (ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 44) bail();
  }
  return void 0;
}
function isIndicator(c) {
  switch (c) {
    case 63:
    // ?
    case 58:
    // :
    case 44:
    // ,
    case 91:
    // [
    case 93:
    // ]
    case 123:
    // {
    case 125:
    // }
    case 35:
    // #
    case 38:
    // &
    case 42:
    // *
    case 33:
    // !
    case 124:
    // |
    case 62:
    // >
    case 37:
    // %
    case 64:
    // @
    case 96:
      return true;
    default:
      return false;
  }
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 46;
}
function inlineValue(s, i) {
  const c = s.charCodeAt(i);
  let value;
  let end;
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(s, i) : singleQuoted(s, i);
    value = q.value;
    end = q.end;
  } else if (c === 91 || c === 123) {
    const f = new FlowParser(s, i);
    value = f.value();
    end = f.pos;
  } else {
    if (isIndicator(c)) bail();
    if (c === 45 && (i + 1 === s.length || s.charCodeAt(i + 1) === 32)) bail();
    const n = s.length;
    end = n;
    for (let k = i; k < n; k++) {
      const ch = s.charCodeAt(k);
      if (ch === 58 && (k + 1 === n || s.charCodeAt(k + 1) === 32)) bail();
      if (ch === 35 && s.charCodeAt(k - 1) === 32) {
        end = k;
        break;
      }
    }
    while (s.charCodeAt(end - 1) === 32) end--;
    const raw = s.slice(i, end);
    if (raw.startsWith("---") || raw.startsWith("...")) bail();
    return resolvePlain(raw);
  }
  if (!onlyComment(s, end) || end < s.length && s.charCodeAt(end) !== 32) bail();
  return value;
}
var RE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
var RE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var RE_OCT = /^0o[0-7]+$/;
var RE_INT = /^[-+]?[0-9]+$/;
var RE_HEX = /^0x[0-9a-fA-F]+$/;
var RE_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var RE_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var RE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(s) {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102 || c >= 65 && c <= 90 && c !== 78 && c !== 84 && c !== 70 || c === 47 || c === 95) {
    return s;
  }
  if (RE_NULL.test(s)) return null;
  if (RE_BOOL.test(s)) return s.charCodeAt(0) === 116 || s.charCodeAt(0) === 84;
  if (RE_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (RE_INT.test(s)) return parseInt(s, 10);
  if (RE_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (RE_NAN.test(s)) {
    if (s.slice(-3).toLowerCase() === "nan") return NaN;
    return s.charCodeAt(0) === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (RE_FLOAT_EXP.test(s) || RE_FLOAT.test(s)) return parseFloat(s);
  return s;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
function doubleQuoted(s, i) {
  let k = i + 1;
  let out = "";
  let from = k;
  const n = s.length;
  while (k < n) {
    const ch = s.charCodeAt(k);
    if (ch === 34) {
      out += s.slice(from, k);
      return { value: out, end: k + 1 };
    }
    if (ch === 92) {
      out += s.slice(from, k);
      const e = s[k + 1];
      if (e === void 0) bail();
      const simple = ESCAPES[e];
      if (simple !== void 0 && Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
        out += simple;
        k += 2;
      } else {
        const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : bail();
        const hex = s.substr(k + 2, len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) bail();
        const code = parseInt(hex, 16);
        if (code > 1114111) bail();
        out += String.fromCodePoint(code);
        k += 2 + len;
      }
      from = k;
      continue;
    }
    k++;
  }
  return bail();
}
function singleQuoted(s, i) {
  let out = "";
  let from = i + 1;
  for (; ; ) {
    const q = s.indexOf("'", from);
    if (q < 0) bail();
    out += s.slice(from, q);
    if (s.charCodeAt(q + 1) === 39) {
      out += "'";
      from = q + 2;
    } else {
      return { value: out, end: q + 1 };
    }
  }
}
var FlowParser = class {
  constructor(s, pos) {
    this.s = s;
    this.pos = pos;
  }
  ws() {
    const s = this.s;
    while (s.charCodeAt(this.pos) === 32) this.pos++;
    return this.pos < s.length ? s.charCodeAt(this.pos) : -1;
  }
  value() {
    const c = this.ws();
    if (c === 91) return this.seq();
    if (c === 123) return this.map();
    if (c === 34 || c === 39) {
      const q = c === 34 ? doubleQuoted(this.s, this.pos) : singleQuoted(this.s, this.pos);
      this.pos = q.end;
      return q.value;
    }
    return resolvePlain(this.plain());
  }
  /**
   * A plain scalar inside a flow collection, ended by `,`, `]` or `}`: no `#` or opening
   * brackets; quotes only after its first character (`it's`); `:` only when followed by
   * a character that is neither a space nor a flow indicator (`https://x`).
   */
  plain() {
    const s = this.s;
    const start = this.pos;
    const c = s.charCodeAt(start);
    if (c === -1 || isIndicator(c) || c === 45 && !isWordChar(s.charCodeAt(start + 1))) bail();
    let k = start;
    for (; k < s.length; k++) {
      const ch = s.charCodeAt(k);
      if (ch === 44 || ch === 93 || ch === 125) break;
      if (ch === 58) {
        const nx = s.charCodeAt(k + 1);
        if (k + 1 >= s.length || nx === 32 || nx === 44 || nx === 91 || nx === 93 || nx === 123 || nx === 125)
          bail();
        continue;
      }
      if (ch === 35 || ch === 91 || ch === 123) bail();
    }
    let end = k;
    while (s.charCodeAt(end - 1) === 32) end--;
    if (end === start) bail();
    this.pos = k;
    return s.slice(start, end);
  }
  seq() {
    this.pos++;
    const items = [];
    if (this.ws() === 93) {
      this.pos++;
      return items;
    }
    for (; ; ) {
      items.push(this.value());
      const c = this.ws();
      if (c === 93) {
        this.pos++;
        return items;
      }
      if (c !== 44) bail();
      this.pos++;
      if (this.ws() === 93) bail();
    }
  }
  map() {
    this.pos++;
    const obj = {};
    if (this.ws() === 125) {
      this.pos++;
      return obj;
    }
    const s = this.s;
    for (; ; ) {
      const c = this.ws();
      let key;
      if (c === 34 || c === 39) {
        const q = c === 34 ? doubleQuoted(s, this.pos) : singleQuoted(s, this.pos);
        this.pos = q.end;
        key = q.value;
        if (this.ws() !== 58) bail();
        this.pos++;
      } else {
        const start = this.pos;
        if (c === -1 || isIndicator(c) || c === 45 && !isWordChar(s.charCodeAt(start + 1)))
          bail();
        let colon = s.indexOf(": ", start);
        const stop = flowEnd(s, start);
        if (stop >= 0 && (colon < 0 || stop < colon)) {
          colon = stop;
          while (colon > start && s.charCodeAt(colon - 1) === 32) colon--;
          key = s.slice(start, colon);
          if (/[:[\]{}#]|^ | $/.test(key) || typeof resolvePlain(key) !== "string" || key === "<<")
            bail();
          setProp(obj, key, null);
          this.pos = stop;
          const e2 = this.ws();
          if (e2 === 125) {
            this.pos++;
            return obj;
          }
          if (e2 !== 44) bail();
          this.pos++;
          if (this.ws() === 125) bail();
          continue;
        }
        if (colon < 0) bail();
        key = s.slice(start, colon);
        if (/[,[\]{}#"']|^ | $/.test(key) || typeof resolvePlain(key) !== "string" || key === "<<") {
          bail();
        }
        this.pos = colon + 1;
      }
      const v = this.ws();
      if (v === 44 || v === 125 || v === -1) bail();
      setProp(obj, key, this.value());
      const e = this.ws();
      if (e === 125) {
        this.pos++;
        return obj;
      }
      if (e !== 44) bail();
      this.pos++;
      if (this.ws() === 125) bail();
    }
  }
};
function flowEnd(s, i) {
  for (let k = i; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 44 || ch === 125) return k;
  }
  return -1;
}

// src/core/lock.ts
var LOCK_FILE = "capstan.lock";
function parseLock(f) {
  try {
    const v = parseYamlWithDocs(f.text)[0]?.value;
    if (!v || v.lockVersion !== 1 || !Array.isArray(v.capabilities))
      return {
        problems: [
          {
            file: f.file,
            line: 1,
            col: 1,
            code: "lock",
            message: "not a capstan.lock (lockVersion: 1); regenerate it with `capstan lock`"
          }
        ]
      };
    const entries = [];
    for (const e of v.capabilities) {
      if (typeof e?.name !== "string" || typeof e.version !== "string" || typeof e.digest !== "string" || typeof e.source !== "string")
        return {
          problems: [
            {
              file: f.file,
              code: "lock",
              message: "a capstan.lock entry needs name, version, source and digest; regenerate it with `capstan lock`"
            }
          ]
        };
      entries.push({
        name: e.name,
        version: e.version,
        source: e.source,
        digest: e.digest,
        commit: typeof e.commit === "string" ? e.commit : void 0
      });
    }
    return { lock: { entries }, problems: [] };
  } catch (e) {
    if (e instanceof YamlError)
      return {
        problems: [{ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message }]
      };
    throw e;
  }
}
function lockFromCapabilities(caps) {
  const seen = /* @__PURE__ */ new Set();
  const entries = [];
  for (const c of caps) {
    const k = `${c.name}@${c.version}`;
    if (seen.has(k)) continue;
    seen.add(k);
    entries.push({
      name: c.name,
      version: c.version,
      source: c.source,
      digest: c.digest,
      ...c.commit ? { commit: c.commit } : {}
    });
  }
  entries.sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0
  );
  return { entries };
}
function emitLock(lock) {
  return "# capstan.lock: resolved capability versions and their content digests.\n# Written by `capstan lock`; do not edit by hand.\n" + emitYaml({ lockVersion: 1, capabilities: lock.entries });
}
function checkLock(used, lock, lockFile, frozen) {
  const problems = [];
  const notices = [];
  if (!lock) {
    if (frozen)
      problems.push({
        file: lockFile,
        code: "lock",
        message: "capstan.lock is missing; run `capstan lock` and commit it (or run without --frozen)"
      });
    else if (used.length)
      notices.push(
        "no capstan.lock: capability versions were resolved to the newest available; run `capstan lock` to pin them"
      );
    return { problems, notices };
  }
  const seen = /* @__PURE__ */ new Set();
  for (const c of used) {
    const id = `${c.name}@${c.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const e = lock.entries.find((x) => x.name === c.name && x.version === c.version);
    if (!e) {
      if (frozen)
        problems.push({
          file: lockFile,
          code: "lock",
          capability: id,
          message: `capstan.lock does not list ${id} (from ${c.source}); run \`capstan lock\` and commit it`
        });
      else notices.push(`capstan.lock does not list ${id}; run \`capstan lock\` to pin it`);
      continue;
    }
    if (e.digest !== c.digest)
      problems.push({
        file: lockFile,
        code: "integrity",
        capability: id,
        message: `integrity error: the content of ${id} (${c.source}) changed since capstan.lock was written (locked ${e.digest.slice(0, 19)}\u2026, found ${c.digest.slice(0, 19)}\u2026); a published version must never change \u2014 publish a new version, or run \`capstan lock --update\` if the change is intended`
      });
  }
  return { problems, notices };
}

// src/core/ajv.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function createAjv() {
  const ajv = new import_ajv.Ajv({ allErrors: true, strict: false, useDefaults: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}
var shared;
function sharedAjv() {
  return shared ??= createAjv();
}

// src/yaml/locate.ts
var import_yaml2 = __toESM(require_dist(), 1);
var CACHE_SIZE = 8;
var cache = /* @__PURE__ */ new Map();
function parsed(text) {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const lineCounter = new import_yaml2.LineCounter();
  const docs = [];
  const all = (0, import_yaml2.parseAllDocuments)(text, {
    version: "1.2",
    schema: "core",
    keepSourceTokens: true,
    prettyErrors: false,
    lineCounter
  });
  for (let i = 0; i < all.length; i++) docs.push(all[i]);
  const entry = { docs, lineCounter };
  cache.set(text, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
  return entry;
}
function locate(text, docIndex, path) {
  const { docs, lineCounter } = parsed(text);
  const doc = docs[docIndex];
  if (!doc) return { line: 1, col: 1 };
  let node = doc.contents;
  let offset = node?.range?.[0] ?? doc.range?.[0] ?? 0;
  for (const seg of path) {
    if (!node) break;
    let next;
    let keyOffset;
    if ((0, import_yaml2.isMap)(node)) {
      const want = String(seg);
      for (const pair of node.items) {
        const k = pair.key;
        const kv = (0, import_yaml2.isScalar)(k) ? k.value : k;
        if (kv !== null && typeof kv === "object") continue;
        if (String(kv) === want) {
          next = pair.value;
          if ((0, import_yaml2.isScalar)(k) && k.range) keyOffset = k.range[0];
          break;
        }
      }
    } else if ((0, import_yaml2.isSeq)(node) && typeof seg === "number") {
      next = node.items[seg];
    }
    if (next === void 0) break;
    const empty = next !== null && (0, import_yaml2.isScalar)(next) && next.range?.[0] === next.range?.[1];
    if (next === null || !next.range || empty) {
      if (keyOffset !== void 0) offset = keyOffset;
      break;
    }
    node = next;
    offset = next.range[0];
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}

// src/core/located.ts
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function pathToPointer(path) {
  return path.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function problemAt(doc, path, message, code, extra = {}) {
  let line;
  let col;
  try {
    const pos = locate(doc.text, doc.docIndex, path);
    line = pos.line;
    col = pos.col;
  } catch {
  }
  return { file: doc.file, line, col, path: pathToPointer(path), message, code, ...extra };
}
function ajvProblems(doc, base, errors, extra = {}) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors ?? []) {
    const path = [...base, ...pointerToPath(e.instancePath)];
    if (e.keyword === "additionalProperties")
      path.push(String(e.params.additionalProperty));
    const message = ajvMessage(e);
    const key = pathToPointer(path) + "\0" + message;
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if") continue;
    out.push(problemAt(doc, path, message, "schema", extra));
  }
  return out;
}
function ajvMessage(e) {
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown property "${String(p.additionalProperty)}"`;
    case "required":
      return `missing required property "${String(p.missingProperty)}"`;
    case "enum":
      return `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "type":
      return `must be ${String(p.type)}`;
    case "pattern":
      return PATTERN_MESSAGES[String(p.pattern)] ?? `must match pattern "${String(p.pattern)}"`;
    default:
      return e.message ?? e.keyword;
  }
}
var PATTERN_MESSAGES = {
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$": "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$": "must be a capability reference: name, name@1, name@1.2 or name@1.2.3 (name: lower-case letters, digits and '-')"
};

export {
  YamlError,
  parseYaml,
  parseYamlWithDocs,
  sharedAjv,
  problemAt,
  ajvProblems,
  parseSemVer,
  compareSemVer,
  parseRange,
  LOCK_FILE,
  parseLock,
  lockFromCapabilities,
  emitLock,
  checkLock
};
