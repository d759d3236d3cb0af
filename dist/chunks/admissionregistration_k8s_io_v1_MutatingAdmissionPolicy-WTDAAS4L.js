import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-J4TVJSBI.js";
import "./chunk-Z432ABFI.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/admissionregistration_k8s_io_v1_MutatingAdmissionPolicy.js
var m = S;
function i(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return i.errors = r, t === 0;
}
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.expression === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expression" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.expression !== void 0 && (i(e.expression, { instancePath: o + "/expression", parentData: e, parentDataProperty: "expression", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.name !== void 0 && (i(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return S.errors = r, t === 0;
}
var f = z;
function v(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v.errors = r, t === 0;
}
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.expression !== void 0 && (v(e.expression, { instancePath: o + "/expression", parentData: e, parentDataProperty: "expression", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return z.errors = r, t === 0;
}
var D = B;
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
function B(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.expression !== void 0 && (P(e.expression, { instancePath: o + "/expression", parentData: e, parentDataProperty: "expression", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return B.errors = r, t === 0;
}
var A = G;
function g(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), g.errors = r, t === 0;
}
function k(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), k.errors = r, t === 0;
}
var U = ["ApplyConfiguration", "JSONPatch"];
function w(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ApplyConfiguration" && e !== "JSONPatch") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: U } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return w.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.patchType === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "patchType" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.applyConfiguration !== void 0 && (g(e.applyConfiguration, { instancePath: o + "/applyConfiguration", parentData: e, parentDataProperty: "applyConfiguration", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.jsonPatch !== void 0 && (k(e.jsonPatch, { instancePath: o + "/jsonPatch", parentData: e, parentDataProperty: "jsonPatch", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.patchType !== void 0 && (w(e.patchType, { instancePath: o + "/patchType", parentData: e, parentDataProperty: "patchType", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return G.errors = r, t === 0;
}
var E = H;
function u(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
function H(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.apiVersion !== void 0 && (u(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.kind !== void 0 && (u(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return H.errors = r, t === 0;
}
var x = L;
function y(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return y.errors = r, t === 0;
}
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.expression === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expression" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.expression !== void 0 && (y(e.expression, { instancePath: o + "/expression", parentData: e, parentDataProperty: "expression", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.name !== void 0 && (y(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return L.errors = r, t === 0;
}
var K = Q2;
var W = ["Fail", "Ignore"];
function b2(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Fail" && e !== "Ignore") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: W } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return b2.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return m(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length), j.errors = r, t === 0;
}
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) j(e[p], { instancePath: o + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length);
  }
  return d.errors = r, t === 0;
}
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), V.errors = r, t === 0;
}
function q(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return A(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), q.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) q(e[p], { instancePath: o + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length);
  }
  return C.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), N.errors = r, t === 0;
}
var X = ["IfNeeded", "Never"];
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "IfNeeded" && e !== "Never") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: X } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return T.errors = r, t === 0;
}
function _(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return x(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), _.errors = r, t === 0;
}
function I(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) _(e[p], { instancePath: o + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length);
  }
  return I.errors = r, t === 0;
}
function Q2(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.failurePolicy !== void 0 && (b2(e.failurePolicy, { instancePath: o + "/failurePolicy", parentData: e, parentDataProperty: "failurePolicy", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), e.matchConditions !== void 0 && (d(e.matchConditions, { instancePath: o + "/matchConditions", parentData: e, parentDataProperty: "matchConditions", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.matchConstraints !== void 0 && (V(e.matchConstraints, { instancePath: o + "/matchConstraints", parentData: e, parentDataProperty: "matchConstraints", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.mutations !== void 0 && (C(e.mutations, { instancePath: o + "/mutations", parentData: e, parentDataProperty: "mutations", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.paramKind !== void 0 && (N(e.paramKind, { instancePath: o + "/paramKind", parentData: e, parentDataProperty: "paramKind", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.reinvocationPolicy !== void 0 && (T(e.reinvocationPolicy, { instancePath: o + "/reinvocationPolicy", parentData: e, parentDataProperty: "reinvocationPolicy", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.variables !== void 0 && (I(e.variables, { instancePath: o + "/variables", parentData: e, parentDataProperty: "variables", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Q2.errors = r, t === 0;
}
var Y = R;
var Z = ["admissionregistration.k8s.io/v1"];
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "admissionregistration.k8s.io/v1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Z } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return F.errors = r, t === 0;
}
var $ = ["MutatingAdmissionPolicy"];
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "MutatingAdmissionPolicy") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: $ } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J.errors = r, t === 0;
}
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), M.errors = r, t === 0;
}
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (K(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), O.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (F(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.kind !== void 0 && (J(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.metadata !== void 0 && (M(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.spec !== void 0 && (O(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
export {
  Y as validate
};
