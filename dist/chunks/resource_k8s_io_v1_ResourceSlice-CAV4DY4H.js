import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-72HLV5ND.js";
import {
  d
} from "./chunk-33SJ7AQA.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/resource_k8s_io_v1_ResourceSlice.js
var C = Vr;
function b2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b2.errors = r, t === 0;
}
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) w(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length);
  }
  return E.errors = r, t === 0;
}
var xr = formats.int64;
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !xr.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !xr.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
function N(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) j(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length);
  }
  return N.errors = r, t === 0;
}
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
function h(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) S(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length);
  }
  return h.errors = r, t === 0;
}
function Vr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.bool !== void 0 && (b2(e.bool, { instancePath: n + "/bool", parentData: e, parentDataProperty: "bool", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), e.bools !== void 0 && (E(e.bools, { instancePath: n + "/bools", parentData: e, parentDataProperty: "bools", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.int !== void 0 && (q(e.int, { instancePath: n + "/int", parentData: e, parentDataProperty: "int", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.ints !== void 0 && (N(e.ints, { instancePath: n + "/ints", parentData: e, parentDataProperty: "ints", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.string !== void 0 && (v(e.string, { instancePath: n + "/string", parentData: e, parentDataProperty: "string", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.strings !== void 0 && (h(e.strings, { instancePath: n + "/strings", parentData: e, parentDataProperty: "strings", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.version !== void 0 && (v(e.version, { instancePath: n + "/version", parentData: e, parentDataProperty: "version", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.versions !== void 0 && (h(e.versions, { instancePath: n + "/versions", parentData: e, parentDataProperty: "versions", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Vr.errors = r, t === 0;
}
var x = Mr;
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), m.errors = r, t === 0;
}
function d2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), d2.errors = r, t === 0;
}
function Mr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.min === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.max !== void 0 && (m(e.max, { instancePath: n + "/max", parentData: e, parentDataProperty: "max", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.min !== void 0 && (d2(e.min, { instancePath: n + "/min", parentData: e, parentDataProperty: "min", rootData: l }) || (t = (r = r === null ? d2.errors : r.concat(d2.errors)).length)), e.step !== void 0 && (m(e.step, { instancePath: n + "/step", parentData: e, parentDataProperty: "step", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Mr.errors = r, t === 0;
}
var K = Fr;
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), V.errors = r, t === 0;
}
function M(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (x(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), M.errors = r, t === 0;
}
function F(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), F.errors = r, t === 0;
}
function R(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) F(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length);
  }
  return R.errors = r, t === 0;
}
function Fr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.default !== void 0 && (V(e.default, { instancePath: n + "/default", parentData: e, parentDataProperty: "default", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.validRange !== void 0 && (M(e.validRange, { instancePath: n + "/validRange", parentData: e, parentDataProperty: "validRange", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.validValues !== void 0 && (R(e.validValues, { instancePath: n + "/validValues", parentData: e, parentDataProperty: "validValues", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Fr.errors = r, t === 0;
}
var z = Rr;
function T(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (K(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), T.errors = r, t === 0;
}
function _(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), _.errors = r, t === 0;
}
function Rr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.value === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.requestPolicy !== void 0 && (T(e.requestPolicy, { instancePath: n + "/requestPolicy", parentData: e, parentDataProperty: "requestPolicy", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.value !== void 0 && (_(e.value, { instancePath: n + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Rr.errors = r, t === 0;
}
var c2 = Kr;
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), B.errors = r, t === 0;
}
function Kr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.value === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.value !== void 0 && (B(e.value, { instancePath: n + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Kr.errors = r, t === 0;
}
var J = Tr;
function G(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return G.errors = r, t === 0;
}
function H(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), H.errors = r, t === 0;
}
function I(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) H(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length);
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return I.errors = r, t === 0;
}
function Tr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.counterSet === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "counterSet" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.counters === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "counters" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.counterSet !== void 0 && (G(e.counterSet, { instancePath: n + "/counterSet", parentData: e, parentDataProperty: "counterSet", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.counters !== void 0 && (I(e.counters, { instancePath: n + "/counters", parentData: e, parentDataProperty: "counters", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Tr.errors = r, t === 0;
}
var Q2 = _r;
function L(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), L.errors = r, t === 0;
}
function O(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return O.errors = r, t === 0;
}
function _r(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.allocationMultiplier !== void 0 && (L(e.allocationMultiplier, { instancePath: n + "/allocationMultiplier", parentData: e, parentDataProperty: "allocationMultiplier", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.capacityKey !== void 0 && (O(e.capacityKey, { instancePath: n + "/capacityKey", parentData: e, parentDataProperty: "capacityKey", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return _r.errors = r, t === 0;
}
var Z = zr;
var Or = ["NoExecute", "NoSchedule", "None"];
function U(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "NoExecute" && e !== "NoSchedule" && e !== "None") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Or } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return U.errors = r, t === 0;
}
function W(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return W.errors = r, t === 0;
}
function X(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), X.errors = r, t === 0;
}
function Y(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Y.errors = r, t === 0;
}
function zr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.effect === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effect" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.effect !== void 0 && (U(e.effect, { instancePath: n + "/effect", parentData: e, parentDataProperty: "effect", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.key !== void 0 && (W(e.key, { instancePath: n + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.timeAdded !== void 0 && (X(e.timeAdded, { instancePath: n + "/timeAdded", parentData: e, parentDataProperty: "timeAdded", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.value !== void 0 && (Y(e.value, { instancePath: n + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return zr.errors = r, t === 0;
}
var yr = Br;
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function $(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return C(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length), $.errors = r, t === 0;
}
function rr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) $(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length);
  return rr.errors = r, t === 0;
}
function D(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
function f(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) D(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length);
  }
  return f.errors = r, t === 0;
}
function er(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return z(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length), er.errors = r, t === 0;
}
function tr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) er(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length);
  return tr.errors = r, t === 0;
}
function or(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return J(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length), or.errors = r, t === 0;
}
function nr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) or(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length);
  }
  return nr.errors = r, t === 0;
}
function lr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Q2(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length), lr.errors = r, t === 0;
}
function sr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) lr(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length);
  return sr.errors = r, t === 0;
}
function pr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return pr.errors = r, t === 0;
}
function ar(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), ar.errors = r, t === 0;
}
function ir(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Z(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length), ir.errors = r, t === 0;
}
function ur(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) ir(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length);
  }
  return ur.errors = r, t === 0;
}
function Br(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.allNodes !== void 0 && (u(e.allNodes, { instancePath: n + "/allNodes", parentData: e, parentDataProperty: "allNodes", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.allowMultipleAllocations !== void 0 && (u(e.allowMultipleAllocations, { instancePath: n + "/allowMultipleAllocations", parentData: e, parentDataProperty: "allowMultipleAllocations", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.attributes !== void 0 && (rr(e.attributes, { instancePath: n + "/attributes", parentData: e, parentDataProperty: "attributes", rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), e.bindingConditions !== void 0 && (f(e.bindingConditions, { instancePath: n + "/bindingConditions", parentData: e, parentDataProperty: "bindingConditions", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.bindingFailureConditions !== void 0 && (f(e.bindingFailureConditions, { instancePath: n + "/bindingFailureConditions", parentData: e, parentDataProperty: "bindingFailureConditions", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.bindsToNode !== void 0 && (u(e.bindsToNode, { instancePath: n + "/bindsToNode", parentData: e, parentDataProperty: "bindsToNode", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.capacity !== void 0 && (tr(e.capacity, { instancePath: n + "/capacity", parentData: e, parentDataProperty: "capacity", rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length)), e.consumesCounters !== void 0 && (nr(e.consumesCounters, { instancePath: n + "/consumesCounters", parentData: e, parentDataProperty: "consumesCounters", rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), e.name !== void 0 && (D(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.nodeAllocatableResourceMappings !== void 0 && (sr(e.nodeAllocatableResourceMappings, { instancePath: n + "/nodeAllocatableResourceMappings", parentData: e, parentDataProperty: "nodeAllocatableResourceMappings", rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.nodeName !== void 0 && (pr(e.nodeName, { instancePath: n + "/nodeName", parentData: e, parentDataProperty: "nodeName", rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), e.nodeSelector !== void 0 && (ar(e.nodeSelector, { instancePath: n + "/nodeSelector", parentData: e, parentDataProperty: "nodeSelector", rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.taints !== void 0 && (ur(e.taints, { instancePath: n + "/taints", parentData: e, parentDataProperty: "taints", rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Br.errors = r, t === 0;
}
var vr = Gr;
var Ur = formats.int64;
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Ur.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
function cr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return cr.errors = r, t === 0;
}
function Gr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.generation === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generation" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.resourceSliceCount === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceSliceCount" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.generation !== void 0 && (g(e.generation, { instancePath: n + "/generation", parentData: e, parentDataProperty: "generation", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.name !== void 0 && (cr(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length)), e.resourceSliceCount !== void 0 && (g(e.resourceSliceCount, { instancePath: n + "/resourceSliceCount", parentData: e, parentDataProperty: "resourceSliceCount", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Gr.errors = r, t === 0;
}
var Dr = Hr;
function hr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), hr.errors = r, t === 0;
}
function mr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) hr(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length);
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return mr.errors = r, t === 0;
}
function fr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return fr.errors = r, t === 0;
}
function Hr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.counters === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "counters" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.counters !== void 0 && (mr(e.counters, { instancePath: n + "/counters", parentData: e, parentDataProperty: "counters", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.name !== void 0 && (fr(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Hr.errors = r, t === 0;
}
var jr = Ir;
function P(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P.errors = r, t === 0;
}
function gr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return yr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length), gr.errors = r, t === 0;
}
function Pr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) gr(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length);
  }
  return Pr.errors = r, t === 0;
}
function kr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return kr.errors = r, t === 0;
}
function Ar(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Ar.errors = r, t === 0;
}
function br(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), br.errors = r, t === 0;
}
function wr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return vr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length), wr.errors = r, t === 0;
}
function Er(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Dr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length), Er.errors = r, t === 0;
}
function qr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) Er(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length);
  }
  return qr.errors = r, t === 0;
}
function Ir(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.driver === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.pool === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pool" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.allNodes !== void 0 && (P(e.allNodes, { instancePath: n + "/allNodes", parentData: e, parentDataProperty: "allNodes", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.devices !== void 0 && (Pr(e.devices, { instancePath: n + "/devices", parentData: e, parentDataProperty: "devices", rootData: l }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), e.driver !== void 0 && (kr(e.driver, { instancePath: n + "/driver", parentData: e, parentDataProperty: "driver", rootData: l }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length)), e.nodeName !== void 0 && (Ar(e.nodeName, { instancePath: n + "/nodeName", parentData: e, parentDataProperty: "nodeName", rootData: l }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length)), e.nodeSelector !== void 0 && (br(e.nodeSelector, { instancePath: n + "/nodeSelector", parentData: e, parentDataProperty: "nodeSelector", rootData: l }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length)), e.perDeviceNodeSelection !== void 0 && (P(e.perDeviceNodeSelection, { instancePath: n + "/perDeviceNodeSelection", parentData: e, parentDataProperty: "perDeviceNodeSelection", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.pool !== void 0 && (wr(e.pool, { instancePath: n + "/pool", parentData: e, parentDataProperty: "pool", rootData: l }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.sharedCounters !== void 0 && (qr(e.sharedCounters, { instancePath: n + "/sharedCounters", parentData: e, parentDataProperty: "sharedCounters", rootData: l }) || (t = (r = r === null ? qr.errors : r.concat(qr.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Ir.errors = r, t === 0;
}
var Wr = Jr;
var Xr = ["resource.k8s.io/v1"];
function Nr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "resource.k8s.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Xr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Nr.errors = r, t === 0;
}
var Yr = ["ResourceSlice"];
function Sr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ResourceSlice") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Yr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Sr.errors = r, t === 0;
}
function Cr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), Cr.errors = r, t === 0;
}
function dr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return jr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length), dr.errors = r, t === 0;
}
function Jr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.apiVersion === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (Nr(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? Nr.errors : r.concat(Nr.errors)).length)), e.kind !== void 0 && (Sr(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? Sr.errors : r.concat(Sr.errors)).length)), e.metadata !== void 0 && (Cr(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? Cr.errors : r.concat(Cr.errors)).length)), e.spec !== void 0 && (dr(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Jr.errors = r, t === 0;
}
export {
  Wr as validate
};
