import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-POJU6CAG.js";
import "./chunk-4GUZ46OF.js";
import "./chunk-7MKJRI7D.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-OTM6RDDD.js";
import "./chunk-7DR4OZY2.js";
import "./chunk-OLUA33XR.js";
import "./chunk-BGECMNBX.js";
import "./chunk-WHFLAO7D.js";
import "./chunk-JA3C57HL.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-UG6HWLC5.js";
import "./chunk-NB3YUSRG.js";
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
