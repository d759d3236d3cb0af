import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  v
} from "./chunk-XWDOBMJX.js";
import {
  U,
  cr,
  d,
  tr
} from "./chunk-K5CNDI7H.js";
import {
  i
} from "./chunk-KFLXNRHT.js";
import {
  H
} from "./chunk-KZGISPIJ.js";
import "./chunk-RBIRWC55.js";
import "./chunk-MYM5XKOW.js";
import {
  y
} from "./chunk-B6UZPOY6.js";
import "./chunk-FAZITT6O.js";
import "./chunk-CC3KFF3Z.js";
import "./chunk-W4OPESLT.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/gateway_networking_k8s_io_v1_GRPCRoute.js
var i2 = Rr;
var Ur = RegExp("^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$", "u");
function Rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 256) {
      let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (1 > ucs2length_default(e)) {
      let l = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!Ur.test(e)) {
      let l = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Rr.errors = r, t === 0;
}
var x = jr;
function jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), jr.errors = r, t === 0;
}
var d2 = Mr;
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return x(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), A.errors = r, t === 0;
}
function b(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 4096) {
      let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (1 > ucs2length_default(e)) {
      let l = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return b.errors = r, t === 0;
}
function Mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.value === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.name !== void 0 && (A(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.value !== void 0 && (b(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Mr.errors = r, t === 0;
}
var I = Lr;
function q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return d2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? d2.errors : r.concat(d2.errors)).length), q.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) q(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length);
  }
  return m.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return R.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) R(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length);
  }
  return j.errors = r, t === 0;
}
function Lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.add !== void 0 && (m(e.add, { instancePath: o + "/add", parentData: e, parentDataProperty: "add", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.remove !== void 0 && (j(e.remove, { instancePath: o + "/remove", parentData: e, parentDataProperty: "remove", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.set !== void 0 && (m(e.set, { instancePath: o + "/set", parentData: e, parentDataProperty: "set", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Lr.errors = r, t === 0;
}
var N = Hr;
var Nr = formats.int32;
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "number" && isFinite(e)) {
    if (e < 1 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!Nr.validate(e)) {
      let l = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return M.errors = r, t === 0;
}
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "number" && isFinite(e)) {
    if (e < 0 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!Nr.validate(e)) {
      let l = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return L.errors = r, t === 0;
}
function Hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.numerator === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numerator" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.denominator !== void 0 && (M(e.denominator, { instancePath: o + "/denominator", parentData: e, parentDataProperty: "denominator", rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.numerator !== void 0 && (L(e.numerator, { instancePath: o + "/numerator", parentData: e, parentDataProperty: "numerator", rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Hr.errors = r, t === 0;
}
var F = Vr;
function H2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), H2.errors = r, t === 0;
}
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (N(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), V.errors = r, t === 0;
}
var Yr = formats.int32;
function _(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "number" && isFinite(e)) {
    if (e > 100 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e < 0 || isNaN(e)) {
      let l = { instancePath: o, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!Yr.validate(e)) {
      let l = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return _.errors = r, t === 0;
}
function Vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.backendRef === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backendRef" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.backendRef !== void 0 && (H2(e.backendRef, { instancePath: o + "/backendRef", parentData: e, parentDataProperty: "backendRef", rootData: n }) || (t = (r = r === null ? H2.errors : r.concat(H2.errors)).length)), e.fraction !== void 0 && (V(e.fraction, { instancePath: o + "/fraction", parentData: e, parentDataProperty: "fraction", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.percent !== void 0 && (_(e.percent, { instancePath: o + "/percent", parentData: e, parentDataProperty: "percent", rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Vr.errors = r, t === 0;
}
var $ = _r;
function _r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return _r.errors = r, t === 0;
}
var u = Fr;
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (v(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), z.errors = r, t === 0;
}
function y2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (I(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), y2.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (F(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), C.errors = r, t === 0;
}
var re = ["ResponseHeaderModifier", "RequestHeaderModifier", "RequestMirror", "ExtensionRef"];
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if ($(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length), e !== "ResponseHeaderModifier" && e !== "RequestHeaderModifier" && e !== "RequestMirror" && e !== "ExtensionRef") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: re } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return G.errors = r, t === 0;
}
function Fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.extensionRef !== void 0 && (z(e.extensionRef, { instancePath: o + "/extensionRef", parentData: e, parentDataProperty: "extensionRef", rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.requestHeaderModifier !== void 0 && (y2(e.requestHeaderModifier, { instancePath: o + "/requestHeaderModifier", parentData: e, parentDataProperty: "requestHeaderModifier", rootData: n }) || (t = (r = r === null ? y2.errors : r.concat(y2.errors)).length)), e.requestMirror !== void 0 && (C(e.requestMirror, { instancePath: o + "/requestMirror", parentData: e, parentDataProperty: "requestMirror", rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.responseHeaderModifier !== void 0 && (y2(e.responseHeaderModifier, { instancePath: o + "/responseHeaderModifier", parentData: e, parentDataProperty: "responseHeaderModifier", rootData: n }) || (t = (r = r === null ? y2.errors : r.concat(y2.errors)).length)), e.type !== void 0 && (G(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Fr.errors = r, t === 0;
}
var K = $r;
function Z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return cr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length), Z.errors = r, t === 0;
}
function B(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length), B.errors = r, t === 0;
}
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) B(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length);
  }
  return J.errors = r, t === 0;
}
function $r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.filters !== void 0 && (J(e.filters, { instancePath: o + "/filters", parentData: e, parentDataProperty: "filters", rootData: n }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return $r.errors = r, t === 0;
}
var O = zr;
function zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), zr.errors = r, t === 0;
}
var Q2 = Cr;
var ee = ["Exact", "RegularExpression"];
function Cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "Exact" && e !== "RegularExpression") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ee } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Cr.errors = r, t === 0;
}
var W = Zr;
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return O(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length), S.errors = r, t === 0;
}
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Q2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length), T.errors = r, t === 0;
}
function U2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 4096) {
      let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (1 > ucs2length_default(e)) {
      let l = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return U2.errors = r, t === 0;
}
function Zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.value === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.name !== void 0 && (S(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.type !== void 0 && (T(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: n }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.value !== void 0 && (U2(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: n }) || (t = (r = r === null ? U2.errors : r.concat(U2.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Zr.errors = r, t === 0;
}
var X = Br;
var te = ["Exact", "RegularExpression"];
function Br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "Exact" && e !== "RegularExpression") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: te } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Br.errors = r, t === 0;
}
var rr = Jr;
function c(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "string" && ucs2length_default(e) > 1024) {
    let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return c.errors = r, t === 0;
}
function Y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return X(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length), Y.errors = r, t === 0;
}
function Jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.method !== void 0 && (c(e.method, { instancePath: o + "/method", parentData: e, parentDataProperty: "method", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.service !== void 0 && (c(e.service, { instancePath: o + "/service", parentData: e, parentDataProperty: "service", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.type !== void 0 && (Y(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: n }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Jr.errors = r, t === 0;
}
var or = Kr;
function er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return W(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length), er.errors = r, t === 0;
}
function tr2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) er(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length);
  }
  return tr2.errors = r, t === 0;
}
function lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (rr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), lr.errors = r, t === 0;
}
function Kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.headers !== void 0 && (tr2(e.headers, { instancePath: o + "/headers", parentData: e, parentDataProperty: "headers", rootData: n }) || (t = (r = r === null ? tr2.errors : r.concat(tr2.errors)).length)), e.method !== void 0 && (lr(e.method, { instancePath: o + "/method", parentData: e, parentDataProperty: "method", rootData: n }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Kr.errors = r, t === 0;
}
var cr2 = Or;
function nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return K(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length), nr.errors = r, t === 0;
}
function sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) nr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length);
  }
  return sr.errors = r, t === 0;
}
function pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length), pr.errors = r, t === 0;
}
function ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) pr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length);
  }
  return ar.errors = r, t === 0;
}
function ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return or(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length), ir.errors = r, t === 0;
}
function ur(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 64) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) ir(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length);
  }
  return ur.errors = r, t === 0;
}
function mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return y(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), mr.errors = r, t === 0;
}
function yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (H(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), yr.errors = r, t === 0;
}
function Or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.backendRefs !== void 0 && (sr(e.backendRefs, { instancePath: o + "/backendRefs", parentData: e, parentDataProperty: "backendRefs", rootData: n }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.filters !== void 0 && (ar(e.filters, { instancePath: o + "/filters", parentData: e, parentDataProperty: "filters", rootData: n }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.matches !== void 0 && (ur(e.matches, { instancePath: o + "/matches", parentData: e, parentDataProperty: "matches", rootData: n }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length)), e.name !== void 0 && (mr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.sessionPersistence !== void 0 && (yr(e.sessionPersistence, { instancePath: o + "/sessionPersistence", parentData: e, parentDataProperty: "sessionPersistence", rootData: n }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Or.errors = r, t === 0;
}
var Pr = Qr;
function hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), hr.errors = r, t === 0;
}
function fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), fr.errors = r, t === 0;
}
function vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) fr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length);
  }
  return vr.errors = r, t === 0;
}
function gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return cr2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? cr2.errors : r.concat(cr2.errors)).length), gr.errors = r, t === 0;
}
function Dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let a = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [a] : r.push(a), t++;
    }
    let l = e.length;
    for (let a = 0; a < l; a++) gr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length);
  }
  return Dr.errors = r, t === 0;
}
function Qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (hr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.hostnames !== void 0 && (vr(e.hostnames, { instancePath: o + "/hostnames", parentData: e, parentDataProperty: "hostnames", rootData: n }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.rules !== void 0 && (Dr(e.rules, { instancePath: o + "/rules", parentData: e, parentDataProperty: "rules", rootData: n }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Qr.errors = r, t === 0;
}
var wr = Sr;
function kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return tr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length), kr.errors = r, t === 0;
}
function Sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return kr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length), Sr.errors = r, t === 0;
}
var oe = Tr;
var ne = ["gateway.networking.k8s.io/v1"];
function Er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "gateway.networking.k8s.io/v1") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ne } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Er.errors = r, t === 0;
}
var se = ["GRPCRoute"];
function xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "GRPCRoute") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: se } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return xr.errors = r, t === 0;
}
function Ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), Ar.errors = r, t === 0;
}
function br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return Pr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length), br.errors = r, t === 0;
}
function dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (wr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), dr.errors = r, t === 0;
}
function Tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.apiVersion === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.kind === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.apiVersion !== void 0 && (Er(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.kind !== void 0 && (xr(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? xr.errors : r.concat(xr.errors)).length)), e.metadata !== void 0 && (Ar(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length)), e.spec !== void 0 && (br(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length)), e.status !== void 0 && (dr(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Tr.errors = r, t === 0;
}
export {
  oe as validate
};
