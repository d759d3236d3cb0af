import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
} from "./chunk-TFN5KMJD.js";
import "./chunk-UZC6CXC3.js";
import "./chunk-CTQNITTH.js";
import "./chunk-GSGQ2ZSK.js";
import "./chunk-6XFIWXZH.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";
export {
  validateAll
};
