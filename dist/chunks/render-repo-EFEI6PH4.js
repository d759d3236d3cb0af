import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  startEnvRepoEarly,
  tokenFromEnv
} from "./chunk-V5DDZEZJ.js";
import "./chunk-EE7TPLKQ.js";
import "./chunk-6ZOAW2UH.js";
import "./chunk-QAATNDHY.js";
import "./chunk-Z3UKFMZS.js";
import "./chunk-V7GXBNEM.js";
import "./chunk-GWMNDNAL.js";
import "./chunk-P52CQO5X.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-NAEY2JMF.js";
import "./chunk-BIFPRSTK.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-SID65HV4.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-LHWV5HES.js";
import "./chunk-DMWAW2YW.js";
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
