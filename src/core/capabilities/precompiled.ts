/**
 * Parameter validators precompiled at build time for the built-in capabilities
 * (scripts/param-validators.mjs → dist/validators/): loading one is much cheaper than
 * compiling the schema with ajv (docs/performance.md). A validator is used
 * only when the capability's schema hashes to the one it was built from; from sources
 * (no bundle) or for any other schema, the caller compiles as before.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { sharedAjv } from "../checks/ajv.ts";
import { sha256 } from "../common/text.ts";
import { countPath, referenceMode } from "../../reference-mode.ts";

let index: { dir: string; files: Record<string, string> } | null | undefined;

function load(): typeof index {
  if (index !== undefined) return index;
  index = null;
  if (!import.meta.url.endsWith(".js")) return index; // running from sources
  for (const rel of ["./validators/", "../validators/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir + "index.json")) {
      index = {
        dir,
        files: JSON.parse(readFileSync(dir + "index.json", "utf8")) as Record<string, string>,
      };
      break;
    }
  }
  return index;
}

/** Same key as scripts/param-validators.mjs: sha256 of the schema's JSON text. */
export function schemaHash(schema: unknown): string {
  return sha256(JSON.stringify(schema)).slice(0, 32);
}

let values: Record<string, string> | null | undefined;

/**
 * A built-in capability.yaml's value, parsed at build time by the same reader
 * (scripts/param-validators.mjs → dist/validators/capabilities.json), looked up by the
 * sha256 of the text; undefined for any other text, or from sources. A fresh copy each
 * time, as a parse would give.
 */
export function precompiledCapabilityValue(text: string): unknown {
  if (referenceMode()) return undefined;
  if (values === undefined) {
    values = null;
    const idx = load();
    const file = idx ? idx.dir + "capabilities.json" : undefined;
    if (file && existsSync(file))
      values = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  }
  const json = values?.[sha256(text)];
  return json === undefined ? undefined : JSON.parse(json);
}

/**
 * A built-in template's Handlebars AST, parsed at build time by the same Handlebars
 * (scripts/param-validators.mjs → dist/validators/templates/<sha256 of the text>.json);
 * undefined for any other text, from sources, or in reference mode. Read fresh each time:
 * compiling annotates the AST in place.
 */
export function precompiledTemplateAst(text: string): unknown {
  if (referenceMode()) return undefined;
  const idx = load();
  if (!idx) return undefined;
  let json: string;
  try {
    json = readFileSync(`${idx.dir}templates/${sha256(text)}.json`, "utf8");
  } catch {
    return undefined; // not a built-in's text
  }
  return JSON.parse(json);
}

/**
 * The validator of a capability's `parameters` schema: the precompiled one when the bundle
 * has it (not in reference mode), else compiled by ajv now.
 */
export function parameterValidator(schema: unknown): ValidateFunction {
  const fast = referenceMode() ? undefined : precompiledValidator(schema);
  countPath("validator", fast ? "fast" : "reference");
  return fast ?? sharedAjv().compile(schema as object);
}

function precompiledValidator(schema: unknown): ValidateFunction | undefined {
  const idx = load();
  if (!idx) return undefined;
  const file = idx.files[schemaHash(schema)];
  if (!file) return undefined;
  const req = createRequire(idx.dir + "index.json");
  return req(idx.dir + file) as ValidateFunction;
}
