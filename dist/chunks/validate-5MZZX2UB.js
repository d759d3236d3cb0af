import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-QRKZI6XU.js";
import "./chunk-4XBLL33F.js";
import "./chunk-GT6DZO67.js";
import "./chunk-NULAUMAV.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-TMS2S4CU.js";
import "./chunk-7EPZIX6B.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-XH4FY27A.js";
import "./chunk-Z24NO3ZU.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
