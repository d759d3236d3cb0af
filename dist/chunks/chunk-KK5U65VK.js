import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-ND6Q3VEL.js";

// src/generated/current/chunks/U3WIKAUH.js
var u = A;
function i2(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i2.errors = r, t === 0;
}
function h(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), h.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.CACerts !== void 0 && (i2(e.CACerts, { instancePath: n + "/CACerts", parentData: e, parentDataProperty: "CACerts", rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.audience !== void 0 && (i2(e.audience, { instancePath: n + "/audience", parentData: e, parentDataProperty: "audience", rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.name !== void 0 && (i2(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.url !== void 0 && (h(e.url, { instancePath: n + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
var C = E;
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), v.errors = r, t === 0;
}
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return u(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length), m.errors = r, t === 0;
}
function f(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) m(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length);
  }
  return f.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.address !== void 0 && (v(e.address, { instancePath: n + "/address", parentData: e, parentDataProperty: "address", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.addresses !== void 0 && (f(e.addresses, { instancePath: n + "/addresses", parentData: e, parentDataProperty: "addresses", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
var D = k;
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y.errors = r, t === 0;
}
function k(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (y(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.name !== void 0 && (y(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
var x = w;
function P(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return D(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), P.errors = r, t === 0;
}
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) P(e[p], { instancePath: n + "/" + p, parentData: e, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length);
  }
  return g.errors = r, t === 0;
}
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.policies !== void 0 && (g(e.policies, { instancePath: n + "/policies", parentData: e, parentDataProperty: "policies", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}

export {
  C,
  x
};
