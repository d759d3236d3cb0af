import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/NT753UZZ.js
var u = m;
function p(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return p.errors = r, o === 0;
}
function i(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (!Array.isArray(e) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (Array.isArray(e)) {
    let t = e.length;
    for (let s = 0; s < t; s++) p(e[s], { instancePath: l + "/" + s, parentData: e, parentDataProperty: s, rootData: n }) || (o = (r = r === null ? p.errors : r.concat(p.errors)).length);
  }
  return i.errors = r, o === 0;
}
function m(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.operator === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.key !== void 0 && (p(e.key, { instancePath: l + "/key", parentData: e, parentDataProperty: "key", rootData: n }) || (o = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.operator !== void 0 && (p(e.operator, { instancePath: l + "/operator", parentData: e, parentDataProperty: "operator", rootData: n }) || (o = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.values !== void 0 && (i(e.values, { instancePath: l + "/values", parentData: e, parentDataProperty: "values", rootData: n }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return m.errors = r, o === 0;
}
var g = D;
function c(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  return u(e, { instancePath: l, parentData: a, parentDataProperty: y, rootData: n }) || (o = (r = r === null ? u.errors : r.concat(u.errors)).length), c.errors = r, o === 0;
}
function h(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (!Array.isArray(e) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (Array.isArray(e)) {
    let t = e.length;
    for (let s = 0; s < t; s++) c(e[s], { instancePath: l + "/" + s, parentData: e, parentDataProperty: s, rootData: n }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length);
  }
  return h.errors = r, o === 0;
}
function v(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return v.errors = r, o === 0;
}
function f(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let t in e) v(e[t], { instancePath: l + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: n }) || (o = (r = r === null ? v.errors : r.concat(v.errors)).length);
  return f.errors = r, o === 0;
}
function D(e, { instancePath: l = "", parentData: a, parentDataProperty: y, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.matchExpressions !== void 0 && (h(e.matchExpressions, { instancePath: l + "/matchExpressions", parentData: e, parentDataProperty: "matchExpressions", rootData: n }) || (o = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.matchLabels !== void 0 && (f(e.matchLabels, { instancePath: l + "/matchLabels", parentData: e, parentDataProperty: "matchLabels", rootData: n }) || (o = (r = r === null ? f.errors : r.concat(f.errors)).length));
  else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return D.errors = r, o === 0;
}

export {
  g
};
