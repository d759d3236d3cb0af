import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/storage_k8s_io_v1_VolumeAttributesClass.js
var v = h;
var f = ["storage.k8s.io/v1"];
function u(e, { instancePath: l = "", parentData: a, parentDataProperty: p, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (e !== "storage.k8s.io/v1") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: f } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return u.errors = r, o === 0;
}
function n(e, { instancePath: l = "", parentData: a, parentDataProperty: p, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return n.errors = r, o === 0;
}
var D = ["VolumeAttributesClass"];
function y(e, { instancePath: l = "", parentData: a, parentDataProperty: p, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (e !== "VolumeAttributesClass") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: D } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return y.errors = r, o === 0;
}
function m(e, { instancePath: l = "", parentData: a, parentDataProperty: p, rootData: s = e } = {}) {
  let r = null, o = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: a, parentDataProperty: p, rootData: s }) || (o = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), m.errors = r, o === 0;
}
function c(e, { instancePath: l = "", parentData: a, parentDataProperty: p, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let t in e) n(e[t], { instancePath: l + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: s }) || (o = (r = r === null ? n.errors : r.concat(n.errors)).length);
  return c.errors = r, o === 0;
}
function h(e, { instancePath: l = "", parentData: a, parentDataProperty: p, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.driverName === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driverName" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.apiVersion === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.kind === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.apiVersion !== void 0 && (u(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: s }) || (o = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.driverName !== void 0 && (n(e.driverName, { instancePath: l + "/driverName", parentData: e, parentDataProperty: "driverName", rootData: s }) || (o = (r = r === null ? n.errors : r.concat(n.errors)).length)), e.kind !== void 0 && (y(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: s }) || (o = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.metadata !== void 0 && (m(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: s }) || (o = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.parameters !== void 0 && (c(e.parameters, { instancePath: l + "/parameters", parentData: e, parentDataProperty: "parameters", rootData: s }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return h.errors = r, o === 0;
}
export {
  v as validate
};
