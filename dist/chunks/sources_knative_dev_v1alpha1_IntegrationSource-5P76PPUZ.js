import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  G,
  T,
  U,
  c
} from "./chunk-CZRTZBTO.js";
import {
  Sf
} from "./chunk-IPW2UUDS.js";
import "./chunk-72HLV5ND.js";
import "./chunk-33SJ7AQA.js";
import "./chunk-6XLXOWN5.js";
import "./chunk-Z432ABFI.js";
import {
  b
} from "./chunk-Y6BQEMJE.js";
import "./chunk-RCDAYTCR.js";
import {
  f
} from "./chunk-Z5V7EDLD.js";
import "./chunk-ND6Q3VEL.js";
import "./chunk-T4ZHOA3H.js";
import "./chunk-DVLG2RZL.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/sources_knative_dev_v1alpha1_IntegrationSource.js
var k = R;
function D(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return D.errors = r, t === 0;
}
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) D(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length);
  return P.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.extensions !== void 0 && (P(e.extensions, { instancePath: o + "/extensions", parentData: e, parentDataProperty: "extensions", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
var w = U2;
function E(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (k(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), E.errors = r, t === 0;
}
function b2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), b2.errors = r, t === 0;
}
function U2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.ceOverrides !== void 0 && (E(e.ceOverrides, { instancePath: o + "/ceOverrides", parentData: e, parentDataProperty: "ceOverrides", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.sink !== void 0 && (b2(e.sink, { instancePath: o + "/sink", parentData: e, parentDataProperty: "sink", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return U2.errors = r, t === 0;
}
var q = W;
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), A.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return j.errors = r, t === 0;
}
function a(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return a.errors = r, t === 0;
}
function W(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (A(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.delay !== void 0 && (j(e.delay, { instancePath: o + "/delay", parentData: e, parentDataProperty: "delay", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.streamIteratorType !== void 0 && (a(e.streamIteratorType, { instancePath: o + "/streamIteratorType", parentData: e, parentDataProperty: "streamIteratorType", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.table !== void 0 && (a(e.table, { instancePath: o + "/table", parentData: e, parentDataProperty: "table", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return W.errors = r, t === 0;
}
var I = X;
function x(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (T(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), x.errors = r, t === 0;
}
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), d.errors = r, t === 0;
}
function T2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (U(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), T2.errors = r, t === 0;
}
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (G(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), V.errors = r, t === 0;
}
function X(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.auth !== void 0 && (x(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.ddbStreams !== void 0 && (d(e.ddbStreams, { instancePath: o + "/ddbStreams", parentData: e, parentDataProperty: "ddbStreams", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.s3 !== void 0 && (T2(e.s3, { instancePath: o + "/s3", parentData: e, parentDataProperty: "s3", rootData: l }) || (t = (r = r === null ? T2.errors : r.concat(T2.errors)).length)), e.sqs !== void 0 && (V(e.sqs, { instancePath: o + "/sqs", parentData: e, parentDataProperty: "sqs", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return X.errors = r, t === 0;
}
var C = Y;
function i(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return i.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return N.errors = r, t === 0;
}
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return S.errors = r, t === 0;
}
function Y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.contentType === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contentType" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.message === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.period === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.contentType !== void 0 && (i(e.contentType, { instancePath: o + "/contentType", parentData: e, parentDataProperty: "contentType", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.message !== void 0 && (i(e.message, { instancePath: o + "/message", parentData: e, parentDataProperty: "message", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.period !== void 0 && (N(e.period, { instancePath: o + "/period", parentData: e, parentDataProperty: "period", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.repeatCount !== void 0 && (S(e.repeatCount, { instancePath: o + "/repeatCount", parentData: e, parentDataProperty: "repeatCount", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Y.errors = r, t === 0;
}
var B = Z;
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return w(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), O.errors = r, t === 0;
}
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (I(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), F.errors = r, t === 0;
}
function _(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Sf(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Sf.errors : r.concat(Sf.errors)).length)), _.errors = r, t === 0;
}
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (C(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), z.errors = r, t === 0;
}
function Z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (O(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.aws !== void 0 && (F(e.aws, { instancePath: o + "/aws", parentData: e, parentDataProperty: "aws", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.template !== void 0 && (_(e.template, { instancePath: o + "/template", parentData: e, parentDataProperty: "template", rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.timer !== void 0 && (z(e.timer, { instancePath: o + "/timer", parentData: e, parentDataProperty: "timer", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Z.errors = r, t === 0;
}
var H = $;
function G2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), G2.errors = r, t === 0;
}
function $(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return G2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? G2.errors : r.concat(G2.errors)).length), $.errors = r, t === 0;
}
var er = rr;
var tr = ["sources.knative.dev/v1alpha1"];
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "sources.knative.dev/v1alpha1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: tr } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J.errors = r, t === 0;
}
var or = ["IntegrationSource"];
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "IntegrationSource") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: or } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return K.errors = r, t === 0;
}
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), L.errors = r, t === 0;
}
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), M.errors = r, t === 0;
}
function Q2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (H(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), Q2.errors = r, t === 0;
}
function rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (J(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.kind !== void 0 && (K(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.metadata !== void 0 && (L(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.spec !== void 0 && (M(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.status !== void 0 && (Q2(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rr.errors = r, t === 0;
}
export {
  er as validate
};
