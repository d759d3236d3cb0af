import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-ELQTQ4RO.js";
import "./chunk-S5QE5QM7.js";
import "./chunk-U43M4WSL.js";
import "./chunk-MQCNOYDN.js";
import "./chunk-L2XMDILF.js";
import "./chunk-3RJNDMG5.js";
import "./chunk-4Q7HH5VK.js";
import "./chunk-STYVR3MZ.js";
import "./chunk-Q2UHQG67.js";
import "./chunk-RW5LVWOQ.js";
import "./chunk-2OTNRUMI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-2TL645VO.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  changedApps,
  computePreview,
  runDiff
};
