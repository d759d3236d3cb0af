import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

/** One ajv configuration for every schema capstan checks: all errors, defaults applied. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}

let shared: Ajv | undefined;
export function sharedAjv(): Ajv {
  return (shared ??= createAjv());
}

export type { ValidateFunction };
