import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-ND6Q3VEL.js";
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

// src/generated/current/eventing_knative_dev_v1beta2_EventType.js
var f = d;
function p(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return p.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (y(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), m.errors = r, t === 0;
}
function i2(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), i2.errors = r, t === 0;
}
function h(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return h.errors = r, t === 0;
}
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.broker !== void 0 && (p(e.broker, { instancePath: o + "/broker", parentData: e, parentDataProperty: "broker", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.reference !== void 0 && (m(e.reference, { instancePath: o + "/reference", parentData: e, parentDataProperty: "reference", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.schema !== void 0 && (i2(e.schema, { instancePath: o + "/schema", parentData: e, parentDataProperty: "schema", rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.schemaData !== void 0 && (p(e.schemaData, { instancePath: o + "/schemaData", parentData: e, parentDataProperty: "schemaData", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.source !== void 0 && (i2(e.source, { instancePath: o + "/source", parentData: e, parentDataProperty: "source", rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.type !== void 0 && (h(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return d.errors = r, t === 0;
}
var g = V;
function D(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), D.errors = r, t === 0;
}
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return D(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), V.errors = r, t === 0;
}
var q = j;
var A = ["eventing.knative.dev/v1beta2"];
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "eventing.knative.dev/v1beta2") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: A } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
var x = ["EventType"];
function k(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "EventType") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: x } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return k.errors = r, t === 0;
}
function E(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), E.errors = r, t === 0;
}
function w(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), w.errors = r, t === 0;
}
function b(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), b.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (P(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.kind !== void 0 && (k(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.metadata !== void 0 && (E(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.spec !== void 0 && (w(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.status !== void 0 && (b(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return j.errors = r, t === 0;
}
export {
  q as validate
};
