import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-H36TM3VL.js";
import "./chunk-FNTLSU5E.js";
import "./chunk-EDG7PESY.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-4XBLL33F.js";
import "./chunk-GT6DZO67.js";
import "./chunk-NULAUMAV.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-TMS2S4CU.js";
import "./chunk-7EPZIX6B.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-HKRIPZIO.js";
import "./chunk-XH4FY27A.js";
import "./chunk-Z24NO3ZU.js";
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
