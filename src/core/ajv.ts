import { Ajv, type Options, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import * as generated from "./validators.generated.ts";
import ajvOptions from "./ajv-options.json" with { type: "json" };

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
export const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * One ajv configuration for every schema capstan checks: all errors, defaults applied.
 * In a JSON file so the build's precompiler (scripts/param-validators.mjs) uses it too.
 */
export const AJV_OPTIONS: Options = ajvOptions;

export function createAjv(): Ajv {
  const ajv = new Ajv(AJV_OPTIONS);
  addFormats(ajv);
  return ajv;
}

let shared: Ajv | undefined;
/**
 * The ajv that compiles capability `parameters` schemas (on a capability's first render).
 * It does not check them against the meta-schema again: loading a capability did
 * (`validateJsonSchema`), and a capability with an invalid schema is never loaded.
 */
export function sharedAjv(): Ajv {
  if (!shared) {
    shared = new Ajv({ ...AJV_OPTIONS, validateSchema: false });
    addFormats(shared);
  }
  return shared;
}

/**
 * Validators of capstan's own schemas, generated ahead of time from `createAjv()`'s
 * compile (scripts/gen-validators.ts): the same code and errors, no compile at start-up.
 */
export const precompiled = generated as unknown as {
  app: ValidateFunction;
  config: ValidateFunction;
  capability: ValidateFunction;
  /** the draft-07 meta-schema, as `ajv.validateSchema` checks a schema without `$schema` */
  meta: ValidateFunction;
};

/**
 * `ajv.validateSchema(schema)` of `createAjv()`, without compiling the meta-schema for a
 * schema that names none (the usual case). Returns the error text, or undefined when valid.
 */
export function jsonSchemaProblem(schema: unknown): string | undefined {
  if (
    typeof schema === "object" &&
    schema !== null &&
    (schema as { $schema?: unknown }).$schema === undefined
  ) {
    if (precompiled.meta(schema)) return undefined;
    return createAjv().errorsText(precompiled.meta.errors);
  }
  const ajv = createAjv();
  if (ajv.validateSchema(schema as object)) return undefined;
  return ajv.errorsText(ajv.errors);
}

export type { ValidateFunction };
