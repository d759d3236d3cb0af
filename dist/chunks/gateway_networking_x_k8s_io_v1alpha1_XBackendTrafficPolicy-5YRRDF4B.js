import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  F,
  z
} from "./chunk-QGLZ3EDZ.js";
import {
  H,
  a
} from "./chunk-KZGISPIJ.js";
import "./chunk-RBIRWC55.js";
import "./chunk-MYM5XKOW.js";
import "./chunk-B6UZPOY6.js";
import "./chunk-FAZITT6O.js";
import "./chunk-CC3KFF3Z.js";
import "./chunk-W4OPESLT.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/gateway_networking_x_k8s_io_v1alpha1_XBackendTrafficPolicy.js
var f = I;
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (a(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), v.errors = r, t === 0;
}
function h(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "number" && isFinite(e)) {
    if (e > 100 || isNaN(e)) {
      let l = { instancePath: n, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e < 0 || isNaN(e)) {
      let l = { instancePath: n, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return h.errors = r, t === 0;
}
function I(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.interval !== void 0 && (v(e.interval, { instancePath: n + "/interval", parentData: e, parentDataProperty: "interval", rootData: o }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.percent !== void 0 && (h(e.percent, { instancePath: n + "/percent", parentData: e, parentDataProperty: "percent", rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  else {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return I.errors = r, t === 0;
}
var P = B;
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "number" && isFinite(e)) {
    if (e > 1e6 || isNaN(e)) {
      let l = { instancePath: n, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e < 1 || isNaN(e)) {
      let l = { instancePath: n, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return g.errors = r, t === 0;
}
function D(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (a(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), D.errors = r, t === 0;
}
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.count !== void 0 && (g(e.count, { instancePath: n + "/count", parentData: e, parentDataProperty: "count", rootData: o }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.interval !== void 0 && (D(e.interval, { instancePath: n + "/interval", parentData: e, parentDataProperty: "interval", rootData: o }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length));
  else {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return B.errors = r, t === 0;
}
var E = T;
function k(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), k.errors = r, t === 0;
}
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), w.errors = r, t === 0;
}
function T(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.budget !== void 0 && (k(e.budget, { instancePath: n + "/budget", parentData: e, parentDataProperty: "budget", rootData: o }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.minRetryRate !== void 0 && (w(e.minRetryRate, { instancePath: n + "/minRetryRate", parentData: e, parentDataProperty: "minRetryRate", rootData: o }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  else {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return T.errors = r, t === 0;
}
var N = X;
function b(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), b.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (H(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), x.errors = r, t === 0;
}
function R(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return F(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length), R.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let p = { instancePath: n, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    if (e.length < 1) {
      let p = { instancePath: n, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    let l = e.length;
    for (let p = 0; p < l; p++) R(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length);
  } else {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return A.errors = r, t === 0;
}
function X(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.targetRefs === void 0) {
      let l = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetRefs" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.retryConstraint !== void 0 && (b(e.retryConstraint, { instancePath: n + "/retryConstraint", parentData: e, parentDataProperty: "retryConstraint", rootData: o }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.sessionPersistence !== void 0 && (x(e.sessionPersistence, { instancePath: n + "/sessionPersistence", parentData: e, parentDataProperty: "sessionPersistence", rootData: o }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.targetRefs !== void 0 && (A(e.targetRefs, { instancePath: n + "/targetRefs", parentData: e, parentDataProperty: "targetRefs", rootData: o }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return X.errors = r, t === 0;
}
var d = _;
var z2 = ["gateway.networking.x-k8s.io/v1alpha1"];
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "gateway.networking.x-k8s.io/v1alpha1") {
    let l = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: z2 } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return j.errors = r, t === 0;
}
var G = ["XBackendTrafficPolicy"];
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "XBackendTrafficPolicy") {
    let l = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: G } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return q.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), V.errors = r, t === 0;
}
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return N(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length), C.errors = r, t === 0;
}
function F2(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (z(e, { instancePath: n, parentData: s, parentDataProperty: i, rootData: o }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), F2.errors = r, t === 0;
}
function _(e, { instancePath: n = "", parentData: s, parentDataProperty: i, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let l = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.apiVersion === void 0) {
      let l = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.kind === void 0) {
      let l = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.apiVersion !== void 0 && (j(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.kind !== void 0 && (q(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.metadata !== void 0 && (V(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: o }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.spec !== void 0 && (C(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: o }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.status !== void 0 && (F2(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: o }) || (t = (r = r === null ? F2.errors : r.concat(F2.errors)).length));
  } else {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return _.errors = r, t === 0;
}
export {
  d as validate
};
