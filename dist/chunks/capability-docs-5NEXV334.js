import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  builtinReference,
  builtinRegistry,
  capabilityDocs,
  capabilityMarkdown,
  exampleApplication,
  listCapabilities,
  parameterRows,
  referenceMarkdown,
  showCapability
} from "./chunk-KMKQUR7B.js";
import "./chunk-U43M4WSL.js";
import "./chunk-AUC2RYWO.js";
import "./chunk-RW5LVWOQ.js";
import "./chunk-2OTNRUMI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  builtinReference,
  builtinRegistry,
  capabilityDocs,
  capabilityMarkdown,
  exampleApplication,
  listCapabilities,
  parameterRows,
  referenceMarkdown,
  showCapability
};
