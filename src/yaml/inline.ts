/**
 * What one block line holds after its indentation and `- ` markers: an implicit key
 * (`key:`), and a value that ends the line — plain, quoted or a one-line flow collection.
 */
import { FlowParser } from "./flow.ts";
import { doubleQuoted, resolvePlain, singleQuoted } from "./scalars.ts";
import { bail, isIndicator, onlyComment } from "./subset.ts";

export interface Key {
  key: string;
  /** Index just after the `:`. */
  valueStart: number;
}

/** The implicit key at s[i..] (`key:` followed by a space or end of line), or undefined if the line is not a `key:` line. */
export function parseKey(s: string, i: number): Key | undefined {
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

/** The value at s[i..] that must end the line (optionally followed by a comment). */
export function inlineValue(s: string, i: number): unknown {
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
