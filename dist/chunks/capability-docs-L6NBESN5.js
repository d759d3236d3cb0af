import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  builtinReference,
  builtinRegistry,
  capabilityDocs,
  capabilityMarkdown,
  clip,
  exampleApplication,
  listCapabilities,
  parameterRows,
  referenceMarkdown,
  showCapability
} from "./chunk-TXEHFWFJ.js";
import "./chunk-H3DSJAKB.js";
import "./chunk-WHFLAO7D.js";
import "./chunk-JA3C57HL.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-NB3YUSRG.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  builtinReference,
  builtinRegistry,
  capabilityDocs,
  capabilityMarkdown,
  clip,
  exampleApplication,
  listCapabilities,
  parameterRows,
  referenceMarkdown,
  showCapability
};
