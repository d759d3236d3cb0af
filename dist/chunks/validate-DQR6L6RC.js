import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-HYGGGM2Y.js";
import "./chunk-4G4JQ5HL.js";
import "./chunk-R77WI4FJ.js";
import "./chunk-RGUID3KQ.js";
import "./chunk-3X5UP6IA.js";
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
