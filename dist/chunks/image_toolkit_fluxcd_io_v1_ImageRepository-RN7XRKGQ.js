import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  D
} from "./chunk-QLJ6O3LA.js";
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

// src/generated/current/image_toolkit_fluxcd_io_v1_ImageRepository.js
var A = M;
function D2(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), D2.errors = r, t === 0;
}
function i3(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), i3.errors = r, t === 0;
}
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function P(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 25) {
      let p = { instancePath: n, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 25 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    let o = e.length;
    for (let p = 0; p < o; p++) u(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length);
  }
  return P.errors = r, t === 0;
}
function c2(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c2.errors = r, t === 0;
}
var W = ["generic", "aws", "azure", "gcp"];
function k(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "generic" && e !== "aws" && e !== "azure" && e !== "gcp") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: W } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "string" && ucs2length_default(e) > 253) {
    let o = { instancePath: n, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
function M(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.image === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.interval === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.accessFrom !== void 0 && (D2(e.accessFrom, { instancePath: n + "/accessFrom", parentData: e, parentDataProperty: "accessFrom", rootData: l }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length)), e.certSecretRef !== void 0 && (i3(e.certSecretRef, { instancePath: n + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.exclusionList !== void 0 && (P(e.exclusionList, { instancePath: n + "/exclusionList", parentData: e, parentDataProperty: "exclusionList", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.image !== void 0 && (u(e.image, { instancePath: n + "/image", parentData: e, parentDataProperty: "image", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.insecure !== void 0 && (c2(e.insecure, { instancePath: n + "/insecure", parentData: e, parentDataProperty: "insecure", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.interval !== void 0 && (u(e.interval, { instancePath: n + "/interval", parentData: e, parentDataProperty: "interval", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.provider !== void 0 && (k(e.provider, { instancePath: n + "/provider", parentData: e, parentDataProperty: "provider", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.proxySecretRef !== void 0 && (i3(e.proxySecretRef, { instancePath: n + "/proxySecretRef", parentData: e, parentDataProperty: "proxySecretRef", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.secretRef !== void 0 && (i3(e.secretRef, { instancePath: n + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.serviceAccountName !== void 0 && (w(e.serviceAccountName, { instancePath: n + "/serviceAccountName", parentData: e, parentDataProperty: "serviceAccountName", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.suspend !== void 0 && (c2(e.suspend, { instancePath: n + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.timeout !== void 0 && (E(e.timeout, { instancePath: n + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return M.errors = r, t === 0;
}
var q = O;
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x.errors = r, t === 0;
}
function b(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) x(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length);
  }
  return b.errors = r, t === 0;
}
function R(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return R.errors = r, t === 0;
}
function N(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), N.errors = r, t === 0;
}
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
function O(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.tagCount === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tagCount" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.latestTags !== void 0 && (b(e.latestTags, { instancePath: n + "/latestTags", parentData: e, parentDataProperty: "latestTags", rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.revision !== void 0 && (R(e.revision, { instancePath: n + "/revision", parentData: e, parentDataProperty: "revision", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.scanTime !== void 0 && (N(e.scanTime, { instancePath: n + "/scanTime", parentData: e, parentDataProperty: "scanTime", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.tagCount !== void 0 && (S(e.tagCount, { instancePath: n + "/tagCount", parentData: e, parentDataProperty: "tagCount", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return O.errors = r, t === 0;
}
var _ = Q2;
function L(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return i2(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), L.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return V.errors = r, t === 0;
}
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), j.errors = r, t === 0;
}
function I(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) j(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length);
  }
  return I.errors = r, t === 0;
}
function T(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (q(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), T.errors = r, t === 0;
}
function F(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return F.errors = r, t === 0;
}
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) F(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length);
  }
  return C.errors = r, t === 0;
}
var Z = formats.int64;
function G(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Z.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return G.errors = r, t === 0;
}
function Q2(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (L(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.canonicalImageName !== void 0 && (V(e.canonicalImageName, { instancePath: n + "/canonicalImageName", parentData: e, parentDataProperty: "canonicalImageName", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.conditions !== void 0 && (I(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.lastScanResult !== void 0 && (T(e.lastScanResult, { instancePath: n + "/lastScanResult", parentData: e, parentDataProperty: "lastScanResult", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.observedExclusionList !== void 0 && (C(e.observedExclusionList, { instancePath: n + "/observedExclusionList", parentData: e, parentDataProperty: "observedExclusionList", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.observedGeneration !== void 0 && (G(e.observedGeneration, { instancePath: n + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Q2.errors = r, t === 0;
}
var $ = U;
var d = ["image.toolkit.fluxcd.io/v1"];
function z(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "image.toolkit.fluxcd.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: d } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z.errors = r, t === 0;
}
var rr = ["ImageRepository"];
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ImageRepository") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: rr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return B.errors = r, t === 0;
}
function H(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), H.errors = r, t === 0;
}
function J(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (A(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), J.errors = r, t === 0;
}
function K(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (_(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), K.errors = r, t === 0;
}
function U(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (z(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.kind !== void 0 && (B(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), e.metadata !== void 0 && (H(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.spec !== void 0 && (J(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.status !== void 0 && (K(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return U.errors = r, t === 0;
}
export {
  $ as validate
};
