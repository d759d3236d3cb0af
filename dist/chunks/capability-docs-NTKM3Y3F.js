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
<<<<<<<< HEAD:dist/chunks/capability-docs-NTKM3Y3F.js
} from "./chunk-VG2M6MQX.js";
import "./chunk-HWHYYQZB.js";
import "./chunk-VMYRRX5X.js";
import "./chunk-4QGOFGSH.js";
import "./chunk-GO5WSXYM.js";
========
} from "./chunk-5R3JRJBI.js";
import "./chunk-FEFXYHOZ.js";
import "./chunk-WO55VD3J.js";
import "./chunk-3TWFL2JJ.js";
import "./chunk-23SCBZZ6.js";
>>>>>>>> i20:dist/chunks/capability-docs-WZ7KKY4K.js
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
