import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Sf
} from "./chunk-IPW2UUDS.js";
import "./chunk-72HLV5ND.js";
import "./chunk-33SJ7AQA.js";
import "./chunk-6XLXOWN5.js";
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  C,
  x
} from "./chunk-KK5U65VK.js";
import "./chunk-ND6Q3VEL.js";
import {
  U
} from "./chunk-DVLG2RZL.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/sinks_knative_dev_v1alpha1_JobSink.js
var F = Fr;
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return A.errors = r, t === 0;
}
var Kr = ["In", "NotIn"];
function x2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "In" && e !== "NotIn") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Kr } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return x2.errors = r, t === 0;
}
var Qr = formats.int32;
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Qr.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return j.errors = r, t === 0;
}
function I(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) j(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length);
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return I.errors = r, t === 0;
}
function Fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.operator === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.values === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "values" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.containerName !== void 0 && (A(e.containerName, { instancePath: o + "/containerName", parentData: e, parentDataProperty: "containerName", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.operator !== void 0 && (x2(e.operator, { instancePath: o + "/operator", parentData: e, parentDataProperty: "operator", rootData: l }) || (t = (r = r === null ? x2.errors : r.concat(x2.errors)).length)), e.values !== void 0 && (I(e.values, { instancePath: o + "/values", parentData: e, parentDataProperty: "values", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fr.errors = r, t === 0;
}
var V = qr;
function q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return q.errors = r, t === 0;
}
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return T.errors = r, t === 0;
}
function qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.status !== void 0 && (q(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.type !== void 0 && (T(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qr.errors = r, t === 0;
}
var _ = Tr;
var Ur = ["Count", "FailIndex", "FailJob", "Ignore"];
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Count" && e !== "FailIndex" && e !== "FailJob" && e !== "Ignore") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ur } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return N.errors = r, t === 0;
}
function C2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (F(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), C2.errors = r, t === 0;
}
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return V(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length), S.errors = r, t === 0;
}
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) S(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length);
  }
  return L.errors = r, t === 0;
}
function Tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.action === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.action !== void 0 && (N(e.action, { instancePath: o + "/action", parentData: e, parentDataProperty: "action", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.onExitCodes !== void 0 && (C2(e.onExitCodes, { instancePath: o + "/onExitCodes", parentData: e, parentDataProperty: "onExitCodes", rootData: l }) || (t = (r = r === null ? C2.errors : r.concat(C2.errors)).length)), e.onPodConditions !== void 0 && (L(e.onPodConditions, { instancePath: o + "/onPodConditions", parentData: e, parentDataProperty: "onPodConditions", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tr.errors = r, t === 0;
}
var M = Vr;
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return _(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length), J.errors = r, t === 0;
}
function B(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) J(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length);
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return B.errors = r, t === 0;
}
function Vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.rules === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.rules !== void 0 && (B(e.rules, { instancePath: o + "/rules", parentData: e, parentDataProperty: "rules", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vr.errors = r, t === 0;
}
var z = Nr;
var Xr = formats.int32;
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Xr.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return O.errors = r, t === 0;
}
function Nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.succeededCount !== void 0 && (R(e.succeededCount, { instancePath: o + "/succeededCount", parentData: e, parentDataProperty: "succeededCount", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.succeededIndexes !== void 0 && (O(e.succeededIndexes, { instancePath: o + "/succeededIndexes", parentData: e, parentDataProperty: "succeededIndexes", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Nr.errors = r, t === 0;
}
var K = Cr;
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length), G.errors = r, t === 0;
}
function H(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) G(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length);
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return H.errors = r, t === 0;
}
function Cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.rules === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.rules !== void 0 && (H(e.rules, { instancePath: o + "/rules", parentData: e, parentDataProperty: "rules", rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cr.errors = r, t === 0;
}
var er = Lr;
var Yr = formats.int64;
function Q2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Yr.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Q2.errors = r, t === 0;
}
var Zr = formats.int32;
function i(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Zr.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return i.errors = r, t === 0;
}
var $r = ["Indexed", "NonIndexed"];
function U2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Indexed" && e !== "NonIndexed") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: $r } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return U2.errors = r, t === 0;
}
function W(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return W.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return m.errors = r, t === 0;
}
function X(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (M(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), X.errors = r, t === 0;
}
var re = ["Failed", "TerminatingOrFailed"];
function Y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Failed" && e !== "TerminatingOrFailed") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: re } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Y.errors = r, t === 0;
}
function Z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), Z.errors = r, t === 0;
}
function $(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (K(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), $.errors = r, t === 0;
}
function rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Sf(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Sf.errors : r.concat(Sf.errors)).length), rr.errors = r, t === 0;
}
function Lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.template === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "template" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.activeDeadlineSeconds !== void 0 && (Q2(e.activeDeadlineSeconds, { instancePath: o + "/activeDeadlineSeconds", parentData: e, parentDataProperty: "activeDeadlineSeconds", rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length)), e.backoffLimit !== void 0 && (i(e.backoffLimit, { instancePath: o + "/backoffLimit", parentData: e, parentDataProperty: "backoffLimit", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.backoffLimitPerIndex !== void 0 && (i(e.backoffLimitPerIndex, { instancePath: o + "/backoffLimitPerIndex", parentData: e, parentDataProperty: "backoffLimitPerIndex", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.completionMode !== void 0 && (U2(e.completionMode, { instancePath: o + "/completionMode", parentData: e, parentDataProperty: "completionMode", rootData: l }) || (t = (r = r === null ? U2.errors : r.concat(U2.errors)).length)), e.completions !== void 0 && (i(e.completions, { instancePath: o + "/completions", parentData: e, parentDataProperty: "completions", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.managedBy !== void 0 && (W(e.managedBy, { instancePath: o + "/managedBy", parentData: e, parentDataProperty: "managedBy", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.manualSelector !== void 0 && (m(e.manualSelector, { instancePath: o + "/manualSelector", parentData: e, parentDataProperty: "manualSelector", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.maxFailedIndexes !== void 0 && (i(e.maxFailedIndexes, { instancePath: o + "/maxFailedIndexes", parentData: e, parentDataProperty: "maxFailedIndexes", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.parallelism !== void 0 && (i(e.parallelism, { instancePath: o + "/parallelism", parentData: e, parentDataProperty: "parallelism", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.podFailurePolicy !== void 0 && (X(e.podFailurePolicy, { instancePath: o + "/podFailurePolicy", parentData: e, parentDataProperty: "podFailurePolicy", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.podReplacementPolicy !== void 0 && (Y(e.podReplacementPolicy, { instancePath: o + "/podReplacementPolicy", parentData: e, parentDataProperty: "podReplacementPolicy", rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), e.selector !== void 0 && (Z(e.selector, { instancePath: o + "/selector", parentData: e, parentDataProperty: "selector", rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length)), e.successPolicy !== void 0 && ($(e.successPolicy, { instancePath: o + "/successPolicy", parentData: e, parentDataProperty: "successPolicy", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), e.suspend !== void 0 && (m(e.suspend, { instancePath: o + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.template !== void 0 && (rr(e.template, { instancePath: o + "/template", parentData: e, parentDataProperty: "template", rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), e.ttlSecondsAfterFinished !== void 0 && (i(e.ttlSecondsAfterFinished, { instancePath: o + "/ttlSecondsAfterFinished", parentData: e, parentDataProperty: "ttlSecondsAfterFinished", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lr.errors = r, t === 0;
}
var tr = _r;
function h(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), h.errors = r, t === 0;
}
function v(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v.errors = r, t === 0;
}
function f(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return f.errors = r, t === 0;
}
function _r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.status === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.lastProbeTime !== void 0 && (h(e.lastProbeTime, { instancePath: o + "/lastProbeTime", parentData: e, parentDataProperty: "lastProbeTime", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.lastTransitionTime !== void 0 && (h(e.lastTransitionTime, { instancePath: o + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.message !== void 0 && (v(e.message, { instancePath: o + "/message", parentData: e, parentDataProperty: "message", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.reason !== void 0 && (v(e.reason, { instancePath: o + "/reason", parentData: e, parentDataProperty: "reason", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.status !== void 0 && (f(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.type !== void 0 && (f(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _r.errors = r, t === 0;
}
var nr = Jr;
function or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return or.errors = r, t === 0;
}
function D(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) or(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length);
  }
  return D.errors = r, t === 0;
}
function Jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.failed !== void 0 && (D(e.failed, { instancePath: o + "/failed", parentData: e, parentDataProperty: "failed", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.succeeded !== void 0 && (D(e.succeeded, { instancePath: o + "/succeeded", parentData: e, parentDataProperty: "succeeded", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jr.errors = r, t === 0;
}
var ar = Br;
var te = formats.int32;
function u(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !te.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
function g2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), g2.errors = r, t === 0;
}
function lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return tr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length), lr.errors = r, t === 0;
}
function sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) lr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length);
  }
  return sr.errors = r, t === 0;
}
function pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (nr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), pr.errors = r, t === 0;
}
function Br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.active !== void 0 && (u(e.active, { instancePath: o + "/active", parentData: e, parentDataProperty: "active", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.completedIndexes !== void 0 && (P(e.completedIndexes, { instancePath: o + "/completedIndexes", parentData: e, parentDataProperty: "completedIndexes", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.completionTime !== void 0 && (g2(e.completionTime, { instancePath: o + "/completionTime", parentData: e, parentDataProperty: "completionTime", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.conditions !== void 0 && (sr(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.failed !== void 0 && (u(e.failed, { instancePath: o + "/failed", parentData: e, parentDataProperty: "failed", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.failedIndexes !== void 0 && (P(e.failedIndexes, { instancePath: o + "/failedIndexes", parentData: e, parentDataProperty: "failedIndexes", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.ready !== void 0 && (u(e.ready, { instancePath: o + "/ready", parentData: e, parentDataProperty: "ready", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.startTime !== void 0 && (g2(e.startTime, { instancePath: o + "/startTime", parentData: e, parentDataProperty: "startTime", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.succeeded !== void 0 && (u(e.succeeded, { instancePath: o + "/succeeded", parentData: e, parentDataProperty: "succeeded", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.terminating !== void 0 && (u(e.terminating, { instancePath: o + "/terminating", parentData: e, parentDataProperty: "terminating", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.uncountedTerminatedPods !== void 0 && (pr(e.uncountedTerminatedPods, { instancePath: o + "/uncountedTerminatedPods", parentData: e, parentDataProperty: "uncountedTerminatedPods", rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Br.errors = r, t === 0;
}
var hr = Mr;
var oe = ["batch/v1"];
function ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "batch/v1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: oe } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ir.errors = r, t === 0;
}
var ne = ["Job"];
function ur(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Job") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ne } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ur.errors = r, t === 0;
}
function cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), cr.errors = r, t === 0;
}
function yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (er(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), yr.errors = r, t === 0;
}
function mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ar(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), mr.errors = r, t === 0;
}
function Mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (ir(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length)), e.kind !== void 0 && (ur(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length)), e.metadata !== void 0 && (cr(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length)), e.spec !== void 0 && (yr(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length)), e.status !== void 0 && (mr(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mr.errors = r, t === 0;
}
var fr = Rr;
function vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (hr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), vr.errors = r, t === 0;
}
function Rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.job !== void 0 && (vr(e.job, { instancePath: o + "/job", parentData: e, parentDataProperty: "job", rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rr.errors = r, t === 0;
}
var Pr = Or;
function Dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dr.errors = r, t === 0;
}
function Or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.selector !== void 0 && (Dr(e.selector, { instancePath: o + "/selector", parentData: e, parentDataProperty: "selector", rootData: l }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Or.errors = r, t === 0;
}
var Er = zr;
function gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), gr.errors = r, t === 0;
}
function dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return C(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length), dr.errors = r, t === 0;
}
function kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return x(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), kr.errors = r, t === 0;
}
function wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), wr.errors = r, t === 0;
}
function zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (gr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length), dr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length), kr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.job !== void 0 && (wr(e.job, { instancePath: o + "/job", parentData: e, parentDataProperty: "job", rootData: l }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zr.errors = r, t === 0;
}
var le = Gr;
var se = ["sinks.knative.dev/v1alpha1"];
function br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "sinks.knative.dev/v1alpha1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: se } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return br.errors = r, t === 0;
}
var pe = ["JobSink"];
function Ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "JobSink") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: pe } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ar.errors = r, t === 0;
}
function xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), xr.errors = r, t === 0;
}
function jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (fr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length)), jr.errors = r, t === 0;
}
function Ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Er(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), Ir.errors = r, t === 0;
}
function Gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (br(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length)), e.kind !== void 0 && (Ar(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length)), e.metadata !== void 0 && (xr(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? xr.errors : r.concat(xr.errors)).length)), e.spec !== void 0 && (jr(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length)), e.status !== void 0 && (Ir(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? Ir.errors : r.concat(Ir.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gr.errors = r, t === 0;
}
export {
  le as validate
};
