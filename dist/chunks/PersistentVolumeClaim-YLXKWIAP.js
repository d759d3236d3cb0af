import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validate
} from "./chunk-PPJLDG2S.js";
import "./chunk-UNEER6B6.js";
import "./chunk-SZG3CJ3C.js";
import "./chunk-M3BSVX5T.js";
import "./chunk-KLRUIYWP.js";
import "./chunk-B3B7T7ZY.js";
import {
  Model,
  createTypeMetaGuard,
  setValidateFunc
} from "./chunk-HPKT7YLU.js";
import "./chunk-LBQISY46.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// node_modules/kubernetes-models/v1/PersistentVolumeClaim.mjs
var PersistentVolumeClaim = class _PersistentVolumeClaim extends Model {
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _PersistentVolumeClaim.apiVersion, kind: _PersistentVolumeClaim.kind, ...data });
  }
};
PersistentVolumeClaim.apiVersion = "v1", PersistentVolumeClaim.kind = "PersistentVolumeClaim", PersistentVolumeClaim.is = createTypeMetaGuard(PersistentVolumeClaim), setValidateFunc(PersistentVolumeClaim, validate);
export {
  PersistentVolumeClaim as IoK8sApiCoreV1PersistentVolumeClaim,
  PersistentVolumeClaim
};
