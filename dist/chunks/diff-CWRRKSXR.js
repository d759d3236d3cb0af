import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
} from "./chunk-KKHTVH3L.js";
import "./chunk-I3IO5KBS.js";
import "./chunk-UHPG6DGD.js";
import "./chunk-JIQGIDBA.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-WG3F4ZZL.js";
import "./chunk-XFTK4XG7.js";
import "./chunk-YARJOC35.js";
import "./chunk-6FER3UXM.js";
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
