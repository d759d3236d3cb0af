import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-CL3AHDT6.js";
import "./chunk-C7NKRN6V.js";
import "./chunk-KENUJSPA.js";
import "./chunk-L2XMDILF.js";
import "./chunk-6HN4PLOU.js";
import "./chunk-WPBO7CMI.js";
import "./chunk-RKFZYPYL.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-HWSQUULS.js";
import "./chunk-T27TFQE2.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-FQH6KQ5R.js";
import "./chunk-EAQEKXIK.js";
import "./chunk-XTRED4QM.js";
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
