import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-PDPKOG7N.js";
import "./chunk-T5WNKKM6.js";
import "./chunk-M7NNOAMX.js";
import "./chunk-L2XMDILF.js";
import "./chunk-TD5A63LA.js";
import "./chunk-7CZEQLMX.js";
import "./chunk-STYVR3MZ.js";
import "./chunk-AIYNPJK3.js";
import "./chunk-B4PA4GZX.js";
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
