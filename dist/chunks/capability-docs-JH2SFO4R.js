import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  builtinRegistry,
  capabilityMarkdown,
  listCapabilities,
  parameterRows,
  showCapability
} from "./chunk-QG54QVOO.js";
import "./chunk-BOEC3W43.js";
import "./chunk-UBUQTWQ6.js";
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
