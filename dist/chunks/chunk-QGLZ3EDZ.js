import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-RBIRWC55.js";
import {
  h
} from "./chunk-MYM5XKOW.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  i
} from "./chunk-CC3KFF3Z.js";
import {
  c,
  w
} from "./chunk-W4OPESLT.js";

// src/generated/current/chunks/IPE7XA7R.js
var P = A;
function v(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return b(e, { instancePath: l, parentData: p, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), v.errors = r, t === 0;
}
function f2(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: l, parentData: p, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), f2.errors = r, t === 0;
}
function g(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let s = { instancePath: l, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [s] : r.push(s), t++;
    }
    if (e.length < 1) {
      let s = { instancePath: l, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [s] : r.push(s), t++;
    }
    let o = e.length;
    for (let s = 0; s < o; s++) f2(e[s], { instancePath: l + "/" + s, parentData: e, parentDataProperty: s, rootData: n }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length);
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h(e, { instancePath: l, parentData: p, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), d.errors = r, t === 0;
}
function A(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.ancestorRef === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ancestorRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.conditions === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.controllerName === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllerName" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.ancestorRef !== void 0 && (v(e.ancestorRef, { instancePath: l + "/ancestorRef", parentData: e, parentDataProperty: "ancestorRef", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.conditions !== void 0 && (g(e.conditions, { instancePath: l + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.controllerName !== void 0 && (d(e.controllerName, { instancePath: l + "/controllerName", parentData: e, parentDataProperty: "controllerName", rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
var z = x;
function k(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  return P(e, { instancePath: l, parentData: p, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length), k.errors = r, t === 0;
}
function D(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let s = { instancePath: l, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [s] : r.push(s), t++;
    }
    let o = e.length;
    for (let s = 0; s < o; s++) k(e[s], { instancePath: l + "/" + s, parentData: e, parentDataProperty: s, rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length);
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
function x(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.ancestors === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ancestors" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.ancestors !== void 0 && (D(e.ancestors, { instancePath: l + "/ancestors", parentData: e, parentDataProperty: "ancestors", rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x.errors = r, t === 0;
}
var F = b2;
function w2(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: l, parentData: p, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), w2.errors = r, t === 0;
}
function q(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w(e, { instancePath: l, parentData: p, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), q.errors = r, t === 0;
}
function E(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i(e, { instancePath: l, parentData: p, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), E.errors = r, t === 0;
}
function b2(e, { instancePath: l = "", parentData: p, parentDataProperty: i2, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.group === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.group !== void 0 && (w2(e.group, { instancePath: l + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? w2.errors : r.concat(w2.errors)).length)), e.kind !== void 0 && (q(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.name !== void 0 && (E(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b2.errors = r, t === 0;
}

export {
  z,
  F
};
