import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-SKSE4OGZ.js";
import "./chunk-2DYWDQCS.js";
import "./chunk-I2NPS43Q.js";
import "./chunk-GSGQ2ZSK.js";
import "./chunk-6XFIWXZH.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";
export {
  validateAll
};
