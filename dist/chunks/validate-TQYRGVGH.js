import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-VXLRNTWG.js";
import "./chunk-RVXEV2LT.js";
import "./chunk-WO55VD3J.js";
import "./chunk-FTVXGWNC.js";
import "./chunk-3TWFL2JJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-BGECMNBX.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-LHKSLKI3.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
