import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-BGHXF2NV.js";
import "./chunk-I2NOJURI.js";
import "./chunk-R3DRIPJE.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-LTXYCRA3.js";
import "./chunk-6CGET6QJ.js";
import "./chunk-TWN6BWR5.js";
import "./chunk-AUHLRE4T.js";
import "./chunk-7HGYLRFG.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-2HTXSL5Y.js";
import "./chunk-LHKSLKI3.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-H7EPVWR2.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
};
