import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-GH456OBR.js";
import "./chunk-JP26E32N.js";
import "./chunk-AUC2RYWO.js";
import "./chunk-STYVR3MZ.js";
import "./chunk-Q2UHQG67.js";
import "./chunk-RW5LVWOQ.js";
import "./chunk-2OTNRUMI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
