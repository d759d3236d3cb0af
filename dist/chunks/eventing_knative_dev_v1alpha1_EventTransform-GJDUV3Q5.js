import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-Y6BQEMJE.js";
import "./chunk-RCDAYTCR.js";
import {
  f
} from "./chunk-Z5V7EDLD.js";
import {
  C,
  x
} from "./chunk-KK5U65VK.js";
import "./chunk-ND6Q3VEL.js";
import "./chunk-T4ZHOA3H.js";
import "./chunk-DVLG2RZL.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/eventing_knative_dev_v1alpha1_EventTransform.js
var b2 = Q2;
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return k.errors = r, t === 0;
}
function Q2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.expression !== void 0 && (k(e.expression, { instancePath: l + "/expression", parentData: e, parentDataProperty: "expression", rootData: o }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Q2.errors = r, t === 0;
}
var i = S;
function E(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b2(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), E.errors = r, t === 0;
}
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.jsonata !== void 0 && (E(e.jsonata, { instancePath: l + "/jsonata", parentData: e, parentDataProperty: "jsonata", rootData: o }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return S.errors = r, t === 0;
}
var A = W;
function w(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return i(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), w.errors = r, t === 0;
}
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return j.errors = r, t === 0;
}
function W(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (w(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.discard !== void 0 && (j(e.discard, { instancePath: l + "/discard", parentData: e, parentDataProperty: "discard", rootData: o }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return W.errors = r, t === 0;
}
var T = X;
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return i(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), R.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (A(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), d.errors = r, t === 0;
}
function x2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), x2.errors = r, t === 0;
}
function X(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (R(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.reply !== void 0 && (d(e.reply, { instancePath: l + "/reply", parentData: e, parentDataProperty: "reply", rootData: o }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.sink !== void 0 && (x2(e.sink, { instancePath: l + "/sink", parentData: e, parentDataProperty: "sink", rootData: o }) || (t = (r = r === null ? x2.errors : r.concat(x2.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return X.errors = r, t === 0;
}
var q = Y;
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), u.errors = r, t === 0;
}
function c2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return c2.errors = r, t === 0;
}
function y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return y.errors = r, t === 0;
}
function Y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.status === void 0) {
      let n = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.lastTransitionTime !== void 0 && (u(e.lastTransitionTime, { instancePath: l + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.lastUpdateTime !== void 0 && (u(e.lastUpdateTime, { instancePath: l + "/lastUpdateTime", parentData: e, parentDataProperty: "lastUpdateTime", rootData: o }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.message !== void 0 && (c2(e.message, { instancePath: l + "/message", parentData: e, parentDataProperty: "message", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.reason !== void 0 && (c2(e.reason, { instancePath: l + "/reason", parentData: e, parentDataProperty: "reason", rootData: o }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.status !== void 0 && (y(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.type !== void 0 && (y(e.type, { instancePath: l + "/type", parentData: e, parentDataProperty: "type", rootData: o }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Y.errors = r, t === 0;
}
var G = $;
var lr = formats.int32;
function p(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !lr.validate(e)) {
    let n = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return p.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length), V.errors = r, t === 0;
}
function C2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let v = 0; v < n; v++) V(e[v], { instancePath: l + "/" + v, parentData: e, parentDataProperty: v, rootData: o }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length);
  }
  return C2.errors = r, t === 0;
}
var or = formats.int64;
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !or.validate(e)) {
    let n = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return F.errors = r, t === 0;
}
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.availableReplicas !== void 0 && (p(e.availableReplicas, { instancePath: l + "/availableReplicas", parentData: e, parentDataProperty: "availableReplicas", rootData: o }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.collisionCount !== void 0 && (p(e.collisionCount, { instancePath: l + "/collisionCount", parentData: e, parentDataProperty: "collisionCount", rootData: o }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.conditions !== void 0 && (C2(e.conditions, { instancePath: l + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: o }) || (t = (r = r === null ? C2.errors : r.concat(C2.errors)).length)), e.observedGeneration !== void 0 && (F(e.observedGeneration, { instancePath: l + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: o }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.readyReplicas !== void 0 && (p(e.readyReplicas, { instancePath: l + "/readyReplicas", parentData: e, parentDataProperty: "readyReplicas", rootData: o }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.replicas !== void 0 && (p(e.replicas, { instancePath: l + "/replicas", parentData: e, parentDataProperty: "replicas", rootData: o }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.terminatingReplicas !== void 0 && (p(e.terminatingReplicas, { instancePath: l + "/terminatingReplicas", parentData: e, parentDataProperty: "terminatingReplicas", rootData: o }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.unavailableReplicas !== void 0 && (p(e.unavailableReplicas, { instancePath: l + "/unavailableReplicas", parentData: e, parentDataProperty: "unavailableReplicas", rootData: o }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.updatedReplicas !== void 0 && (p(e.updatedReplicas, { instancePath: l + "/updatedReplicas", parentData: e, parentDataProperty: "updatedReplicas", rootData: o }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $.errors = r, t === 0;
}
var U = rr;
function N(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (G(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), N.errors = r, t === 0;
}
function rr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.deployment !== void 0 && (N(e.deployment, { instancePath: l + "/deployment", parentData: e, parentDataProperty: "deployment", rootData: o }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rr.errors = r, t === 0;
}
var I = er;
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return b(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), _.errors = r, t === 0;
}
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return C(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length), z.errors = r, t === 0;
}
function B(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return x(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), B.errors = r, t === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (U(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), H.errors = r, t === 0;
}
function er(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (_(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length), z(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length), B(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.jsonata !== void 0 && (H(e.jsonata, { instancePath: l + "/jsonata", parentData: e, parentDataProperty: "jsonata", rootData: o }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length));
  else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return er.errors = r, t === 0;
}
var nr = tr;
var sr = ["eventing.knative.dev/v1alpha1"];
function J(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "eventing.knative.dev/v1alpha1") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: sr } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J.errors = r, t === 0;
}
var ar = ["EventTransform"];
function K(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "EventTransform") {
    let n = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ar } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return K.errors = r, t === 0;
}
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), L.errors = r, t === 0;
}
function M(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (T(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), M.errors = r, t === 0;
}
function O(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
  let r = null, t = 0;
  return e !== null && (I(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: o }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), O.errors = r, t === 0;
}
function tr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: o = e } = {}) {
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
    e.apiVersion !== void 0 && (J(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: o }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.kind !== void 0 && (K(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: o }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.metadata !== void 0 && (L(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: o }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.spec !== void 0 && (M(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: o }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.status !== void 0 && (O(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: o }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  } else {
    let n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tr.errors = r, t === 0;
}
export {
  nr as validate
};
