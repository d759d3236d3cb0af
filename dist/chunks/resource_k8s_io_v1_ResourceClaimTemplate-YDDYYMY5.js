import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Xr
} from "./chunk-UYL7BO5Y.js";
import "./chunk-33SJ7AQA.js";
import "./chunk-W5JTAKIW.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/resource_k8s_io_v1_ResourceClaimTemplate.js
var m = d;
function u(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), u.errors = r, t === 0;
}
function c(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return Xr(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? Xr.errors : r.concat(Xr.errors)).length), c.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.metadata !== void 0 && (u(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.spec !== void 0 && (c(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d.errors = r, t === 0;
}
var k = g;
var D = ["resource.k8s.io/v1"];
function y(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "resource.k8s.io/v1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: D } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y.errors = r, t === 0;
}
var P = ["ResourceClaimTemplate"];
function v(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ResourceClaimTemplate") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: P } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
function h(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), h.errors = r, t === 0;
}
function f(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return m(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length), f.errors = r, t === 0;
}
function g(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
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
    e.apiVersion !== void 0 && (y(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.kind !== void 0 && (v(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.metadata !== void 0 && (h(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.spec !== void 0 && (f(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
export {
  k as validate
};
