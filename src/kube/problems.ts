/** ajv errors → readable, de-duplicated KubeProblems. */

export interface KubeProblem {
  /** JSON pointer into the object, e.g. "/spec/replicas" ("" = the object itself). */
  path: string;
  message: string;
}

/** The subset of an ajv ErrorObject that both precompiled and runtime validators produce. */
export interface AjvLikeError {
  instancePath: string;
  keyword: string;
  params?: Record<string, unknown>;
  message?: string;
}

export const MAX_PROBLEMS_PER_OBJECT = 20;

export function escapePointer(token: string): string {
  // the usual key has neither character: no regex run (the field walks call this per key)
  if (token.indexOf("~") === -1 && token.indexOf("/") === -1) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The JSON pointer of a walk's keys so far and `last` (the walks keep keys, not pointers). */
export function pointerOf(keys: readonly string[], last: string): string {
  let p = "";
  for (const k of keys) p += `/${escapePointer(k)}`;
  return `${p}/${escapePointer(last)}`;
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, token)
      ? (cur as Record<string, unknown>)[token]
      : undefined;
  }
  return cur;
}

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || typeof v !== "object") return String(v);
  return Array.isArray(v) ? "an array" : "an object";
}

/** Lower rank = more useful; combinators only explain "something below failed". */
function rank(keyword: string): number {
  switch (keyword) {
    case "required":
      return 0;
    case "additionalProperties":
      return 1;
    case "type":
      return 2;
    case "enum":
    case "const":
      return 3;
    case "oneOf":
    case "anyOf":
    case "allOf":
    case "not":
    case "if":
    case "then":
    case "else":
      return 9;
    default:
      return 5;
  }
}

function str(v: unknown): string {
  return Array.isArray(v) ? v.map(String).join(" or ") : String(v);
}

function messageFor(e: AjvLikeError, root: unknown): string {
  const p = e.params ?? {};
  switch (e.keyword) {
    case "required":
      return `must have required property '${String(p.missingProperty)}'`;
    case "type":
      return `must be ${str(p.type)}`;
    case "enum": {
      const allowed = Array.isArray(p.allowedValues)
        ? p.allowedValues.map((x) => (typeof x === "string" ? x : JSON.stringify(x)))
        : [];
      return `unknown enum value ${describe(valueAt(root, e.instancePath))}; allowed: ${allowed.join(", ")}`;
    }
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "format":
      return `must match format "${String(p.format)}"`;
    case "pattern":
      return `must match pattern "${String(p.pattern)}"`;
    case "oneOf":
    case "anyOf":
      return `does not match any allowed shape (${describe(valueAt(root, e.instancePath))})`;
    default:
      return e.message ?? `failed ${e.keyword} check`;
  }
}

const isQuantityFormat = (e: AjvLikeError): boolean =>
  e.keyword === "format" && e.params?.format === "quantity";

/**
 * One problem per instancePath (required/type errors at one path are merged),
 * most specific keyword first, capped.
 */
export function ajvToProblems(
  errors: readonly AjvLikeError[],
  root: unknown,
  cap = MAX_PROBLEMS_PER_OBJECT,
): KubeProblem[] {
  const byPath = new Map<string, AjvLikeError[]>();
  for (const e of errors) {
    let path = e.instancePath;
    if (
      e.keyword === "additionalProperties" &&
      e.params &&
      typeof e.params.additionalProperty === "string"
    ) {
      path = `${path}/${escapePointer(e.params.additionalProperty)}`;
    }
    const list = byPath.get(path);
    if (list) list.push(e);
    else byPath.set(path, [e]);
  }
  const out: KubeProblem[] = [];
  for (const [path, list] of byPath) {
    const best = Math.min(...list.map((e) => rank(e.keyword)));
    const top = list.filter((e) => rank(e.keyword) === best);
    const first = top[0];
    if (!first) continue;
    let message: string;
    if (list.some(isQuantityFormat)) {
      message = `${describe(valueAt(root, path))} is not a Kubernetes quantity (e.g. 250m, 0.5, 1Gi, 512Mi)`;
    } else if (first.keyword === "required") {
      const names = [...new Set(top.map((e) => `'${String(e.params?.missingProperty)}'`))];
      message =
        names.length === 1
          ? `must have required property ${names[0]}`
          : `must have required properties ${names.join(", ")}`;
    } else if (first.keyword === "type") {
      const types = [...new Set(top.flatMap((e) => str(e.params?.type).split(" or ")))];
      message = `must be ${types.join(" or ")}`;
    } else if (first.keyword === "additionalProperties") {
      message = `unknown field ${JSON.stringify(String(first.params?.additionalProperty))}`;
    } else {
      message = messageFor(first, root);
    }
    out.push({ path, message });
    if (out.length >= cap) break;
  }
  return out;
}
