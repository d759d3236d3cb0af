import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-PONKZ4CH.js";
import "./chunk-JQE6ARCR.js";
import "./chunk-XPNUREDR.js";
import "./chunk-AXX5CLXK.js";
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
