// Field trees of Kubernetes kinds read from kubernetes-models type declarations; shared by
// scripts/gen-kube-fields.mjs (the installed packages) and scripts/gen-kube-current.mjs
// (the pinned current packages). See docs/architecture.md, "The output contract".
import ts from "typescript";

const OPEN = -1;

/**
 * Field tree nodes: a closed object is { field: child }; a map whose values are objects
 * is { "": child } ("" is never a field name); OPEN (-1) is anything goes (scalars,
 * free-form maps, any).
 */
/** kinds: { key, kind, dts }[] (sorted by key) → { table, roots } */
export function buildTrees(kinds, options = {}) {
  const program = ts.createProgram(
    kinds.map((k) => k.dts),
    { strict: true, noEmit: true, skipLibCheck: true, types: [], ...options },
  );
  const checker = program.getTypeChecker();
  const nodes = [];
  const memo = new Map();

  const strip = (t) => {
    let cur = checker.getNonNullableType(t);
    while (checker.isArrayType(cur) || checker.isTupleType(cur)) {
      const args = checker.getTypeArguments(cur);
      cur = checker.getNonNullableType(args[0] ?? cur);
      if (!args[0]) break;
    }
    return cur;
  };
  const objectParts = (t) =>
    (t.isUnion() ? t.types : [t]).filter((x) => x.flags & ts.TypeFlags.Object);

  function nodeOf(type, at) {
    const t = strip(type);
    if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return OPEN;
    const parts = objectParts(t);
    if (parts.length === 0) return OPEN;
    if (memo.has(t)) return memo.get(t);
    const props = new Map();
    let index;
    for (const p of parts) {
      if (checker.isArrayType(p)) return OPEN;
      const idx = checker.getIndexInfoOfType(p, ts.IndexKind.String);
      if (idx) index = idx.type;
      for (const s of checker.getPropertiesOfType(p)) props.set(s.getName(), s);
    }
    if (index !== undefined && props.size > 0) return OPEN; // a map with some named keys
    if (index === undefined && props.size === 0) return OPEN; // `object`, `{}`
    const id = nodes.length;
    memo.set(t, id);
    nodes.push(null);
    if (index !== undefined) {
      const child = nodeOf(index, at);
      nodes[id] = child === OPEN ? OPEN : { "": child };
      if (child === OPEN) memo.set(t, OPEN);
      return nodes[id] === OPEN ? OPEN : id;
    }
    const node = {};
    for (const name of [...props.keys()].sort()) {
      const s = props.get(name);
      node[name] = nodeOf(checker.getTypeOfSymbolAtLocation(s, at), at);
    }
    nodes[id] = node;
    return id;
  }

  const roots = new Map();
  for (const k of kinds) {
    const sf = program.getSourceFile(k.dts);
    if (!sf) throw new Error(`gen-kube-fields: cannot read ${k.dts}`);
    let decl;
    sf.forEachChild((n) => {
      if (ts.isInterfaceDeclaration(n) && n.name.text === `I${k.kind}`) decl = n;
    });
    if (!decl) throw new Error(`gen-kube-fields: no interface I${k.kind} in ${k.dts}`);
    roots.set(k.key, nodeOf(checker.getTypeAtLocation(decl), decl));
  }
  return compact(nodes, roots);
}

/** Shares identical nodes and renumbers them in the order a sorted walk from the roots meets them. */
function compact(nodes, roots) {
  const rep = nodes.map((_, i) => i);
  const find = (i) => (i < 0 ? i : rep[i] === i ? i : (rep[i] = find(rep[i])));
  for (;;) {
    const byKey = new Map();
    let merged = 0;
    nodes.forEach((n, i) => {
      if (find(i) !== i || n === OPEN) return;
      const key = JSON.stringify(Object.entries(n).map(([f, c]) => [f, find(c)]));
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, i);
      else {
        rep[i] = other;
        merged++;
      }
    });
    if (!merged) break;
  }
  const order = new Map();
  const walk = (i) => {
    const r = find(i);
    if (r < 0 || order.has(r)) return;
    order.set(r, order.size);
    const n = nodes[r];
    for (const f of Object.keys(n).sort()) walk(n[f]);
  };
  for (const key of [...roots.keys()].sort()) walk(roots.get(key));
  const num = (i) => {
    const r = find(i);
    return r < 0 ? r : order.get(r);
  };
  const table = [...order.keys()].map((r) => {
    const n = nodes[r];
    const o = {};
    for (const f of Object.keys(n).sort()) o[f] = num(n[f]);
    return o;
  });
  const rootNums = [...roots.keys()].sort().map((k) => [k, num(roots.get(k))]);
  return { table, roots: rootNums };
}
