import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validate
} from "./chunk-VBQ4Q3SO.js";
import "./chunk-M4RZ33I3.js";
import "./chunk-HHCVKLDX.js";
import "./chunk-M3BSVX5T.js";
import "./chunk-ADCZ2JK6.js";
import "./chunk-B3B7T7ZY.js";
import {
  Model,
  createTypeMetaGuard,
  setValidateFunc
} from "./chunk-4DY3TMCB.js";
import "./chunk-LBQISY46.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";

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
