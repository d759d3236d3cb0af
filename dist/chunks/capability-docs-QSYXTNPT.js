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
<<<<<<<< HEAD:dist/chunks/capability-docs-QSYXTNPT.js
<<<<<<<< HEAD:dist/chunks/capability-docs-QSYXTNPT.js
<<<<<<<< HEAD:dist/chunks/capability-docs-QSYXTNPT.js
} from "./chunk-VGTXWRAA.js";
import "./chunk-BYHSRYDB.js";
import "./chunk-R77WI4FJ.js";
import "./chunk-3X5UP6IA.js";
========
} from "./chunk-2KLQF7J2.js";
import "./chunk-UDA7S276.js";
import "./chunk-OLPQ37OG.js";
import "./chunk-X5RCBLD3.js";
>>>>>>>> i18:dist/chunks/capability-docs-ITO5I2YK.js
========
} from "./chunk-TUVHHVY6.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-SQJ4ZNK3.js";
import "./chunk-75ZYMOTF.js";
>>>>>>>> i15a:dist/chunks/capability-docs-67MX3MTY.js
import "./chunk-23SCBZZ6.js";
========
} from "./chunk-TS62D6HW.js";
import "./chunk-DGUPFWAF.js";
import "./chunk-ZTFLD2BB.js";
import "./chunk-MJVUGJEI.js";
import "./chunk-GO5WSXYM.js";
>>>>>>>> i15b:dist/chunks/capability-docs-XTXZSERU.js
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
  exampleApplication,
  listCapabilities,
  parameterRows,
  referenceMarkdown,
  showCapability
};
