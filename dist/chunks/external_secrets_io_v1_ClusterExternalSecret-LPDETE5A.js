import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Ne
} from "./chunk-L2FHJV3W.js";
import "./chunk-F5PYK26C.js";
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/external_secrets_io_v1_ClusterExternalSecret.js
var h = Q2;
function m(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return m.errors = r, t === 0;
}
function u(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) m(e[n], { instancePath: l + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: o }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length);
  return u.errors = r, t === 0;
}
function Q2(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotations !== void 0 && (u(e.annotations, { instancePath: l + "/annotations", parentData: e, parentDataProperty: "annotations", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.labels !== void 0 && (u(e.labels, { instancePath: l + "/labels", parentData: e, parentDataProperty: "labels", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Q2.errors = r, t === 0;
}
var S = U;
function f(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (h(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), f.errors = r, t === 0;
}
var rr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function v(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
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
    if (!rr.test(e)) {
      let n = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return v.errors = r, t === 0;
}
function D(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return Ne(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? Ne.errors : r.concat(Ne.errors)).length), D.errors = r, t === 0;
}
function g2(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), g2.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return g(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), P.errors = r, t === 0;
}
function k(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) P(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length);
  }
  return k.errors = r, t === 0;
}
var er = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function w(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!er.test(e)) {
      let n = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return w.errors = r, t === 0;
}
function E(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) w(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length);
  }
  return E.errors = r, t === 0;
}
function x(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return x.errors = r, t === 0;
}
function U(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.externalSecretSpec === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "externalSecretSpec" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.externalSecretMetadata !== void 0 && (f(e.externalSecretMetadata, { instancePath: l + "/externalSecretMetadata", parentData: e, parentDataProperty: "externalSecretMetadata", rootData: o }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.externalSecretName !== void 0 && (v(e.externalSecretName, { instancePath: l + "/externalSecretName", parentData: e, parentDataProperty: "externalSecretName", rootData: o }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.externalSecretSpec !== void 0 && (D(e.externalSecretSpec, { instancePath: l + "/externalSecretSpec", parentData: e, parentDataProperty: "externalSecretSpec", rootData: o }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.namespaceSelector !== void 0 && (g2(e.namespaceSelector, { instancePath: l + "/namespaceSelector", parentData: e, parentDataProperty: "namespaceSelector", rootData: o }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.namespaceSelectors !== void 0 && (k(e.namespaceSelectors, { instancePath: l + "/namespaceSelectors", parentData: e, parentDataProperty: "namespaceSelectors", rootData: o }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.namespaces !== void 0 && (E(e.namespaces, { instancePath: l + "/namespaces", parentData: e, parentDataProperty: "namespaces", rootData: o }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.refreshTime !== void 0 && (x(e.refreshTime, { instancePath: l + "/refreshTime", parentData: e, parentDataProperty: "refreshTime", rootData: o }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return U.errors = r, t === 0;
}
var b = W;
function W(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return W.errors = r, t === 0;
}
var q = X;
function z(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return z.errors = r, t === 0;
}
function N(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return N.errors = r, t === 0;
}
function j(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return b(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), j.errors = r, t === 0;
}
function X(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.status === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.type === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.message !== void 0 && (z(e.message, { instancePath: l + "/message", parentData: e, parentDataProperty: "message", rootData: o }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.status !== void 0 && (N(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: o }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.type !== void 0 && (j(e.type, { instancePath: l + "/type", parentData: e, parentDataProperty: "type", rootData: o }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return X.errors = r, t === 0;
}
var M = Y;
function L(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return L.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return V.errors = r, t === 0;
}
function Y(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.namespace === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.namespace !== void 0 && (L(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: o }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.reason !== void 0 && (V(e.reason, { instancePath: l + "/reason", parentData: e, parentDataProperty: "reason", rootData: o }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Y.errors = r, t === 0;
}
var G = Z;
function T(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return q(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length), T.errors = r, t === 0;
}
function $(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) T(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length);
  }
  return $.errors = r, t === 0;
}
function C(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return C.errors = r, t === 0;
}
function R(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return M(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length), R.errors = r, t === 0;
}
function _(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) R(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length);
  }
  return _.errors = r, t === 0;
}
function B(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return B.errors = r, t === 0;
}
function F(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let p = 0; p < n; p++) B(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length);
  }
  return F.errors = r, t === 0;
}
function Z(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && ($(e.conditions, { instancePath: l + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: o }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), e.externalSecretName !== void 0 && (C(e.externalSecretName, { instancePath: l + "/externalSecretName", parentData: e, parentDataProperty: "externalSecretName", rootData: o }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.failedNamespaces !== void 0 && (_(e.failedNamespaces, { instancePath: l + "/failedNamespaces", parentData: e, parentDataProperty: "failedNamespaces", rootData: o }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.provisionedNamespaces !== void 0 && (F(e.provisionedNamespaces, { instancePath: l + "/provisionedNamespaces", parentData: e, parentDataProperty: "provisionedNamespaces", rootData: o }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Z.errors = r, t === 0;
}
var tr = d;
var nr = ["external-secrets.io/v1"];
function H(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "external-secrets.io/v1") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: nr } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return H.errors = r, t === 0;
}
var lr = ["ClusterExternalSecret"];
function I(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ClusterExternalSecret") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: lr } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return I.errors = r, t === 0;
}
function J(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), J.errors = r, t === 0;
}
function K(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (S(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), K.errors = r, t === 0;
}
function O(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (G(e, { instancePath: l, parentData: a, parentDataProperty: s, rootData: o }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), O.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: a, parentDataProperty: s, rootData: o = e } = {}) {
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
    e.apiVersion !== void 0 && (H(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.kind !== void 0 && (I(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.metadata !== void 0 && (J(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: o }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.spec !== void 0 && (K(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: o }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.status !== void 0 && (O(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: o }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return d.errors = r, t === 0;
}
export {
  tr as validate
};
