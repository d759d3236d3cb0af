import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Ph,
  Sh
} from "./chunk-BQ5X3RQZ.js";
import "./chunk-IYXRGNZ7.js";
import "./chunk-ZXUXJPVK.js";
import "./chunk-6DFRGFP5.js";
import "./chunk-Z432ABFI.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/external_secrets_io_v1_ClusterSecretStore.js
var d = f;
var g = ["external-secrets.io/v1"];
function c(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "external-secrets.io/v1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: g } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c.errors = r, t === 0;
}
var D = ["ClusterSecretStore"];
function m(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ClusterSecretStore") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: D } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), y.errors = r, t === 0;
}
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ph(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Ph.errors : r.concat(Ph.errors)).length)), v.errors = r, t === 0;
}
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Sh(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Sh.errors : r.concat(Sh.errors)).length)), h.errors = r, t === 0;
}
function f(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
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
    e.apiVersion !== void 0 && (c(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.kind !== void 0 && (m(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.metadata !== void 0 && (y(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.spec !== void 0 && (v(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.status !== void 0 && (h(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
export {
  d as validate
};
