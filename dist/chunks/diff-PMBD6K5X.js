import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedAppCounts,
  computePreview,
  runDiff
} from "./chunk-T4NCKQEC.js";
import "./chunk-AA7B2AOO.js";
import "./chunk-FCP2IWXA.js";
import "./chunk-RUPXGUGG.js";
import "./chunk-IOBEII3D.js";
import "./chunk-JBLNTRAF.js";
import "./chunk-3427PZOU.js";
import "./chunk-SSJMW5PP.js";
import "./chunk-DFIP6AYO.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-NAEY2JMF.js";
import "./chunk-UTJQZLM3.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-SID65HV4.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-PBLSRAXX.js";
import "./chunk-HX64S4PU.js";
import "./chunk-5ETQQFMW.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-N5T7JROX.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  changedAppCounts,
  computePreview,
  runDiff
};
