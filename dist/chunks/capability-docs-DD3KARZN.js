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
} from "./chunk-BLZ2CBQW.js";
import "./chunk-ZWYI4LIJ.js";
import "./chunk-Y6E6O4EV.js";
import "./chunk-7ML2XLCI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-GYNWXAND.js";
import "./chunk-Z24NO3ZU.js";
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
