import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/FJ4PGEMJ.js
var y = M;
var X = ["v2"];
function M(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (e !== "v2") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: X } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return M.errors = r, n === 0;
}
var m = $;
var Y = ["Replace", "Merge"];
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (e !== "Replace" && e !== "Merge") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Y } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return $.errors = r, n === 0;
}
var h = U;
function c(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return c.errors = r, n === 0;
}
function i(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let t in e) c(e[t], { instancePath: l + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: o }) || (n = (r = r === null ? c.errors : r.concat(c.errors)).length);
  return i.errors = r, n === 0;
}
function U(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotations !== void 0 && (i(e.annotations, { instancePath: l + "/annotations", parentData: e, parentDataProperty: "annotations", rootData: o }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.labels !== void 0 && (i(e.labels, { instancePath: l + "/labels", parentData: e, parentDataProperty: "labels", rootData: o }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length));
  else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return U.errors = r, n === 0;
}
var f = I;
var d = ["Values", "KeysAndValues"];
function I(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (e !== "Values" && e !== "KeysAndValues") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: d } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return I.errors = r, n === 0;
}
var D = Q;
var rr = RegExp("^[-._a-zA-Z0-9]+$", "u");
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (!rr.test(e)) {
      let t = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" } };
      r === null ? r = [t] : r.push(t), n++;
    }
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return v.errors = r, n === 0;
}
function g(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return f(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? f.errors : r.concat(f.errors)).length), g.errors = r, n === 0;
}
function Q(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [t] : r.push(t), n++;
    }
    e.key !== void 0 && (v(e.key, { instancePath: l + "/key", parentData: e, parentDataProperty: "key", rootData: o }) || (n = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.templateAs !== void 0 && (g(e.templateAs, { instancePath: l + "/templateAs", parentData: e, parentDataProperty: "templateAs", rootData: o }) || (n = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return Q.errors = r, n === 0;
}
var A = Z;
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  return D(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? D.errors : r.concat(D.errors)).length), P.errors = r, n === 0;
}
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (Array.isArray(e)) {
    let t = e.length;
    for (let p = 0; p < t; p++) P(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (n = (r = r === null ? P.errors : r.concat(P.errors)).length);
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return k.errors = r, n === 0;
}
var er = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function w(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (!er.test(e)) {
      let t = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [t] : r.push(t), n++;
    }
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return w.errors = r, n === 0;
}
function Z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.items === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (e.name === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), n++;
    }
    e.items !== void 0 && (k(e.items, { instancePath: l + "/items", parentData: e, parentDataProperty: "items", rootData: o }) || (n = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.name !== void 0 && (w(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (n = (r = r === null ? w.errors : r.concat(w.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return Z.errors = r, n === 0;
}
var E = B;
var tr = ["Data", "Annotations", "Labels"];
function B(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (e !== "Data" && e !== "Annotations" && e !== "Labels") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: tr } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return B.errors = r, n === 0;
}
var x = H;
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  return e !== null && (A(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? A.errors : r.concat(A.errors)).length)), u.errors = r, n === 0;
}
function b(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return b.errors = r, n === 0;
}
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return E(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? E.errors : r.concat(E.errors)).length), z.errors = r, n === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.configMap !== void 0 && (u(e.configMap, { instancePath: l + "/configMap", parentData: e, parentDataProperty: "configMap", rootData: o }) || (n = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.literal !== void 0 && (b(e.literal, { instancePath: l + "/literal", parentData: e, parentDataProperty: "literal", rootData: o }) || (n = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.secret !== void 0 && (u(e.secret, { instancePath: l + "/secret", parentData: e, parentDataProperty: "secret", rootData: o }) || (n = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.target !== void 0 && (z(e.target, { instancePath: l + "/target", parentData: e, parentDataProperty: "target", rootData: o }) || (n = (r = r === null ? z.errors : r.concat(z.errors)).length));
  else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return H.errors = r, n === 0;
}
var Pr = J;
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return V.errors = r, n === 0;
}
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let t in e) V(e[t], { instancePath: l + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: o }) || (n = (r = r === null ? V.errors : r.concat(V.errors)).length);
  return j.errors = r, n === 0;
}
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return y(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? y.errors : r.concat(y.errors)).length), L.errors = r, n === 0;
}
function T(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return m(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? m.errors : r.concat(m.errors)).length), T.errors = r, n === 0;
}
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  return e !== null && (h(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? h.errors : r.concat(h.errors)).length)), R.errors = r, n === 0;
}
function q(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  return x(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (n = (r = r === null ? x.errors : r.concat(x.errors)).length), q.errors = r, n === 0;
}
function C(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(e) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (Array.isArray(e)) {
    let t = e.length;
    for (let p = 0; p < t; p++) q(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: o }) || (n = (r = r === null ? q.errors : r.concat(q.errors)).length);
  }
  return C.errors = r, n === 0;
}
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return G.errors = r, n === 0;
}
function J(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.data !== void 0 && (j(e.data, { instancePath: l + "/data", parentData: e, parentDataProperty: "data", rootData: o }) || (n = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.engineVersion !== void 0 && (L(e.engineVersion, { instancePath: l + "/engineVersion", parentData: e, parentDataProperty: "engineVersion", rootData: o }) || (n = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.mergePolicy !== void 0 && (T(e.mergePolicy, { instancePath: l + "/mergePolicy", parentData: e, parentDataProperty: "mergePolicy", rootData: o }) || (n = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.metadata !== void 0 && (R(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: o }) || (n = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.templateFrom !== void 0 && (C(e.templateFrom, { instancePath: l + "/templateFrom", parentData: e, parentDataProperty: "templateFrom", rootData: o }) || (n = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.type !== void 0 && (G(e.type, { instancePath: l + "/type", parentData: e, parentDataProperty: "type", rootData: o }) || (n = (r = r === null ? G.errors : r.concat(G.errors)).length));
  else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return J.errors = r, n === 0;
}
var zr = O;
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return S.errors = r, n === 0;
}
var nr = ["ACRAccessToken", "ClusterGenerator", "ECRAuthorizationToken", "Fake", "GCRAccessToken", "GithubAccessToken", "QuayAccessToken", "Password", "STSSessionToken", "UUID", "VaultDynamicSecret", "Webhook", "Grafana"];
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (e !== "ACRAccessToken" && e !== "ClusterGenerator" && e !== "ECRAuthorizationToken" && e !== "Fake" && e !== "GCRAccessToken" && e !== "GithubAccessToken" && e !== "QuayAccessToken" && e !== "Password" && e !== "STSSessionToken" && e !== "UUID" && e !== "VaultDynamicSecret" && e !== "Webhook" && e !== "Grafana") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: nr } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return _.errors = r, n === 0;
}
var lr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (!lr.test(e)) {
      let t = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [t] : r.push(t), n++;
    }
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return F.errors = r, n === 0;
}
function O(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (e.name === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), n++;
    }
    e.apiVersion !== void 0 && (S(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (n = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.kind !== void 0 && (_(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (n = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.name !== void 0 && (F(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: o }) || (n = (r = r === null ? F.errors : r.concat(F.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return O.errors = r, n === 0;
}

export {
  Pr,
  zr
};
