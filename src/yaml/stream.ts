/**
 * The subset parser's entry (fast.ts): a stream split into documents and their content
 * lines, each document parsed by the block parser; undefined when the stream needs the
 * `yaml` library.
 */
import type { ParsedDocument } from "./parsed.ts";
import { BlockParser, type Line, type RawLines } from "./block.ts";
import { bail, isMarker, ODD_CHARS, onlyComment, UNSUPPORTED } from "./subset.ts";

/** The stream's documents, or undefined when the fast path gives up on it. */
export function fastParse(input: string): ParsedDocument[] | undefined {
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

function parseDocument(lines: Line[], raw: RawLines): unknown {
  if (lines.length === 0) return null;
  const p = new BlockParser(lines, raw);
  const value = p.node();
  if (p.pos < lines.length) bail();
  return value;
}
