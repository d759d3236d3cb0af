import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/autoscaling_internal_knative_dev_v1alpha1_PodScalable.js
var m = k;
var E = formats.int32;
function u(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !E.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function c(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return g(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), c.errors = r, t === 0;
}
function k(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.selector === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.replicas !== void 0 && (u(e.replicas, { instancePath: l + "/replicas", parentData: e, parentDataProperty: "replicas", rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.selector !== void 0 && (c(e.selector, { instancePath: l + "/selector", parentData: e, parentDataProperty: "selector", rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
var h = w;
var V = formats.int32;
function y(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !V.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y.errors = r, t === 0;
}
function w(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.replicas !== void 0 && (y(e.replicas, { instancePath: l + "/replicas", parentData: e, parentDataProperty: "replicas", rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
var j = d;
var A = ["autoscaling.internal.knative.dev/v1alpha1"];
function v(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "autoscaling.internal.knative.dev/v1alpha1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: A } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
var x = ["PodScalable"];
function f(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "PodScalable") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: x } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
function D(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), D.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return m(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length), P.errors = r, t === 0;
}
function g2(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return h(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), g2.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.status === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.apiVersion === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (v(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.kind !== void 0 && (f(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.metadata !== void 0 && (D(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.spec !== void 0 && (P(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: s }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.status !== void 0 && (g2(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: s }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d.errors = r, t === 0;
}
export {
  j as validate
};
