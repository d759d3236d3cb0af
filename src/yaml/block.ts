/**
 * Block collections: mappings and sequences by indentation (compact `- key: v` and
 * `- - a` forms, sequences at their parent key's indentation), and literal and folded
 * block scalars. Each line's key and inline value are read by inline.ts.
 */
import { inlineValue, parseKey } from "./inline.ts";
import { bail, isBlockIndicator, onlyComment, setProp } from "./subset.ts";

export interface Line {
  s: string;
  /** Column (0-based) where this line's content starts; moved right for `- ` items. */
  ind: number;
  /** index of the line among all of its document's lines (blank and comment lines too) */
  r: number;
}

/** Every line of a document, blank and comment lines too: block scalars read them. */
export interface RawLines {
  text: string;
  /** start and end offset in `text` of line i at [2i], [2i + 1] (end excludes the line break) */
  at: number[];
}

export function isSeqItem(l: Line): boolean {
  return (
    l.s.charCodeAt(l.ind) === 45 && (l.ind + 1 === l.s.length || l.s.charCodeAt(l.ind + 1) === 32)
  );
}

export class BlockParser {
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
