import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-FSUFCPWR.js";
import "./chunk-OC572VMN.js";
import "./chunk-WWCOPDL4.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-IDVHHJ66.js";
import "./chunk-WPBO7CMI.js";
import "./chunk-NULAUMAV.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-M4GBSLQE.js";
import "./chunk-TMS2S4CU.js";
import "./chunk-7EPZIX6B.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-VR3JZIH5.js";
import "./chunk-35HQ4O5W.js";
import "./chunk-Z24NO3ZU.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  changedApps,
  computePreview,
  runDiff
};
