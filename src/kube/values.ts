/**
 * The API server's value rules that the OpenAPI schemas do not carry, checked offline on
 * every object capstan writes (docs/architecture.md, "Value rules"): namespace names,
 * label keys and values, annotation keys and total size, port numbers. The walk over a
 * built-in kind's object also carries its unknown-field check (fields.ts), so each object
 * is walked once for both.
 */
import { escapePointer, pointerOf, type KubeProblem } from "./problems.ts";
import { hasOwn, OPEN, unknownFieldMessage, unknownFields, type FieldTree } from "./fields.ts";

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** a qualified name's name part, and a label value (which may also be empty) */
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
/** the API server's limit on an object's annotations, keys and values together */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;
const PORT_FIELDS = new Set(["port", "containerPort", "hostPort", "targetPort", "nodePort"]);

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Strings already found valid, per rule: the same label keys, label values and namespaces
 * recur on almost every object of a render, and a Set lookup costs less than the regex.
 * Bounded: cleared when full, so a long run keeps a small set.
 */
class ValidSet {
  private readonly seen = new Set<string>();
  has(s: string): boolean {
    return this.seen.has(s);
  }
  add(s: string): void {
    if (this.seen.size >= 4096) this.seen.clear();
    this.seen.add(s);
  }
}
const validNamespaces = new ValidSet();
const validKeys = new ValidSet();
const validLabelValues = new ValidSet();

/** Why `ns` is not a namespace name (a DNS-1123 label), or undefined when it is one. */
export function namespaceNameProblem(ns: string): string | undefined {
  if (validNamespaces.has(ns)) return undefined;
  if (ns.length <= 63 && DNS1123_LABEL.test(ns)) {
    validNamespaces.add(ns);
    return undefined;
  }
  return `namespace ${JSON.stringify(ns)} is not a valid namespace name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (DNS-1123 label)`;
}

/** Why `key` is not a label or annotation key (`[prefix/]name`), or undefined. */
export function qualifiedKeyProblem(key: string): string | undefined {
  if (validKeys.has(key)) return undefined;
  const slash = key.lastIndexOf("/");
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)))
    return `key ${JSON.stringify(key)}: the prefix before '/' must be a DNS-1123 subdomain (lower-case letters, digits, '-' and '.')`;
  if (name.length > 63 || !QUALIFIED_NAME.test(name))
    return `key ${JSON.stringify(key)} is not a valid key: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (an optional DNS prefix before '/')`;
  validKeys.add(key);
  return undefined;
}

/** Why `value` is not a label value, or undefined. */
export function labelValueProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return `label value ${JSON.stringify(value)} must be a string`;
  if (value === "" || validLabelValues.has(value)) return undefined;
  if (value.length <= 63 && QUALIFIED_NAME.test(value)) {
    validLabelValues.add(value);
    return undefined;
  }
  return `label value ${JSON.stringify(value)} is not valid: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (or empty)`;
}

/** What the walk over one object found: value-rule and unknown-field problems, at most `cap` each. */
export interface WalkProblems {
  values: KubeProblem[];
  fields: KubeProblem[];
}

/**
 * The value-rule problems of one object and, given its kind's field `tree`, its unknown
 * fields (fields.ts), found in one walk over the object. The object's own metadata is
 * checked for every kind; for built-in kinds (`deep`) so are the nested ones (pod
 * templates), label selectors and port numbers, which the API server validates there —
 * a custom resource's nested fields only meet its schema (an ApplicationSet's template
 * labels hold placeholders, for one).
 */
export function valueProblems(
  obj: Json,
  cap: number,
  deep: boolean,
  tree?: FieldTree,
): WalkProblems {
  const values: KubeProblem[] = [];
  const meta = obj.metadata;
  if (isObj(meta) && typeof meta.namespace === "string") {
    const bad = namespaceNameProblem(meta.namespace);
    if (bad) values.push({ path: "/metadata/namespace", message: bad });
  }
  if (deep) {
    const w: Walk = { nodes: tree?.nodes ?? [], values, fields: [], cap };
    walk(obj, tree ? tree.root : OPEN, [], undefined, w);
    return { values: values.slice(0, cap), fields: w.fields };
  }
  if (isObj(meta)) {
    if (isObj(meta.labels)) labelProblems(meta.labels, META, "labels", values);
    if (isObj(meta.annotations)) annotationProblems(meta.annotations, META, "annotations", values);
  }
  return { values: values.slice(0, cap), fields: tree ? unknownFields(obj, tree, cap) : [] };
}

interface Walk {
  readonly nodes: FieldTree["nodes"];
  readonly values: KubeProblem[];
  readonly fields: KubeProblem[];
  readonly cap: number;
}

/**
 * The nested values of `v` under field node `n` (OPEN: no field is unknown there), in the
 * order `unknownFields` would visit them; `keys` is the path walked so far (a stack: a
 * pointer is built only for a problem). Labels, annotations and ports are leaves of the
 * field trees, so not descending into them loses no unknown field.
 */
function walk(v: object, n: number, keys: string[], parent: string | undefined, w: Walk): void {
  if (w.values.length >= w.cap && (n === OPEN || w.fields.length >= w.cap)) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (x === null || typeof x !== "object") continue;
      keys.push(String(i));
      walk(x, n, keys, parent, w);
      keys.pop();
    }
    return;
  }
  const rec = v as Record<string, unknown>;
  const node = n === OPEN ? undefined : w.nodes[n]!;
  const map = node !== undefined && hasOwn(node, "") ? node[""]! : undefined;
  for (const k in rec) {
    const x = rec[k];
    let child = OPEN;
    if (map !== undefined) child = map;
    else if (node !== undefined) {
      if (hasOwn(node, k)) child = node[k]!;
      else if (x !== undefined && w.fields.length < w.cap)
        w.fields.push({
          path: pointerOf(keys, k),
          message: unknownFieldMessage(k, Object.keys(node)),
        });
    }
    if (isObj(x) && ((k === "labels" && parent === "metadata") || k === "matchLabels"))
      labelProblems(x, keys, k, w.values);
    else if (isObj(x) && k === "annotations" && parent === "metadata")
      annotationProblems(x, keys, k, w.values);
    else if (PORT_FIELDS.has(k) && typeof x === "number") portProblem(k, x, keys, w.values);
    else if (x !== null && typeof x === "object") {
      keys.push(k);
      walk(x, child, keys, k, w);
      keys.pop();
    }
  }
}

const META = ["metadata"];

/** The labels at `keys`/`last` (a pointer is built only for a problem). */
function labelProblems(labels: Json, keys: string[], last: string, out: KubeProblem[]): void {
  for (const k in labels) {
    const bad = qualifiedKeyProblem(k) ?? labelValueProblem(labels[k]);
    if (bad)
      out.push({
        path: `${pointerOf(keys, last)}/${escapePointer(k)}`,
        message: bad.replace(/^key/, "label key"),
      });
  }
}

function annotationProblems(
  annotations: Json,
  keys: string[],
  last: string,
  out: KubeProblem[],
): void {
  let units = 0;
  for (const k in annotations) {
    const v = annotations[k];
    const bad = qualifiedKeyProblem(k);
    if (bad)
      out.push({
        path: `${pointerOf(keys, last)}/${escapePointer(k)}`,
        message: bad.replace(/^key/, "annotation key"),
      });
    units += k.length + (typeof v === "string" ? v.length : 0);
  }
  // UTF-8 takes at most 3 bytes per UTF-16 unit: the exact size only near the limit
  const size = units * 3 <= ANNOTATIONS_MAX_BYTES ? 0 : annotationBytes(annotations);
  if (size > ANNOTATIONS_MAX_BYTES)
    out.push({
      path: pointerOf(keys, last),
      message: `annotations total ${size} bytes; the API server's limit is ${ANNOTATIONS_MAX_BYTES} (256 KiB)`,
    });
}

function annotationBytes(annotations: Json): number {
  let size = 0;
  for (const k in annotations) {
    const v = annotations[k];
    size += Buffer.byteLength(k) + (typeof v === "string" ? Buffer.byteLength(v) : 0);
  }
  return size;
}

function portProblem(field: string, n: number, keys: string[], out: KubeProblem[]): void {
  const min = field === "hostPort" ? 0 : 1;
  if (Number.isInteger(n) && n >= min && n <= 65535) return;
  out.push({
    path: pointerOf(keys, field),
    message: `${field} ${n} is not a port number (${min}–65535)`,
  });
}
