import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  builtinRegistry,
  capabilityMarkdown,
  listCapabilities,
  parameterRows,
  showCapability
} from "./chunk-U24GXWL3.js";
import "./chunk-FVRADJRP.js";
import "./chunk-I2NPS43Q.js";
import "./chunk-GSGQ2ZSK.js";
import "./chunk-6XFIWXZH.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";
export {
  builtinRegistry,
  capabilityMarkdown,
  listCapabilities,
  parameterRows,
  showCapability
};
