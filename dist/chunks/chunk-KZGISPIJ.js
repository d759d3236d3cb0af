import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/CHDY3SJR.js
var a = g;
var T = RegExp("^([0-9]{1,5}(h|m|s|ms)){1,4}$", "u");
function g(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (!T.test(e)) {
      let o = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,5}(h|m|s|ms)){1,4}$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
var u = D;
var E = ["Permanent", "Session"];
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Permanent" && e !== "Session") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: E } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
var m = P;
function y(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length), y.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.lifetimeType !== void 0 && (y(e.lifetimeType, { instancePath: l + "/lifetimeType", parentData: e, parentDataProperty: "lifetimeType", rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P.errors = r, t === 0;
}
var c = k;
var b = ["Cookie", "Header"];
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Cookie" && e !== "Header") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: b } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
var H = w;
function i(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return a(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length), i.errors = r, t === 0;
}
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (m(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), h.errors = r, t === 0;
}
function f(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "string" && ucs2length_default(e) > 128) {
    let o = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), v.errors = r, t === 0;
}
function w(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.absoluteTimeout !== void 0 && (i(e.absoluteTimeout, { instancePath: l + "/absoluteTimeout", parentData: e, parentDataProperty: "absoluteTimeout", rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.cookieConfig !== void 0 && (h(e.cookieConfig, { instancePath: l + "/cookieConfig", parentData: e, parentDataProperty: "cookieConfig", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.idleTimeout !== void 0 && (i(e.idleTimeout, { instancePath: l + "/idleTimeout", parentData: e, parentDataProperty: "idleTimeout", rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.sessionName !== void 0 && (f(e.sessionName, { instancePath: l + "/sessionName", parentData: e, parentDataProperty: "sessionName", rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.type !== void 0 && (v(e.type, { instancePath: l + "/type", parentData: e, parentDataProperty: "type", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}

export {
  a,
  H
};
