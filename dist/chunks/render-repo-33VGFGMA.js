import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-XERRNF64.js";
import "./chunk-72ZOK3UF.js";
import "./chunk-MQCNOYDN.js";
import "./chunk-L2XMDILF.js";
import "./chunk-3RJNDMG5.js";
import "./chunk-4Q7HH5VK.js";
import "./chunk-STYVR3MZ.js";
import "./chunk-Q2UHQG67.js";
import "./chunk-RW5LVWOQ.js";
import "./chunk-2OTNRUMI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-2TL645VO.js";
import "./chunk-D2RVUTLC.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
};
