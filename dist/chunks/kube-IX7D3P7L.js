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
<<<<<<<< HEAD:dist/chunks/kube-IX7D3P7L.js
} from "./chunk-D24S4AL4.js";
========
} from "./chunk-2NF2QYZQ.js";
>>>>>>>> i15a:dist/chunks/kube-33DVUWBU.js
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
