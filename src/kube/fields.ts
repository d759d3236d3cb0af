/**
 * Strict fields (docs/architecture.md, "Strict fields"): a field an object's schema does
 * not declare is refused, as the API server's strict field validation refuses it, with the
 * closest declared field suggested. Bundled kinds walk the tree generated from the schema
 * packages (src/generated/kube-fields.ts); user CRDs walk a tree built from their openAPIV3Schema.
 * Free-form maps (labels, annotations, ConfigMap data, …) and
 * `x-kubernetes-preserve-unknown-fields` are open.
 */
import { FIELD_NODES, FIELD_ROOTS, type FieldNode } from "../generated/kube-fields.ts";
import { CURRENT_FIELD_NODES, CURRENT_FIELD_ROOTS } from "../generated/kube-current.ts";
import { pointerOf, type KubeProblem } from "./problems.ts";

/** A field tree: nodes by number, -1 = open; a node is { field: child } or { "": child } (a map). */
export interface FieldTree {
  readonly nodes: readonly FieldNode[];
  readonly root: number;
}

/** A field node that declares no fields: everything under it is open. */
export const OPEN = -1;
export const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The bundled kind's field tree, or undefined when capstan has none for it: the pinned
 * current packages' first (src/generated/kube-current.ts), so that fields newer than the installed
 * packages are known, then the installed packages'.
 */
export function bundledFieldTree(key: string): FieldTree | undefined {
  const current = CURRENT_FIELD_ROOTS.get(key);
  if (current !== undefined) return { nodes: CURRENT_FIELD_NODES, root: current };
  const root = FIELD_ROOTS.get(key);
  return root === undefined ? undefined : { nodes: FIELD_NODES, root };
}

/** Unknown fields of `obj` (at most `cap`), each with the closest declared field suggested. */
export function unknownFields(obj: unknown, tree: FieldTree, cap: number): KubeProblem[] {
  const out: KubeProblem[] = [];
  walk(obj, tree.root, [], tree.nodes, out, cap);
  return out;
}

/** `keys` is the path walked so far (a stack: a pointer is built only for a problem). */
function walk(
  v: unknown,
  n: number,
  keys: string[],
  nodes: readonly FieldNode[],
  out: KubeProblem[],
  cap: number,
): void {
  if (n === OPEN || v === null || typeof v !== "object" || out.length >= cap) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      keys.push(String(i));
      walk(v[i], n, keys, nodes, out, cap);
      keys.pop();
    }
    return;
  }
  const node = nodes[n]!;
  const rec = v as Record<string, unknown>;
  if (hasOwn(node, "")) {
    const child = node[""]!;
    for (const k in rec) descend(rec[k], child, k, keys, nodes, out, cap);
    return;
  }
  for (const k in rec) {
    if (!hasOwn(node, k)) {
      if (rec[k] === undefined) continue;
      if (out.length >= cap) return;
      out.push({ path: pointerOf(keys, k), message: unknownFieldMessage(k, Object.keys(node)) });
      continue;
    }
    descend(rec[k], node[k]!, k, keys, nodes, out, cap);
  }
}

/** `walk` into `v`, the value of key `k`, under node `n` — when `v` is an object under a closed node. */
function descend(
  v: unknown,
  n: number,
  k: string,
  keys: string[],
  nodes: readonly FieldNode[],
  out: KubeProblem[],
  cap: number,
): void {
  if (!descends(v, n)) return;
  keys.push(k);
  walk(v, n, keys, nodes, out, cap);
  keys.pop();
}

/** Whether `walk` would look inside `v` under node `n` (an object under a closed node). */
function descends(v: unknown, n: number): boolean {
  return n !== OPEN && v !== null && typeof v === "object";
}

export function unknownFieldMessage(field: string, known: readonly string[]): string {
  const near = closest(field, known);
  return near
    ? `unknown field ${JSON.stringify(field)}; did you mean \`${near}\`?`
    : `unknown field ${JSON.stringify(field)} (the schema declares: ${[...known].sort().join(", ")})`;
}

/** The known name closest to `word` (case-insensitive edit distance ≤ 1/3 of its length, at least 1). */
export function closest(word: string, known: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of [...known].sort()) {
    const d = distance(w, k.toLowerCase(), limit);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= limit ? best : undefined;
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The field tree of a CRD version's openAPIV3Schema: declared `properties` close an
 * object unless it preserves unknown fields; `additionalProperties` makes a map; items
 * are walked through; the root and embedded resources take apiVersion, kind, metadata.
 */
export function crdFieldTree(schema: unknown): FieldTree {
  const nodes: FieldNode[] = [];
  const build = (s: unknown, resource: boolean): number => {
    if (!isObj(s) || s["x-kubernetes-preserve-unknown-fields"] === true) return OPEN;
    // properties beside additionalProperties (not a structural schema): as ajv, open
    if (isObj(s.properties) && (s.additionalProperties === true || isObj(s.additionalProperties)))
      return OPEN;
    if (isObj(s.items) || Array.isArray(s.items)) return build(s.items, false);
    const embedded = resource || s["x-kubernetes-embedded-resource"] === true;
    if (isObj(s.properties)) {
      const id = nodes.length;
      const node: Record<string, number> = {};
      nodes.push(node);
      if (embedded) for (const k of ["apiVersion", "kind", "metadata"]) node[k] = OPEN;
      for (const [k, v] of Object.entries(s.properties)) node[k] = build(v, false);
      return id;
    }
    if (isObj(s.additionalProperties)) {
      const child = build(s.additionalProperties, false);
      if (child === OPEN) return OPEN;
      nodes.push({ "": child });
      return nodes.length - 1;
    }
    return OPEN;
  };
  return { nodes, root: build(schema, true) };
}
