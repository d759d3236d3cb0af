import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/R7MHHAVS.js
var f = u;
var y = RegExp("^[-._a-zA-Z0-9]+$", "u");
function a(e, { instancePath: p = "", parentData: m, parentDataProperty: i, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: p, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (!y.test(e)) {
      let t = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" } };
      r === null ? r = [t] : r.push(t), n++;
    }
  }
  return a.errors = r, n === 0;
}
var h = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function o(e, { instancePath: p = "", parentData: m, parentDataProperty: i, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: p, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (!h.test(e)) {
      let t = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [t] : r.push(t), n++;
    }
  }
  return o.errors = r, n === 0;
}
function u(e, { instancePath: p = "", parentData: m, parentDataProperty: i, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.key !== void 0 && (a(e.key, { instancePath: p + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (n = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.name !== void 0 && (o(e.name, { instancePath: p + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (n = (r = r === null ? o.errors : r.concat(o.errors)).length));
  else {
    let t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return u.errors = r, n === 0;
}

export {
  f
};
