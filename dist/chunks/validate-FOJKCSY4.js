import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-NSZ3ADJB.js";
import "./chunk-G2VRI6PP.js";
import "./chunk-LD6GTDHR.js";
import "./chunk-GSGQ2ZSK.js";
import "./chunk-6XFIWXZH.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";
export {
  validateAll
};
