import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/AXRL6HC6.js
var D = c;
function i(e, { instancePath: n = "", parentData: s, parentDataProperty: o, rootData: p = e } = {}) {
  let r = null, a = 0;
  if (typeof e != "string") {
    let t = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), a++;
  }
  return i.errors = r, a === 0;
}
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: o, rootData: p = e } = {}) {
  let r = null, a = 0;
  if (!Array.isArray(e) && e !== null) {
    let t = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [t] : r.push(t), a++;
  }
  if (Array.isArray(e)) {
    let t = e.length;
    for (let l = 0; l < t; l++) i(e[l], { instancePath: n + "/" + l, parentData: e, parentDataProperty: l, rootData: p }) || (a = (r = r === null ? i.errors : r.concat(i.errors)).length);
  }
  return u.errors = r, a === 0;
}
var f = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: o, rootData: p = e } = {}) {
  let r = null, a = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: n, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), a++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: n, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), a++;
    }
    if (!f.test(e)) {
      let t = { instancePath: n, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [t] : r.push(t), a++;
    }
  } else {
    let t = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), a++;
  }
  return m.errors = r, a === 0;
}
var g = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: o, rootData: p = e } = {}) {
  let r = null, a = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), a++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let t = { instancePath: n, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [t] : r.push(t), a++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: n, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), a++;
    }
    if (!g.test(e)) {
      let t = { instancePath: n, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [t] : r.push(t), a++;
    }
  }
  return y.errors = r, a === 0;
}
function c(e, { instancePath: n = "", parentData: s, parentDataProperty: o, rootData: p = e } = {}) {
  let r = null, a = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let t = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), a++;
    }
    e.audiences !== void 0 && (u(e.audiences, { instancePath: n + "/audiences", parentData: e, parentDataProperty: "audiences", rootData: p }) || (a = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.name !== void 0 && (m(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: p }) || (a = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.namespace !== void 0 && (y(e.namespace, { instancePath: n + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: p }) || (a = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let t = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), a++;
  }
  return c.errors = r, a === 0;
}

export {
  D
};
