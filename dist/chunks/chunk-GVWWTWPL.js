import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  application_schema_default,
  capstan_config_schema_default
} from "./chunk-G6D3CCKW.js";

// src/tools/schema-gen.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var SCHEMA_FILES = {
  application: "application.schema.json",
  config: "capstan.schema.json"
};
var BUILTIN_SCHEMA_FILES = {
  application: "application.builtin.schema.json",
  config: "capstan-config.builtin.schema.json"
};
var clone = (v) => JSON.parse(JSON.stringify(v));
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var defKey = (c) => `${c.name}@${c.version}`;
function selectors(registry, name, kind) {
  const out = [];
  const versions = registry.versions(name).filter((c) => c.kind === kind);
  const n = escapeRe(name);
  const pick = (ref) => {
    const r = registry.resolve(ref, kind);
    return "error" in r ? void 0 : r;
  };
  const bare = pick(name);
  if (versions.length === 1 && bare) return [[`^${n}(@.*)?$`, bare]];
  if (bare) out.push([`^${n}$`, bare]);
  const majors = [...new Set(versions.map((c) => c.semver.major))];
  for (const M of majors) {
    const c = pick(`${name}@${M}`);
    if (c) out.push([`^${n}@v?${M}$`, c]);
    const minors = [
      ...new Set(versions.filter((v) => v.semver.major === M).map((v) => v.semver.minor))
    ];
    for (const m of minors) {
      const cm = pick(`${name}@${M}.${m}`);
      if (cm) out.push([`^${n}@v?${M}\\.${m}$`, cm]);
    }
  }
  for (const c of versions) out.push([`^${n}@v?${escapeRe(c.version)}$`, c]);
  return out;
}
function addParameters(defs, c) {
  const key = defKey(c);
  if (defs[key]) return key;
  const schema = clone(c.parameters);
  const local = schema.$defs ?? schema.definitions ?? {};
  delete schema.$defs;
  delete schema.definitions;
  const rewrite = (v) => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (!v || typeof v !== "object") return v;
    const o = {};
    for (const [k, x] of Object.entries(v)) {
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
function discriminate(registry, kind, defs) {
  const out = [];
  for (const name of registry.names(kind)) {
    for (const [pattern, cap] of selectors(registry, name, kind)) {
      const key = addParameters(defs, cap);
      out.push({
        if: { required: ["type"], properties: { type: { type: "string", pattern } } },
        then: {
          properties: {
            properties: { $ref: `#/definitions/${key}` }
          }
        }
      });
    }
  }
  return out;
}
function typeField(registry, kind, description) {
  const names = registry.names(kind);
  if (!names.length) return { $ref: "#/definitions/typeRef" };
  const alt = names.map(escapeRe).join("|");
  return {
    type: "string",
    description,
    anyOf: [
      { enum: names },
      {
        pattern: `^(${alt})@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?$`
      }
    ]
  };
}
function describe(registry, kind) {
  const word = kind === "ComponentType" ? "component type" : kind === "Trait" ? "trait" : "policy";
  return `A ${word}: ${registry.names(kind).join(", ")} (optionally name@1, name@1.2 or name@1.2.3).`;
}
function applicationSchema(registry, id) {
  const s = clone(application_schema_default);
  s.$id = id;
  const defs = s.definitions;
  const comp = defs.component;
  const props = comp.properties;
  props.type = typeField(registry, "ComponentType", describe(registry, "ComponentType"));
  const traits = props.traits;
  const traitItem = traits.items;
  traitItem.properties.type = typeField(registry, "Trait", describe(registry, "Trait"));
  comp.allOf = discriminate(registry, "ComponentType", defs);
  traitItem.allOf = discriminate(registry, "Trait", defs);
  return strip(s);
}
function configSchema(registry, id) {
  const s = clone(capstan_config_schema_default);
  s.$id = id;
  const defs = s.definitions;
  const env = defs.environment;
  const guard = env.properties.guardrails.items;
  if (registry.names("Policy").length) {
    guard.properties.type = typeField(registry, "Policy", describe(registry, "Policy"));
    guard.allOf = discriminate(registry, "Policy", defs);
  }
  defs.typeRef ??= {
    type: "string",
    pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$"
  };
  return strip(s);
}
function strip(v) {
  return JSON.parse(JSON.stringify(v));
}
function schemaTexts(registry, names = SCHEMA_FILES) {
  const text = (v) => JSON.stringify(v, null, 2) + "\n";
  return /* @__PURE__ */ new Map([
    [
      names.application,
      text(applicationSchema(registry, `https://capstan.dev/schemas/${names.application}`))
    ],
    [names.config, text(configSchema(registry, `https://capstan.dev/schemas/${names.config}`))]
  ]);
}
function writeSchemas(registry, out, names = SCHEMA_FILES) {
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const [name, text] of schemaTexts(registry, names)) {
    const p = join(out, name);
    if (!existsSync(p) || readFileSync(p, "utf8") !== text) writeFileSync(p, text);
    written.push(p);
  }
  return written;
}

export {
  SCHEMA_FILES,
  BUILTIN_SCHEMA_FILES,
  applicationSchema,
  configSchema,
  schemaTexts,
  writeSchemas
};
