import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validate
} from "./chunk-Z3E2UAMM.js";
import "./chunk-YZP45ECO.js";
import "./chunk-HYYDVGLW.js";
import "./chunk-M3BSVX5T.js";
import "./chunk-HIJ4OX23.js";
import "./chunk-B3B7T7ZY.js";
import {
  Model,
  createTypeMetaGuard,
  setValidateFunc
} from "./chunk-KVUVNQAX.js";
import "./chunk-QDS3T4MF.js";
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
