/**
 * `capstan schema`: JSON Schemas for editors (VS Code's YAML extension, any
 * yaml-language-server client). The Application schema validates each
 * component's and trait's `properties` against that capability's own
 * parameters, discriminated by `type` (`name`, `name@1`, `name@1.2`, `name@1.2.3`);
 * the capstan.yaml schema does the same for environment guardrails (Policy
 * capabilities). Output is draft-07 (what yaml-language-server reads), stable
 * bytes for the same capability set.
 */
import appBase from "../../schemas/application.schema.json" with { type: "json" };
import configBase from "../../schemas/capstan-config.schema.json" with { type: "json" };
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Registry } from "../core/capabilities/registry.ts";
import type { Capability, CapabilityKind } from "../core/capabilities/types.ts";

type Json = Record<string, unknown>;

export const SCHEMA_FILES = {
  application: "application.schema.json",
  config: "capstan.schema.json",
} as const;
/** The committed schemas for the built-in pack (test/ecosystem checks they are current). */
export const BUILTIN_SCHEMA_FILES = {
  application: "application.builtin.schema.json",
  config: "capstan-config.builtin.schema.json",
} as const;

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Definition key of a capability version's parameters, e.g. `webservice@1.0.0`. */
const defKey = (c: Capability): string => `${c.name}@${c.version}`;

/**
 * Which reference forms select which version: bare `name` → the default (locked,
 * else highest stable), `name@M` → highest M.x, `name@M.m` → highest M.m.x,
 * `name@M.m.p` → exactly that. Returned most specific last; patterns are anchored.
 */
function selectors(registry: Registry, name: string, kind: CapabilityKind): [string, Capability][] {
  const out: [string, Capability][] = [];
  const versions = registry.versions(name).filter((c) => c.kind === kind);
  const n = escapeRe(name);
  const pick = (ref: string): Capability | undefined => {
    const r = registry.resolve(ref, kind);
    return "error" in r ? undefined : r;
  };
  const bare = pick(name);
  if (versions.length === 1 && bare) return [[`^${n}(@.*)?$`, bare]];
  if (bare) out.push([`^${n}$`, bare]);
  const majors = [...new Set(versions.map((c) => c.semver.major))];
  for (const M of majors) {
    const c = pick(`${name}@${M}`);
    if (c) out.push([`^${n}@v?${M}$`, c]);
    const minors = [
      ...new Set(versions.filter((v) => v.semver.major === M).map((v) => v.semver.minor)),
    ];
    for (const m of minors) {
      const cm = pick(`${name}@${M}.${m}`);
      if (cm) out.push([`^${n}@v?${M}\\.${m}$`, cm]);
    }
  }
  for (const c of versions) out.push([`^${n}@v?${escapeRe(c.version)}$`, c]);
  return out;
}

/**
 * A capability's parameters as a definition: its `$defs` hoisted to top-level
 * `definitions` (draft-07 and yaml-language-server do not walk `$defs`), local
 * `$ref`s rewritten to match.
 */
function addParameters(defs: Json, c: Capability): string {
  const key = defKey(c);
  if (defs[key]) return key;
  const schema = clone(c.parameters) as Json;
  const local = (schema.$defs ?? schema.definitions ?? {}) as Json;
  delete schema.$defs;
  delete schema.definitions;
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (!v || typeof v !== "object") return v;
    const o: Json = {};
    for (const [k, x] of Object.entries(v as Json)) {
      if (k === "$ref" && typeof x === "string") {
        const m = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(x);
        o[k] = m ? `#/definitions/${key}.${m[1]}` : x === "#" ? `#/definitions/${key}` : x;
      } else o[k] = rewrite(x);
    }
    return o;
  };
  defs[key] = rewrite(schema);
  for (const [k, v] of Object.entries(local)) defs[`${key}.${k}`] = rewrite(v);
  return key;
}

/** `if type matches → then properties is <schema>` for every capability of `kind`. */
function discriminate(registry: Registry, kind: CapabilityKind, defs: Json): Json[] {
  const out: Json[] = [];
  for (const name of registry.names(kind)) {
    for (const [pattern, cap] of selectors(registry, name, kind)) {
      const key = addParameters(defs, cap);
      out.push({
        if: { required: ["type"], properties: { type: { type: "string", pattern } } },
        then: {
          properties: {
            properties: { $ref: `#/definitions/${key}` },
          },
        },
      });
    }
  }
  return out;
}

/** `type` with completion for the known names (plus the versioned forms). */
function typeField(registry: Registry, kind: CapabilityKind, description: string): Json {
  const names = registry.names(kind);
  if (!names.length) return { $ref: "#/definitions/typeRef" };
  const alt = names.map(escapeRe).join("|");
  return {
    type: "string",
    description,
    anyOf: [
      { enum: names },
      {
        pattern: `^(${alt})@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?$`,
      },
    ],
  };
}

function describe(registry: Registry, kind: CapabilityKind): string {
  const word = kind === "ComponentType" ? "component type" : kind === "Trait" ? "trait" : "policy";
  return `A ${word}: ${registry.names(kind).join(", ")} (optionally name@1, name@1.2 or name@1.2.3).`;
}

export function applicationSchema(registry: Registry, id: string): Json {
  const s = clone(appBase) as Json;
  s.$id = id;
  const defs = s.definitions as Json;
  const comp = defs.component as Json;
  const props = comp.properties as Json;
  props.type = typeField(registry, "ComponentType", describe(registry, "ComponentType"));
  const traits = props.traits as Json;
  const traitItem = traits.items as Json;
  (traitItem.properties as Json).type = typeField(registry, "Trait", describe(registry, "Trait"));
  comp.allOf = discriminate(registry, "ComponentType", defs);
  traitItem.allOf = discriminate(registry, "Trait", defs);
  return strip(s) as Json;
}

export function configSchema(registry: Registry, id: string): Json {
  const s = clone(configBase) as Json;
  s.$id = id;
  const defs = s.definitions as Json;
  const env = defs.environment as Json;
  const guard = ((env.properties as Json).guardrails as Json).items as Json;
  if (registry.names("Policy").length) {
    (guard.properties as Json).type = typeField(registry, "Policy", describe(registry, "Policy"));
    guard.allOf = discriminate(registry, "Policy", defs);
  }
  defs.typeRef ??= {
    type: "string",
    pattern:
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$",
  };
  return strip(s) as Json;
}

/** Drops undefined members so the output is plain JSON. */
function strip(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v));
}

/** The schema files for a capability set: file name → text. */
export function schemaTexts(
  registry: Registry,
  names: { application: string; config: string } = SCHEMA_FILES,
): Map<string, string> {
  const text = (v: unknown) => JSON.stringify(v, null, 2) + "\n";
  return new Map([
    [
      names.application,
      text(applicationSchema(registry, `https://capstan.dev/schemas/${names.application}`)),
    ],
    [names.config, text(configSchema(registry, `https://capstan.dev/schemas/${names.config}`))],
  ]);
}

/** Writes the schemas into `out`; returns the paths written. */
export function writeSchemas(
  registry: Registry,
  out: string,
  names: { application: string; config: string } = SCHEMA_FILES,
): string[] {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of schemaTexts(registry, names)) {
    const p = join(out, name);
    if (!existsSync(p) || readFileSync(p, "utf8") !== text) writeFileSync(p, text);
    written.push(p);
  }
  return written;
}
