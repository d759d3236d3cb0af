/**
 * A line diff (Myers' O(ND) algorithm) and unified-diff hunks with context.
 * Pure and dependency-free; the inputs are small (one Kubernetes object each),
 * so the edit script is kept whole. Common prefix and suffix are trimmed first.
 */

export type EditOp = " " | "-" | "+";

export interface Edit {
  op: EditOp;
  line: string;
}

/** Beyond this many differences the diff is "replace everything": cheap and still correct. */
const MAX_EDIT_DISTANCE = 4000;

/** The shortest edit script turning `a` into `b`, as kept / removed / added lines. */
export function diffLines(a: string[], b: string[]): Edit[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    a[a.length - 1 - suf] === b[b.length - 1 - suf]
  )
    suf++;
  const head: Edit[] = a.slice(0, pre).map((line) => ({ op: " ", line }));
  const tail: Edit[] = a.slice(a.length - suf).map((line) => ({ op: " ", line }));
  const mid = myers(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf));
  return [...head, ...mid, ...tail];
}

function myers(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  if (!n) return b.map((line) => ({ op: "+", line }));
  if (!m) return a.map((line) => ({ op: "-", line }));
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!)
          ? v[off + k + 1]!
          : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0)
    return [
      ...a.map((line) => ({ op: "-" as const, line })),
      ...b.map((line) => ({ op: "+" as const, line })),
    ];
  // Walk the trace back from (n, m) to (0, 0).
  const out: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1]! < vd[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: " ", line: a[--x]! });
      y--;
    }
    if (x === prevX) out.push({ op: "+", line: b[--y]! });
    else out.push({ op: "-", line: a[--x]! });
  }
  while (x > 0 && y > 0) {
    out.push({ op: " ", line: a[--x]! });
    y--;
  }
  return out.reverse();
}

/** Splits text into lines; a final newline does not make an empty last line. */
export function splitLines(text: string): string[] {
  if (!text) return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export interface DiffStat {
  added: number;
  removed: number;
}

/**
 * Unified diff hunks (`@@ -a,b +c,d @@` and ` `/`-`/`+` lines) with `context` lines
 * around each change, without file headers. Empty when the texts are equal.
 */
export function unifiedDiff(before: string, after: string, context = 3): string {
  return unifiedFromEdits(diffLines(splitLines(before), splitLines(after)), context);
}

export function unifiedFromEdits(edits: Edit[], context = 3): string {
  const changed: number[] = [];
  edits.forEach((e, i) => {
    if (e.op !== " ") changed.push(i);
  });
  if (!changed.length) return "";
  // Group changes whose context windows touch into hunks.
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const start = Math.max(0, i - context);
    const end = Math.min(edits.length, i + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else hunks.push([start, end]);
  }
  // Line numbers (1-based) in a and b at each edit index.
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
  const out: string[] = [];
  for (const [s, e] of hunks) {
    const slice = edits.slice(s, e);
    const aLen = slice.filter((x) => x.op !== "+").length;
    const bLen = slice.filter((x) => x.op !== "-").length;
    const aStart = aLen ? aAt[s]! : aAt[s]! - 1;
    const bStart = bLen ? bAt[s]! : bAt[s]! - 1;
    out.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@`);
    for (const x of slice) out.push(x.op + x.line);
  }
  return out.join("\n") + "\n";
}

function range(start: number, len: number): string {
  return len === 1 ? String(start) : `${start},${len}`;
}

/** Added and removed line counts of a unified diff. */
export function diffStat(diff: string): DiffStat {
  let added = 0;
  let removed = 0;
  for (const l of diff.split("\n")) {
    if (l.startsWith("+")) added++;
    else if (l.startsWith("-")) removed++;
  }
  return { added, removed };
}

/** Share of lines two texts have in common (Dice coefficient over the LCS), 0…1. */
export function similarity(before: string, after: string): number {
  const a = splitLines(before);
  const b = splitLines(after);
  if (!a.length && !b.length) return 1;
  const same = diffLines(a, b).filter((e) => e.op === " ").length;
  return (2 * same) / (a.length + b.length);
}
