import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-AWZGOL5P.js";
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
import "./chunk-EAQEKXIK.js";
import "./chunk-XTRED4QM.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
