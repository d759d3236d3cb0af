import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-SCDEJSH5.js";
import "./chunk-QVGM4UJ6.js";
import "./chunk-EFWEABGR.js";
import "./chunk-L2XMDILF.js";
import "./chunk-3YAU27FO.js";
import "./chunk-EEHM54QC.js";
import "./chunk-STYVR3MZ.js";
import "./chunk-GZ5BODPP.js";
import "./chunk-ECH4NH6Z.js";
import "./chunk-2OTNRUMI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-VZID5EFK.js";
import "./chunk-3IIP3542.js";
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
