import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  y
} from "./chunk-T4ZHOA3H.js";
import {
  U
} from "./chunk-DVLG2RZL.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/eventing_knative_dev_v1beta3_EventType.js
var h = j;
function c(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c.errors = r, t === 0;
}
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.required === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.name !== void 0 && (c(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.required !== void 0 && (v(e.required, { instancePath: n + "/required", parentData: e, parentDataProperty: "required", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.value !== void 0 && (m(e.value, { instancePath: n + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var P = V;
function f(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return h(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), f.errors = r, t === 0;
}
function D(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) f(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length);
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (y(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), g.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.attributes === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attributes" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.attributes !== void 0 && (D(e.attributes, { instancePath: n + "/attributes", parentData: e, parentDataProperty: "attributes", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.reference !== void 0 && (g(e.reference, { instancePath: n + "/reference", parentData: e, parentDataProperty: "reference", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return V.errors = r, t === 0;
}
var k = x;
function d(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), d.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), x.errors = r, t === 0;
}
var _ = T;
var z = ["eventing.knative.dev/v1beta3"];
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "eventing.knative.dev/v1beta3") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: z } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
var B = ["EventType"];
function b(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "EventType") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: B } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), E.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), q.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (k(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), A.errors = r, t === 0;
}
function T(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (w(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.kind !== void 0 && (b(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.metadata !== void 0 && (E(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.spec !== void 0 && (q(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.status !== void 0 && (A(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return T.errors = r, t === 0;
}
export {
  _ as validate
};
