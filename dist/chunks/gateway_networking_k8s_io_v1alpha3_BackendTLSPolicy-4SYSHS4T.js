import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  gr
} from "./chunk-C444UA6W.js";
import "./chunk-XWDOBMJX.js";
import "./chunk-U7F7ZY2J.js";
import "./chunk-KFLXNRHT.js";
import {
  z
} from "./chunk-QGLZ3EDZ.js";
import "./chunk-RBIRWC55.js";
import "./chunk-MYM5XKOW.js";
import "./chunk-B6UZPOY6.js";
import "./chunk-FAZITT6O.js";
import "./chunk-CC3KFF3Z.js";
import "./chunk-W4OPESLT.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/gateway_networking_k8s_io_v1alpha3_BackendTLSPolicy.js
var d = f;
var k = ["gateway.networking.k8s.io/v1alpha3"];
function c(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "gateway.networking.k8s.io/v1alpha3") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: k } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c.errors = r, t === 0;
}
var g = ["BackendTLSPolicy"];
function m(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "BackendTLSPolicy") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: g } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), y.errors = r, t === 0;
}
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return gr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length), h.errors = r, t === 0;
}
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (z(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), v.errors = r, t === 0;
}
function f(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
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
    e.apiVersion !== void 0 && (c(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.kind !== void 0 && (m(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.metadata !== void 0 && (y(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.spec !== void 0 && (h(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.status !== void 0 && (v(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
export {
  d as validate
};
