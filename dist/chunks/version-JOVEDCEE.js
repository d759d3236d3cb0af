import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  CAPSTAN_VERSION
} from "./chunk-NXEJ7XQU.js";
import "./chunk-XYNQLYSQ.js";
export {
  CAPSTAN_VERSION
};
