import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedAppCounts,
  computePreview,
  runDiff
} from "./chunk-TQ4V5WZ3.js";
import "./chunk-ZONXZ3DZ.js";
import "./chunk-JVDRKWWZ.js";
import "./chunk-FBD6FKAS.js";
import "./chunk-JQE6ARCR.js";
import "./chunk-XPNUREDR.js";
import "./chunk-AXX5CLXK.js";
import "./chunk-BGECMNBX.js";
import "./chunk-WMICZHRX.js";
import "./chunk-NDDTM6QH.js";
import "./chunk-M5QIZD36.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-REWEPDC7.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-PU2QS5BC.js";
import "./chunk-HCVWLPNI.js";
import "./chunk-3IFGO55J.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  changedAppCounts,
  computePreview,
  runDiff
};
