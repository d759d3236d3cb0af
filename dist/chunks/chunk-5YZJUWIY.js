import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-AUIKRLBV.js";
import {
  exportDefault
} from "./chunk-QDS3T4MF.js";
import {
  __toESM
} from "./chunk-XYNQLYSQ.js";

// node_modules/@kubernetes-models/validate/dist/runtime/ucs2length.mjs
var import_ucs2length = __toESM(require_ucs2length(), 1);
var ucs2length_default = exportDefault(import_ucs2length.default);

export {
  ucs2length_default
};
