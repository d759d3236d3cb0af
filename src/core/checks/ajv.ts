import { Ajv, type Options, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import * as generated from "../../generated/validators.ts";
import ajvOptions from "./ajv-options.json" with { type: "json" };
import appSchema from "../../../schemas/application.schema.json" with { type: "json" };
import configSchema from "../../../schemas/capstan-config.schema.json" with { type: "json" };
import capabilitySchema from "../../../schemas/capability.schema.json" with { type: "json" };
import { countPath, referenceMode } from "../../reference-mode.ts";

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

type OwnSchema = "app" | "config" | "capability" | "meta";
const DRAFT_07 = "http://json-schema.org/draft-07/schema";
const OWN_SCHEMAS: Record<Exclude<OwnSchema, "meta">, object> = {
  app: appSchema,
  config: configSchema,
  capability: capabilitySchema,
};

const generatedValidators = generated as unknown as Record<OwnSchema, ValidateFunction>;
const compiled = new Map<OwnSchema, ValidateFunction>();

/** The same validator compiled by `createAjv()` now: the reference path. */
function compileOwn(name: OwnSchema): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const ajv = createAjv();
    v = name === "meta" ? ajv.getSchema(DRAFT_07)! : ajv.compile(OWN_SCHEMAS[name]);
    compiled.set(name, v);
  }
  return v;
}

function ownValidator(name: OwnSchema): ValidateFunction {
  if (referenceMode()) {
    countPath("validator", "reference");
    return compileOwn(name);
  }
  countPath("validator", "fast");
  return generatedValidators[name];
}

/**
 * Validators of capstan's own schemas, generated ahead of time from `createAjv()`'s
 * compile (`npm run generate`, scripts/generators/validators.ts): the same code and errors, no compile at start-up.
 * In reference mode, compiled by ajv at run time instead. Read one once per check: it
 * carries that check's `errors`.
 */
export const ownValidators = {
  get app() {
    return ownValidator("app");
  },
  get config() {
    return ownValidator("config");
  },
  get capability() {
    return ownValidator("capability");
  },
  /** the draft-07 meta-schema, as `ajv.validateSchema` checks a schema without `$schema` */
  get meta() {
    return ownValidator("meta");
  },
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
    const meta = ownValidators.meta;
    if (meta(schema)) return undefined;
    return createAjv().errorsText(meta.errors);
  }
  const ajv = createAjv();
  if (ajv.validateSchema(schema as object)) return undefined;
  return ajv.errorsText(ajv.errors);
}

export type { ValidateFunction };
