import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-LNE4FK7V.js";
import "./chunk-3YAU27FO.js";
import "./chunk-EEHM54QC.js";
import "./chunk-STYVR3MZ.js";
import "./chunk-GZ5BODPP.js";
import "./chunk-ECH4NH6Z.js";
import "./chunk-2OTNRUMI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-3IIP3542.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
