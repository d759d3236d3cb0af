/**
 * "did you mean": the closest of the names a mistyped one could have meant, by edit
 * distance (a transposition counts once), when it is close enough to be a typo.
 * Pure: a name and candidates in, a hint or "" out.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The candidate `name` most likely meant, if any is within a typo's distance. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length < 3) return undefined;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const dist = c.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, c);
    // A name cut short or ending differently (`stage` for `staging`, `prod` for `production`).
    const stem = commonPrefix(name, c) >= Math.max(3, name.length - 1);
    if ((dist <= limit || stem) && dist < bestD) [best, bestD] = [c, dist];
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** `; did you mean "webservice"?` — or "" when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const c = closest(name, candidates);
  return c === undefined ? "" : `; did you mean "${c}"?`;
}

/** The property names a JSON Schema allows at `pointer` (`/a/0/b`), for "did you mean". */
export function schemaProperties(schema: unknown, pointer: string): string[] {
  let nodes: unknown[] = [schema];
  for (const seg of pointer.split("/").slice(1)) {
    const next: unknown[] = [];
    for (const n of expand(nodes)) {
      const s = n as Record<string, unknown>;
      const props = s.properties as Record<string, unknown> | undefined;
      if (props && seg in props) next.push(props[seg]);
      if (/^\d+$/.test(seg) && s.items) next.push(s.items);
      if (s.additionalProperties && typeof s.additionalProperties === "object")
        next.push(s.additionalProperties);
    }
    nodes = next;
  }
  return [
    ...new Set(
      expand(nodes).flatMap((n) =>
        Object.keys(((n as Record<string, unknown>).properties as object | undefined) ?? {}),
      ),
    ),
  ];
}

/** A schema with its allOf/anyOf/oneOf branches, each an object. */
function expand(nodes: unknown[]): unknown[] {
  const out: unknown[] = [];
  const visit = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    out.push(n);
    const s = n as Record<string, unknown>;
    for (const k of ["allOf", "anyOf", "oneOf"])
      if (Array.isArray(s[k])) for (const b of s[k] as unknown[]) visit(b);
  };
  nodes.forEach(visit);
  return out;
}

/** ` (did you mean "webservice"?)`, for the middle of a sentence — or "". */
export function didYouMeanInline(name: string, candidates: Iterable<string>): string {
  const c = closest(name, candidates);
  return c === undefined ? "" : ` (did you mean "${c}"?)`;
}
