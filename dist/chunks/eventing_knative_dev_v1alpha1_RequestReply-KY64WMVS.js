import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  x as x2
} from "./chunk-DMF5OZP5.js";
import "./chunk-Z5V7EDLD.js";
import {
  C,
  x
} from "./chunk-KK5U65VK.js";
import "./chunk-ND6Q3VEL.js";
import {
  y
} from "./chunk-T4ZHOA3H.js";
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

// src/generated/current/eventing_knative_dev_v1alpha1_RequestReply.js
var k = j;
function f(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return y(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), f.errors = r, t === 0;
}
function p(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function g(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (x2(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? x2.errors : r.concat(x2.errors)).length)), g.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d.errors = r, t === 0;
}
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.brokerRef === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "brokerRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.correlationAttribute === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "correlationAttribute" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.replyAttribute === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replyAttribute" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.brokerRef !== void 0 && (f(e.brokerRef, { instancePath: l + "/brokerRef", parentData: e, parentDataProperty: "brokerRef", rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.correlationAttribute !== void 0 && (p(e.correlationAttribute, { instancePath: l + "/correlationAttribute", parentData: e, parentDataProperty: "correlationAttribute", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.delivery !== void 0 && (g(e.delivery, { instancePath: l + "/delivery", parentData: e, parentDataProperty: "delivery", rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.replyAttribute !== void 0 && (p(e.replyAttribute, { instancePath: l + "/replyAttribute", parentData: e, parentDataProperty: "replyAttribute", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.timeout !== void 0 && (d(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var w = x3;
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), D.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return C(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length), P.errors = r, t === 0;
}
function b(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return x(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), b.errors = r, t === 0;
}
var _ = formats.int32;
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !_.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function x3(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (D(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), P(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length), b(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.desiredReplicas !== void 0 && (u(e.desiredReplicas, { instancePath: l + "/desiredReplicas", parentData: e, parentDataProperty: "desiredReplicas", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.readyReplicas !== void 0 && (u(e.readyReplicas, { instancePath: l + "/readyReplicas", parentData: e, parentDataProperty: "readyReplicas", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x3.errors = r, t === 0;
}
var z = F;
var B = ["eventing.knative.dev/v1alpha1"];
function A(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "eventing.knative.dev/v1alpha1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: B } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
var C2 = ["RequestReply"];
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "RequestReply") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: C2 } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return R.errors = r, t === 0;
}
function E(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), E.errors = r, t === 0;
}
function q(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (k(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), q.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (w(e, { instancePath: l, parentData: s, parentDataProperty: i, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), V.errors = r, t === 0;
}
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: i, rootData: n = e } = {}) {
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
    e.apiVersion !== void 0 && (A(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.kind !== void 0 && (R(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.metadata !== void 0 && (E(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.spec !== void 0 && (q(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.status !== void 0 && (V(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return F.errors = r, t === 0;
}
export {
  z as validate
};
