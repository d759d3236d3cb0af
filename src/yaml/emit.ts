/**
 * Deterministic YAML for JSON-shaped values. THE one place the output format is pinned:
 *
 * - Values: plain objects, arrays, strings, finite numbers, booleans, null. Anything
 *   else (undefined, NaN/Infinity, bigint, functions, class instances) throws.
 * - 2-space indentation; a sequence under a key is indented by 2 (`key:\n  - a`);
 *   a map or sequence inside a sequence starts on the dash line (`- name: x`, `- - a`).
 * - Key order in every mapping: `apiVersion`, `kind`, `metadata`, `name`, `namespace`
 *   (those present), then the other keys sorted by UTF-16 code units.
 * - Empty map `{}`, empty sequence `[]`, null `null`, booleans `true`/`false`.
 * - Numbers: JavaScript/JSON formatting (`1e+21`, `1.5e-7`), `-0` as `0`.
 * - Strings (values and keys) are plain only when no YAML 1.1 or 1.2 reader can
 *   see anything but that string (`isPlainSafe`): ASCII letters, digits, `_ . / @ - :`
 *   and inner single spaces; starting with a letter, digit, `_`, `/` or `.`; no `: `,
 *   no trailing `:`; not a 1.1/1.2 special word (null, ~, true/false, yes/no, on/off,
 *   y/n, .inf/.nan — any case); and when starting with a digit or `.`, not made only of
 *   number/date/sexagesimal characters (so `0755`, `1e3`, `1_000`, `0x1F`, `.5`,
 *   `12:30`, `2001-12-14`, `1.2.3` are quoted while `128Mi`, `500m` stay plain).
 * - Multi-line strings (values only) are literal block scalars `|` (one trailing
 *   newline) or `|-` (none), indented 2 more than their key or dash, when they have
 *   no `\r`, no control characters other than `\n`, no space before a line break,
 *   a first non-empty line not starting with a space, and do not end in two or more
 *   newlines (those, like every other string, are double-quoted — so the output
 *   always ends with exactly one `\n`).
 * - Double-quoted strings escape `\\ \" \n \t \r`; other C0 controls, DEL, C1
 *   controls (U+0080–U+009F), U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF and lone
 *   surrogates as `\uXXXX` (upper-case hex). Everything else is written raw.
 * - Keys longer than 1000 characters use the explicit form `? "key"\n: value`.
 * - No line folding, no anchors, no tags, no comments. Output ends with one `\n`;
 *   `emitDocuments` joins documents with `---\n`.
 */

const PRIORITY_KEYS = ["apiVersion", "kind", "metadata", "name", "namespace"];
const PRIORITY = new Set(PRIORITY_KEYS);

const SPACES: string[] = [""];
function spaces(n: number): string {
  let s = SPACES[n];
  if (s === undefined) {
    s = " ".repeat(n);
    SPACES[n] = s;
  }
  return s;
}

export function emitYaml(value: unknown): string {
  const kind = kindOf(value);
  if (kind === SCALAR) {
    if (typeof value === "string" && isBlockable(value)) return blockScalar("|", value, 2);
    return scalar(value) + "\n";
  }
  out = "";
  if (kind === ARRAY) {
    const arr = value as unknown[];
    if (arr.length === 0) return "[]\n";
    emitSeq(arr, 0, "");
  } else {
    const obj = value as Record<string, unknown>;
    const keys = orderedKeys(obj);
    if (keys.length === 0) return "{}\n";
    emitMap(obj, keys, 0, "");
  }
  const text = out;
  out = "";
  return text;
}

/** The text being emitted (appending to one string is cheaper than collecting parts). */
let out = "";

export function emitDocuments(values: unknown[]): string {
  let out = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += "---\n";
    out += emitYaml(values[i]);
  }
  return out;
}

const SCALAR = 0;
const ARRAY = 1;
const OBJECT = 2;

function kindOf(v: unknown): number {
  if (typeof v !== "object" || v === null) return SCALAR;
  if (Array.isArray(v)) return ARRAY;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return OBJECT;
  throw new TypeError(`emitYaml: cannot emit a ${describe(v)}`);
}

function describe(v: unknown): string {
  if (typeof v === "object" && v !== null) {
    const ctor: unknown = (v as { constructor?: unknown }).constructor;
    return typeof ctor === "function" && ctor.name ? ctor.name : "object";
  }
  return typeof v;
}

/** Block sequence; the first line starts with `first` instead of `ind` spaces. */
function emitSeq(arr: unknown[], ind: number, first: string): void {
  const pad = spaces(ind);
  for (let i = 0; i < arr.length; i++) {
    const lead = i === 0 ? first : pad;
    const item = arr[i];
    const kind = kindOf(item);
    if (kind === ARRAY) {
      const a = item as unknown[];
      if (a.length === 0) out += lead + "- []\n";
      else emitSeq(a, ind + 2, lead + "- ");
    } else if (kind === OBJECT) {
      const o = item as Record<string, unknown>;
      const keys = orderedKeys(o);
      if (keys.length === 0) out += lead + "- {}\n";
      else emitMap(o, keys, ind + 2, lead + "- ");
    } else if (typeof item === "string" && isBlockable(item)) {
      out += lead + "-" + blockScalar(" |", item, ind + 2);
    } else {
      out += lead + "- " + scalar(item) + "\n";
    }
  }
}

/** Block mapping; the first line starts with `first` instead of `ind` spaces. */
function emitMap(obj: Record<string, unknown>, keys: string[], ind: number, first: string): void {
  const pad = spaces(ind);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const item = obj[k];
    out += (i === 0 ? first : pad) + emitKey(k, pad) + ":";
    const kind = kindOf(item);
    if (kind === ARRAY) {
      const a = item as unknown[];
      // Sequences under a key are indented by 2, like maps.
      if (a.length === 0) out += " []\n";
      else {
        out += "\n";
        emitSeq(a, ind + 2, spaces(ind + 2));
      }
    } else if (kind === OBJECT) {
      const o = item as Record<string, unknown>;
      const ks = orderedKeys(o);
      if (ks.length === 0) out += " {}\n";
      else {
        out += "\n";
        emitMap(o, ks, ind + 2, spaces(ind + 2));
      }
    } else if (typeof item === "string" && isBlockable(item)) {
      out += blockScalar(" |", item, ind + 2);
    } else {
      out += " " + scalar(item) + "\n";
    }
  }
}

function emitKey(k: string, pad: string): string {
  if (k.length > 1000) return "? " + doubleQuote(k) + "\n" + pad;
  return isPlainSafe(k) ? k : doubleQuote(k);
}

function orderedKeys(obj: Record<string, unknown>): string[] {
  const rest: string[] = [];
  let found = 0;
  for (const k of Object.keys(obj)) {
    if (PRIORITY.has(k)) found++;
    else rest.push(k);
  }
  rest.sort();
  if (found === 0) return rest;
  const head: string[] = [];
  for (const k of PRIORITY_KEYS) if (Object.prototype.hasOwnProperty.call(obj, k)) head.push(k);
  return head.concat(rest);
}

/**
 * How a string stands as a mapping value on its key's line (`key: <this>`), or undefined
 * when it is written as a block scalar on the lines below instead.
 */
export function inlineString(s: string): string | undefined {
  return isBlockable(s) ? undefined : scalar(s);
}

function scalar(v: unknown): string {
  switch (typeof v) {
    case "string":
      return isPlainSafe(v) ? v : doubleQuote(v);
    case "number":
      if (!Number.isFinite(v)) throw new TypeError(`emitYaml: cannot emit the number ${v}`);
      return v === 0 ? "0" : String(v);
    case "boolean":
      return v ? "true" : "false";
    case "object":
      if (v === null) return "null";
      break;
    default:
      break;
  }
  throw new TypeError(`emitYaml: cannot emit a ${describe(v)}`);
}

// ---------------------------------------------------------------- plain strings

/** Words with a non-string meaning in YAML 1.1 or 1.2 (compared lower-cased). */
const SPECIAL_WORDS = new Set([
  "null",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  ".inf",
  ".nan",
]);

export function isPlainSafe(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const c0 = s.charCodeAt(0);
  const digitOrDot = (c0 >= 48 && c0 <= 57) || c0 === 46;
  if (!(isAlpha(c0) || digitOrDot || c0 === 95 || c0 === 47)) return false;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (
      isAlpha(c) ||
      (c >= 48 && c <= 57) ||
      c === 95 ||
      c === 46 ||
      c === 45 ||
      c === 47 ||
      c === 64
    )
      continue;
    if (c === 58) {
      // `:` not followed by a space and not last
      const next = s.charCodeAt(i + 1);
      if (i + 1 === n || next === 32) return false;
    } else if (c === 32) {
      // inner single spaces only: no trailing space
      if (i + 1 === n) return false;
    } else {
      return false;
    }
  }
  // Only a digit, `.`, `e` or `E` can start a number (the first character is checked
  // above), and only a digit a timestamp: most strings skip both expressions.
  if ((digitOrDot || c0 === 101 || c0 === 69) && NUMBERISH.test(s)) return false;
  if (c0 >= 48 && c0 <= 57 && TIMESTAMP.test(s)) return false;
  if (c0 === 46 && s.charCodeAt(1) === 46) return false; // `...` ends a document
  if (n <= 5 && SPECIAL_WORDS.has(s.toLowerCase())) return false;
  return true;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Strings a YAML 1.1 or 1.2 reader could take for a number: ints in any base
 * (`0755`, `0x1F`, `0b101`, `1_000`), sexagesimal (`12:30`), floats (`1e3`,
 * `.5`, `6.`, and YAML 1.1's `1.2.3`), and the `yaml` library's 1.1 float quirk where every digit is
 * optional (`e0`, `E-5`), plus `.inf`/`.nan`.
 */
const NUMBERISH =
  /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_.]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_.]*(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
/** YAML 1.1 timestamps: `2001-12-14`, `2001-12-14t21:59:43.10-05:00`. */
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?$/;

// ---------------------------------------------------------------- block scalars

/** Multi-line strings that a literal block scalar (`|` or `|-`) can carry exactly. */
function isBlockable(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.indexOf("\n") < 0) return false;
  if (s.charCodeAt(n - 1) === 10 && s.charCodeAt(n - 2) === 10) return false; // would need `|+`
  let lineStart = true;
  let sawContent = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      if (i > 0 && s.charCodeAt(i - 1) === 32) return false;
      lineStart = true;
      continue;
    }
    if (lineStart && !sawContent && c === 32) return false; // indentation would be misread
    lineStart = false;
    sawContent = true;
    if (needsEscape(c)) return false;
    if (c >= 0xd800 && c <= 0xdfff && !validSurrogate(s, i)) return false;
  }
  if (s.charCodeAt(n - 1) === 32) return false;
  return sawContent;
}

/** ` |-\n` + lines indented by `ind` (empty lines stay empty). */
function blockScalar(head: string, s: string, ind: number): string {
  const pad = spaces(ind);
  const keep = s.charCodeAt(s.length - 1) === 10;
  const body = keep ? s.slice(0, -1) : s;
  let out = head + (keep ? "\n" : "-\n");
  let from = 0;
  for (;;) {
    const nl = body.indexOf("\n", from);
    const line = nl < 0 ? body.slice(from) : body.slice(from, nl);
    out += line.length === 0 ? "\n" : pad + line + "\n";
    if (nl < 0) return out;
    from = nl + 1;
  }
}

// ---------------------------------------------------------------- double quotes

function needsEscape(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0xfeff ||
    c === 0xfffe ||
    c === 0xffff
  );
}

function validSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
  }
  const b = s.charCodeAt(i - 1);
  return i > 0 && b >= 0xd800 && b <= 0xdbff;
}

function hex4(c: number): string {
  return "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
}

export function doubleQuote(s: string): string {
  let out = '"';
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c === 34) esc = '\\"';
    else if (c === 92) esc = "\\\\";
    else if (c < 0x20 || c >= 0x7f) {
      if (c === 10) esc = "\\n";
      else if (c === 9) esc = "\\t";
      else if (c === 13) esc = "\\r";
      else if (needsEscape(c)) esc = hex4(c);
      else if (c >= 0xd800 && c <= 0xdfff) {
        if (!validSurrogate(s, i)) esc = hex4(c);
        else if (c <= 0xdbff) i++; // keep the pair raw
      }
    }
    if (esc !== undefined) {
      out += s.slice(from, i) + esc;
      from = i + 1;
    }
  }
  return out + s.slice(from) + '"';
}
