/**
 * The complete helper set of the template dialect (documented in
 * docs/capability-format.md). Helpers are pure; Handlebars passes an `options`
 * object last, which `args()` strips.
 */
type HelperFn = (...args: unknown[]) => unknown;

function args(a: unknown[]): unknown[] {
  return a.slice(0, -1);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

function num(v: unknown, helper: string): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new Error(`${helper}: ${JSON.stringify(v)} is not a number`);
  return n;
}

/** Copies own enumerable data properties only; `__proto__` stays an inert key. */
function assignSafe(target: Record<string, unknown>, src: Record<string, unknown>): void {
  for (const k of Object.keys(src)) {
    Object.defineProperty(target, k, {
      value: src[k],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

export const HELPERS: Record<string, HelperFn> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  lt: (a, b) => (a as number) < (b as number),
  le: (a, b) => (a as number) <= (b as number),
  gt: (a, b) => (a as number) > (b as number),
  ge: (a, b) => (a as number) >= (b as number),
  and: (...a) => args(a).every(Boolean),
  or: (...a) => args(a).some(Boolean),
  not: (a) => !a,
  defined: (a) => a !== undefined && a !== null,
  default: (a, b) => (a === undefined || a === null || a === "" ? b : a),
  ternary: (c, a, b) => (c ? a : b),
  lower: (s) => str(s).toLowerCase(),
  upper: (s) => str(s).toUpperCase(),
  trim: (s) => str(s).trim(),
  concat: (...a) => args(a).map(str).join(""),
  join: (list, sep) =>
    Array.isArray(list) ? list.map(str).join(typeof sep === "string" ? sep : ",") : str(list),
  split: (s, sep) => str(s).split(typeof sep === "string" ? sep : ","),
  replace: (s, from, to) => str(s).split(str(from)).join(str(to)),
  startsWith: (s, p) => str(s).startsWith(str(p)),
  endsWith: (s, p) => str(s).endsWith(str(p)),
  contains: (h, x) =>
    Array.isArray(h) ? h.includes(x) : typeof h === "string" ? h.includes(str(x)) : false,
  len: (x) =>
    Array.isArray(x) || typeof x === "string"
      ? x.length
      : isPlainObject(x)
        ? Object.keys(x).length
        : 0,
  add: (a, b) => num(a, "add") + num(b, "add"),
  sub: (a, b) => num(a, "sub") - num(b, "sub"),
  mul: (a, b) => num(a, "mul") * num(b, "mul"),
  div: (a, b) => {
    const d = num(b, "div");
    if (d === 0) throw new Error("div: division by zero");
    return num(a, "div") / d;
  },
  int: (x) => Math.trunc(num(x, "int")),
  str: (x) => str(x),
  quantity: (x) => str(x),
  b64enc: (s) => Buffer.from(str(s), "utf8").toString("base64"),
  merge: (...a) => {
    const out: Record<string, unknown> = {};
    for (const o of args(a)) if (isPlainObject(o)) assignSafe(out, o);
    return out;
  },
  pick: (o, ...a) => {
    const out: Record<string, unknown> = {};
    if (!isPlainObject(o)) return out;
    for (const k of args(a).map(str))
      if (Object.prototype.hasOwnProperty.call(o, k)) assignSafe(out, { [k]: o[k] });
    return out;
  },
  omit: (o, ...a) => {
    const out: Record<string, unknown> = {};
    if (!isPlainObject(o)) return out;
    const drop = new Set(args(a).map(str));
    for (const k of Object.keys(o)) if (!drop.has(k)) assignSafe(out, { [k]: o[k] });
    return out;
  },
  list: (...a) => args(a),
  dict: (...a) => {
    const kv = args(a);
    const out: Record<string, unknown> = {};
    for (let i = 0; i + 1 < kv.length; i += 2) assignSafe(out, { [str(kv[i])]: kv[i + 1] });
    return out;
  },
  first: (l) => (Array.isArray(l) ? l[0] : undefined),
  rest: (l) => (Array.isArray(l) ? l.slice(1) : []),
  keys: (o) => (isPlainObject(o) ? Object.keys(o).sort() : []),
  values: (o) =>
    isPlainObject(o)
      ? Object.keys(o)
          .sort()
          .map((k) => o[k])
      : [],
  pluck: (l, k) =>
    Array.isArray(l) ? l.map((x) => (isPlainObject(x) ? x[str(k)] : undefined)) : [],
  some: (l, k) => Array.isArray(l) && l.some((x) => isPlainObject(x) && Boolean(x[str(k)])),
  unique: (l, k) => {
    if (!Array.isArray(l)) return [];
    const seen = new Set<unknown>();
    return l.filter((x) => {
      const id = isPlainObject(x) ? x[str(k)] : x;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  },
  fail: (msg) => {
    throw new Error(str(msg));
  },
  toPairs: (o) =>
    isPlainObject(o)
      ? Object.keys(o)
          .sort()
          .map((k) => ({ key: k, value: o[k] }))
      : [],
};

/** Block helpers Handlebars provides that the dialect allows. */
export const BUILTIN_BLOCK_HELPERS = ["if", "unless", "each", "with"];

/**
 * JSON-encodes a value so it stands as one YAML flow value on one line.
 * JSON.stringify leaves U+2028/U+2029 raw; they are escaped too.
 */
export function jsonValue(v: unknown): string {
  if (v === undefined) return "null";
  if (typeof v === "number" && !Number.isFinite(v)) return "null";
  const s = JSON.stringify(v) ?? "null";
  return s.replace(
    /[\u2028\u2029\u0085]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}
