import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  B
} from "./chunk-FPXMETT6.js";
import "./chunk-7VN7QVZV.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/generators_external_secrets_io_v1alpha1_Grafana.js
var v = h;
var f = ["generators.external-secrets.io/v1alpha1"];
function u(e, { instancePath: o = "", parentData: a, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "generators.external-secrets.io/v1alpha1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: f } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
var d = ["Grafana"];
function m(e, { instancePath: o = "", parentData: a, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Grafana") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: d } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return m.errors = r, t === 0;
}
function c(e, { instancePath: o = "", parentData: a, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: a, parentDataProperty: s, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), c.errors = r, t === 0;
}
function y(e, { instancePath: o = "", parentData: a, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: o, parentData: a, parentDataProperty: s, rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), y.errors = r, t === 0;
}
function h(e, { instancePath: o = "", parentData: a, parentDataProperty: s, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (u(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.kind !== void 0 && (m(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.metadata !== void 0 && (c(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.spec !== void 0 && (y(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return h.errors = r, t === 0;
}
export {
  v as validate
};
