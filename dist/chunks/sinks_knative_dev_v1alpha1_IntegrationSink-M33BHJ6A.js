import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  G,
  T,
  U as U2,
  c
} from "./chunk-CZRTZBTO.js";
import {
  C,
  x
} from "./chunk-KK5U65VK.js";
import "./chunk-ND6Q3VEL.js";
import {
  U
} from "./chunk-DVLG2RZL.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/sinks_knative_dev_v1alpha1_IntegrationSink.js
var k = F;
function P(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return c(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length), P.errors = r, o === 0;
}
function w(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return w.errors = r, o === 0;
}
function D(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "boolean") {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return D.errors = r, o === 0;
}
function F(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (P(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? P.errors : r.concat(P.errors)).length), e && typeof e == "object" && !Array.isArray(e)) {
    if (e.autoCreateTopic === void 0) {
      let n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autoCreateTopic" } };
      r === null ? r = [n] : r.push(n), o++;
    }
    e.arn !== void 0 && (w(e.arn, { instancePath: t + "/arn", parentData: e, parentDataProperty: "arn", rootData: l }) || (o = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.autoCreateTopic !== void 0 && (D(e.autoCreateTopic, { instancePath: t + "/autoCreateTopic", parentData: e, parentDataProperty: "autoCreateTopic", rootData: l }) || (o = (r = r === null ? D.errors : r.concat(D.errors)).length));
  } else {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return F.errors = r, o === 0;
}
var x2 = G2;
function E(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (T(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? T.errors : r.concat(T.errors)).length)), E.errors = r, o === 0;
}
function b(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (U2(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? U2.errors : r.concat(U2.errors)).length)), b.errors = r, o === 0;
}
function A(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (k(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? k.errors : r.concat(k.errors)).length)), A.errors = r, o === 0;
}
function j(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (G(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? G.errors : r.concat(G.errors)).length)), j.errors = r, o === 0;
}
function G2(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.auth !== void 0 && (E(e.auth, { instancePath: t + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (o = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.s3 !== void 0 && (b(e.s3, { instancePath: t + "/s3", parentData: e, parentDataProperty: "s3", rootData: l }) || (o = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.sns !== void 0 && (A(e.sns, { instancePath: t + "/sns", parentData: e, parentDataProperty: "sns", rootData: l }) || (o = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.sqs !== void 0 && (j(e.sqs, { instancePath: t + "/sqs", parentData: e, parentDataProperty: "sqs", rootData: l }) || (o = (r = r === null ? j.errors : r.concat(j.errors)).length));
  else {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return G2.errors = r, o === 0;
}
var q = J;
function i(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return i.errors = r, o === 0;
}
function a(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return a.errors = r, o === 0;
}
function J(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.level !== void 0 && (i(e.level, { instancePath: t + "/level", parentData: e, parentDataProperty: "level", rootData: l }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.logMask !== void 0 && (a(e.logMask, { instancePath: t + "/logMask", parentData: e, parentDataProperty: "logMask", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.loggerName !== void 0 && (i(e.loggerName, { instancePath: t + "/loggerName", parentData: e, parentDataProperty: "loggerName", rootData: l }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.marker !== void 0 && (i(e.marker, { instancePath: t + "/marker", parentData: e, parentDataProperty: "marker", rootData: l }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.multiline !== void 0 && (a(e.multiline, { instancePath: t + "/multiline", parentData: e, parentDataProperty: "multiline", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showAllProperties !== void 0 && (a(e.showAllProperties, { instancePath: t + "/showAllProperties", parentData: e, parentDataProperty: "showAllProperties", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showBody !== void 0 && (a(e.showBody, { instancePath: t + "/showBody", parentData: e, parentDataProperty: "showBody", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showBodyType !== void 0 && (a(e.showBodyType, { instancePath: t + "/showBodyType", parentData: e, parentDataProperty: "showBodyType", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showCachedStreams !== void 0 && (a(e.showCachedStreams, { instancePath: t + "/showCachedStreams", parentData: e, parentDataProperty: "showCachedStreams", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showExchangePattern !== void 0 && (a(e.showExchangePattern, { instancePath: t + "/showExchangePattern", parentData: e, parentDataProperty: "showExchangePattern", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showHeaders !== void 0 && (a(e.showHeaders, { instancePath: t + "/showHeaders", parentData: e, parentDataProperty: "showHeaders", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showProperties !== void 0 && (a(e.showProperties, { instancePath: t + "/showProperties", parentData: e, parentDataProperty: "showProperties", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.showStreams !== void 0 && (a(e.showStreams, { instancePath: t + "/showStreams", parentData: e, parentDataProperty: "showStreams", rootData: l }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length));
  else {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return J.errors = r, o === 0;
}
var T2 = K;
function C2(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (x2(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? x2.errors : r.concat(x2.errors)).length)), C2.errors = r, o === 0;
}
function S(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (q(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? q.errors : r.concat(q.errors)).length)), S.errors = r, o === 0;
}
function K(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.aws !== void 0 && (C2(e.aws, { instancePath: t + "/aws", parentData: e, parentDataProperty: "aws", rootData: l }) || (o = (r = r === null ? C2.errors : r.concat(C2.errors)).length)), e.log !== void 0 && (S(e.log, { instancePath: t + "/log", parentData: e, parentDataProperty: "log", rootData: l }) || (o = (r = r === null ? S.errors : r.concat(S.errors)).length));
  else {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return K.errors = r, o === 0;
}
var H = L;
function B(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return U(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? U.errors : r.concat(U.errors)).length), B.errors = r, o === 0;
}
function V(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return C(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? C.errors : r.concat(C.errors)).length), V.errors = r, o === 0;
}
function d(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return x(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? x.errors : r.concat(x.errors)).length), d.errors = r, o === 0;
}
function L(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return B(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? B.errors : r.concat(B.errors)).length), V(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? V.errors : r.concat(V.errors)).length), d(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? d.errors : r.concat(d.errors)).length), L.errors = r, o === 0;
}
var Q2 = O;
var R = ["sinks.knative.dev/v1alpha1"];
function M(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  if (e !== "sinks.knative.dev/v1alpha1") {
    let n = { instancePath: t, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: R } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return M.errors = r, o === 0;
}
var U3 = ["IntegrationSink"];
function N(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  if (e !== "IntegrationSink") {
    let n = { instancePath: t, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: U3 } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return N.errors = r, o === 0;
}
function I(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (Q(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), I.errors = r, o === 0;
}
function _(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (T2(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? T2.errors : r.concat(T2.errors)).length)), _.errors = r, o === 0;
}
function z(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  return e !== null && (H(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (o = (r = r === null ? H.errors : r.concat(H.errors)).length)), z.errors = r, o === 0;
}
function O(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [n] : r.push(n), o++;
    }
    if (e.kind === void 0) {
      let n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), o++;
    }
    e.apiVersion !== void 0 && (M(e.apiVersion, { instancePath: t + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (o = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.kind !== void 0 && (N(e.kind, { instancePath: t + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (o = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.metadata !== void 0 && (I(e.metadata, { instancePath: t + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (o = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.spec !== void 0 && (_(e.spec, { instancePath: t + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (o = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.status !== void 0 && (z(e.status, { instancePath: t + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (o = (r = r === null ? z.errors : r.concat(z.errors)).length));
  } else {
    let n = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), o++;
  }
  return O.errors = r, o === 0;
}
export {
  Q2 as validate
};
