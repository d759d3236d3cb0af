import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-KSF27A2C.js";
import "./chunk-ZJOKMKNH.js";
import "./chunk-PKF6ZGNS.js";
import "./chunk-5XITZ3RN.js";
import "./chunk-EQ77CJBW.js";
import "./chunk-RZIP7OQK.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-WAQ3KH3F.js";
import "./chunk-3IFGO55J.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
