import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-AFYZ7OGG.js";
import "./chunk-VLXMBXLC.js";
import "./chunk-UBUQTWQ6.js";
import "./chunk-GSGQ2ZSK.js";
import "./chunk-6XFIWXZH.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";
export {
  validateAll
};
