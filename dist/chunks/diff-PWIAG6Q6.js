import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-EVZ6UYOF.js";
import "./chunk-J3T6QMFX.js";
import "./chunk-FEFXYHOZ.js";
import "./chunk-7TFXQO6M.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-RVXEV2LT.js";
import "./chunk-WO55VD3J.js";
import "./chunk-FTVXGWNC.js";
import "./chunk-3TWFL2JJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-BGECMNBX.js";
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
