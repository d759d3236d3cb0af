import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-RPW3ECAZ.js";
import "./chunk-4UVRDUWS.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-ER5K6JTA.js";
import "./chunk-75ZYMOTF.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-2NF2QYZQ.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
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
