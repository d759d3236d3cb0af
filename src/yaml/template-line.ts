/**
 * Capability template lines read the way the block parser (block.ts) would read them
 * once rendered, for the direct template compiler.
 */
import { isSeqItem } from "./block.ts";
import { inlineValue, parseKey } from "./inline.ts";
import { isMarker, ODD_CHARS, onlyComment, UNSUPPORTED } from "./subset.ts";

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
