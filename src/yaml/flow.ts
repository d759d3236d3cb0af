/** Flow collections that open and close on one line (JSON included). */
import { doubleQuoted, resolvePlain, singleQuoted } from "./scalars.ts";
import { bail, isIndicator, isWordChar, setProp } from "./subset.ts";

const MAX_FLOW_DEPTH = 64;

/** One-line flow collections: `[a, "b", {c: 1}]`, `{"a":1}`; anything fancier bails. */
export class FlowParser {
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
