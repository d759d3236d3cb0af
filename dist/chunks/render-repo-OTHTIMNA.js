import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-UK3HC2F4.js";
import "./chunk-NXBIQDEG.js";
import "./chunk-I4ZM6LQS.js";
import "./chunk-FBD6FKAS.js";
import "./chunk-QAFSSBBZ.js";
import "./chunk-R77WI4FJ.js";
import "./chunk-ZL4OEXNQ.js";
import "./chunk-3X5UP6IA.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-RNWVDMOP.js";
import "./chunk-LHKSLKI3.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-PF657T4B.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
};
