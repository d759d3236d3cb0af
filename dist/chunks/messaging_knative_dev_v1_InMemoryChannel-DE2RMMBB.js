import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  x as x2
} from "./chunk-DMF5OZP5.js";
import {
  v
} from "./chunk-RCDAYTCR.js";
import "./chunk-Z5V7EDLD.js";
import {
  C,
  x
} from "./chunk-KK5U65VK.js";
import {
  i
} from "./chunk-ND6Q3VEL.js";
import "./chunk-T4ZHOA3H.js";
import {
  U
} from "./chunk-DVLG2RZL.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/messaging_knative_dev_v1_InMemoryChannel.js
var E = $;
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (v(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), P.errors = r, t === 0;
}
function A(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (x2(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? x2.errors : r.concat(x2.errors)).length)), A.errors = r, t === 0;
}
var ar = formats.int64;
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !ar.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function m(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), m.errors = r, t === 0;
}
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.auth !== void 0 && (P(e.auth, { instancePath: l + "/auth", parentData: e, parentDataProperty: "auth", rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.delivery !== void 0 && (A(e.delivery, { instancePath: l + "/delivery", parentData: e, parentDataProperty: "delivery", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.generation !== void 0 && (k(e.generation, { instancePath: l + "/generation", parentData: e, parentDataProperty: "generation", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.name !== void 0 && (u(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.replyAudience !== void 0 && (u(e.replyAudience, { instancePath: l + "/replyAudience", parentData: e, parentDataProperty: "replyAudience", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.replyCACerts !== void 0 && (u(e.replyCACerts, { instancePath: l + "/replyCACerts", parentData: e, parentDataProperty: "replyCACerts", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.replyUri !== void 0 && (m(e.replyUri, { instancePath: l + "/replyUri", parentData: e, parentDataProperty: "replyUri", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.subscriberAudience !== void 0 && (u(e.subscriberAudience, { instancePath: l + "/subscriberAudience", parentData: e, parentDataProperty: "subscriberAudience", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.subscriberCACerts !== void 0 && (u(e.subscriberCACerts, { instancePath: l + "/subscriberCACerts", parentData: e, parentDataProperty: "subscriberCACerts", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.subscriberUri !== void 0 && (m(e.subscriberUri, { instancePath: l + "/subscriberUri", parentData: e, parentDataProperty: "subscriberUri", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.uid !== void 0 && (u(e.uid, { instancePath: l + "/uid", parentData: e, parentDataProperty: "uid", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return $.errors = r, t === 0;
}
var C2 = rr;
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return E(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), d.errors = r, t === 0;
}
function w(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) d(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length);
  }
  return w.errors = r, t === 0;
}
function rr(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.subscribers !== void 0 && (w(e.subscribers, { instancePath: l + "/subscribers", parentData: e, parentDataProperty: "subscribers", rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return rr.errors = r, t === 0;
}
var S = er;
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return C2(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? C2.errors : r.concat(C2.errors)).length), j.errors = r, t === 0;
}
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (x2(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? x2.errors : r.concat(x2.errors)).length)), L.errors = r, t === 0;
}
function er(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (j(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.delivery !== void 0 && (L(e.delivery, { instancePath: l + "/delivery", parentData: e, parentDataProperty: "delivery", rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return er.errors = r, t === 0;
}
var x3 = tr;
function U2(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return S(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length), U2.errors = r, t === 0;
}
function tr(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return U2(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? U2.errors : r.concat(U2.errors)).length), tr.errors = r, t === 0;
}
var F = lr;
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (v(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), V.errors = r, t === 0;
}
function a(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return a.errors = r, t === 0;
}
var yr = formats.int64;
function q(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !yr.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}
function lr(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.auth !== void 0 && (V(e.auth, { instancePath: l + "/auth", parentData: e, parentDataProperty: "auth", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.message !== void 0 && (a(e.message, { instancePath: l + "/message", parentData: e, parentDataProperty: "message", rootData: n }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.observedGeneration !== void 0 && (q(e.observedGeneration, { instancePath: l + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.ready !== void 0 && (a(e.ready, { instancePath: l + "/ready", parentData: e, parentDataProperty: "ready", rootData: n }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.uid !== void 0 && (a(e.uid, { instancePath: l + "/uid", parentData: e, parentDataProperty: "uid", rootData: n }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return lr.errors = r, t === 0;
}
var I = nr;
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return F(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length), G.errors = r, t === 0;
}
function N(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) G(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length);
  }
  return N.errors = r, t === 0;
}
function nr(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.subscribers !== void 0 && (N(e.subscribers, { instancePath: l + "/subscribers", parentData: e, parentDataProperty: "subscribers", rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return nr.errors = r, t === 0;
}
var _ = or;
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h.errors = r, t === 0;
}
function M(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), M.errors = r, t === 0;
}
function or(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.deadLetterSinkAudience !== void 0 && (h(e.deadLetterSinkAudience, { instancePath: l + "/deadLetterSinkAudience", parentData: e, parentDataProperty: "deadLetterSinkAudience", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.deadLetterSinkCACerts !== void 0 && (h(e.deadLetterSinkCACerts, { instancePath: l + "/deadLetterSinkCACerts", parentData: e, parentDataProperty: "deadLetterSinkCACerts", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.deadLetterSinkUri !== void 0 && (M(e.deadLetterSinkUri, { instancePath: l + "/deadLetterSinkUri", parentData: e, parentDataProperty: "deadLetterSinkUri", rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return or.errors = r, t === 0;
}
var O = sr;
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), z.errors = r, t === 0;
}
function B(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return C(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length), B.errors = r, t === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return I(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length), H.errors = r, t === 0;
}
function J(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return _(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length), J.errors = r, t === 0;
}
function K(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return x(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), K.errors = r, t === 0;
}
function sr(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length), B(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length), H(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length), J(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length), K(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length), sr.errors = r, t === 0;
}
var R = ir;
function Q2(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return O(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length), Q2.errors = r, t === 0;
}
function ir(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Q2(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length), ir.errors = r, t === 0;
}
var vr = ur;
var mr = ["messaging.knative.dev/v1"];
function T(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "messaging.knative.dev/v1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: mr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return T.errors = r, t === 0;
}
var hr = ["InMemoryChannel"];
function W(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "InMemoryChannel") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: hr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return W.errors = r, t === 0;
}
function X(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), X.errors = r, t === 0;
}
function Y(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (x3(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? x3.errors : r.concat(x3.errors)).length)), Y.errors = r, t === 0;
}
function Z(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (R(e, { instancePath: l, parentData: s, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), Z.errors = r, t === 0;
}
function ur(e, { instancePath: l = "", parentData: s, parentDataProperty: i2, rootData: n = e } = {}) {
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
    e.apiVersion !== void 0 && (T(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.kind !== void 0 && (W(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.metadata !== void 0 && (X(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.spec !== void 0 && (Y(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), e.status !== void 0 && (Z(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ur.errors = r, t === 0;
}
export {
  vr as validate
};
