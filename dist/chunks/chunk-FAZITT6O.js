import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  c
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/77UER56I.js
var f = y;
function u(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: i = e } = {}) {
  let r = null, t = 0;
  return c(e, { instancePath: o, parentData: l, parentDataProperty: p, rootData: i }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), u.errors = r, t === 0;
}
function n(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: i = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return n.errors = r, t === 0;
}
var v = formats.int64;
function m(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: i = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  if (typeof e == "number" && isFinite(e) && !v.validate(e)) {
    let s = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return m.errors = r, t === 0;
}
function y(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: i = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let s = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [s] : r.push(s), t++;
    }
    if (e.status === void 0) {
      let s = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [s] : r.push(s), t++;
    }
    if (e.lastTransitionTime === void 0) {
      let s = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastTransitionTime" } };
      r === null ? r = [s] : r.push(s), t++;
    }
    if (e.reason === void 0) {
      let s = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" } };
      r === null ? r = [s] : r.push(s), t++;
    }
    if (e.message === void 0) {
      let s = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" } };
      r === null ? r = [s] : r.push(s), t++;
    }
    e.lastTransitionTime !== void 0 && (u(e.lastTransitionTime, { instancePath: o + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: i }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.message !== void 0 && (n(e.message, { instancePath: o + "/message", parentData: e, parentDataProperty: "message", rootData: i }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length)), e.observedGeneration !== void 0 && (m(e.observedGeneration, { instancePath: o + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: i }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.reason !== void 0 && (n(e.reason, { instancePath: o + "/reason", parentData: e, parentDataProperty: "reason", rootData: i }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length)), e.status !== void 0 && (n(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: i }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length)), e.type !== void 0 && (n(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: i }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length));
  } else {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return y.errors = r, t === 0;
}

export {
  f
};
