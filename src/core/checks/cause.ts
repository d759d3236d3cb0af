/**
 * Where a problem found on a rendered object came from (docs/architecture.md, "Errors
 * point at their cause"): the Application property whose value the template copied there
 * (its file:line:col and property path), or else the line of the template that wrote
 * the field. Computed only when a check fails, from what the render started with: the
 * component's properties, its traits' properties and the override policies' properties;
 * then the templates' text.
 */
import type { AppSpec } from "../model/app.ts";
import type { Binding } from "../model/binding.ts";
import type { Problem } from "../common/errors.ts";
import { pointerToPath, problemAt } from "../model/located.ts";
import { isObj } from "../common/json.ts";
import type { Registry } from "../capabilities/registry.ts";
import { capId, type Capability } from "../capabilities/types.ts";
import type { RenderedObject } from "../render/render.ts";

type Path = (string | number)[];

/** A place the render read values from: properties at a path of the app document. */
interface Origin {
  props: unknown;
  path: Path;
  capability: string;
}

/** The cause of a problem at `pointer` of a rendered object, as Problem location fields. */
export type Explain = (r: RenderedObject, pointer: string, message: string) => Partial<Problem>;

export function explainer(app: AppSpec, binding: Binding, registry: Registry): Explain {
  return (r, pointer, message) => causeOf(app, binding, registry, r, pointer, message) ?? {};
}

function causeOf(
  app: AppSpec,
  binding: Binding,
  registry: Registry,
  r: RenderedObject,
  pointer: string,
  message: string,
): Partial<Problem> | undefined {
  const path = pointerToPath(pointer);
  const key = path[path.length - 1];
  if (key === undefined) return undefined;
  const value = valueAt(r.obj, path);
  const { origins, caps } = originsOf(app, binding, registry, r);
  const byKey = (o: Origin) => findKey(o.props, String(key), value);
  const byValue = (o: Origin) => findValue(o.props, value);
  const finders = message.startsWith("unknown field") ? [byKey] : [byKey, byValue];
  for (const find of finders)
    for (const o of origins) {
      const at = find(o);
      if (at) {
        const p = problemAt(app.doc, [...o.path, ...at], "", "");
        return { file: p.file, line: p.line, col: p.col, path: p.path, capability: o.capability };
      }
    }
  return templateLine(caps, path, value, message.startsWith("unknown field"));
}

/** The origins in the order a later one would win: traits (last first), overrides, the component. */
function originsOf(
  app: AppSpec,
  binding: Binding,
  registry: Registry,
  r: RenderedObject,
): { origins: Origin[]; caps: Capability[] } {
  const origins: Origin[] = [];
  const caps: Capability[] = [];
  const c = app.components.find((x) => x.name === r.component);
  if (!c) return { origins, caps };
  const base: Path = ["spec", "components", c.index];
  const comp = registry.resolve(c.type, "ComponentType");
  const compId = "error" in comp ? r.capability : capId(comp);
  c.traits.forEach((t, ti) => {
    const tc = registry.resolve(t.type, "Trait");
    if ("error" in tc) return;
    caps.unshift(tc);
    origins.unshift({
      props: t.properties,
      path: [...base, "traits", ti, "properties"],
      capability: capId(tc),
    });
  });
  for (const p of binding.overrides)
    origins.push({
      props: p.properties,
      path: ["spec", "policies", p.index, "properties"],
      capability: compId,
    });
  origins.push({ props: c.properties, path: [...base, "properties"], capability: compId });
  if (!("error" in comp)) caps.unshift(comp);
  // the capability that produced the object is the likeliest writer of its fields
  caps.sort((a, b) => Number(capId(b) === r.capability) - Number(capId(a) === r.capability));
  return { origins, caps };
}

function valueAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const s of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[String(s)];
  }
  return cur;
}

/** The path (within `v`) of a `key` whose value equals `value`, searched depth first. */
function findKey(v: unknown, key: string, value: unknown): Path | undefined {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const at = findKey(v[i], key, value);
      if (at) return [i, ...at];
    }
    return undefined;
  }
  if (!isObj(v)) return undefined;
  if (Object.prototype.hasOwnProperty.call(v, key) && deepEqual(v[key], value)) return [key];
  for (const [k, x] of Object.entries(v)) {
    const at = findKey(x, key, value);
    if (at) return [k, ...at];
  }
  return undefined;
}

/** The path of a scalar equal to `value` (or, for strings, contained in it). */
function findValue(v: unknown, value: unknown): Path | undefined {
  if (value === null || typeof value === "object" || value === undefined) return undefined;
  const exact = findLeaf(v, (x) => x === value);
  if (exact || typeof value !== "string") return exact;
  return findLeaf(v, (x) => typeof x === "string" && x.length >= 3 && value.includes(x));
}

function findLeaf(v: unknown, hit: (x: unknown) => boolean): Path | undefined {
  if (v === null || typeof v !== "object") return hit(v) ? [] : undefined;
  const entries: [string | number, unknown][] = Array.isArray(v)
    ? v.map((x, i) => [i, x])
    : Object.entries(v);
  for (const [k, x] of entries) {
    const at = findLeaf(x, hit);
    if (at) return [k, ...at];
  }
  return undefined;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The template line that writes the field: the rendered path's keys found in order, each
 * deeper than the one before; else the first line with the last key (`key:`) or, for a
 * value, holding the value.
 */
function templateLine(
  caps: Capability[],
  path: Path,
  value: unknown,
  unknownField: boolean,
): Partial<Problem> | undefined {
  const keys = path.filter((s): s is string => typeof s === "string");
  const key = keys[keys.length - 1];
  if (key === undefined) return undefined;
  const text = typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  for (const cap of caps) {
    const lines = (cap.templateText ?? "").split("\n");
    const at =
      alongPath(lines, keys) ??
      firstLine(lines, (l) => keyColumn(l, key)) ??
      (!unknownField && text ? firstLine(lines, (l) => l.indexOf(text)) : undefined);
    if (at)
      return {
        file: cap.templateFile,
        line: at.line,
        col: at.col,
        capability: capId(cap),
        path: undefined,
      };
  }
  return undefined;
}

/** The column (0-based) where `key:` starts on the line, or -1. */
function keyColumn(line: string, key: string): number {
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(^|[\\s{,"'])${esc}["']?\\s*:`).exec(line);
  return m ? m.index + m[1]!.length : -1;
}

function firstLine(
  lines: string[],
  col: (line: string) => number,
): { line: number; col: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const c = col(lines[i]!);
    if (c >= 0) return { line: i + 1, col: c + 1 };
  }
  return undefined;
}

function alongPath(lines: string[], keys: string[]): { line: number; col: number } | undefined {
  let from = 0;
  let indent = -1;
  let at: { line: number; col: number } | undefined;
  for (const k of keys) {
    at = undefined;
    for (let i = from; i < lines.length && !at; i++) {
      const c = keyColumn(lines[i]!, k);
      if (c > indent) at = { line: i + 1, col: c + 1 };
    }
    if (!at) return undefined;
    from = at.line;
    indent = at.col - 1;
  }
  return at;
}
