/**
 * YAML stream → plain JSON values, fast.
 *
 * A line-based parser for the subset that rendered templates and typical
 * hand-written files use: block mappings and sequences (compact `- key: v` and
 * `- - a` forms, sequences at their parent key's indentation), plain scalars
 * resolved with the YAML 1.2 core schema, single- and double-quoted scalars,
 * one-line flow collections (JSON included), comments, `---` / `...` markers.
 *
 * Anything else (block scalars, anchors/aliases, tags, directives, complex
 * keys, multi-line scalars or flow collections, tabs, unusual indentation,
 * duplicate keys, any syntax error) makes the fast path give up, and the
 * WHOLE stream is parsed by the `yaml` library (safe options, see `slowParse`).
 * So every error — positions included — comes from one place, and the fast
 * path only ever returns values the `yaml` library would return too.
 */
import { isNode, LineCounter, parseAllDocuments, visit } from "yaml";
import type { Document, YAMLError } from "yaml";
import { countPath, referenceMode } from "../reference-mode.ts";

export class YamlError extends Error {
  constructor(
    message: string,
    /** 1-based. */
    readonly line: number,
    /** 1-based. */
    readonly col: number,
    readonly docIndex?: number,
  ) {
    super(message);
    this.name = "YamlError";
  }
}

export interface ParsedDocument {
  value: unknown;
  /** 1-based line where the document starts (its `---`, or its first content line). */
  startLine: number;
  /** Raw text of the document, up to the start of the next one. */
  text: string;
}

export function parseYaml(text: string): unknown[] {
  return parseYamlWithDocs(text).map((d) => d.value);
}

/** The subset parser when it handles the text, else the `yaml` library (always in reference mode). */
export function parseYamlWithDocs(text: string): ParsedDocument[] {
  const fast = referenceMode() ? undefined : fastParse(text);
  countPath("yaml", fast ? "fast" : "reference");
  return fast ?? slowParse(text);
}

/** The fast path alone: undefined when the text needs the `yaml` library (for tests and benchmarks). */
export function tryFastParse(text: string): unknown[] | undefined {
  return fastParse(text)?.map((d) => d.value);
}

// ---------------------------------------------------------------- fallback

const PARSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  uniqueKeys: true,
  prettyErrors: false,
  logLevel: "error", // no process warnings for e.g. collection keys
  // YAML 1.1 tags (!!binary, !!set, !!omap, !!timestamp…) would yield Buffers, Sets and
  // Maps that JSON silently drops; unresolved, they are reported below instead.
  resolveKnownTags: false,
} as const;
const MAX_ALIAS_COUNT = 100;

function slowParse(text: string): ParsedDocument[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  if ("empty" in docs) {
    const err = docs.errors[0];
    if (err) throw toYamlError(err, lineCounter, undefined);
    return [];
  }
  const out: ParsedDocument[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
    if (err) throw toYamlError(err, lineCounter, i);
    const start = doc.range[0];
    if (text.includes("&")) refuseCycles(doc, lineCounter, i);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const { line, col } = lineCounter.linePos(start);
      throw new YamlError(e instanceof Error ? e.message : String(e), line, col, i);
    }
    const end = i + 1 < docs.length ? docs[i + 1]!.range[0] : text.length;
    out.push({ value, startLine: lineCounter.linePos(start).line, text: text.slice(start, end) });
  }
  return out;
}

/**
 * Refuses an alias inside the node its anchor names (`a: &S { self: *S }`): the `yaml`
 * library would build a cyclic value, which no Kubernetes object can be and which every
 * reader of the data (clone, schema checks, emit) would recurse into forever. Refused
 * here, where YAML becomes data, so every reader is covered; the error is at the alias.
 */
function refuseCycles(doc: Document, lc: LineCounter, docIndex: number): void {
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      if (!isNode(target) || !target.range || !alias.range) return;
      if (alias.range[0] < target.range[0] || alias.range[0] >= target.range[2]) return;
      const { line, col } = lc.linePos(alias.range[0]);
      const anchor = lc.linePos(target.range[0]);
      throw new YamlError(
        `alias *${alias.source} is inside the value anchored as &${alias.source} (which starts at line ${anchor.line}): cyclic data cannot become a Kubernetes object`,
        line,
        col,
        docIndex,
      );
    },
  });
}

function toYamlError(err: YAMLError, lc: LineCounter, docIndex: number | undefined): YamlError {
  const { line, col } = lc.linePos(err.pos[0]);
  return new YamlError(err.message, line, col, docIndex);
}

// ---------------------------------------------------------------- fast path

/** Thrown inside the fast path to hand the stream to the `yaml` library. */
class Unsupported {}
const UNSUPPORTED = new Unsupported();
function bail(): never {
  throw UNSUPPORTED;
}

/** Characters the fast path never handles: tabs, stray CRs, controls, C1, line/paragraph separators, BOMs. */

const ODD_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;

interface Line {
  s: string;
  /** Column (0-based) where this line's content starts; moved right for `- ` items. */
  ind: number;
  /** index of the line among all of its document's lines (blank and comment lines too) */
  r: number;
}

/** Every line of a document, blank and comment lines too: block scalars read them. */
interface RawLines {
  text: string;
  /** start and end offset in `text` of line i at [2i], [2i + 1] (end excludes the line break) */
  at: number[];
}

function fastParse(input: string): ParsedDocument[] | undefined {
  const base = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = base ? input.slice(1) : input;
  if (ODD_CHARS.test(text)) return undefined;
  try {
    return splitAndParse(input, text, base);
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}

interface OpenDoc {
  lines: Line[];
  raw: RawLines;
  startLine: number;
  startOffset: number;
}

function splitAndParse(input: string, text: string, base: number): ParsedDocument[] {
  const out: ParsedDocument[] = [];
  let doc: OpenDoc | undefined;
  const finish = (endOffset: number): void => {
    const d = doc!;
    out.push({
      value: parseDocument(d.lines, d.raw),
      startLine: d.startLine,
      text: input.slice(d.startOffset + base, endOffset + base),
    });
    doc = undefined;
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
    if (ind === s.length || s.charCodeAt(ind) === 35 /* # */) {
      doc?.raw.at.push(lineStart, end);
      continue;
    }
    const c0 = s.charCodeAt(0);
    if (c0 === 37 /* % */) bail();
    if ((c0 === 45 || c0 === 46) && isMarker(s)) {
      if (!onlyComment(s, 3)) bail();
      if (c0 === 45) {
        if (doc) finish(lineStart);
        doc = { lines: [], raw: { text, at: [] }, startLine: lineNo, startOffset: lineStart };
      } else {
        if (!doc) bail();
        finish(Math.min(pos, n));
      }
      continue;
    }
    if (!doc) doc = { lines: [], raw: { text, at: [] }, startLine: lineNo, startOffset: lineStart };
    doc.lines.push({ s, ind, r: doc.raw.at.length / 2 });
    doc.raw.at.push(lineStart, end);
  }
  if (doc) finish(n);
  return out;
}

/** `---` or `...` followed by end of line or a space. */
function isMarker(s: string): boolean {
  const c = s.charCodeAt(0);
  return (
    s.charCodeAt(1) === c && s.charCodeAt(2) === c && (s.length === 3 || s.charCodeAt(3) === 32)
  );
}

/** True when s[i..] is blank or a comment (a `#` after at least one space, or at i === 0). */
function onlyComment(s: string, i: number): boolean {
  const start = i;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  if (i === s.length) return true;
  return s.charCodeAt(i) === 35 && (i > start || i === 0);
}

function parseDocument(lines: Line[], raw: RawLines): unknown {
  if (lines.length === 0) return null;
  const p = new BlockParser(lines, raw);
  const value = p.node();
  if (p.pos < lines.length) bail();
  return value;
}

function setProp(obj: Record<string, unknown>, key: string, value: unknown): void {
  // values are never undefined here: a key read as undefined is not there yet (cheap check first)
  if (obj[key] !== undefined && Object.prototype.hasOwnProperty.call(obj, key)) bail(); // duplicate: let `yaml` report it
  if (key === "__proto__") {
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    obj[key] = value;
  }
}

function isSeqItem(l: Line): boolean {
  return (
    l.s.charCodeAt(l.ind) === 45 && (l.ind + 1 === l.s.length || l.s.charCodeAt(l.ind + 1) === 32)
  );
}

class BlockParser {
  pos = 0;
  constructor(
    private readonly lines: Line[],
    private readonly raw: RawLines,
  ) {}

  /**
   * The node starting at the current line (whose content column is its indentation);
   * `parent` is the column of the sequence whose item it is (for a block scalar's indent).
   */
  node(parent = -1): unknown {
    const l = this.lines[this.pos]!;
    if (isSeqItem(l)) return this.seq(l.ind);
    const key = parseKey(l.s, l.ind);
    if (key) return this.map(l.ind);
    if (isBlockIndicator(l.s.charCodeAt(l.ind))) return this.blockScalar(l, l.ind, parent);
    const value = inlineValue(l.s, l.ind);
    this.pos++;
    return value;
  }

  seq(ind: number): unknown[] {
    const items: unknown[] = [];
    const lines = this.lines;
    while (this.pos < lines.length) {
      const l = lines[this.pos]!;
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
        l.ind = j; // the rest of the line is a node at column j
        items.push(this.node(ind));
      }
    }
    return items;
  }

  map(ind: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const lines = this.lines;
    while (this.pos < lines.length) {
      const l = lines[this.pos]!;
      if (l.ind !== ind) {
        if (l.ind > ind) bail();
        break;
      }
      // `- x` at a mapping's own indentation is an error, never a key named "- x"
      if (isSeqItem(l)) bail();
      const key = parseKey(l.s, ind);
      if (!key) bail();
      let j = key.valueStart;
      while (j < l.s.length && l.s.charCodeAt(j) === 32) j++;
      if (j === l.s.length || l.s.charCodeAt(j) === 35) {
        this.pos++;
        setProp(obj, key.key, this.childOrNull(ind, true));
      } else if (isBlockIndicator(l.s.charCodeAt(j))) {
        setProp(obj, key.key, this.blockScalar(l, j, ind));
      } else {
        setProp(obj, key.key, inlineValue(l.s, j));
        this.pos++;
      }
    }
    return obj;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at l.s[j], in a node at
   * column `parent` (its content is indented more). Clip, strip (`-`) and keep (`+`)
   * chomping; anything less usual (indentation indicators, leading blank lines,
   * whitespace-only lines longer than the indent, more-indented lines in a folded
   * scalar, no content) is left to the `yaml` library.
   */
  private blockScalar(l: Line, j: number, parent: number): string {
    if (parent < 0) bail();
    const s = l.s;
    const folded = s.charCodeAt(j) === 62;
    let k = j + 1;
    const chomp = s.charCodeAt(k);
    if (chomp === 45 || chomp === 43) k++;
    if (!onlyComment(s, k) || (k < s.length && s.charCodeAt(k) !== 32)) bail();
    const { text, at } = this.raw;
    const total = at.length / 2;
    const content: string[] = []; // "" for a blank line
    let indent = -1;
    let r = l.r + 1;
    for (; r < total; r++) {
      const a = at[2 * r]!;
      const b = at[2 * r + 1]!;
      let i = a;
      while (i < b && text.charCodeAt(i) === 32) i++;
      if (i === b) {
        if (indent < 0) bail(); // leading blank lines
        if (b - a > indent) bail(); // spaces beyond the indent would be content
        content.push("");
        continue;
      }
      const ind = i - a;
      if (indent < 0) {
        if (ind <= parent) break;
        indent = ind;
      } else if (ind < indent) break;
      if (folded && ind > indent) bail(); // more-indented lines keep their breaks
      content.push(text.slice(a + indent, b));
    }
    if (indent < 0) bail();
    let last = content.length - 1;
    while (content[last] === "") last--;
    const trailing = content.length - 1 - last;
    let body = "";
    if (folded) {
      let blanks = 0;
      for (let i = 0; i <= last; i++) {
        const c = content[i]!;
        if (c === "") {
          blanks++;
          continue;
        }
        if (i > 0) body += blanks ? "\n".repeat(blanks) : " ";
        body += c;
        blanks = 0;
      }
    } else body = content.slice(0, last + 1).join("\n");
    // the lines read here were content, not nodes: move past them
    while (this.pos < this.lines.length && this.lines[this.pos]!.r < l.r + 1 + last + 1 + trailing)
      this.pos++;
    if (chomp === 45) return body;
    if (chomp === 43) return body + "\n".repeat(1 + trailing);
    return body + "\n";
  }

  /** The block value after `key:` / `-` with nothing else on the line. */
  private childOrNull(ind: number, sameIndentSeq: boolean): unknown {
    const next = this.lines[this.pos];
    if (!next) return null;
    if (next.ind > ind) return this.node();
    if (sameIndentSeq && next.ind === ind && isSeqItem(next)) return this.seq(ind);
    return null;
  }
}

// ---------------------------------------------------------------- keys

interface Key {
  key: string;
  /** Index just after the `:`. */
  valueStart: number;
}

/** The implicit key at s[i..] (`key:` followed by a space or end of line), or undefined if the line is not a `key:` line. */
function parseKey(s: string, i: number): Key | undefined {
  const c = s.charCodeAt(i);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(s, i) : singleQuoted(s, i);
    const e = q.end;
    if (s.charCodeAt(e) !== 58 /* : */) return undefined;
    if (e + 1 < s.length && s.charCodeAt(e + 1) !== 32) bail();
    return { key: q.value, valueStart: e + 1 };
  }
  if (isIndicator(c)) return undefined;
  const n = s.length;
  for (let k = i; k < n; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 58 && (k + 1 === n || s.charCodeAt(k + 1) === 32)) {
      if (k === i || s.charCodeAt(k - 1) === 32 || k - i > 1000) bail();
      const key = s.slice(i, k);
      if (typeof resolvePlain(key) !== "string" || key === "<<") bail();
      return { key, valueStart: k + 1 };
    }
    if (ch === 35 && s.charCodeAt(k - 1) === 32) return undefined;
    // flow indicators in implicit keys: not worth the risk
    if (ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 44) bail();
  }
  return undefined;
}

function isBlockIndicator(c: number): boolean {
  return c === 124 || c === 62; // | >
}

/** c-indicator characters, except `-` (handled separately) and quotes. */
function isIndicator(c: number): boolean {
  switch (c) {
    case 63: // ?
    case 58: // :
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------- values

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** The value at s[i..] that must end the line (optionally followed by a comment). */
function inlineValue(s: string, i: number): unknown {
  const c = s.charCodeAt(i);
  let value: unknown;
  let end: number;
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
  if (!onlyComment(s, end) || (end < s.length && s.charCodeAt(end) !== 32)) bail();
  return value;
}

const RE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const RE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const RE_OCT = /^0o[0-7]+$/;
const RE_INT = /^[-+]?[0-9]+$/;
const RE_HEX = /^0x[0-9a-fA-F]+$/;
const RE_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const RE_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const RE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar, resolved exactly like the `yaml` library's YAML 1.2 core schema. */
export function resolvePlain(s: string): unknown {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  // Fast exit: most strings start with a letter that no core-schema tag can start with.
  if (
    (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) ||
    (c >= 65 && c <= 90 && c !== 78 && c !== 84 && c !== 70) ||
    c === 47 ||
    c === 95
  ) {
    return s;
  }
  // only these can start a null or a boolean; only digits, signs and dots a number
  if (c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) {
    if (RE_NULL.test(s)) return null;
    if (RE_BOOL.test(s)) return c === 116 || c === 84;
    return s;
  }
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
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

interface Quoted {
  value: string;
  /** Index just after the closing quote. */
  end: number;
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

/** A double-quoted scalar that closes on this line (s[i] is the opening quote). */
function doubleQuoted(s: string, i: number): Quoted {
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
      if (e === undefined) bail();
      const simple = ESCAPES[e];
      if (simple !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
        out += simple;
        k += 2;
      } else {
        const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : bail();
        const hex = s.substr(k + 2, len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) bail();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) bail();
        out += String.fromCodePoint(code);
        k += 2 + len;
      }
      from = k;
      continue;
    }
    k++;
  }
  return bail(); // continues on the next line
}

/** A single-quoted scalar that closes on this line. */
function singleQuoted(s: string, i: number): Quoted {
  let out = "";
  let from = i + 1;
  for (;;) {
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

const MAX_FLOW_DEPTH = 64;

/** One-line flow collections: `[a, "b", {c: 1}]`, `{"a":1}`; anything fancier bails. */
class FlowParser {
  /** open collections around the current position: deeper than MAX_FLOW_DEPTH bails */
  private depth = 0;
  constructor(
    private readonly s: string,
    public pos: number,
  ) {}

  private ws(): number {
    const s = this.s;
    while (s.charCodeAt(this.pos) === 32) this.pos++;
    return this.pos < s.length ? s.charCodeAt(this.pos) : -1;
  }

  value(): unknown {
    const c = this.ws();
    if (c === 91 || c === 123) {
      // Hand-written nesting this deep is no Kubernetes object; the `yaml` library reads it
      // (and reports what it cannot) without this parser's recursion.
      if (++this.depth > MAX_FLOW_DEPTH) bail();
      const v = c === 91 ? this.seq() : this.map();
      this.depth--;
      return v;
    }
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
  private plain(): string {
    const s = this.s;
    const start = this.pos;
    const c = s.charCodeAt(start);
    if (c === -1 || isIndicator(c) || (c === 45 && !isWordChar(s.charCodeAt(start + 1)))) bail();
    let k = start;
    for (; k < s.length; k++) {
      const ch = s.charCodeAt(k);
      if (ch === 44 || ch === 93 || ch === 125) break;
      if (ch === 58) {
        const nx = s.charCodeAt(k + 1);
        if (
          k + 1 >= s.length ||
          nx === 32 ||
          nx === 44 ||
          nx === 91 ||
          nx === 93 ||
          nx === 123 ||
          nx === 125
        )
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

  private seq(): unknown[] {
    this.pos++;
    const items: unknown[] = [];
    if (this.ws() === 93) {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      const c = this.ws();
      if (c === 93) {
        this.pos++;
        return items;
      }
      if (c !== 44) bail();
      this.pos++;
      if (this.ws() === 93) bail(); // trailing comma
    }
  }

  private map(): Record<string, unknown> {
    this.pos++;
    const obj: Record<string, unknown> = {};
    if (this.ws() === 125) {
      this.pos++;
      return obj;
    }
    const s = this.s;
    for (;;) {
      const c = this.ws();
      let key: string;
      if (c === 34 || c === 39) {
        const q = c === 34 ? doubleQuoted(s, this.pos) : singleQuoted(s, this.pos);
        this.pos = q.end;
        key = q.value;
        if (this.ws() !== 58) bail();
        this.pos++;
      } else {
        const start = this.pos;
        if (c === -1 || isIndicator(c) || (c === 45 && !isWordChar(s.charCodeAt(start + 1))))
          bail();
        let colon = s.indexOf(": ", start);
        const stop = flowEnd(s, start);
        if (stop >= 0 && (colon < 0 || stop < colon)) {
          // `{ a, b: 1 }`: an entry without `: ` is a key whose value is null
          colon = stop;
          while (colon > start && s.charCodeAt(colon - 1) === 32) colon--;
          key = s.slice(start, colon);
          if (/[:[\]{}#]|^ | $/.test(key) || typeof resolvePlain(key) !== "string" || key === "<<")
            bail();
          setProp(obj, key, null);
          this.pos = stop;
          const e = this.ws();
          if (e === 125) {
            this.pos++;
            return obj;
          }
          if (e !== 44) bail();
          this.pos++;
          if (this.ws() === 125) bail(); // trailing comma
          continue;
        }
        if (colon < 0) bail();
        key = s.slice(start, colon);
        if (
          /[,[\]{}#"']|^ | $/.test(key) ||
          typeof resolvePlain(key) !== "string" ||
          key === "<<"
        ) {
          bail();
        }
        this.pos = colon + 1;
      }
      const v = this.ws();
      if (v === 44 || v === 125 || v === -1) bail(); // empty value
      setProp(obj, key, this.value());
      const e = this.ws();
      if (e === 125) {
        this.pos++;
        return obj;
      }
      if (e !== 44) bail();
      this.pos++;
      if (this.ws() === 125) bail(); // trailing comma
    }
  }
}

/** Index of the first `,` or `}` at or after i (where a flow mapping entry ends), or -1. */
function flowEnd(s: string, i: number): number {
  for (let k = i; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 44 || ch === 125) return k;
  }
  return -1;
}

// ---------------------------------------------------------------- template lines

/**
 * One line of a capability template, as the block parser above would read it once
 * rendered (src/core/capabilities/direct.ts builds objects from these without
 * producing text). `cols` are the columns of its nodes: one per leading `- `, then
 * the tail's. A mustache's value (`dyn`) stands where the line's prefix ends.
 */
export interface TemplateLine {
  ind: number;
  /** columns of the leading `- ` markers */
  dashes: number[];
  /** column of what follows the last `- ` (or of the line's first node) */
  tailCol: number;
  tail:
    | { kind: "empty" }
    | { kind: "key"; key: string; value: "none" | "dyn" | { static: unknown } }
    | { kind: "value"; value: "dyn" | { static: unknown } };
}

/**
 * Scans `prefix` (+ a mustache value when `dyn`, + `suffix`): "skip" for blank and
 * comment lines, undefined when the fast path would not take the line (the template
 * is then rendered as text and parsed).
 */
export function scanTemplateLine(
  prefix: string,
  dyn: boolean,
  suffix: string,
): TemplateLine | "skip" | undefined {
  if (ODD_CHARS.test(prefix) || ODD_CHARS.test(suffix)) return undefined;
  if (dyn && suffix !== "" && !(suffix.charCodeAt(0) === 32 && onlyComment(suffix, 0)))
    return undefined;
  const s = prefix;
  const n = s.length;
  // the value must be separated from what precedes it (`key: `, `- `)
  if (dyn && n > 0 && s.charCodeAt(n - 1) !== 32) return undefined;
  let ind = 0;
  while (ind < n && s.charCodeAt(ind) === 32) ind++;
  if (!dyn && (ind === n || s.charCodeAt(ind) === 35)) return "skip";
  if (s.charCodeAt(ind) === 35) return undefined; // a value inside a comment
  const c0 = s.charCodeAt(0);
  if (c0 === 37 || ((c0 === 45 || c0 === 46) && isMarker(dyn ? s + "x" : s))) return undefined;
  try {
    const dashes: number[] = [];
    let p = ind;
    while (p < n && isSeqItem({ s, ind: p, r: 0 })) {
      dashes.push(p);
      p++;
      while (p < n && s.charCodeAt(p) === 32) p++;
      if (p === n && dyn) break;
      if (p === n || s.charCodeAt(p) === 35)
        return { ind, dashes, tailCol: p, tail: { kind: "empty" } };
    }
    if (p === n && dyn) return { ind, dashes, tailCol: p, tail: { kind: "value", value: "dyn" } };
    const key = parseKey(s, p);
    if (key) {
      let j = key.valueStart;
      while (j < n && s.charCodeAt(j) === 32) j++;
      const value =
        j === n && dyn
          ? "dyn"
          : j === n || s.charCodeAt(j) === 35
            ? "none"
            : dyn
              ? undefined
              : { static: inlineValue(s, j) };
      if (!value) return undefined;
      return { ind, dashes, tailCol: p, tail: { kind: "key", key: key.key, value } };
    }
    if (dyn) return undefined;
    return {
      ind,
      dashes,
      tailCol: p,
      tail: { kind: "value", value: { static: inlineValue(s, p) } },
    };
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}

/** Strings the fast path leaves to the `yaml` library (see ODD_CHARS). */
export function hasOddChars(s: string): boolean {
  return ODD_CHARS.test(s);
}
