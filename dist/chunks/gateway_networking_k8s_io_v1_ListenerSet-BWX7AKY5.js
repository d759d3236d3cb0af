import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i as i2
} from "./chunk-U7F7ZY2J.js";
import {
  i as i3
} from "./chunk-KFLXNRHT.js";
import {
  v,
  y
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
  g
} from "./chunk-Z432ABFI.js";
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

// src/generated/current/gateway_networking_k8s_io_v1_ListenerSet.js
var f2 = Er;
function w2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), w2.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return w(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), A.errors = r, t === 0;
}
function Er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.group !== void 0 && (w2(e.group, { instancePath: o + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? w2.errors : r.concat(w2.errors)).length)), e.kind !== void 0 && (A(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Er.errors = r, t === 0;
}
var E = dr;
function dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return dr.errors = r, t === 0;
}
var b = xr;
var Kr = ["All", "Selector", "Same"];
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (E(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), e !== "All" && e !== "Selector" && e !== "Same") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Kr } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return d.errors = r, t === 0;
}
function x(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), x.errors = r, t === 0;
}
function xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.from !== void 0 && (d(e.from, { instancePath: o + "/from", parentData: e, parentDataProperty: "from", rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.selector !== void 0 && (x(e.selector, { instancePath: o + "/selector", parentData: e, parentDataProperty: "selector", rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return xr.errors = r, t === 0;
}
var z = br;
function q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length), q.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let i4 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    let l = e.length;
    for (let i4 = 0; i4 < l; i4++) q(e[i4], { instancePath: o + "/" + i4, parentData: e, parentDataProperty: i4, rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length);
  }
  return j.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), R.errors = r, t === 0;
}
function br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.kinds !== void 0 && (j(e.kinds, { instancePath: o + "/kinds", parentData: e, parentDataProperty: "kinds", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.namespaces !== void 0 && (R(e.namespaces, { instancePath: o + "/namespaces", parentData: e, parentDataProperty: "namespaces", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return br.errors = r, t === 0;
}
var I = jr;
var _r = RegExp("^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$", "u");
function jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 255) {
      let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 255 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (1 > ucs2length_default(e)) {
      let l = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!_r.test(e)) {
      let l = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return jr.errors = r, t === 0;
}
var S = Rr;
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), V.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return w(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), N.errors = r, t === 0;
}
function Z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), Z.errors = r, t === 0;
}
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), L.errors = r, t === 0;
}
function Rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.group !== void 0 && (V(e.group, { instancePath: o + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.kind !== void 0 && (N(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.name !== void 0 && (Z(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length)), e.namespace !== void 0 && (L(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Rr.errors = r, t === 0;
}
var F = zr;
var $r = ["Terminate", "Passthrough"];
function zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "Terminate" && e !== "Passthrough") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: $r } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return zr.errors = r, t === 0;
}
var B = Ir;
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return S(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length), K.errors = r, t === 0;
}
function _(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 64) {
      let i4 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    let l = e.length;
    for (let i4 = 0; i4 < l; i4++) K(e[i4], { instancePath: o + "/" + i4, parentData: e, parentDataProperty: i4, rootData: n }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length);
  }
  return _.errors = r, t === 0;
}
function $(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return F(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length), $.errors = r, t === 0;
}
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), T.errors = r, t === 0;
}
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 16) {
      let l = { instancePath: o, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 16 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    for (let l in e) T(e[l], { instancePath: o + "/" + l.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: l, rootData: n }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length);
  }
  return O.errors = r, t === 0;
}
function Ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.certificateRefs !== void 0 && (_(e.certificateRefs, { instancePath: o + "/certificateRefs", parentData: e, parentDataProperty: "certificateRefs", rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.mode !== void 0 && ($(e.mode, { instancePath: o + "/mode", parentData: e, parentDataProperty: "mode", rootData: n }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), e.options !== void 0 && (O(e.options, { instancePath: o + "/options", parentData: e, parentDataProperty: "options", rootData: n }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Ir.errors = r, t === 0;
}
var U = Vr;
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), C.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i3(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length), G.errors = r, t === 0;
}
function H(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return y(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), H.errors = r, t === 0;
}
var Or = formats.int32;
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
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
    if (!Or.validate(e)) {
      let l = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  }
  return J.errors = r, t === 0;
}
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return I(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length), M.errors = r, t === 0;
}
function Q2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), Q2.errors = r, t === 0;
}
function Vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.port === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.protocol === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.allowedRoutes !== void 0 && (C(e.allowedRoutes, { instancePath: o + "/allowedRoutes", parentData: e, parentDataProperty: "allowedRoutes", rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.hostname !== void 0 && (G(e.hostname, { instancePath: o + "/hostname", parentData: e, parentDataProperty: "hostname", rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.name !== void 0 && (H(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.port !== void 0 && (J(e.port, { instancePath: o + "/port", parentData: e, parentDataProperty: "port", rootData: n }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.protocol !== void 0 && (M(e.protocol, { instancePath: o + "/protocol", parentData: e, parentDataProperty: "protocol", rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.tls !== void 0 && (Q2(e.tls, { instancePath: o + "/tls", parentData: e, parentDataProperty: "tls", rootData: n }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Vr.errors = r, t === 0;
}
var er = Nr;
function W(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), W.errors = r, t === 0;
}
function X(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return w(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), X.errors = r, t === 0;
}
function Y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), Y.errors = r, t === 0;
}
function rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), rr.errors = r, t === 0;
}
function Nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.group !== void 0 && (W(e.group, { instancePath: o + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.kind !== void 0 && (X(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.name !== void 0 && (Y(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), e.namespace !== void 0 && (rr(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Nr.errors = r, t === 0;
}
var nr = Zr;
function tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), tr.errors = r, t === 0;
}
function lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 64) {
      let i4 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    if (e.length < 1) {
      let i4 = { instancePath: o, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    let l = e.length;
    for (let i4 = 0; i4 < l; i4++) tr(e[i4], { instancePath: o + "/" + i4, parentData: e, parentDataProperty: i4, rootData: n }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length);
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return lr.errors = r, t === 0;
}
function or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return er(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length), or.errors = r, t === 0;
}
function Zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.listeners === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "listeners" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.parentRef === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parentRef" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.listeners !== void 0 && (lr(e.listeners, { instancePath: o + "/listeners", parentData: e, parentDataProperty: "listeners", rootData: n }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), e.parentRef !== void 0 && (or(e.parentRef, { instancePath: o + "/parentRef", parentData: e, parentDataProperty: "parentRef", rootData: n }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Zr.errors = r, t === 0;
}
var yr = Lr;
var Cr = formats.int32;
function sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Cr.validate(e)) {
    let l = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return sr.errors = r, t === 0;
}
function pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), pr.errors = r, t === 0;
}
function ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let i4 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    let l = e.length;
    for (let i4 = 0; i4 < l; i4++) pr(e[i4], { instancePath: o + "/" + i4, parentData: e, parentDataProperty: i4, rootData: n }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length);
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return ir.errors = r, t === 0;
}
function ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return y(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), ar.errors = r, t === 0;
}
function ur(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length), ur.errors = r, t === 0;
}
function mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let i4 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    let l = e.length;
    for (let i4 = 0; i4 < l; i4++) ur(e[i4], { instancePath: o + "/" + i4, parentData: e, parentDataProperty: i4, rootData: n }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length);
  }
  return mr.errors = r, t === 0;
}
function Lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.attachedRoutes === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attachedRoutes" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.conditions === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.name === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.attachedRoutes !== void 0 && (sr(e.attachedRoutes, { instancePath: o + "/attachedRoutes", parentData: e, parentDataProperty: "attachedRoutes", rootData: n }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.conditions !== void 0 && (ir(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: n }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length)), e.name !== void 0 && (ar(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.supportedKinds !== void 0 && (mr(e.supportedKinds, { instancePath: o + "/supportedKinds", parentData: e, parentDataProperty: "supportedKinds", rootData: n }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Lr.errors = r, t === 0;
}
var gr = Sr;
function cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), cr.errors = r, t === 0;
}
function hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let i4 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    let l = e.length;
    for (let i4 = 0; i4 < l; i4++) cr(e[i4], { instancePath: o + "/" + i4, parentData: e, parentDataProperty: i4, rootData: n }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length);
  }
  return hr.errors = r, t === 0;
}
function fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return yr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length), fr.errors = r, t === 0;
}
function vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 64) {
      let i4 = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      r === null ? r = [i4] : r.push(i4), t++;
    }
    let l = e.length;
    for (let i4 = 0; i4 < l; i4++) fr(e[i4], { instancePath: o + "/" + i4, parentData: e, parentDataProperty: i4, rootData: n }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length);
  }
  return vr.errors = r, t === 0;
}
function Sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && (hr(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: n }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), e.listeners !== void 0 && (vr(e.listeners, { instancePath: o + "/listeners", parentData: e, parentDataProperty: "listeners", rootData: n }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Sr.errors = r, t === 0;
}
var Gr = Fr;
var Hr = ["gateway.networking.k8s.io/v1"];
function Dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "gateway.networking.k8s.io/v1") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Hr } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Dr.errors = r, t === 0;
}
var Jr = ["ListenerSet"];
function Pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "ListenerSet") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Jr } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Pr.errors = r, t === 0;
}
function kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), kr.errors = r, t === 0;
}
function wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return nr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length), wr.errors = r, t === 0;
}
function Ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), Ar.errors = r, t === 0;
}
function Fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
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
    e.apiVersion !== void 0 && (Dr(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length)), e.kind !== void 0 && (Pr(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), e.metadata !== void 0 && (kr(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length)), e.spec !== void 0 && (wr(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.status !== void 0 && (Ar(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return Fr.errors = r, t === 0;
}
export {
  Gr as validate
};
