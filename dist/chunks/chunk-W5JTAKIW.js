import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/TXILNSJP.js
var i = m;
function a(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return a.errors = r, t === 0;
}
function m(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.expression === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expression" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.expression !== void 0 && (a(e.expression, { instancePath: s + "/expression", parentData: e, parentDataProperty: "expression", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length));
  } else {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
var g = h;
function u(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: s, parentData: p, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), u.errors = r, t === 0;
}
function h(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.cel !== void 0 && (u(e.cel, { instancePath: s + "/cel", parentData: e, parentDataProperty: "cel", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h.errors = r, t === 0;
}
var y = f;
function f(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
var w = D;
function c(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c.errors = r, t === 0;
}
function v(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  return y(e, { instancePath: s, parentData: p, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), v.errors = r, t === 0;
}
function D(e, { instancePath: s = "", parentData: p, parentDataProperty: n, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.driver === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.parameters === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameters" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.driver !== void 0 && (c(e.driver, { instancePath: s + "/driver", parentData: e, parentDataProperty: "driver", rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.parameters !== void 0 && (v(e.parameters, { instancePath: s + "/parameters", parentData: e, parentDataProperty: "parameters", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  } else {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}

export {
  g,
  y,
  w
};
