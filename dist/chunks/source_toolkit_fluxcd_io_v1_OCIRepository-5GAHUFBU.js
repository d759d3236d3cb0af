import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-NSK6BW7D.js";
import {
  P
} from "./chunk-UJFM26RT.js";
import {
  i
} from "./chunk-LCBXDKMW.js";
import {
  i as i2
} from "./chunk-3VSKKYWK.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/source_toolkit_fluxcd_io_v1_OCIRepository.js
var c = B;
function w(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return w.errors = r, t === 0;
}
var Q2 = ["extract", "copy"];
function E(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "extract" && e !== "copy") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Q2 } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return E.errors = r, t === 0;
}
function B(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.mediaType !== void 0 && (w(e.mediaType, { instancePath: o + "/mediaType", parentData: e, parentDataProperty: "mediaType", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.operation !== void 0 && (E(e.operation, { instancePath: o + "/operation", parentData: e, parentDataProperty: "operation", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return B.errors = r, t === 0;
}
var b2 = H;
function i3(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return i3.errors = r, t === 0;
}
function H(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.digest !== void 0 && (i3(e.digest, { instancePath: o + "/digest", parentData: e, parentDataProperty: "digest", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.semver !== void 0 && (i3(e.semver, { instancePath: o + "/semver", parentData: e, parentDataProperty: "semver", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.semverFilter !== void 0 && (i3(e.semverFilter, { instancePath: o + "/semverFilter", parentData: e, parentDataProperty: "semverFilter", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.tag !== void 0 && (i3(e.tag, { instancePath: o + "/tag", parentData: e, parentDataProperty: "tag", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return H.errors = r, t === 0;
}
var q = J;
function a(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), a.errors = r, t === 0;
}
function u(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
function y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return y.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return A.errors = r, t === 0;
}
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), S.errors = r, t === 0;
}
var U = ["generic", "aws", "azure", "gcp"];
function x(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "generic" && e !== "aws" && e !== "azure" && e !== "gcp") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: U } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return x.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), R.errors = r, t === 0;
}
var W = RegExp("^oci://.*$", "u");
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (!W.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^oci://.*$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return j.errors = r, t === 0;
}
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), V.errors = r, t === 0;
}
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.interval === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.url === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.certSecretRef !== void 0 && (a(e.certSecretRef, { instancePath: o + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.ignore !== void 0 && (u(e.ignore, { instancePath: o + "/ignore", parentData: e, parentDataProperty: "ignore", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.insecure !== void 0 && (y(e.insecure, { instancePath: o + "/insecure", parentData: e, parentDataProperty: "insecure", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.interval !== void 0 && (A(e.interval, { instancePath: o + "/interval", parentData: e, parentDataProperty: "interval", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.layerSelector !== void 0 && (S(e.layerSelector, { instancePath: o + "/layerSelector", parentData: e, parentDataProperty: "layerSelector", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.provider !== void 0 && (x(e.provider, { instancePath: o + "/provider", parentData: e, parentDataProperty: "provider", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.proxySecretRef !== void 0 && (a(e.proxySecretRef, { instancePath: o + "/proxySecretRef", parentData: e, parentDataProperty: "proxySecretRef", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.ref !== void 0 && (R(e.ref, { instancePath: o + "/ref", parentData: e, parentDataProperty: "ref", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.secretRef !== void 0 && (a(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.serviceAccountName !== void 0 && (u(e.serviceAccountName, { instancePath: o + "/serviceAccountName", parentData: e, parentDataProperty: "serviceAccountName", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.suspend !== void 0 && (y(e.suspend, { instancePath: o + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.timeout !== void 0 && (u(e.timeout, { instancePath: o + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.url !== void 0 && (j(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.verify !== void 0 && (V(e.verify, { instancePath: o + "/verify", parentData: e, parentDataProperty: "verify", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J.errors = r, t === 0;
}
var _ = K;
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return i2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), F.errors = r, t === 0;
}
function I(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), I.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), N.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let m = 0; m < n; m++) N(e[m], { instancePath: o + "/" + m, parentData: e, parentDataProperty: m, rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length);
  }
  return G.errors = r, t === 0;
}
var Y = formats.int64;
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Y.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return L.errors = r, t === 0;
}
function v(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v.errors = r, t === 0;
}
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), T.errors = r, t === 0;
}
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (F(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.artifact !== void 0 && (I(e.artifact, { instancePath: o + "/artifact", parentData: e, parentDataProperty: "artifact", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.conditions !== void 0 && (G(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.observedGeneration !== void 0 && (L(e.observedGeneration, { instancePath: o + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.observedIgnore !== void 0 && (v(e.observedIgnore, { instancePath: o + "/observedIgnore", parentData: e, parentDataProperty: "observedIgnore", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.observedLayerSelector !== void 0 && (T(e.observedLayerSelector, { instancePath: o + "/observedLayerSelector", parentData: e, parentDataProperty: "observedLayerSelector", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.url !== void 0 && (v(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return K.errors = r, t === 0;
}
var Z = M;
var rr = ["source.toolkit.fluxcd.io/v1"];
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "source.toolkit.fluxcd.io/v1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: rr } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return d.errors = r, t === 0;
}
var er = ["OCIRepository"];
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "OCIRepository") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: er } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return z.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), C.errors = r, t === 0;
}
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), O.errors = r, t === 0;
}
function $(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (_(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), $.errors = r, t === 0;
}
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.kind === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiVersion !== void 0 && (d(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.kind !== void 0 && (z(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.metadata !== void 0 && (C(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.spec !== void 0 && (O(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.status !== void 0 && ($(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return M.errors = r, t === 0;
}
export {
  Z as validate
};
