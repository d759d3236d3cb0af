import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  v,
  y
} from "./chunk-B6UZPOY6.js";
import {
  i
} from "./chunk-CC3KFF3Z.js";
import {
  D,
  c,
  w
} from "./chunk-W4OPESLT.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/THMBWLEZ.js
var b = N;
function f(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), o++;
  }
  return c(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length), f.errors = r, o === 0;
}
function h(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), o++;
  }
  return w(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? w.errors : r.concat(w.errors)).length), h.errors = r, o === 0;
}
function v2(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let l = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), o++;
  }
  return i(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length), v2.errors = r, o === 0;
}
function g(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), o++;
  }
  return D(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? D.errors : r.concat(D.errors)).length), g.errors = r, o === 0;
}
var P = formats.int32;
function k(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let l = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), o++;
  }
  if (v(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? v.errors : r.concat(v.errors)).length), typeof e == "number" && isFinite(e)) {
    if (e > 65535 || isNaN(e)) {
      let l = { instancePath: t, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      r === null ? r = [l] : r.push(l), o++;
    }
    if (e < 1 || isNaN(e)) {
      let l = { instancePath: t, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      r === null ? r = [l] : r.push(l), o++;
    }
    if (!P.validate(e)) {
      let l = { instancePath: t, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      r === null ? r = [l] : r.push(l), o++;
    }
  }
  return k.errors = r, o === 0;
}
function w2(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), o++;
  }
  return y(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? y.errors : r.concat(y.errors)).length), w2.errors = r, o === 0;
}
function N(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let l = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), o++;
    }
    e.group !== void 0 && (f(e.group, { instancePath: t + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (o = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.kind !== void 0 && (h(e.kind, { instancePath: t + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (o = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.name !== void 0 && (v2(e.name, { instancePath: t + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (o = (r = r === null ? v2.errors : r.concat(v2.errors)).length)), e.namespace !== void 0 && (g(e.namespace, { instancePath: t + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (o = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.port !== void 0 && (k(e.port, { instancePath: t + "/port", parentData: e, parentDataProperty: "port", rootData: n }) || (o = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.sectionName !== void 0 && (w2(e.sectionName, { instancePath: t + "/sectionName", parentData: e, parentDataProperty: "sectionName", rootData: n }) || (o = (r = r === null ? w2.errors : r.concat(w2.errors)).length));
  } else {
    let l = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), o++;
  }
  return N.errors = r, o === 0;
}

export {
  b
};
