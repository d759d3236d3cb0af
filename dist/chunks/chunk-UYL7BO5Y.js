import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  d
} from "./chunk-33SJ7AQA.js";
import {
  g,
  w
} from "./chunk-W5JTAKIW.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/FKNXB4X3.js
var A = sr;
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (w(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), D.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P.errors = r, t === 0;
}
function g2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) P(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length);
  }
  return g2.errors = r, t === 0;
}
function sr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.opaque !== void 0 && (D(e.opaque, { instancePath: l + "/opaque", parentData: e, parentDataProperty: "opaque", rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.requests !== void 0 && (g2(e.requests, { instancePath: l + "/requests", parentData: e, parentDataProperty: "requests", rootData: n }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return sr.errors = r, t === 0;
}
var w2 = ar;
function c(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c.errors = r, t === 0;
}
function E(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) E(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length);
  }
  return k.errors = r, t === 0;
}
function ar(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.distinctAttribute !== void 0 && (c(e.distinctAttribute, { instancePath: l + "/distinctAttribute", parentData: e, parentDataProperty: "distinctAttribute", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.matchAttribute !== void 0 && (c(e.matchAttribute, { instancePath: l + "/matchAttribute", parentData: e, parentDataProperty: "matchAttribute", rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.requests !== void 0 && (k(e.requests, { instancePath: l + "/requests", parentData: e, parentDataProperty: "requests", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ar.errors = r, t === 0;
}
var u = pr;
function b(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), b.errors = r, t === 0;
}
function q(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) b(e[o], { instancePath: l + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length);
  return q.errors = r, t === 0;
}
function pr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.requests !== void 0 && (q(e.requests, { instancePath: l + "/requests", parentData: e, parentDataProperty: "requests", rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return pr.errors = r, t === 0;
}
var y = ir;
var fr = ["NoExecute", "NoSchedule", "None"];
function N(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "NoExecute" && e !== "NoSchedule" && e !== "None") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: fr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return N.errors = r, t === 0;
}
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h.errors = r, t === 0;
}
var Dr = ["Equal", "Exists"];
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Equal" && e !== "Exists") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Dr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var Pr = formats.int64;
function x(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Pr.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x.errors = r, t === 0;
}
function ir(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.effect !== void 0 && (N(e.effect, { instancePath: l + "/effect", parentData: e, parentDataProperty: "effect", rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.key !== void 0 && (h(e.key, { instancePath: l + "/key", parentData: e, parentDataProperty: "key", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.operator !== void 0 && (j(e.operator, { instancePath: l + "/operator", parentData: e, parentDataProperty: "operator", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.tolerationSeconds !== void 0 && (x(e.tolerationSeconds, { instancePath: l + "/tolerationSeconds", parentData: e, parentDataProperty: "tolerationSeconds", rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.value !== void 0 && (h(e.value, { instancePath: l + "/value", parentData: e, parentDataProperty: "value", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ir.errors = r, t === 0;
}
var H = ur;
function C(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return C.errors = r, t === 0;
}
var Ar = ["All", "ExactCount"];
function M(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "All" && e !== "ExactCount") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ar } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return M.errors = r, t === 0;
}
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), F.errors = r, t === 0;
}
var Er = formats.int64;
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Er.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return V.errors = r, t === 0;
}
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return g(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), _.errors = r, t === 0;
}
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) _(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length);
  }
  return z.errors = r, t === 0;
}
function B(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return y(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), B.errors = r, t === 0;
}
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) B(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length);
  }
  return G.errors = r, t === 0;
}
function ur(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.deviceClassName === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deviceClassName" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.adminAccess !== void 0 && (C(e.adminAccess, { instancePath: l + "/adminAccess", parentData: e, parentDataProperty: "adminAccess", rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.allocationMode !== void 0 && (M(e.allocationMode, { instancePath: l + "/allocationMode", parentData: e, parentDataProperty: "allocationMode", rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.capacity !== void 0 && (F(e.capacity, { instancePath: l + "/capacity", parentData: e, parentDataProperty: "capacity", rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.count !== void 0 && (S(e.count, { instancePath: l + "/count", parentData: e, parentDataProperty: "count", rootData: n }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.deviceClassName !== void 0 && (V(e.deviceClassName, { instancePath: l + "/deviceClassName", parentData: e, parentDataProperty: "deviceClassName", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.selectors !== void 0 && (z(e.selectors, { instancePath: l + "/selectors", parentData: e, parentDataProperty: "selectors", rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.tolerations !== void 0 && (G(e.tolerations, { instancePath: l + "/tolerations", parentData: e, parentDataProperty: "tolerations", rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ur.errors = r, t === 0;
}
var T = yr;
var wr = ["All", "ExactCount"];
function I(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "All" && e !== "ExactCount") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: wr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return I.errors = r, t === 0;
}
function J(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), J.errors = r, t === 0;
}
var br = formats.int64;
function K(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !br.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return K.errors = r, t === 0;
}
function m(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return g(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), L.errors = r, t === 0;
}
function O(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) L(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length);
  }
  return O.errors = r, t === 0;
}
function Q(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return y(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), Q.errors = r, t === 0;
}
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) Q(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length);
  }
  return R.errors = r, t === 0;
}
function yr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.deviceClassName === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deviceClassName" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.allocationMode !== void 0 && (I(e.allocationMode, { instancePath: l + "/allocationMode", parentData: e, parentDataProperty: "allocationMode", rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.capacity !== void 0 && (J(e.capacity, { instancePath: l + "/capacity", parentData: e, parentDataProperty: "capacity", rootData: n }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.count !== void 0 && (K(e.count, { instancePath: l + "/count", parentData: e, parentDataProperty: "count", rootData: n }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.deviceClassName !== void 0 && (m(e.deviceClassName, { instancePath: l + "/deviceClassName", parentData: e, parentDataProperty: "deviceClassName", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.name !== void 0 && (m(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.selectors !== void 0 && (O(e.selectors, { instancePath: l + "/selectors", parentData: e, parentDataProperty: "selectors", rootData: n }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.tolerations !== void 0 && (R(e.tolerations, { instancePath: l + "/tolerations", parentData: e, parentDataProperty: "tolerations", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return yr.errors = r, t === 0;
}
var Z = cr;
function U(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (H(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), U.errors = r, t === 0;
}
function W(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return T(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length), W.errors = r, t === 0;
}
function X(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) W(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length);
  }
  return X.errors = r, t === 0;
}
function Y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Y.errors = r, t === 0;
}
function cr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.exactly !== void 0 && (U(e.exactly, { instancePath: l + "/exactly", parentData: e, parentDataProperty: "exactly", rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.firstAvailable !== void 0 && (X(e.firstAvailable, { instancePath: l + "/firstAvailable", parentData: e, parentDataProperty: "firstAvailable", rootData: n }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.name !== void 0 && (Y(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return cr.errors = r, t === 0;
}
var lr = hr;
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return A(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), $.errors = r, t === 0;
}
function d2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) $(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length);
  }
  return d2.errors = r, t === 0;
}
function rr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return w2(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? w2.errors : r.concat(w2.errors)).length), rr.errors = r, t === 0;
}
function er(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) rr(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length);
  }
  return er.errors = r, t === 0;
}
function tr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return Z(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length), tr.errors = r, t === 0;
}
function or(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let p = 0; p < o; p++) tr(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length);
  }
  return or.errors = r, t === 0;
}
function hr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.config !== void 0 && (d2(e.config, { instancePath: l + "/config", parentData: e, parentDataProperty: "config", rootData: n }) || (t = (r = r === null ? d2.errors : r.concat(d2.errors)).length)), e.constraints !== void 0 && (er(e.constraints, { instancePath: l + "/constraints", parentData: e, parentDataProperty: "constraints", rootData: n }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), e.requests !== void 0 && (or(e.requests, { instancePath: l + "/requests", parentData: e, parentDataProperty: "requests", rootData: n }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return hr.errors = r, t === 0;
}
var Xr = mr;
function nr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (lr(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), nr.errors = r, t === 0;
}
function mr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.devices !== void 0 && (nr(e.devices, { instancePath: l + "/devices", parentData: e, parentDataProperty: "devices", rootData: n }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return mr.errors = r, t === 0;
}

export {
  y,
  Xr
};
