import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/LCN6PN2W.js
var h = P;
function i(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i.errors = r, t === 0;
}
var E = ["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"];
function u(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "DoesNotExist" && e !== "Exists" && e !== "Gt" && e !== "In" && e !== "Lt" && e !== "NotIn") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: E } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function c(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let n = 0; n < o; n++) i(e[n], { instancePath: l + "/" + n, parentData: e, parentDataProperty: n, rootData: s }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length);
  }
  return c.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.operator === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.key !== void 0 && (i(e.key, { instancePath: l + "/key", parentData: e, parentDataProperty: "key", rootData: s }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.operator !== void 0 && (u(e.operator, { instancePath: l + "/operator", parentData: e, parentDataProperty: "operator", rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.values !== void 0 && (c(e.values, { instancePath: l + "/values", parentData: e, parentDataProperty: "values", rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P.errors = r, t === 0;
}
var v = g;
function m(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return h(e, { instancePath: l, parentData: p, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), m.errors = r, t === 0;
}
function y(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let n = 0; n < o; n++) m(e[n], { instancePath: l + "/" + n, parentData: e, parentDataProperty: n, rootData: s }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length);
  }
  return y.errors = r, t === 0;
}
function g(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.matchExpressions !== void 0 && (y(e.matchExpressions, { instancePath: l + "/matchExpressions", parentData: e, parentDataProperty: "matchExpressions", rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.matchFields !== void 0 && (y(e.matchFields, { instancePath: l + "/matchFields", parentData: e, parentDataProperty: "matchFields", rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
var b = k;
function D(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return v(e, { instancePath: l, parentData: p, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length), D.errors = r, t === 0;
}
function f(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let o = e.length;
    for (let n = 0; n < o; n++) D(e[n], { instancePath: l + "/" + n, parentData: e, parentDataProperty: n, rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length);
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
function k(e, { instancePath: l = "", parentData: p, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.nodeSelectorTerms === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodeSelectorTerms" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.nodeSelectorTerms !== void 0 && (f(e.nodeSelectorTerms, { instancePath: l + "/nodeSelectorTerms", parentData: e, parentDataProperty: "nodeSelectorTerms", rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}

export {
  v,
  b
};
