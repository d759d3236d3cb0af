import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  BUILTIN_SCHEMA_FILES,
  SCHEMA_FILES,
  applicationSchema,
  configSchema,
  schemaTexts,
  writeSchemas
} from "./chunk-GVWWTWPL.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-XYNQLYSQ.js";
export {
  BUILTIN_SCHEMA_FILES,
  SCHEMA_FILES,
  applicationSchema,
  configSchema,
  schemaTexts,
  writeSchemas
};
