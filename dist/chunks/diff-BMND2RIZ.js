import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedAppCounts,
  computePreview,
  runDiff
} from "./chunk-MOHMFBWD.js";
import "./chunk-6K7MWYK3.js";
import "./chunk-UFVQT22N.js";
import "./chunk-FBD6FKAS.js";
import "./chunk-HXAMYBJ6.js";
import "./chunk-XPNUREDR.js";
import "./chunk-PO5UJMUO.js";
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
