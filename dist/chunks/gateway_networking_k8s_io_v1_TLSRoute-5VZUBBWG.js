import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  G,
  R
} from "./chunk-4AMH7PXM.js";
import "./chunk-K5CNDI7H.js";
import "./chunk-KFLXNRHT.js";
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

// src/generated/current/gateway_networking_k8s_io_v1_TLSRoute.js
var g = f;
var d = ["gateway.networking.k8s.io/v1"];
function m(e, { instancePath: s = "", parentData: l, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "gateway.networking.k8s.io/v1") {
    let o = { instancePath: s, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: d } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
var k = ["TLSRoute"];
function c(e, { instancePath: s = "", parentData: l, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "TLSRoute") {
    let o = { instancePath: s, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: k } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c.errors = r, t === 0;
}
function y(e, { instancePath: s = "", parentData: l, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: s, parentData: l, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), y.errors = r, t === 0;
}
function v(e, { instancePath: s = "", parentData: l, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return R(e, { instancePath: s, parentData: l, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length), v.errors = r, t === 0;
}
function h(e, { instancePath: s = "", parentData: l, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (G(e, { instancePath: s, parentData: l, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), h.errors = r, t === 0;
}
function f(e, { instancePath: s = "", parentData: l, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.apiVersion === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (m(e.apiVersion, { instancePath: s + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.kind !== void 0 && (c(e.kind, { instancePath: s + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.metadata !== void 0 && (y(e.metadata, { instancePath: s + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.spec !== void 0 && (v(e.spec, { instancePath: s + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.status !== void 0 && (h(e.status, { instancePath: s + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
export {
  g as validate
};
