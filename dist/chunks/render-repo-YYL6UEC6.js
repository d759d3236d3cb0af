import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
} from "./chunk-FZS7GZLO.js";
import "./chunk-OZYNPKIN.js";
import "./chunk-SSJFMW22.js";
import "./chunk-HBIA4S6H.js";
import "./chunk-SWVAK7LB.js";
import "./chunk-QT4GTATZ.js";
import "./chunk-ZT4S6I2E.js";
import "./chunk-GZ47FPBD.js";
import "./chunk-5QGPLNTT.js";
import "./chunk-35XF5YGG.js";
import "./chunk-VRK5AQSF.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-2IVFU7EI.js";
import "./chunk-JNRZWGKW.js";
import "./chunk-26D6SPF5.js";
import "./chunk-B7X3UZU7.js";
import "./chunk-25T5DTZY.js";
import "./chunk-GSGQ2ZSK.js";
import "./chunk-6XFIWXZH.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";
export {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
};
