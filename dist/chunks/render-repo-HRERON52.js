import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  startEnvRepoEarly,
  tokenFromEnv
} from "./chunk-RUQSP4AO.js";
import "./chunk-FCI4YJMU.js";
import "./chunk-IR7ECA2V.js";
import "./chunk-QAATNDHY.js";
import "./chunk-PZDPEHG7.js";
import "./chunk-57B3EGXY.js";
import "./chunk-26ICFRYS.js";
import "./chunk-SID65HV4.js";
import "./chunk-XFIK3SOQ.js";
import "./chunk-BLDWXD4J.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-REWEPDC7.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-UUXTDCP2.js";
import "./chunk-TVOLVIKU.js";
import "./chunk-5ETQQFMW.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-E4G5ROFR.js";
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
