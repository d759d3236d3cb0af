import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-EX43E3ZM.js";
import "./chunk-U2EU47JS.js";
import "./chunk-Y6E6O4EV.js";
import "./chunk-P6EJMT6R.js";
import "./chunk-7ML2XLCI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-GYNWXAND.js";
import "./chunk-Z24NO3ZU.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
