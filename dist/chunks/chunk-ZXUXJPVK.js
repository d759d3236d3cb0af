import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/CJA22CAQ.js
var c = h;
var y = RegExp("^[-._a-zA-Z0-9]+$", "u");
function s(t, { instancePath: n = "", parentData: i, parentDataProperty: u, rootData: a = t } = {}) {
  let r = null, p = 0;
  if (typeof t != "string" && t !== null) {
    let e = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), p++;
  }
  if (typeof t == "string") {
    if (ucs2length_default(t) > 253) {
      let e = { instancePath: n, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (1 > ucs2length_default(t)) {
      let e = { instancePath: n, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (!y.test(t)) {
      let e = { instancePath: n, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" } };
      r === null ? r = [e] : r.push(e), p++;
    }
  }
  return s.errors = r, p === 0;
}
var f = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function o(t, { instancePath: n = "", parentData: i, parentDataProperty: u, rootData: a = t } = {}) {
  let r = null, p = 0;
  if (typeof t != "string" && t !== null) {
    let e = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), p++;
  }
  if (typeof t == "string") {
    if (ucs2length_default(t) > 253) {
      let e = { instancePath: n, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (1 > ucs2length_default(t)) {
      let e = { instancePath: n, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (!f.test(t)) {
      let e = { instancePath: n, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [e] : r.push(e), p++;
    }
  }
  return o.errors = r, p === 0;
}
var g = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function m(t, { instancePath: n = "", parentData: i, parentDataProperty: u, rootData: a = t } = {}) {
  let r = null, p = 0;
  if (typeof t != "string" && t !== null) {
    let e = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), p++;
  }
  if (typeof t == "string") {
    if (ucs2length_default(t) > 63) {
      let e = { instancePath: n, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (1 > ucs2length_default(t)) {
      let e = { instancePath: n, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (!g.test(t)) {
      let e = { instancePath: n, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [e] : r.push(e), p++;
    }
  }
  return m.errors = r, p === 0;
}
function h(t, { instancePath: n = "", parentData: i, parentDataProperty: u, rootData: a = t } = {}) {
  let r = null, p = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) t.key !== void 0 && (s(t.key, { instancePath: n + "/key", parentData: t, parentDataProperty: "key", rootData: a }) || (p = (r = r === null ? s.errors : r.concat(s.errors)).length)), t.name !== void 0 && (o(t.name, { instancePath: n + "/name", parentData: t, parentDataProperty: "name", rootData: a }) || (p = (r = r === null ? o.errors : r.concat(o.errors)).length)), t.namespace !== void 0 && (m(t.namespace, { instancePath: n + "/namespace", parentData: t, parentDataProperty: "namespace", rootData: a }) || (p = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let e = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [e] : r.push(e), p++;
  }
  return h.errors = r, p === 0;
}

export {
  c
};
