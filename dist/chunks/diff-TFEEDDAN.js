import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-L6BYP7OY.js";
import "./chunk-FNHWC7KG.js";
import "./chunk-5GIKJJSJ.js";
import "./chunk-HYYMVPMC.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-VOLLVHUJ.js";
import "./chunk-A5KVHFUA.js";
import "./chunk-IIO5ECKD.js";
import "./chunk-A3AUD6VE.js";
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
