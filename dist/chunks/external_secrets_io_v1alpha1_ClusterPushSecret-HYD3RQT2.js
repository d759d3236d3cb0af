import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-WAOBDALS.js";
import {
  Pr,
  zr
} from "./chunk-F5PYK26C.js";
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/external_secrets_io_v1alpha1_ClusterPushSecret.js
var g2 = zr2;
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) D(e[o], { instancePath: l + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length);
  return u.errors = r, t === 0;
}
function zr2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotations !== void 0 && (u(e.annotations, { instancePath: l + "/annotations", parentData: e, parentDataProperty: "annotations", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.labels !== void 0 && (u(e.labels, { instancePath: l + "/labels", parentData: e, parentDataProperty: "labels", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return zr2.errors = r, t === 0;
}
var P = xr;
var Gr = ["None", "ReverseUnicode"];
function xr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "None" && e !== "ReverseUnicode") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Gr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return xr.errors = r, t === 0;
}
var E = jr;
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
function w(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function jr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.remoteKey === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remoteKey" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.property !== void 0 && (k(e.property, { instancePath: l + "/property", parentData: e, parentDataProperty: "property", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.remoteKey !== void 0 && (w(e.remoteKey, { instancePath: l + "/remoteKey", parentData: e, parentDataProperty: "remoteKey", rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return jr.errors = r, t === 0;
}
var b = Rr;
function A(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return E(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), A.errors = r, t === 0;
}
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
function Rr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.remoteRef === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remoteRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.remoteRef !== void 0 && (A(e.remoteRef, { instancePath: l + "/remoteRef", parentData: e, parentDataProperty: "remoteRef", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.secretKey !== void 0 && (S(e.secretKey, { instancePath: l + "/secretKey", parentData: e, parentDataProperty: "secretKey", rootData: n }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Rr.errors = r, t === 0;
}
var R = qr;
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length), z.errors = r, t === 0;
}
function x(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return b(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), x.errors = r, t === 0;
}
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), j.errors = r, t === 0;
}
function qr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.match === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.conversionStrategy !== void 0 && (z(e.conversionStrategy, { instancePath: l + "/conversionStrategy", parentData: e, parentDataProperty: "conversionStrategy", rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.match !== void 0 && (x(e.match, { instancePath: l + "/match", parentData: e, parentDataProperty: "match", rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.metadata !== void 0 && (j(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return qr.errors = r, t === 0;
}
var q = Nr;
var Hr = ["Delete", "None"];
function Nr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Delete" && e !== "None") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Hr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Nr.errors = r, t === 0;
}
var T = Lr;
var Jr = ["SecretStore", "ClusterSecretStore"];
function N(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "SecretStore" && e !== "ClusterSecretStore") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Jr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return N.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), d.errors = r, t === 0;
}
var Qr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let o = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (1 > ucs2length_default(e)) {
      let o = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (!Qr.test(e)) {
      let o = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  }
  return L.errors = r, t === 0;
}
function Lr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.kind !== void 0 && (N(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.labelSelector !== void 0 && (d(e.labelSelector, { instancePath: l + "/labelSelector", parentData: e, parentDataProperty: "labelSelector", rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.name !== void 0 && (L(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Lr.errors = r, t === 0;
}
var I = Vr;
var Wr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let o = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (1 > ucs2length_default(e)) {
      let o = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (!Wr.test(e)) {
      let o = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  }
  return V.errors = r, t === 0;
}
function K(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), K.errors = r, t === 0;
}
function Vr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.name !== void 0 && (V(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.selector !== void 0 && (K(e.selector, { instancePath: l + "/selector", parentData: e, parentDataProperty: "selector", rootData: n }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Vr.errors = r, t === 0;
}
var C = Kr;
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (zr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length)), _.errors = r, t === 0;
}
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (I(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), $.errors = r, t === 0;
}
function Kr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let o = { instancePath: l, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (Object.keys(e).length < 1) {
      let o = { instancePath: l, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.generatorRef !== void 0 && (_(e.generatorRef, { instancePath: l + "/generatorRef", parentData: e, parentDataProperty: "generatorRef", rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.secret !== void 0 && ($(e.secret, { instancePath: l + "/secret", parentData: e, parentDataProperty: "secret", rootData: n }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Kr.errors = r, t === 0;
}
var M = Ir;
var Xr = ["Replace", "IfNotExists"];
function Ir(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Replace" && e !== "IfNotExists") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Xr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Ir.errors = r, t === 0;
}
var X = _r;
function O(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return R(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length), O.errors = r, t === 0;
}
function U(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) O(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length);
  }
  return U.errors = r, t === 0;
}
function B(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length), B.errors = r, t === 0;
}
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return F.errors = r, t === 0;
}
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return T(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length), G.errors = r, t === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) G(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length);
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return H.errors = r, t === 0;
}
function J(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return C(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length), J.errors = r, t === 0;
}
function Q2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), Q2.errors = r, t === 0;
}
function W(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return M(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length), W.errors = r, t === 0;
}
function _r(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretStoreRefs === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretStoreRefs" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.selector === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.data !== void 0 && (U(e.data, { instancePath: l + "/data", parentData: e, parentDataProperty: "data", rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.deletionPolicy !== void 0 && (B(e.deletionPolicy, { instancePath: l + "/deletionPolicy", parentData: e, parentDataProperty: "deletionPolicy", rootData: n }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), e.refreshInterval !== void 0 && (F(e.refreshInterval, { instancePath: l + "/refreshInterval", parentData: e, parentDataProperty: "refreshInterval", rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.secretStoreRefs !== void 0 && (H(e.secretStoreRefs, { instancePath: l + "/secretStoreRefs", parentData: e, parentDataProperty: "secretStoreRefs", rootData: n }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.selector !== void 0 && (J(e.selector, { instancePath: l + "/selector", parentData: e, parentDataProperty: "selector", rootData: n }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.template !== void 0 && (Q2(e.template, { instancePath: l + "/template", parentData: e, parentDataProperty: "template", rootData: n }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length)), e.updatePolicy !== void 0 && (W(e.updatePolicy, { instancePath: l + "/updatePolicy", parentData: e, parentDataProperty: "updatePolicy", rootData: n }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return _r.errors = r, t === 0;
}
var lr = Cr;
function Y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return g(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), Y.errors = r, t === 0;
}
function Z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) Y(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length);
  }
  return Z.errors = r, t === 0;
}
function rr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g2(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), rr.errors = r, t === 0;
}
var Yr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function er(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let o = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (1 > ucs2length_default(e)) {
      let o = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (!Yr.test(e)) {
      let o = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  }
  return er.errors = r, t === 0;
}
function tr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return X(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length), tr.errors = r, t === 0;
}
function or(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return or.errors = r, t === 0;
}
function Cr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.pushSecretSpec === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pushSecretSpec" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.namespaceSelectors !== void 0 && (Z(e.namespaceSelectors, { instancePath: l + "/namespaceSelectors", parentData: e, parentDataProperty: "namespaceSelectors", rootData: n }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length)), e.pushSecretMetadata !== void 0 && (rr(e.pushSecretMetadata, { instancePath: l + "/pushSecretMetadata", parentData: e, parentDataProperty: "pushSecretMetadata", rootData: n }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), e.pushSecretName !== void 0 && (er(e.pushSecretName, { instancePath: l + "/pushSecretName", parentData: e, parentDataProperty: "pushSecretName", rootData: n }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), e.pushSecretSpec !== void 0 && (tr(e.pushSecretSpec, { instancePath: l + "/pushSecretSpec", parentData: e, parentDataProperty: "pushSecretSpec", rootData: n }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length)), e.refreshTime !== void 0 && (or(e.refreshTime, { instancePath: l + "/refreshTime", parentData: e, parentDataProperty: "refreshTime", rootData: n }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Cr.errors = r, t === 0;
}
var nr = Mr;
function Mr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Mr.errors = r, t === 0;
}
var ir = Or;
function sr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), sr.errors = r, t === 0;
}
function y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y.errors = r, t === 0;
}
function ar(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ar.errors = r, t === 0;
}
function pr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return nr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length), pr.errors = r, t === 0;
}
function Or(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.status === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.type === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.lastTransitionTime !== void 0 && (sr(e.lastTransitionTime, { instancePath: l + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: n }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.message !== void 0 && (y(e.message, { instancePath: l + "/message", parentData: e, parentDataProperty: "message", rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.reason !== void 0 && (y(e.reason, { instancePath: l + "/reason", parentData: e, parentDataProperty: "reason", rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.status !== void 0 && (ar(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.type !== void 0 && (pr(e.type, { instancePath: l + "/type", parentData: e, parentDataProperty: "type", rootData: n }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Or.errors = r, t === 0;
}
var cr = Ur;
function ur(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ur.errors = r, t === 0;
}
function yr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return yr.errors = r, t === 0;
}
function Ur(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.namespace === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.namespace !== void 0 && (ur(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length)), e.reason !== void 0 && (yr(e.reason, { instancePath: l + "/reason", parentData: e, parentDataProperty: "reason", rootData: n }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Ur.errors = r, t === 0;
}
var kr = Br;
function mr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return ir(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length), mr.errors = r, t === 0;
}
function hr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) mr(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length);
  }
  return hr.errors = r, t === 0;
}
function vr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return cr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length), vr.errors = r, t === 0;
}
function fr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) vr(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length);
  }
  return fr.errors = r, t === 0;
}
function Dr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Dr.errors = r, t === 0;
}
function gr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) Dr(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length);
  }
  return gr.errors = r, t === 0;
}
function Pr2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Pr2.errors = r, t === 0;
}
function Br(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && (hr(e.conditions, { instancePath: l + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: n }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), e.failedNamespaces !== void 0 && (fr(e.failedNamespaces, { instancePath: l + "/failedNamespaces", parentData: e, parentDataProperty: "failedNamespaces", rootData: n }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length)), e.provisionedNamespaces !== void 0 && (gr(e.provisionedNamespaces, { instancePath: l + "/provisionedNamespaces", parentData: e, parentDataProperty: "provisionedNamespaces", rootData: n }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), e.pushSecretName !== void 0 && (Pr2(e.pushSecretName, { instancePath: l + "/pushSecretName", parentData: e, parentDataProperty: "pushSecretName", rootData: n }) || (t = (r = r === null ? Pr2.errors : r.concat(Pr2.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Br.errors = r, t === 0;
}
var Zr = Fr;
var re = ["external-secrets.io/v1alpha1"];
function wr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "external-secrets.io/v1alpha1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: re } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return wr.errors = r, t === 0;
}
var ee = ["ClusterPushSecret"];
function Er(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ClusterPushSecret") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ee } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Er.errors = r, t === 0;
}
function Ar(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), Ar.errors = r, t === 0;
}
function Sr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (lr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), Sr.errors = r, t === 0;
}
function br(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (kr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length)), br.errors = r, t === 0;
}
function Fr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (wr(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.kind !== void 0 && (Er(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.metadata !== void 0 && (Ar(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length)), e.spec !== void 0 && (Sr(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? Sr.errors : r.concat(Sr.errors)).length)), e.status !== void 0 && (br(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Fr.errors = r, t === 0;
}
export {
  Zr as validate
};
