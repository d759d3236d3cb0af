import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  J
} from "./chunk-QMHBCWKH.js";
import "./chunk-ZXUXJPVK.js";
import "./chunk-6DFRGFP5.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/generators_external_secrets_io_v1alpha1_STSSessionToken.js
var v = h;
var f = ["generators.external-secrets.io/v1alpha1"];
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "generators.external-secrets.io/v1alpha1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: f } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
var d = ["STSSessionToken"];
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "STSSessionToken") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: d } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function c(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), c.errors = r, t === 0;
}
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (J(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), y.errors = r, t === 0;
}
function h(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (u(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.kind !== void 0 && (m(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.metadata !== void 0 && (c(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.spec !== void 0 && (y(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h.errors = r, t === 0;
}
export {
  v as validate
};
