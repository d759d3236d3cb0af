import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-HSB7546K.js";
import "./chunk-3NKDIDGA.js";
import "./chunk-JITICRRX.js";
import "./chunk-AJ653PDU.js";
import "./chunk-BGECMNBX.js";
import "./chunk-26R66ZYW.js";
import "./chunk-SDDADOMO.js";
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
  validateAll
};
