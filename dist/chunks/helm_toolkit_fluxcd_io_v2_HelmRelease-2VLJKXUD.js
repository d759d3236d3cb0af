import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i as i2
} from "./chunk-LCBXDKMW.js";
import {
  i as i3
} from "./chunk-3VSKKYWK.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  i
} from "./chunk-WAOBDALS.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/helm_toolkit_fluxcd_io_v2_HelmRelease.js
var G = Bt;
function J(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) J(e[n], { instancePath: l + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: o }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length);
  return d.errors = r, t === 0;
}
function Bt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotations !== void 0 && (d(e.annotations, { instancePath: l + "/annotations", parentData: e, parentDataProperty: "annotations", rootData: o }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.labels !== void 0 && (d(e.labels, { instancePath: l + "/labels", parentData: e, parentDataProperty: "labels", rootData: o }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Bt.errors = r, t === 0;
}
var Q2 = Qt;
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return z.errors = r, t === 0;
}
var zn = ["HelmRepository", "GitRepository", "Bucket"];
function K(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "HelmRepository" && e !== "GitRepository" && e !== "Bucket") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: zn } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return K.errors = r, t === 0;
}
function Z(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Z.errors = r, t === 0;
}
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return $.errors = r, t === 0;
}
function Qt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiVersion !== void 0 && (z(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.kind !== void 0 && (K(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.name !== void 0 && (Z(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length)), e.namespace !== void 0 && ($(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: o }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qt.errors = r, t === 0;
}
var Y = Ut;
var Kn = ["cosign", "notation"];
function U(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "cosign" && e !== "notation") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Kn } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return U.errors = r, t === 0;
}
function X(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i2(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), X.errors = r, t === 0;
}
function Ut(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.provider === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.provider !== void 0 && (U(e.provider, { instancePath: l + "/provider", parentData: e, parentDataProperty: "provider", rootData: o }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.secretRef !== void 0 && (X(e.secretRef, { instancePath: l + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: o }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ut.errors = r, t === 0;
}
var ir = Yt;
function rr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 2048) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rr.errors = r, t === 0;
}
function er(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return er.errors = r, t === 0;
}
function tr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tr.errors = r, t === 0;
}
var Zn = ["ChartVersion", "Revision"];
function nr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ChartVersion" && e !== "Revision") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Zn } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return nr.errors = r, t === 0;
}
function lr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Q2(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length), lr.errors = r, t === 0;
}
function or(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return or.errors = r, t === 0;
}
function sr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) or(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length);
  }
  return sr.errors = r, t === 0;
}
function pr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Y(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), pr.errors = r, t === 0;
}
function ar(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ar.errors = r, t === 0;
}
function Yt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.chart === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chart" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.sourceRef === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.chart !== void 0 && (rr(e.chart, { instancePath: l + "/chart", parentData: e, parentDataProperty: "chart", rootData: o }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), e.ignoreMissingValuesFiles !== void 0 && (er(e.ignoreMissingValuesFiles, { instancePath: l + "/ignoreMissingValuesFiles", parentData: e, parentDataProperty: "ignoreMissingValuesFiles", rootData: o }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), e.interval !== void 0 && (tr(e.interval, { instancePath: l + "/interval", parentData: e, parentDataProperty: "interval", rootData: o }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length)), e.reconcileStrategy !== void 0 && (nr(e.reconcileStrategy, { instancePath: l + "/reconcileStrategy", parentData: e, parentDataProperty: "reconcileStrategy", rootData: o }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), e.sourceRef !== void 0 && (lr(e.sourceRef, { instancePath: l + "/sourceRef", parentData: e, parentDataProperty: "sourceRef", rootData: o }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), e.valuesFiles !== void 0 && (sr(e.valuesFiles, { instancePath: l + "/valuesFiles", parentData: e, parentDataProperty: "valuesFiles", rootData: o }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.verify !== void 0 && (pr(e.verify, { instancePath: l + "/verify", parentData: e, parentDataProperty: "verify", rootData: o }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), e.version !== void 0 && (ar(e.version, { instancePath: l + "/version", parentData: e, parentDataProperty: "version", rootData: o }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yt.errors = r, t === 0;
}
var cr = rn;
function ur(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (G(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), ur.errors = r, t === 0;
}
function yr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return ir(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length), yr.errors = r, t === 0;
}
function rn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.metadata !== void 0 && (ur(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: o }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length)), e.spec !== void 0 && (yr(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: o }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rn.errors = r, t === 0;
}
var Dr = en;
function mr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mr.errors = r, t === 0;
}
var $n = ["OCIRepository", "HelmChart", "ExternalArtifact"];
function hr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "OCIRepository" && e !== "HelmChart" && e !== "ExternalArtifact") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: $n } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hr.errors = r, t === 0;
}
function vr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vr.errors = r, t === 0;
}
function fr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return fr.errors = r, t === 0;
}
function en(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiVersion !== void 0 && (mr(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.kind !== void 0 && (hr(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), e.name !== void 0 && (vr(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.namespace !== void 0 && (fr(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: o }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return en.errors = r, t === 0;
}
var kr = tn;
function Pr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pr.errors = r, t === 0;
}
function x(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Pr(e[n], { instancePath: l + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: o }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length);
  return x.errors = r, t === 0;
}
function tn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotations !== void 0 && (x(e.annotations, { instancePath: l + "/annotations", parentData: e, parentDataProperty: "annotations", rootData: o }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.labels !== void 0 && (x(e.labels, { instancePath: l + "/labels", parentData: e, parentDataProperty: "labels", rootData: o }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tn.errors = r, t === 0;
}
var br = nn;
function wr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wr.errors = r, t === 0;
}
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return j.errors = r, t === 0;
}
function nn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (wr(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.namespace !== void 0 && (j(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: o }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.readyExpr !== void 0 && (j(e.readyExpr, { instancePath: l + "/readyExpr", parentData: e, parentDataProperty: "readyExpr", rootData: o }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return nn.errors = r, t === 0;
}
var w = ln;
function c2(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return c2.errors = r, t === 0;
}
function ln(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotationSelector !== void 0 && (c2(e.annotationSelector, { instancePath: l + "/annotationSelector", parentData: e, parentDataProperty: "annotationSelector", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.group !== void 0 && (c2(e.group, { instancePath: l + "/group", parentData: e, parentDataProperty: "group", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.kind !== void 0 && (c2(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.labelSelector !== void 0 && (c2(e.labelSelector, { instancePath: l + "/labelSelector", parentData: e, parentDataProperty: "labelSelector", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.name !== void 0 && (c2(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.namespace !== void 0 && (c2(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.version !== void 0 && (c2(e.version, { instancePath: l + "/version", parentData: e, parentDataProperty: "version", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ln.errors = r, t === 0;
}
var xr = on;
function Ar(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ar.errors = r, t === 0;
}
function Er(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ar(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length);
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Er.errors = r, t === 0;
}
function dr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (w(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), dr.errors = r, t === 0;
}
function on(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.paths === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "paths" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.paths !== void 0 && (Er(e.paths, { instancePath: l + "/paths", parentData: e, parentDataProperty: "paths", rootData: o }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.target !== void 0 && (dr(e.target, { instancePath: l + "/target", parentData: e, parentDataProperty: "target", rootData: o }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return on.errors = r, t === 0;
}
var jr = sn;
function sn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return sn.errors = r, t === 0;
}
var qr = pn;
function Rr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return xr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? xr.errors : r.concat(xr.errors)).length), Rr.errors = r, t === 0;
}
function Vr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Rr(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? Rr.errors : r.concat(Rr.errors)).length);
  }
  return Vr.errors = r, t === 0;
}
var Bn = ["enabled", "warn", "disabled"];
function Fr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (jr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length), e !== "enabled" && e !== "warn" && e !== "disabled") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Bn } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fr.errors = r, t === 0;
}
function pn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.ignore !== void 0 && (Vr(e.ignore, { instancePath: l + "/ignore", parentData: e, parentDataProperty: "ignore", rootData: o }) || (t = (r = r === null ? Vr.errors : r.concat(Vr.errors)).length)), e.mode !== void 0 && (Fr(e.mode, { instancePath: l + "/mode", parentData: e, parentDataProperty: "mode", rootData: o }) || (t = (r = r === null ? Fr.errors : r.concat(Fr.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pn.errors = r, t === 0;
}
var Cr = an;
function Lr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lr.errors = r, t === 0;
}
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
function an(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.current === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "current" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.current !== void 0 && (Lr(e.current, { instancePath: l + "/current", parentData: e, parentDataProperty: "current", rootData: o }) || (t = (r = r === null ? Lr.errors : r.concat(Lr.errors)).length)), e.failed !== void 0 && (R(e.failed, { instancePath: l + "/failed", parentData: e, parentDataProperty: "failed", rootData: o }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.inProgress !== void 0 && (R(e.inProgress, { instancePath: l + "/inProgress", parentData: e, parentDataProperty: "inProgress", rootData: o }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return an.errors = r, t === 0;
}
var Sr = un;
function Nr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Cr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Cr.errors : r.concat(Cr.errors)).length), Nr.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return V.errors = r, t === 0;
}
function un(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (Nr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Nr.errors : r.concat(Nr.errors)).length), e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.kind === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiVersion !== void 0 && (V(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.kind !== void 0 && (V(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return un.errors = r, t === 0;
}
var b = yn;
function yn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yn.errors = r, t === 0;
}
var Or = cn;
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return F.errors = r, t === 0;
}
function Hr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hr.errors = r, t === 0;
}
function cn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.ignoreTestFailures !== void 0 && (F(e.ignoreTestFailures, { instancePath: l + "/ignoreTestFailures", parentData: e, parentDataProperty: "ignoreTestFailures", rootData: o }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.remediateLastFailure !== void 0 && (F(e.remediateLastFailure, { instancePath: l + "/remediateLastFailure", parentData: e, parentDataProperty: "remediateLastFailure", rootData: o }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.retries !== void 0 && (Hr(e.retries, { instancePath: l + "/retries", parentData: e, parentDataProperty: "retries", rootData: o }) || (t = (r = r === null ? Hr.errors : r.concat(Hr.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return cn.errors = r, t === 0;
}
var Tr = mn;
var Qn = ["RemediateOnFailure", "RetryOnFailure"];
function Wr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "RemediateOnFailure" && e !== "RetryOnFailure") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Qn } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wr.errors = r, t === 0;
}
function _r(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _r.errors = r, t === 0;
}
function mn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (Wr(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? Wr.errors : r.concat(Wr.errors)).length)), e.retryInterval !== void 0 && (_r(e.retryInterval, { instancePath: l + "/retryInterval", parentData: e, parentDataProperty: "retryInterval", rootData: o }) || (t = (r = r === null ? _r.errors : r.concat(_r.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mn.errors = r, t === 0;
}
var zr = hn;
var Un = ["Skip", "Create", "CreateReplace"];
function Ir(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (b(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), e !== "Skip" && e !== "Create" && e !== "CreateReplace") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Un } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ir.errors = r, t === 0;
}
function i4(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return i4.errors = r, t === 0;
}
function Mr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Or(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Or.errors : r.concat(Or.errors)).length)), Mr.errors = r, t === 0;
}
function Jr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Tr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Tr.errors : r.concat(Tr.errors)).length)), Jr.errors = r, t === 0;
}
function Gr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gr.errors = r, t === 0;
}
function hn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.crds !== void 0 && (Ir(e.crds, { instancePath: l + "/crds", parentData: e, parentDataProperty: "crds", rootData: o }) || (t = (r = r === null ? Ir.errors : r.concat(Ir.errors)).length)), e.createNamespace !== void 0 && (i4(e.createNamespace, { instancePath: l + "/createNamespace", parentData: e, parentDataProperty: "createNamespace", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.disableHooks !== void 0 && (i4(e.disableHooks, { instancePath: l + "/disableHooks", parentData: e, parentDataProperty: "disableHooks", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.disableOpenAPIValidation !== void 0 && (i4(e.disableOpenAPIValidation, { instancePath: l + "/disableOpenAPIValidation", parentData: e, parentDataProperty: "disableOpenAPIValidation", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.disableSchemaValidation !== void 0 && (i4(e.disableSchemaValidation, { instancePath: l + "/disableSchemaValidation", parentData: e, parentDataProperty: "disableSchemaValidation", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.disableTakeOwnership !== void 0 && (i4(e.disableTakeOwnership, { instancePath: l + "/disableTakeOwnership", parentData: e, parentDataProperty: "disableTakeOwnership", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.disableWait !== void 0 && (i4(e.disableWait, { instancePath: l + "/disableWait", parentData: e, parentDataProperty: "disableWait", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.disableWaitForJobs !== void 0 && (i4(e.disableWaitForJobs, { instancePath: l + "/disableWaitForJobs", parentData: e, parentDataProperty: "disableWaitForJobs", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.remediation !== void 0 && (Mr(e.remediation, { instancePath: l + "/remediation", parentData: e, parentDataProperty: "remediation", rootData: o }) || (t = (r = r === null ? Mr.errors : r.concat(Mr.errors)).length)), e.replace !== void 0 && (i4(e.replace, { instancePath: l + "/replace", parentData: e, parentDataProperty: "replace", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.serverSideApply !== void 0 && (i4(e.serverSideApply, { instancePath: l + "/serverSideApply", parentData: e, parentDataProperty: "serverSideApply", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.skipCRDs !== void 0 && (i4(e.skipCRDs, { instancePath: l + "/skipCRDs", parentData: e, parentDataProperty: "skipCRDs", rootData: o }) || (t = (r = r === null ? i4.errors : r.concat(i4.errors)).length)), e.strategy !== void 0 && (Jr(e.strategy, { instancePath: l + "/strategy", parentData: e, parentDataProperty: "strategy", rootData: o }) || (t = (r = r === null ? Jr.errors : r.concat(Jr.errors)).length)), e.timeout !== void 0 && (Gr(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: o }) || (t = (r = r === null ? Gr.errors : r.concat(Gr.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hn.errors = r, t === 0;
}
var $r = vn;
function Kr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Kr.errors = r, t === 0;
}
function Zr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zr.errors = r, t === 0;
}
function vn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (Kr(e.key, { instancePath: l + "/key", parentData: e, parentDataProperty: "key", rootData: o }) || (t = (r = r === null ? Kr.errors : r.concat(Kr.errors)).length)), e.name !== void 0 && (Zr(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? Zr.errors : r.concat(Zr.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vn.errors = r, t === 0;
}
var Ur = fn;
function Br(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i2(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), Br.errors = r, t === 0;
}
function Qr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && ($r(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? $r.errors : r.concat($r.errors)).length)), Qr.errors = r, t === 0;
}
function fn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.configMapRef !== void 0 && (Br(e.configMapRef, { instancePath: l + "/configMapRef", parentData: e, parentDataProperty: "configMapRef", rootData: o }) || (t = (r = r === null ? Br.errors : r.concat(Br.errors)).length)), e.secretRef !== void 0 && (Qr(e.secretRef, { instancePath: l + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: o }) || (t = (r = r === null ? Qr.errors : r.concat(Qr.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fn.errors = r, t === 0;
}
var Yr = gn;
function g(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return g.errors = r, t === 0;
}
function Xr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xr.errors = r, t === 0;
}
function gn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.digest !== void 0 && (g(e.digest, { instancePath: l + "/digest", parentData: e, parentDataProperty: "digest", rootData: o }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.name !== void 0 && (Xr(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? Xr.errors : r.concat(Xr.errors)).length)), e.newName !== void 0 && (g(e.newName, { instancePath: l + "/newName", parentData: e, parentDataProperty: "newName", rootData: o }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.newTag !== void 0 && (g(e.newTag, { instancePath: l + "/newTag", parentData: e, parentDataProperty: "newTag", rootData: o }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return gn.errors = r, t === 0;
}
var te = Dn;
function re(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return re.errors = r, t === 0;
}
function ee(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (w(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), ee.errors = r, t === 0;
}
function Dn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.patch === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "patch" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.patch !== void 0 && (re(e.patch, { instancePath: l + "/patch", parentData: e, parentDataProperty: "patch", rootData: o }) || (t = (r = r === null ? re.errors : r.concat(re.errors)).length)), e.target !== void 0 && (ee(e.target, { instancePath: l + "/target", parentData: e, parentDataProperty: "target", rootData: o }) || (t = (r = r === null ? ee.errors : r.concat(ee.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dn.errors = r, t === 0;
}
var pe = Pn;
function ne(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Yr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Yr.errors : r.concat(Yr.errors)).length), ne.errors = r, t === 0;
}
function le(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ne(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? ne.errors : r.concat(ne.errors)).length);
  }
  return le.errors = r, t === 0;
}
function oe(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return te(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? te.errors : r.concat(te.errors)).length), oe.errors = r, t === 0;
}
function se(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) oe(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? oe.errors : r.concat(oe.errors)).length);
  }
  return se.errors = r, t === 0;
}
function Pn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.images !== void 0 && (le(e.images, { instancePath: l + "/images", parentData: e, parentDataProperty: "images", rootData: o }) || (t = (r = r === null ? le.errors : r.concat(le.errors)).length)), e.patches !== void 0 && (se(e.patches, { instancePath: l + "/patches", parentData: e, parentDataProperty: "patches", rootData: o }) || (t = (r = r === null ? se.errors : r.concat(se.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pn.errors = r, t === 0;
}
var ie = kn;
function ae(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (pe(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? pe.errors : r.concat(pe.errors)).length)), ae.errors = r, t === 0;
}
function kn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.kustomize !== void 0 && (ae(e.kustomize, { instancePath: l + "/kustomize", parentData: e, parentDataProperty: "kustomize", rootData: o }) || (t = (r = r === null ? ae.errors : r.concat(ae.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return kn.errors = r, t === 0;
}
var A = wn;
function wn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wn.errors = r, t === 0;
}
var ce = bn;
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return h.errors = r, t === 0;
}
var Xn = ["enabled", "disabled", "auto"];
function ue(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (A(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), e !== "enabled" && e !== "disabled" && e !== "auto") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Xn } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ue.errors = r, t === 0;
}
function ye(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ye.errors = r, t === 0;
}
function bn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.cleanupOnFail !== void 0 && (h(e.cleanupOnFail, { instancePath: l + "/cleanupOnFail", parentData: e, parentDataProperty: "cleanupOnFail", rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.disableHooks !== void 0 && (h(e.disableHooks, { instancePath: l + "/disableHooks", parentData: e, parentDataProperty: "disableHooks", rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.disableWait !== void 0 && (h(e.disableWait, { instancePath: l + "/disableWait", parentData: e, parentDataProperty: "disableWait", rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.disableWaitForJobs !== void 0 && (h(e.disableWaitForJobs, { instancePath: l + "/disableWaitForJobs", parentData: e, parentDataProperty: "disableWaitForJobs", rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.force !== void 0 && (h(e.force, { instancePath: l + "/force", parentData: e, parentDataProperty: "force", rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.recreate !== void 0 && (h(e.recreate, { instancePath: l + "/recreate", parentData: e, parentDataProperty: "recreate", rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.serverSideApply !== void 0 && (ue(e.serverSideApply, { instancePath: l + "/serverSideApply", parentData: e, parentDataProperty: "serverSideApply", rootData: o }) || (t = (r = r === null ? ue.errors : r.concat(ue.errors)).length)), e.timeout !== void 0 && (ye(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: o }) || (t = (r = r === null ? ye.errors : r.concat(ye.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return bn.errors = r, t === 0;
}
var ve = En;
function me(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return me.errors = r, t === 0;
}
function he(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return he.errors = r, t === 0;
}
function En(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.exclude !== void 0 && (me(e.exclude, { instancePath: l + "/exclude", parentData: e, parentDataProperty: "exclude", rootData: o }) || (t = (r = r === null ? me.errors : r.concat(me.errors)).length)), e.name !== void 0 && (he(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? he.errors : r.concat(he.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return En.errors = r, t === 0;
}
var Pe = dn;
function q(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return q.errors = r, t === 0;
}
function fe(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return ve(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? ve.errors : r.concat(ve.errors)).length), fe.errors = r, t === 0;
}
function ge(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) fe(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? fe.errors : r.concat(fe.errors)).length);
  }
  return ge.errors = r, t === 0;
}
function De(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return De.errors = r, t === 0;
}
function dn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.enable !== void 0 && (q(e.enable, { instancePath: l + "/enable", parentData: e, parentDataProperty: "enable", rootData: o }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.filters !== void 0 && (ge(e.filters, { instancePath: l + "/filters", parentData: e, parentDataProperty: "filters", rootData: o }) || (t = (r = r === null ? ge.errors : r.concat(ge.errors)).length)), e.ignoreFailures !== void 0 && (q(e.ignoreFailures, { instancePath: l + "/ignoreFailures", parentData: e, parentDataProperty: "ignoreFailures", rootData: o }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.timeout !== void 0 && (De(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: o }) || (t = (r = r === null ? De.errors : r.concat(De.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return dn.errors = r, t === 0;
}
var be = xn;
var Yn = ["background", "foreground", "orphan"];
function ke(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "background" && e !== "foreground" && e !== "orphan") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Yn } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ke.errors = r, t === 0;
}
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return D.errors = r, t === 0;
}
function we(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return we.errors = r, t === 0;
}
function xn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.deletionPropagation !== void 0 && (ke(e.deletionPropagation, { instancePath: l + "/deletionPropagation", parentData: e, parentDataProperty: "deletionPropagation", rootData: o }) || (t = (r = r === null ? ke.errors : r.concat(ke.errors)).length)), e.disableHooks !== void 0 && (D(e.disableHooks, { instancePath: l + "/disableHooks", parentData: e, parentDataProperty: "disableHooks", rootData: o }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.disableWait !== void 0 && (D(e.disableWait, { instancePath: l + "/disableWait", parentData: e, parentDataProperty: "disableWait", rootData: o }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.keepHistory !== void 0 && (D(e.keepHistory, { instancePath: l + "/keepHistory", parentData: e, parentDataProperty: "keepHistory", rootData: o }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.timeout !== void 0 && (we(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: o }) || (t = (r = r === null ? we.errors : r.concat(we.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xn.errors = r, t === 0;
}
var Ae = jn;
function jn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return jn.errors = r, t === 0;
}
var xe = Rn;
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return L.errors = r, t === 0;
}
function Ee(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ee.errors = r, t === 0;
}
var rl = ["rollback", "uninstall"];
function de(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Ae(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Ae.errors : r.concat(Ae.errors)).length), e !== "rollback" && e !== "uninstall") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: rl } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return de.errors = r, t === 0;
}
function Rn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.ignoreTestFailures !== void 0 && (L(e.ignoreTestFailures, { instancePath: l + "/ignoreTestFailures", parentData: e, parentDataProperty: "ignoreTestFailures", rootData: o }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.remediateLastFailure !== void 0 && (L(e.remediateLastFailure, { instancePath: l + "/remediateLastFailure", parentData: e, parentDataProperty: "remediateLastFailure", rootData: o }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.retries !== void 0 && (Ee(e.retries, { instancePath: l + "/retries", parentData: e, parentDataProperty: "retries", rootData: o }) || (t = (r = r === null ? Ee.errors : r.concat(Ee.errors)).length)), e.strategy !== void 0 && (de(e.strategy, { instancePath: l + "/strategy", parentData: e, parentDataProperty: "strategy", rootData: o }) || (t = (r = r === null ? de.errors : r.concat(de.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rn.errors = r, t === 0;
}
var Ve = Vn;
var el = ["RemediateOnFailure", "RetryOnFailure"];
function je(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "RemediateOnFailure" && e !== "RetryOnFailure") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: el } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return je.errors = r, t === 0;
}
function Re(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Re.errors = r, t === 0;
}
function Vn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (je(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? je.errors : r.concat(je.errors)).length)), e.retryInterval !== void 0 && (Re(e.retryInterval, { instancePath: l + "/retryInterval", parentData: e, parentDataProperty: "retryInterval", rootData: o }) || (t = (r = r === null ? Re.errors : r.concat(Re.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vn.errors = r, t === 0;
}
var Se = Fn;
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
var tl = ["Skip", "Create", "CreateReplace"];
function Fe(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (b(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), e !== "Skip" && e !== "Create" && e !== "CreateReplace") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: tl } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fe.errors = r, t === 0;
}
function qe(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (xe(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? xe.errors : r.concat(xe.errors)).length)), qe.errors = r, t === 0;
}
var nl = ["enabled", "disabled", "auto"];
function Le(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (A(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), e !== "enabled" && e !== "disabled" && e !== "auto") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: nl } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Le.errors = r, t === 0;
}
function Ce(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ve(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Ve.errors : r.concat(Ve.errors)).length)), Ce.errors = r, t === 0;
}
function Ne(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ne.errors = r, t === 0;
}
function Fn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.cleanupOnFail !== void 0 && (u(e.cleanupOnFail, { instancePath: l + "/cleanupOnFail", parentData: e, parentDataProperty: "cleanupOnFail", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.crds !== void 0 && (Fe(e.crds, { instancePath: l + "/crds", parentData: e, parentDataProperty: "crds", rootData: o }) || (t = (r = r === null ? Fe.errors : r.concat(Fe.errors)).length)), e.disableHooks !== void 0 && (u(e.disableHooks, { instancePath: l + "/disableHooks", parentData: e, parentDataProperty: "disableHooks", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.disableOpenAPIValidation !== void 0 && (u(e.disableOpenAPIValidation, { instancePath: l + "/disableOpenAPIValidation", parentData: e, parentDataProperty: "disableOpenAPIValidation", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.disableSchemaValidation !== void 0 && (u(e.disableSchemaValidation, { instancePath: l + "/disableSchemaValidation", parentData: e, parentDataProperty: "disableSchemaValidation", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.disableTakeOwnership !== void 0 && (u(e.disableTakeOwnership, { instancePath: l + "/disableTakeOwnership", parentData: e, parentDataProperty: "disableTakeOwnership", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.disableWait !== void 0 && (u(e.disableWait, { instancePath: l + "/disableWait", parentData: e, parentDataProperty: "disableWait", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.disableWaitForJobs !== void 0 && (u(e.disableWaitForJobs, { instancePath: l + "/disableWaitForJobs", parentData: e, parentDataProperty: "disableWaitForJobs", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.force !== void 0 && (u(e.force, { instancePath: l + "/force", parentData: e, parentDataProperty: "force", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.preserveValues !== void 0 && (u(e.preserveValues, { instancePath: l + "/preserveValues", parentData: e, parentDataProperty: "preserveValues", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.remediation !== void 0 && (qe(e.remediation, { instancePath: l + "/remediation", parentData: e, parentDataProperty: "remediation", rootData: o }) || (t = (r = r === null ? qe.errors : r.concat(qe.errors)).length)), e.serverSideApply !== void 0 && (Le(e.serverSideApply, { instancePath: l + "/serverSideApply", parentData: e, parentDataProperty: "serverSideApply", rootData: o }) || (t = (r = r === null ? Le.errors : r.concat(Le.errors)).length)), e.strategy !== void 0 && (Ce(e.strategy, { instancePath: l + "/strategy", parentData: e, parentDataProperty: "strategy", rootData: o }) || (t = (r = r === null ? Ce.errors : r.concat(Ce.errors)).length)), e.timeout !== void 0 && (Ne(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: o }) || (t = (r = r === null ? Ne.errors : r.concat(Ne.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fn.errors = r, t === 0;
}
var Me = qn;
var ll = ["Secret", "ConfigMap"];
function He(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Secret" && e !== "ConfigMap") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ll } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return He.errors = r, t === 0;
}
function Oe(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Oe.errors = r, t === 0;
}
function We(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return We.errors = r, t === 0;
}
var ol = RegExp("^([a-zA-Z0-9_\\-.\\\\\\/]|\\[[0-9]{1,5}\\])+$", "u");
function _e(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 250) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 250 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!ol.test(e)) {
      let n = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^([a-zA-Z0-9_\\-.\\\\\\/]|\\[[0-9]{1,5}\\])+$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return _e.errors = r, t === 0;
}
var sl = RegExp("^[\\-._a-zA-Z0-9]+$", "u");
function Te(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!sl.test(e)) {
      let n = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[\\-._a-zA-Z0-9]+$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return Te.errors = r, t === 0;
}
function qn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.kind !== void 0 && (He(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? He.errors : r.concat(He.errors)).length)), e.name !== void 0 && (Oe(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? Oe.errors : r.concat(Oe.errors)).length)), e.optional !== void 0 && (We(e.optional, { instancePath: l + "/optional", parentData: e, parentDataProperty: "optional", rootData: o }) || (t = (r = r === null ? We.errors : r.concat(We.errors)).length)), e.targetPath !== void 0 && (_e(e.targetPath, { instancePath: l + "/targetPath", parentData: e, parentDataProperty: "targetPath", rootData: o }) || (t = (r = r === null ? _e.errors : r.concat(_e.errors)).length)), e.valuesKey !== void 0 && (Te(e.valuesKey, { instancePath: l + "/valuesKey", parentData: e, parentDataProperty: "valuesKey", rootData: o }) || (t = (r = r === null ? Te.errors : r.concat(Te.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qn.errors = r, t === 0;
}
var Je = Ln;
function Ln(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ln.errors = r, t === 0;
}
var ze = Cn;
var pl = ["poller", "legacy"];
function Ge(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Je(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Je.errors : r.concat(Je.errors)).length), e !== "poller" && e !== "legacy") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: pl } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ge.errors = r, t === 0;
}
function Cn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (Ge(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? Ge.errors : r.concat(Ge.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cn.errors = r, t === 0;
}
var gt = Nn;
function Ke(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (cr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length)), Ke.errors = r, t === 0;
}
function Ze(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Dr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length)), Ze.errors = r, t === 0;
}
function $e(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (kr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length)), $e.errors = r, t === 0;
}
function Be(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return br(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length), Be.errors = r, t === 0;
}
function Qe(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Be(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? Be.errors : r.concat(Be.errors)).length);
  }
  return Qe.errors = r, t === 0;
}
function Ue(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (qr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? qr.errors : r.concat(qr.errors)).length)), Ue.errors = r, t === 0;
}
function Xe(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Sr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Sr.errors : r.concat(Sr.errors)).length), Xe.errors = r, t === 0;
}
function Ye(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Xe(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? Xe.errors : r.concat(Xe.errors)).length);
  }
  return Ye.errors = r, t === 0;
}
function rt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (zr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length)), rt.errors = r, t === 0;
}
function et(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return et.errors = r, t === 0;
}
function tt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ur(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Ur.errors : r.concat(Ur.errors)).length)), tt.errors = r, t === 0;
}
function nt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return nt.errors = r, t === 0;
}
function C(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return C.errors = r, t === 0;
}
function lt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return ie(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? ie.errors : r.concat(ie.errors)).length), lt.errors = r, t === 0;
}
function ot(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) lt(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? lt.errors : r.concat(lt.errors)).length);
  }
  return ot.errors = r, t === 0;
}
function st(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 53) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 53 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return st.errors = r, t === 0;
}
function pt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ce(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? ce.errors : r.concat(ce.errors)).length)), pt.errors = r, t === 0;
}
function at(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return at.errors = r, t === 0;
}
function N(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return N.errors = r, t === 0;
}
function it(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pe(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Pe.errors : r.concat(Pe.errors)).length)), it.errors = r, t === 0;
}
function ut(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ut.errors = r, t === 0;
}
function yt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (be(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? be.errors : r.concat(be.errors)).length)), yt.errors = r, t === 0;
}
function ct(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Se(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Se.errors : r.concat(Se.errors)).length)), ct.errors = r, t === 0;
}
function mt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), mt.errors = r, t === 0;
}
function ht(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Me(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Me.errors : r.concat(Me.errors)).length), ht.errors = r, t === 0;
}
function vt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ht(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? ht.errors : r.concat(ht.errors)).length);
  }
  return vt.errors = r, t === 0;
}
function ft(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ze(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? ze.errors : r.concat(ze.errors)).length)), ft.errors = r, t === 0;
}
function Nn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.interval === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.chart !== void 0 && (Ke(e.chart, { instancePath: l + "/chart", parentData: e, parentDataProperty: "chart", rootData: o }) || (t = (r = r === null ? Ke.errors : r.concat(Ke.errors)).length)), e.chartRef !== void 0 && (Ze(e.chartRef, { instancePath: l + "/chartRef", parentData: e, parentDataProperty: "chartRef", rootData: o }) || (t = (r = r === null ? Ze.errors : r.concat(Ze.errors)).length)), e.commonMetadata !== void 0 && ($e(e.commonMetadata, { instancePath: l + "/commonMetadata", parentData: e, parentDataProperty: "commonMetadata", rootData: o }) || (t = (r = r === null ? $e.errors : r.concat($e.errors)).length)), e.dependsOn !== void 0 && (Qe(e.dependsOn, { instancePath: l + "/dependsOn", parentData: e, parentDataProperty: "dependsOn", rootData: o }) || (t = (r = r === null ? Qe.errors : r.concat(Qe.errors)).length)), e.driftDetection !== void 0 && (Ue(e.driftDetection, { instancePath: l + "/driftDetection", parentData: e, parentDataProperty: "driftDetection", rootData: o }) || (t = (r = r === null ? Ue.errors : r.concat(Ue.errors)).length)), e.healthCheckExprs !== void 0 && (Ye(e.healthCheckExprs, { instancePath: l + "/healthCheckExprs", parentData: e, parentDataProperty: "healthCheckExprs", rootData: o }) || (t = (r = r === null ? Ye.errors : r.concat(Ye.errors)).length)), e.install !== void 0 && (rt(e.install, { instancePath: l + "/install", parentData: e, parentDataProperty: "install", rootData: o }) || (t = (r = r === null ? rt.errors : r.concat(rt.errors)).length)), e.interval !== void 0 && (et(e.interval, { instancePath: l + "/interval", parentData: e, parentDataProperty: "interval", rootData: o }) || (t = (r = r === null ? et.errors : r.concat(et.errors)).length)), e.kubeConfig !== void 0 && (tt(e.kubeConfig, { instancePath: l + "/kubeConfig", parentData: e, parentDataProperty: "kubeConfig", rootData: o }) || (t = (r = r === null ? tt.errors : r.concat(tt.errors)).length)), e.maxHistory !== void 0 && (nt(e.maxHistory, { instancePath: l + "/maxHistory", parentData: e, parentDataProperty: "maxHistory", rootData: o }) || (t = (r = r === null ? nt.errors : r.concat(nt.errors)).length)), e.persistentClient !== void 0 && (C(e.persistentClient, { instancePath: l + "/persistentClient", parentData: e, parentDataProperty: "persistentClient", rootData: o }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.postRenderers !== void 0 && (ot(e.postRenderers, { instancePath: l + "/postRenderers", parentData: e, parentDataProperty: "postRenderers", rootData: o }) || (t = (r = r === null ? ot.errors : r.concat(ot.errors)).length)), e.releaseName !== void 0 && (st(e.releaseName, { instancePath: l + "/releaseName", parentData: e, parentDataProperty: "releaseName", rootData: o }) || (t = (r = r === null ? st.errors : r.concat(st.errors)).length)), e.rollback !== void 0 && (pt(e.rollback, { instancePath: l + "/rollback", parentData: e, parentDataProperty: "rollback", rootData: o }) || (t = (r = r === null ? pt.errors : r.concat(pt.errors)).length)), e.serviceAccountName !== void 0 && (at(e.serviceAccountName, { instancePath: l + "/serviceAccountName", parentData: e, parentDataProperty: "serviceAccountName", rootData: o }) || (t = (r = r === null ? at.errors : r.concat(at.errors)).length)), e.storageNamespace !== void 0 && (N(e.storageNamespace, { instancePath: l + "/storageNamespace", parentData: e, parentDataProperty: "storageNamespace", rootData: o }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.suspend !== void 0 && (C(e.suspend, { instancePath: l + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: o }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.targetNamespace !== void 0 && (N(e.targetNamespace, { instancePath: l + "/targetNamespace", parentData: e, parentDataProperty: "targetNamespace", rootData: o }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.test !== void 0 && (it(e.test, { instancePath: l + "/test", parentData: e, parentDataProperty: "test", rootData: o }) || (t = (r = r === null ? it.errors : r.concat(it.errors)).length)), e.timeout !== void 0 && (ut(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: o }) || (t = (r = r === null ? ut.errors : r.concat(ut.errors)).length)), e.uninstall !== void 0 && (yt(e.uninstall, { instancePath: l + "/uninstall", parentData: e, parentDataProperty: "uninstall", rootData: o }) || (t = (r = r === null ? yt.errors : r.concat(yt.errors)).length)), e.upgrade !== void 0 && (ct(e.upgrade, { instancePath: l + "/upgrade", parentData: e, parentDataProperty: "upgrade", rootData: o }) || (t = (r = r === null ? ct.errors : r.concat(ct.errors)).length)), e.values !== void 0 && (mt(e.values, { instancePath: l + "/values", parentData: e, parentDataProperty: "values", rootData: o }) || (t = (r = r === null ? mt.errors : r.concat(mt.errors)).length)), e.valuesFrom !== void 0 && (vt(e.valuesFrom, { instancePath: l + "/valuesFrom", parentData: e, parentDataProperty: "valuesFrom", rootData: o }) || (t = (r = r === null ? vt.errors : r.concat(vt.errors)).length)), e.waitStrategy !== void 0 && (ft(e.waitStrategy, { instancePath: l + "/waitStrategy", parentData: e, parentDataProperty: "waitStrategy", rootData: o }) || (t = (r = r === null ? ft.errors : r.concat(ft.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Nn.errors = r, t === 0;
}
var Pt = Sn;
function Dt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dt.errors = r, t === 0;
}
function Sn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.lastHandledForceAt !== void 0 && (Dt(e.lastHandledForceAt, { instancePath: l + "/lastHandledForceAt", parentData: e, parentDataProperty: "lastHandledForceAt", rootData: o }) || (t = (r = r === null ? Dt.errors : r.concat(Dt.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Sn.errors = r, t === 0;
}
var E = Hn;
function Hn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hn.errors = r, t === 0;
}
var wt = On;
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), S.errors = r, t === 0;
}
function kt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return kt.errors = r, t === 0;
}
function On(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.lastCompleted !== void 0 && (S(e.lastCompleted, { instancePath: l + "/lastCompleted", parentData: e, parentDataProperty: "lastCompleted", rootData: o }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.lastStarted !== void 0 && (S(e.lastStarted, { instancePath: l + "/lastStarted", parentData: e, parentDataProperty: "lastStarted", rootData: o }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.phase !== void 0 && (kt(e.phase, { instancePath: l + "/phase", parentData: e, parentDataProperty: "phase", rootData: o }) || (t = (r = r === null ? kt.errors : r.concat(kt.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return On.errors = r, t === 0;
}
var jt = Wn;
function bt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return E(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), bt.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
function m(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return m.errors = r, t === 0;
}
function At(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), At.errors = r, t === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), H.errors = r, t === 0;
}
function Et(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return wt(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? wt.errors : r.concat(wt.errors)).length), Et.errors = r, t === 0;
}
function dt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Et(e[n], { instancePath: l + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: o }) || (t = (r = r === null ? Et.errors : r.concat(Et.errors)).length);
  return dt.errors = r, t === 0;
}
function xt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xt.errors = r, t === 0;
}
function Wn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.chartName === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chartName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.chartVersion === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chartVersion" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.configDigest === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configDigest" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.digest === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.firstDeployed === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "firstDeployed" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.lastDeployed === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastDeployed" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.name === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.namespace === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.status === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.version === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.action !== void 0 && (bt(e.action, { instancePath: l + "/action", parentData: e, parentDataProperty: "action", rootData: o }) || (t = (r = r === null ? bt.errors : r.concat(bt.errors)).length)), e.apiVersion !== void 0 && (P(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.appVersion !== void 0 && (P(e.appVersion, { instancePath: l + "/appVersion", parentData: e, parentDataProperty: "appVersion", rootData: o }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.chartName !== void 0 && (m(e.chartName, { instancePath: l + "/chartName", parentData: e, parentDataProperty: "chartName", rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.chartVersion !== void 0 && (m(e.chartVersion, { instancePath: l + "/chartVersion", parentData: e, parentDataProperty: "chartVersion", rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.configDigest !== void 0 && (m(e.configDigest, { instancePath: l + "/configDigest", parentData: e, parentDataProperty: "configDigest", rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.deleted !== void 0 && (At(e.deleted, { instancePath: l + "/deleted", parentData: e, parentDataProperty: "deleted", rootData: o }) || (t = (r = r === null ? At.errors : r.concat(At.errors)).length)), e.digest !== void 0 && (m(e.digest, { instancePath: l + "/digest", parentData: e, parentDataProperty: "digest", rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.firstDeployed !== void 0 && (H(e.firstDeployed, { instancePath: l + "/firstDeployed", parentData: e, parentDataProperty: "firstDeployed", rootData: o }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.lastDeployed !== void 0 && (H(e.lastDeployed, { instancePath: l + "/lastDeployed", parentData: e, parentDataProperty: "lastDeployed", rootData: o }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.name !== void 0 && (m(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.namespace !== void 0 && (m(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.ociDigest !== void 0 && (P(e.ociDigest, { instancePath: l + "/ociDigest", parentData: e, parentDataProperty: "ociDigest", rootData: o }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.status !== void 0 && (m(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.testHooks !== void 0 && (dt(e.testHooks, { instancePath: l + "/testHooks", parentData: e, parentDataProperty: "testHooks", rootData: o }) || (t = (r = r === null ? dt.errors : r.concat(dt.errors)).length)), e.version !== void 0 && (xt(e.version, { instancePath: l + "/version", parentData: e, parentDataProperty: "version", rootData: o }) || (t = (r = r === null ? xt.errors : r.concat(xt.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wn.errors = r, t === 0;
}
var Vt = _n;
function Rt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return jt(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? jt.errors : r.concat(jt.errors)).length), Rt.errors = r, t === 0;
}
function _n(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Rt(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? Rt.errors : r.concat(Rt.errors)).length);
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _n.errors = r, t === 0;
}
var Ft = Tn;
function O(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return O.errors = r, t === 0;
}
function Tn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.id === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.v === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "v" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.id !== void 0 && (O(e.id, { instancePath: l + "/id", parentData: e, parentDataProperty: "id", rootData: o }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.v !== void 0 && (O(e.v, { instancePath: l + "/v", parentData: e, parentDataProperty: "v", rootData: o }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tn.errors = r, t === 0;
}
var Ct = In;
function qt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Ft(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Ft.errors : r.concat(Ft.errors)).length), qt.errors = r, t === 0;
}
function Lt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) qt(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? qt.errors : r.concat(qt.errors)).length);
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lt.errors = r, t === 0;
}
function In(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.entries === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.entries !== void 0 && (Lt(e.entries, { instancePath: l + "/entries", parentData: e, parentDataProperty: "entries", rootData: o }) || (t = (r = r === null ? Lt.errors : r.concat(Lt.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return In.errors = r, t === 0;
}
var Jt = Jn;
function Nt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return i3(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length), Nt.errors = r, t === 0;
}
function St(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Pt(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Pt.errors : r.concat(Pt.errors)).length), St.errors = r, t === 0;
}
function Ht(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), Ht.errors = r, t === 0;
}
function Ot(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ht(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? Ht.errors : r.concat(Ht.errors)).length);
  }
  return Ot.errors = r, t === 0;
}
var il = formats.int64;
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !il.validate(e)) {
    let n = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v.errors = r, t === 0;
}
function y(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return y.errors = r, t === 0;
}
function Wt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Vt(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Vt.errors : r.concat(Vt.errors)).length)), Wt.errors = r, t === 0;
}
function _t(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ct(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Ct.errors : r.concat(Ct.errors)).length)), _t.errors = r, t === 0;
}
var ul = ["install", "upgrade"];
function Tt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (E(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), e !== "install" && e !== "upgrade") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ul } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tt.errors = r, t === 0;
}
function It(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return It.errors = r, t === 0;
}
function Mt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return Mt.errors = r, t === 0;
}
function Jn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (Nt(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Nt.errors : r.concat(Nt.errors)).length), St(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? St.errors : r.concat(St.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && (Ot(e.conditions, { instancePath: l + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: o }) || (t = (r = r === null ? Ot.errors : r.concat(Ot.errors)).length)), e.failures !== void 0 && (v(e.failures, { instancePath: l + "/failures", parentData: e, parentDataProperty: "failures", rootData: o }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.helmChart !== void 0 && (y(e.helmChart, { instancePath: l + "/helmChart", parentData: e, parentDataProperty: "helmChart", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.history !== void 0 && (Wt(e.history, { instancePath: l + "/history", parentData: e, parentDataProperty: "history", rootData: o }) || (t = (r = r === null ? Wt.errors : r.concat(Wt.errors)).length)), e.installFailures !== void 0 && (v(e.installFailures, { instancePath: l + "/installFailures", parentData: e, parentDataProperty: "installFailures", rootData: o }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.inventory !== void 0 && (_t(e.inventory, { instancePath: l + "/inventory", parentData: e, parentDataProperty: "inventory", rootData: o }) || (t = (r = r === null ? _t.errors : r.concat(_t.errors)).length)), e.lastAttemptedConfigDigest !== void 0 && (y(e.lastAttemptedConfigDigest, { instancePath: l + "/lastAttemptedConfigDigest", parentData: e, parentDataProperty: "lastAttemptedConfigDigest", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.lastAttemptedGeneration !== void 0 && (v(e.lastAttemptedGeneration, { instancePath: l + "/lastAttemptedGeneration", parentData: e, parentDataProperty: "lastAttemptedGeneration", rootData: o }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.lastAttemptedReleaseAction !== void 0 && (Tt(e.lastAttemptedReleaseAction, { instancePath: l + "/lastAttemptedReleaseAction", parentData: e, parentDataProperty: "lastAttemptedReleaseAction", rootData: o }) || (t = (r = r === null ? Tt.errors : r.concat(Tt.errors)).length)), e.lastAttemptedReleaseActionDuration !== void 0 && (y(e.lastAttemptedReleaseActionDuration, { instancePath: l + "/lastAttemptedReleaseActionDuration", parentData: e, parentDataProperty: "lastAttemptedReleaseActionDuration", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.lastAttemptedRevision !== void 0 && (y(e.lastAttemptedRevision, { instancePath: l + "/lastAttemptedRevision", parentData: e, parentDataProperty: "lastAttemptedRevision", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.lastAttemptedRevisionDigest !== void 0 && (y(e.lastAttemptedRevisionDigest, { instancePath: l + "/lastAttemptedRevisionDigest", parentData: e, parentDataProperty: "lastAttemptedRevisionDigest", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.lastAttemptedValuesChecksum !== void 0 && (y(e.lastAttemptedValuesChecksum, { instancePath: l + "/lastAttemptedValuesChecksum", parentData: e, parentDataProperty: "lastAttemptedValuesChecksum", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.lastHandledResetAt !== void 0 && (y(e.lastHandledResetAt, { instancePath: l + "/lastHandledResetAt", parentData: e, parentDataProperty: "lastHandledResetAt", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.lastReleaseRevision !== void 0 && (It(e.lastReleaseRevision, { instancePath: l + "/lastReleaseRevision", parentData: e, parentDataProperty: "lastReleaseRevision", rootData: o }) || (t = (r = r === null ? It.errors : r.concat(It.errors)).length)), e.observedCommonMetadataDigest !== void 0 && (y(e.observedCommonMetadataDigest, { instancePath: l + "/observedCommonMetadataDigest", parentData: e, parentDataProperty: "observedCommonMetadataDigest", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.observedGeneration !== void 0 && (v(e.observedGeneration, { instancePath: l + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: o }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.observedPostRenderersDigest !== void 0 && (y(e.observedPostRenderersDigest, { instancePath: l + "/observedPostRenderersDigest", parentData: e, parentDataProperty: "observedPostRenderersDigest", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.storageNamespace !== void 0 && (Mt(e.storageNamespace, { instancePath: l + "/storageNamespace", parentData: e, parentDataProperty: "storageNamespace", rootData: o }) || (t = (r = r === null ? Mt.errors : r.concat(Mt.errors)).length)), e.upgradeFailures !== void 0 && (v(e.upgradeFailures, { instancePath: l + "/upgradeFailures", parentData: e, parentDataProperty: "upgradeFailures", rootData: o }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jn.errors = r, t === 0;
}
var yl = Gn;
var cl = ["helm.toolkit.fluxcd.io/v2"];
function Gt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "helm.toolkit.fluxcd.io/v2") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: cl } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gt.errors = r, t === 0;
}
var ml = ["HelmRelease"];
function zt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "HelmRelease") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ml } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zt.errors = r, t === 0;
}
function Kt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), Kt.errors = r, t === 0;
}
function Zt(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gt(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? gt.errors : r.concat(gt.errors)).length)), Zt.errors = r, t === 0;
}
function $t(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Jt(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? Jt.errors : r.concat(Jt.errors)).length)), $t.errors = r, t === 0;
}
function Gn(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.kind === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiVersion !== void 0 && (Gt(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? Gt.errors : r.concat(Gt.errors)).length)), e.kind !== void 0 && (zt(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? zt.errors : r.concat(zt.errors)).length)), e.metadata !== void 0 && (Kt(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: o }) || (t = (r = r === null ? Kt.errors : r.concat(Kt.errors)).length)), e.spec !== void 0 && (Zt(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: o }) || (t = (r = r === null ? Zt.errors : r.concat(Zt.errors)).length)), e.status !== void 0 && ($t(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: o }) || (t = (r = r === null ? $t.errors : r.concat($t.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gn.errors = r, t === 0;
}
export {
  yl as validate
};
