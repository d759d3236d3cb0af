import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-VBXKRGJE.js";
import "./chunk-SX24CI7F.js";
import "./chunk-SQJ4ZNK3.js";
import "./chunk-3NOOE5CB.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-3ZZ44X7L.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-ER5K6JTA.js";
import "./chunk-75ZYMOTF.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-LYUXXIZ4.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-2HTXSL5Y.js";
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
