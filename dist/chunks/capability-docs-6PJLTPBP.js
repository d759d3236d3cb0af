import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  builtinRegistry,
  capabilityMarkdown,
  listCapabilities,
  parameterRows,
  showCapability
} from "./chunk-DNGCDDZK.js";
import "./chunk-XHU2CUR6.js";
import "./chunk-CTQNITTH.js";
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
