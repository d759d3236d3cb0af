import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-NDQNTHCP.js";
import "./chunk-QNJWLIGH.js";
import "./chunk-7FUUFX27.js";
import "./chunk-GC3IZUUS.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-KD2MVTCE.js";
import "./chunk-NR4K4RF7.js";
import "./chunk-SMDPHM6N.js";
import "./chunk-H2UW3XAQ.js";
import "./chunk-RZIP7OQK.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-RNWVDMOP.js";
import "./chunk-LHKSLKI3.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  changedApps,
  computePreview,
  runDiff
};
