import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  U,
  cr,
  tr
} from "./chunk-K5CNDI7H.js";
import {
  i
} from "./chunk-KFLXNRHT.js";
import {
  y
} from "./chunk-B6UZPOY6.js";

// src/generated/current/chunks/FI646UWY.js
var g = E;
function c(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  return cr(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? cr.errors : r.concat(cr.errors)).length), c.errors = r, l === 0;
}
function f(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let o = { instancePath: t, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [o] : r.push(o), l++;
    }
    if (e.length < 1) {
      let o = { instancePath: t, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), l++;
    }
    let s = e.length;
    for (let o = 0; o < s; o++) c(e[o], { instancePath: t + "/" + o, parentData: e, parentDataProperty: o, rootData: n }) || (l = (r = r === null ? c.errors : r.concat(c.errors)).length);
  } else {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return f.errors = r, l === 0;
}
function v(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (typeof e != "string" && e !== null) {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return y(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? y.errors : r.concat(y.errors)).length), v.errors = r, l === 0;
}
function E(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.backendRefs === void 0) {
      let s = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backendRefs" } };
      r === null ? r = [s] : r.push(s), l++;
    }
    e.backendRefs !== void 0 && (f(e.backendRefs, { instancePath: t + "/backendRefs", parentData: e, parentDataProperty: "backendRefs", rootData: n }) || (l = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.name !== void 0 && (v(e.name, { instancePath: t + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (l = (r = r === null ? v.errors : r.concat(v.errors)).length));
  } else {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return E.errors = r, l === 0;
}
var R = I;
function k(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  return U(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? U.errors : r.concat(U.errors)).length), k.errors = r, l === 0;
}
function D(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (typeof e != "string") {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return i(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? i.errors : r.concat(i.errors)).length), D.errors = r, l === 0;
}
function P(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let o = { instancePath: t, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [o] : r.push(o), l++;
    }
    if (e.length < 1) {
      let o = { instancePath: t, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), l++;
    }
    let s = e.length;
    for (let o = 0; o < s; o++) D(e[o], { instancePath: t + "/" + o, parentData: e, parentDataProperty: o, rootData: n }) || (l = (r = r === null ? D.errors : r.concat(D.errors)).length);
  } else {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return P.errors = r, l === 0;
}
function w(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  return g(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? g.errors : r.concat(g.errors)).length), w.errors = r, l === 0;
}
function b(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (Array.isArray(e)) {
    if (e.length > 1) {
      let o = { instancePath: t, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), l++;
    }
    if (e.length < 1) {
      let o = { instancePath: t, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), l++;
    }
    let s = e.length;
    for (let o = 0; o < s; o++) w(e[o], { instancePath: t + "/" + o, parentData: e, parentDataProperty: o, rootData: n }) || (l = (r = r === null ? w.errors : r.concat(w.errors)).length);
  } else {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return b.errors = r, l === 0;
}
function I(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (k(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? k.errors : r.concat(k.errors)).length), e && typeof e == "object" && !Array.isArray(e)) {
    if (e.hostnames === void 0) {
      let s = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostnames" } };
      r === null ? r = [s] : r.push(s), l++;
    }
    if (e.rules === void 0) {
      let s = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" } };
      r === null ? r = [s] : r.push(s), l++;
    }
    e.hostnames !== void 0 && (P(e.hostnames, { instancePath: t + "/hostnames", parentData: e, parentDataProperty: "hostnames", rootData: n }) || (l = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.rules !== void 0 && (b(e.rules, { instancePath: t + "/rules", parentData: e, parentDataProperty: "rules", rootData: n }) || (l = (r = r === null ? b.errors : r.concat(b.errors)).length));
  } else {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return I.errors = r, l === 0;
}
var G = d;
function A(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  return tr(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? tr.errors : r.concat(tr.errors)).length), A.errors = r, l === 0;
}
function d(e, { instancePath: t = "", parentData: a, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, l = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let s = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), l++;
  }
  return A(e, { instancePath: t, parentData: a, parentDataProperty: p, rootData: n }) || (l = (r = r === null ? A.errors : r.concat(A.errors)).length), d.errors = r, l === 0;
}

export {
  R,
  G
};
