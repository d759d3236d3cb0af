/**
 * Patch semantics shared by traits, overrides and policies (docs/design.md, "Patches"):
 * strategic merge (maps merge recursively; some lists merge by key; other
 * lists are replaced; null deletes), RFC 7396 merge patch, RFC 6902 JSON patch.
 * Every function returns new values and never mutates its inputs; keys like
 * `__proto__` are ordinary data.
 */
import { isObj, type Obj } from "../common/json.ts";

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function setKey(o: Obj, k: string, v: unknown): void {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

export function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (isObj(v)) {
    const o: Obj = {};
    for (const k of Object.keys(v)) setKey(o, k, clone(v[k]));
    return o as T;
  }
  return v;
}

/** List merge keys by the list's property name (Kubernetes' strategic-merge keys). */
function mergeKeyFor(prop: string | undefined, items: unknown[]): string | undefined {
  switch (prop) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "volumeClaimTemplates":
      return "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "hostAliases":
      return "ip";
    case "ports": {
      const first = items.find(isObj);
      if (first && "containerPort" in first) return "containerPort";
      if (first && "port" in first) return "port";
      return undefined;
    }
    default:
      return undefined;
  }
}

export function strategicMerge(target: unknown, patch: unknown, prop?: string): unknown {
  if (isObj(patch)) {
    const base = isObj(target) ? target : {};
    const out: Obj = {};
    for (const k of Object.keys(base)) setKey(out, k, base[k]);
    for (const k of Object.keys(patch)) {
      const pv = patch[k];
      if (pv === null) delete out[k];
      else setKey(out, k, strategicMerge(base[k], pv, k));
    }
    return out;
  }
  if (Array.isArray(patch) && Array.isArray(target)) {
    const key = mergeKeyFor(prop, [...patch, ...target]);
    if (!key) return clone(patch);
    const out = target.map((x) => x);
    for (const item of patch) {
      if (!isObj(item) || !(key in item)) {
        out.push(clone(item));
        continue;
      }
      const i = out.findIndex((t) => isObj(t) && t[key] === item[key]);
      if (i >= 0) {
        if (item.$patch === "delete") out.splice(i, 1);
        else out[i] = strategicMerge(out[i], item, undefined);
      } else if (item.$patch !== "delete") out.push(clone(item));
    }
    return out;
  }
  return clone(patch);
}

/** RFC 7396 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return clone(patch);
  const base = isObj(target) ? target : {};
  const out: Obj = {};
  for (const k of Object.keys(base)) setKey(out, k, base[k]);
  for (const k of Object.keys(patch)) {
    if (patch[k] === null) delete out[k];
    else setKey(out, k, mergePatch(base[k], patch[k]));
  }
  return out;
}

export class PatchError extends Error {}

/**
 * RFC 6902 JSON patch (add, remove, replace, move, copy, test). A `replace` of an object
 * member that does not exist yet adds it, as KubeVela's JSON-patch library does; each
 * such operation is described in `notes` (when given) so the caller can say so.
 */
export function jsonPatch(doc: unknown, ops: unknown, notes?: string[]): unknown {
  if (!Array.isArray(ops)) throw new PatchError("jsonPatch must be a list of operations");
  // no up-front copy: put/del copy the objects along the path they change, values are cloned in
  let cur = doc;
  ops.forEach((op, i) => {
    if (!isObj(op) || typeof op.op !== "string" || typeof op.path !== "string")
      throw new PatchError(`operation ${i}: needs "op" and "path"`);
    const where = `operation ${i} (${op.op} ${op.path})`;
    try {
      switch (op.op) {
        case "add":
          cur = put(cur, parsePointer(op.path), clone(op.value), "add");
          break;
        case "remove":
          cur = del(cur, parsePointer(op.path));
          break;
        case "replace": {
          const path = parsePointer(op.path);
          if (missingMember(cur, path)) {
            notes?.push(
              `${where}: ${op.path} does not exist yet; replaced as add, as KubeVela does (RFC 6902 would fail)`,
            );
            cur = put(cur, path, clone(op.value), "add");
            break;
          }
          get(cur, path);
          cur = put(cur, path, clone(op.value), "replace");
          break;
        }
        case "move": {
          const from = parsePointer(String(op.from));
          const v = get(cur, from);
          cur = put(del(cur, from), parsePointer(op.path), v, "add");
          break;
        }
        case "copy":
          cur = put(
            cur,
            parsePointer(op.path),
            clone(get(cur, parsePointer(String(op.from)))),
            "add",
          );
          break;
        case "test":
          if (JSON.stringify(get(cur, parsePointer(op.path))) !== JSON.stringify(op.value))
            throw new PatchError("test failed");
          break;
        default:
          throw new PatchError(`unknown op "${op.op}"`);
      }
    } catch (e) {
      throw new PatchError(`${where}: ${(e as Error).message}`);
    }
  });
  return cur;
}

/** The path's parent is an object that exists and lacks the last member. */
function missingMember(doc: unknown, path: string[]): boolean {
  if (!path.length) return false;
  let parent: unknown;
  try {
    parent = get(doc, path.slice(0, -1));
  } catch {
    return false;
  }
  return isObj(parent) && !Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]!);
}

function parsePointer(p: string): string[] {
  if (p === "") return [];
  if (!p.startsWith("/")) throw new PatchError(`"${p}" is not a JSON pointer`);
  return p
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function get(doc: unknown, path: string[]): unknown {
  let cur = doc;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      const i = Number(seg);
      if (!/^\d+$/.test(seg) || i >= cur.length) throw new PatchError(`no element ${seg}`);
      cur = cur[i];
    } else if (isObj(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else throw new PatchError(`path does not exist at "${seg}"`);
  }
  return cur;
}

function put(doc: unknown, path: string[], value: unknown, mode: "add" | "replace"): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(doc)) {
    const out = doc.slice();
    const i = head === "-" ? out.length : Number(head);
    if (!(head === "-" || /^\d+$/.test(head)) || i > out.length)
      throw new PatchError(`bad index ${head}`);
    if (rest.length) out[i] = put(out[i], rest, value, mode);
    else if (mode === "add") out.splice(i, 0, value);
    else out[i] = value;
    return out;
  }
  if (isObj(doc)) {
    const out: Obj = {};
    for (const k of Object.keys(doc)) setKey(out, k, doc[k]);
    if (rest.length && !Object.prototype.hasOwnProperty.call(doc, head))
      throw new PatchError(`path does not exist at "${head}"`);
    setKey(out, head, rest.length ? put(doc[head], rest, value, mode) : value);
    return out;
  }
  throw new PatchError(`cannot add to a ${doc === null ? "null" : typeof doc}`);
}

function del(doc: unknown, path: string[]): unknown {
  if (!path.length) throw new PatchError("cannot remove the whole document");
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(doc)) {
    const i = Number(head);
    if (!/^\d+$/.test(head) || i >= doc.length) throw new PatchError(`no element ${head}`);
    const out = doc.slice();
    if (rest.length) out[i] = del(out[i], rest);
    else out.splice(i, 1);
    return out;
  }
  if (isObj(doc) && Object.prototype.hasOwnProperty.call(doc, head)) {
    const out: Obj = {};
    for (const k of Object.keys(doc)) setKey(out, k, doc[k]);
    if (rest.length) setKey(out, head, del(doc[head], rest));
    else delete out[head];
    return out;
  }
  throw new PatchError(`path does not exist at "${head}"`);
}
