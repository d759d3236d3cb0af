import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  SUPPORTED_KUBE_VERSIONS,
  canValidate,
  emptyCrdSet,
  isBundledKind,
  kindInfo,
  loadCrds,
  preloadKinds,
  servedBy,
  validateObject
} from "./chunk-UTJQZLM3.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  SUPPORTED_KUBE_VERSIONS,
  canValidate,
  emptyCrdSet,
  isBundledKind,
  kindInfo,
  loadCrds,
  preloadKinds,
  servedBy,
  validateObject
};
