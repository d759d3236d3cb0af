import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
<<<<<<<< HEAD:dist/chunks/validate-2PSQKFPK.js
} from "./chunk-YRJPIZMR.js";
import "./chunk-6WKANMBZ.js";
import "./chunk-2RHYZSOI.js";
import "./chunk-AJ653PDU.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-VMYRRX5X.js";
import "./chunk-4QGOFGSH.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-5SBUQFNJ.js";
========
} from "./chunk-VXLRNTWG.js";
import "./chunk-RVXEV2LT.js";
import "./chunk-WO55VD3J.js";
import "./chunk-FTVXGWNC.js";
import "./chunk-3TWFL2JJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-BGECMNBX.js";
>>>>>>>> i20:dist/chunks/validate-TQYRGVGH.js
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-NB3YUSRG.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
