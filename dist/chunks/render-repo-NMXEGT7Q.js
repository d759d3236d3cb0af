import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  startEnvRepoEarly,
  tokenFromEnv
} from "./chunk-DXRPUJAX.js";
import "./chunk-FFSBHHZ5.js";
import "./chunk-6RYUAJN7.js";
import "./chunk-QAATNDHY.js";
import "./chunk-JEVOX2ZT.js";
import "./chunk-VVKSVBZC.js";
import "./chunk-F2LL4D4C.js";
import "./chunk-HTRS5QWI.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-HSEDNXVG.js";
import "./chunk-EAFUEZYP.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-SID65HV4.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-IGANWUWJ.js";
import "./chunk-ZQLGHJBH.js";
import "./chunk-5ETQQFMW.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-OINZ5D5A.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-N5T7JROX.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  startEnvRepoEarly,
  tokenFromEnv
};
