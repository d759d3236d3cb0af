import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  g
} from "./chunk-Z432ABFI.js";

// src/generated/current/chunks/HJMAW5TT.js
var P = g2;
function h(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h.errors = r, t === 0;
}
function p(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let s = 0; s < o; s++) h(e[s], { instancePath: l + "/" + s, parentData: e, parentDataProperty: s, rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length);
  }
  return p.errors = r, t === 0;
}
var w = ["*", "CONNECT", "CREATE", "DELETE", "UPDATE"];
function m(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "*" && e !== "CONNECT" && e !== "CREATE" && e !== "DELETE" && e !== "UPDATE") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: w } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function D(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let s = 0; s < o; s++) m(e[s], { instancePath: l + "/" + s, parentData: e, parentDataProperty: s, rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length);
  }
  return D.errors = r, t === 0;
}
var R = ["*", "Cluster", "Namespaced"];
function v(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "*" && e !== "Cluster" && e !== "Namespaced") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: R } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
function g2(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.apiGroups !== void 0 && (p(e.apiGroups, { instancePath: l + "/apiGroups", parentData: e, parentDataProperty: "apiGroups", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.apiVersions !== void 0 && (p(e.apiVersions, { instancePath: l + "/apiVersions", parentData: e, parentDataProperty: "apiVersions", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.operations !== void 0 && (D(e.operations, { instancePath: l + "/operations", parentData: e, parentDataProperty: "operations", rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.resourceNames !== void 0 && (p(e.resourceNames, { instancePath: l + "/resourceNames", parentData: e, parentDataProperty: "resourceNames", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.resources !== void 0 && (p(e.resources, { instancePath: l + "/resources", parentData: e, parentDataProperty: "resources", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.scope !== void 0 && (v(e.scope, { instancePath: l + "/scope", parentData: e, parentDataProperty: "scope", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g2.errors = r, t === 0;
}
var b = A;
function f(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  return P(e, { instancePath: l, parentData: a, parentDataProperty: u, rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length), f.errors = r, t === 0;
}
function c(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let s = 0; s < o; s++) f(e[s], { instancePath: l + "/" + s, parentData: e, parentDataProperty: s, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length);
  }
  return c.errors = r, t === 0;
}
var k = ["Equivalent", "Exact"];
function E(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Equivalent" && e !== "Exact") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: k } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
function i(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: l, parentData: a, parentDataProperty: u, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), i.errors = r, t === 0;
}
function A(e, { instancePath: l = "", parentData: a, parentDataProperty: u, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.excludeResourceRules !== void 0 && (c(e.excludeResourceRules, { instancePath: l + "/excludeResourceRules", parentData: e, parentDataProperty: "excludeResourceRules", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.matchPolicy !== void 0 && (E(e.matchPolicy, { instancePath: l + "/matchPolicy", parentData: e, parentDataProperty: "matchPolicy", rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.namespaceSelector !== void 0 && (i(e.namespaceSelector, { instancePath: l + "/namespaceSelector", parentData: e, parentDataProperty: "namespaceSelector", rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.objectSelector !== void 0 && (i(e.objectSelector, { instancePath: l + "/objectSelector", parentData: e, parentDataProperty: "objectSelector", rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.resourceRules !== void 0 && (c(e.resourceRules, { instancePath: l + "/resourceRules", parentData: e, parentDataProperty: "resourceRules", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}

export {
  b
};
