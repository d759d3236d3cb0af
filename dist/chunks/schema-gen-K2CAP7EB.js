import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  BUILTIN_SCHEMA_FILES,
  SCHEMA_FILES,
  applicationSchema,
  configSchema,
  schemaTexts,
  writeSchemas
} from "./chunk-DYD63OAP.js";
import "./chunk-GZ47FPBD.js";
import "./chunk-VRK5AQSF.js";
import "./chunk-JVSLN557.js";
export {
  BUILTIN_SCHEMA_FILES,
  SCHEMA_FILES,
  applicationSchema,
  configSchema,
  schemaTexts,
  writeSchemas
};
