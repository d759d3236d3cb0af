/** Scalars on one line: plain ones resolved by the YAML 1.2 core schema, and quoted ones. */
import { bail } from "./subset.ts";

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

export interface Quoted {
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
export function doubleQuoted(s: string, i: number): Quoted {
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
export function singleQuoted(s: string, i: number): Quoted {
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
