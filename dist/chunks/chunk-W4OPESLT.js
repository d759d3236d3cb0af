import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/GMS767KW.js
var c = o;
var z = RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function o(t, { instancePath: p = "", parentData: l, parentDataProperty: n, rootData: s = t } = {}) {
  let r = null, a = 0;
  if (typeof t == "string") {
    if (ucs2length_default(t) > 253) {
      let e = { instancePath: p, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (!z.test(t)) {
      let e = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [e] : r.push(e), a++;
    }
  } else {
    let e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), a++;
  }
  return o.errors = r, a === 0;
}
var w = u;
var f = RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
function u(t, { instancePath: p = "", parentData: l, parentDataProperty: n, rootData: s = t } = {}) {
  let r = null, a = 0;
  if (typeof t == "string") {
    if (ucs2length_default(t) > 63) {
      let e = { instancePath: p, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (1 > ucs2length_default(t)) {
      let e = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (!f.test(t)) {
      let e = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$" } };
      r === null ? r = [e] : r.push(e), a++;
    }
  } else {
    let e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), a++;
  }
  return u.errors = r, a === 0;
}
var D = i;
var g = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function i(t, { instancePath: p = "", parentData: l, parentDataProperty: n, rootData: s = t } = {}) {
  let r = null, a = 0;
  if (typeof t == "string") {
    if (ucs2length_default(t) > 63) {
      let e = { instancePath: p, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (1 > ucs2length_default(t)) {
      let e = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (!g.test(t)) {
      let e = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [e] : r.push(e), a++;
    }
  } else {
    let e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), a++;
  }
  return i.errors = r, a === 0;
}

export {
  c,
  w,
  D
};
