import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-GJYEFPST.js";
import "./chunk-HXCWJZ37.js";
import "./chunk-YPOMZ5KE.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-QPSHCA5V.js";
import "./chunk-B3HO5CID.js";
import "./chunk-QSMJWJ5Y.js";
import "./chunk-SNFHAH6X.js";
import "./chunk-RZIP7OQK.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-BODV5UJD.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QZK5SUTA.js";
import "./chunk-WAQ3KH3F.js";
import "./chunk-3IFGO55J.js";
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
