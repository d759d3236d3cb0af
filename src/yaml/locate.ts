/**
 * Source positions for error messages, computed only when an error is reported:
 * the `yaml` library's AST (node ranges) plus a LineCounter. Parsed texts are
 * cached (a few, most recent) because many errors can point into one file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from "yaml";
import type { Document, Node } from "yaml";

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
}

interface Parsed {
  docs: Document[];
  lineCounter: LineCounter;
}

const CACHE_SIZE = 8;
const cache = new Map<string, Parsed>();

function parsed(text: string): Parsed {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text); // re-insert: most recently used last
    cache.set(text, hit);
    return hit;
  }
  const lineCounter = new LineCounter();
  const docs: Document[] = [];
  const all = parseAllDocuments(text, {
    version: "1.2",
    schema: "core",
    keepSourceTokens: true,
    prettyErrors: false,
    lineCounter,
  });
  for (let i = 0; i < all.length; i++) docs.push(all[i]!);
  const entry = { docs, lineCounter };
  cache.set(text, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry;
}

/**
 * Position of the value at `path` in document `docIndex` of `text`. When the path
 * does not exist, the deepest existing ancestor (for a missing property: the
 * mapping that lacks it; for a key with an empty value: the key).
 */
export function locate(text: string, docIndex: number, path: (string | number)[]): Position {
  const { docs, lineCounter } = parsed(text);
  const doc = docs[docIndex];
  if (!doc) return { line: 1, col: 1 };
  let node: Node | null = doc.contents;
  let offset = node?.range?.[0] ?? doc.range?.[0] ?? 0;
  for (const seg of path) {
    if (!node) break;
    let next: Node | null | undefined;
    let keyOffset: number | undefined;
    if (isMap(node)) {
      const want = String(seg);
      for (const pair of node.items) {
        const k: unknown = pair.key;
        const kv = isScalar(k) ? k.value : k;
        if (kv !== null && typeof kv === "object") continue;
        if (String(kv) === want) {
          next = pair.value as Node | null;
          if (isScalar(k) && k.range) keyOffset = k.range[0];
          break;
        }
      }
    } else if (isSeq(node) && typeof seg === "number") {
      next = node.items[seg] as Node | null | undefined;
    }
    if (next === undefined) break; // missing: stay on the parent
    const empty = next !== null && isScalar(next) && next.range?.[0] === next.range?.[1];
    if (next === null || !next.range || empty) {
      if (keyOffset !== undefined) offset = keyOffset;
      break;
    }
    node = next;
    offset = next.range[0];
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}
