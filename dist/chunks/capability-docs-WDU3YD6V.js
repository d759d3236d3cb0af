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
} from "./chunk-OMZKTUPP.js";
import "./chunk-FCP2IWXA.js";
import "./chunk-3427PZOU.js";
import "./chunk-DFIP6AYO.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-NAEY2JMF.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-5ETQQFMW.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-N5T7JROX.js";
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
