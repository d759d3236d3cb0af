import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-2NBWBYLM.js";
import "./chunk-N2YQVFTT.js";
import "./chunk-DYSLKUQH.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-BJLJAEFT.js";
import "./chunk-GT6DZO67.js";
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
