import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-7Q4JGTFS.js";
import "./chunk-HXAMYBJ6.js";
import "./chunk-XPNUREDR.js";
import "./chunk-PO5UJMUO.js";
import "./chunk-BGECMNBX.js";
import "./chunk-NDDTM6QH.js";
import "./chunk-M5QIZD36.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-REWEPDC7.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-HCVWLPNI.js";
import "./chunk-3IFGO55J.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
