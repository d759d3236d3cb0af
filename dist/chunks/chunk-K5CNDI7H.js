import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-RBIRWC55.js";
import {
  h
} from "./chunk-MYM5XKOW.js";
import {
  v
} from "./chunk-B6UZPOY6.js";
import {
  f
} from "./chunk-FAZITT6O.js";
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

// src/generated/current/chunks/6WTCS64S.js
var g = z;
var L = ["All", "None"];
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "All" && e !== "None") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: L } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return z.errors = r, t === 0;
}
var U = B;
function D2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), D2.errors = r, t === 0;
}
function w2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 32) {
      let i2 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    let l = e.length;
    for (let i2 = 0; i2 < l; i2++) D2(e[i2], { instancePath: o + "/" + i2, parentData: e, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length);
  }
  return w2.errors = r, t === 0;
}
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), P.errors = r, t === 0;
}
function B(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.parentRefs !== void 0 && (w2(e.parentRefs, { instancePath: o + "/parentRefs", parentData: e, parentDataProperty: "parentRefs", rootData: n }) || (t = (r = r === null ? w2.errors : r.concat(w2.errors)).length)), e.useDefaultGateways !== void 0 && (P(e.useDefaultGateways, { instancePath: o + "/useDefaultGateways", parentData: e, parentDataProperty: "useDefaultGateways", rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return B.errors = r, t === 0;
}
var x = C;
function k(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), k.errors = r, t === 0;
}
function E(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let i2 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    if (e.length < 1) {
      let i2 = { instancePath: o, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    let l = e.length;
    for (let i2 = 0; i2 < l; i2++) k(e[i2], { instancePath: o + "/" + i2, parentData: e, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length);
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return E.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return h(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), A.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), N.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.conditions === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.controllerName === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllerName" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.parentRef === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parentRef" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.conditions !== void 0 && (E(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.controllerName !== void 0 && (A(e.controllerName, { instancePath: o + "/controllerName", parentData: e, parentDataProperty: "controllerName", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.parentRef !== void 0 && (N(e.parentRef, { instancePath: o + "/parentRef", parentData: e, parentDataProperty: "parentRef", rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return C.errors = r, t === 0;
}
var tr = H;
function b2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return x(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), b2.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 32) {
      let i2 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    let l = e.length;
    for (let i2 = 0; i2 < l; i2++) b2(e[i2], { instancePath: o + "/" + i2, parentData: e, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length);
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return j.errors = r, t === 0;
}
function H(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.parents === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parents" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.parents !== void 0 && (j(e.parents, { instancePath: o + "/parents", parentData: e, parentDataProperty: "parents", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return H.errors = r, t === 0;
}
var d = J;
function q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), q.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return w(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), R.errors = r, t === 0;
}
function I(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), I.errors = r, t === 0;
}
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), F.errors = r, t === 0;
}
var O = formats.int32;
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (v(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length), typeof e == "number" && isFinite(e)) {
    if (e > 65535 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e < 1 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!O.validate(e)) {
      let l = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return G.errors = r, t === 0;
}
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.group !== void 0 && (q(e.group, { instancePath: o + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.kind !== void 0 && (R(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.name !== void 0 && (I(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.namespace !== void 0 && (F(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.port !== void 0 && (G(e.port, { instancePath: o + "/port", parentData: e, parentDataProperty: "port", rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return J.errors = r, t === 0;
}
var cr = K;
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), V.errors = r, t === 0;
}
var S = formats.int32;
function _(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "number" && isFinite(e)) {
    if (e > 1e6 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e < 0 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!S.validate(e)) {
      let l = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return _.errors = r, t === 0;
}
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (V(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.weight !== void 0 && (_(e.weight, { instancePath: o + "/weight", parentData: e, parentDataProperty: "weight", rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return K.errors = r, t === 0;
}

export {
  U,
  tr,
  d,
  cr
};
