import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b,
  v
} from "./chunk-72HLV5ND.js";
import {
  d
} from "./chunk-33SJ7AQA.js";
import {
  u
} from "./chunk-6XLXOWN5.js";
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/2QSC56NF.js
var ae = da;
function se(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return v(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length), se.errors = r, t === 0;
}
var ry = formats.int32;
function pe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !ry.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pe.errors = r, t === 0;
}
function da(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.weight === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.preference === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "preference" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.preference !== void 0 && (se(e.preference, { instancePath: o + "/preference", parentData: e, parentDataProperty: "preference", rootData: l }) || (t = (r = r === null ? se.errors : r.concat(se.errors)).length)), e.weight !== void 0 && (pe(e.weight, { instancePath: o + "/weight", parentData: e, parentDataProperty: "weight", rootData: l }) || (t = (r = r === null ? pe.errors : r.concat(pe.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return da.errors = r, t === 0;
}
var ce = ri;
function ie(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ae(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ae.errors : r.concat(ae.errors)).length), ie.errors = r, t === 0;
}
function ue(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ie(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ie.errors : r.concat(ie.errors)).length);
  }
  return ue.errors = r, t === 0;
}
function ye(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), ye.errors = r, t === 0;
}
function ri(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.preferredDuringSchedulingIgnoredDuringExecution !== void 0 && (ue(e.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: o + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: e, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData: l }) || (t = (r = r === null ? ue.errors : r.concat(ue.errors)).length)), e.requiredDuringSchedulingIgnoredDuringExecution !== void 0 && (ye(e.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: o + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: e, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData: l }) || (t = (r = r === null ? ye.errors : r.concat(ye.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ri.errors = r, t === 0;
}
var A = ei;
function cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), cr.errors = r, t === 0;
}
function hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hr.errors = r, t === 0;
}
function b2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) hr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length);
  }
  return b2.errors = r, t === 0;
}
function ei(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.topologyKey === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.labelSelector !== void 0 && (cr(e.labelSelector, { instancePath: o + "/labelSelector", parentData: e, parentDataProperty: "labelSelector", rootData: l }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length)), e.matchLabelKeys !== void 0 && (b2(e.matchLabelKeys, { instancePath: o + "/matchLabelKeys", parentData: e, parentDataProperty: "matchLabelKeys", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), e.mismatchLabelKeys !== void 0 && (b2(e.mismatchLabelKeys, { instancePath: o + "/mismatchLabelKeys", parentData: e, parentDataProperty: "mismatchLabelKeys", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), e.namespaceSelector !== void 0 && (cr(e.namespaceSelector, { instancePath: o + "/namespaceSelector", parentData: e, parentDataProperty: "namespaceSelector", rootData: l }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length)), e.namespaces !== void 0 && (b2(e.namespaces, { instancePath: o + "/namespaces", parentData: e, parentDataProperty: "namespaces", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), e.topologyKey !== void 0 && (hr(e.topologyKey, { instancePath: o + "/topologyKey", parentData: e, parentDataProperty: "topologyKey", rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ei.errors = r, t === 0;
}
var H = ti;
function he(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return A(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), he.errors = r, t === 0;
}
var ty = formats.int32;
function me(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !ty.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return me.errors = r, t === 0;
}
function ti(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.weight === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.podAffinityTerm === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "podAffinityTerm" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.podAffinityTerm !== void 0 && (he(e.podAffinityTerm, { instancePath: o + "/podAffinityTerm", parentData: e, parentDataProperty: "podAffinityTerm", rootData: l }) || (t = (r = r === null ? he.errors : r.concat(he.errors)).length)), e.weight !== void 0 && (me(e.weight, { instancePath: o + "/weight", parentData: e, parentDataProperty: "weight", rootData: l }) || (t = (r = r === null ? me.errors : r.concat(me.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ti.errors = r, t === 0;
}
var ge = oi;
function ve(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return H(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length), ve.errors = r, t === 0;
}
function fe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ve(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ve.errors : r.concat(ve.errors)).length);
  }
  return fe.errors = r, t === 0;
}
function De(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return A(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), De.errors = r, t === 0;
}
function Pe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) De(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? De.errors : r.concat(De.errors)).length);
  }
  return Pe.errors = r, t === 0;
}
function oi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.preferredDuringSchedulingIgnoredDuringExecution !== void 0 && (fe(e.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: o + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: e, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData: l }) || (t = (r = r === null ? fe.errors : r.concat(fe.errors)).length)), e.requiredDuringSchedulingIgnoredDuringExecution !== void 0 && (Pe(e.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: o + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: e, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData: l }) || (t = (r = r === null ? Pe.errors : r.concat(Pe.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return oi.errors = r, t === 0;
}
var be = ni;
function ke(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return H(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length), ke.errors = r, t === 0;
}
function we(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ke(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ke.errors : r.concat(ke.errors)).length);
  }
  return we.errors = r, t === 0;
}
function Ae(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return A(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length), Ae.errors = r, t === 0;
}
function Ee(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ae(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ae.errors : r.concat(Ae.errors)).length);
  }
  return Ee.errors = r, t === 0;
}
function ni(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.preferredDuringSchedulingIgnoredDuringExecution !== void 0 && (we(e.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: o + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: e, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData: l }) || (t = (r = r === null ? we.errors : r.concat(we.errors)).length)), e.requiredDuringSchedulingIgnoredDuringExecution !== void 0 && (Ee(e.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: o + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: e, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData: l }) || (t = (r = r === null ? Ee.errors : r.concat(Ee.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ni.errors = r, t === 0;
}
var je = li;
function Se(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ce(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ce.errors : r.concat(ce.errors)).length)), Se.errors = r, t === 0;
}
function Ne(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ge(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ge.errors : r.concat(ge.errors)).length)), Ne.errors = r, t === 0;
}
function Ie(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (be(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? be.errors : r.concat(be.errors)).length)), Ie.errors = r, t === 0;
}
function li(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.nodeAffinity !== void 0 && (Se(e.nodeAffinity, { instancePath: o + "/nodeAffinity", parentData: e, parentDataProperty: "nodeAffinity", rootData: l }) || (t = (r = r === null ? Se.errors : r.concat(Se.errors)).length)), e.podAffinity !== void 0 && (Ne(e.podAffinity, { instancePath: o + "/podAffinity", parentData: e, parentDataProperty: "podAffinity", rootData: l }) || (t = (r = r === null ? Ne.errors : r.concat(Ne.errors)).length)), e.podAntiAffinity !== void 0 && (Ie(e.podAntiAffinity, { instancePath: o + "/podAntiAffinity", parentData: e, parentDataProperty: "podAntiAffinity", rootData: l }) || (t = (r = r === null ? Ie.errors : r.concat(Ie.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return li.errors = r, t === 0;
}
var xe = si;
function Te(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Te.errors = r, t === 0;
}
function qe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qe.errors = r, t === 0;
}
function Re(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Re.errors = r, t === 0;
}
function si(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (Te(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? Te.errors : r.concat(Te.errors)).length)), e.name !== void 0 && (qe(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? qe.errors : r.concat(qe.errors)).length)), e.optional !== void 0 && (Re(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? Re.errors : r.concat(Re.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return si.errors = r, t === 0;
}
var B = pi;
function Ge(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ge.errors = r, t === 0;
}
function Me(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Me.errors = r, t === 0;
}
function pi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.fieldPath === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fieldPath" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiVersion !== void 0 && (Ge(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? Ge.errors : r.concat(Ge.errors)).length)), e.fieldPath !== void 0 && (Me(e.fieldPath, { instancePath: o + "/fieldPath", parentData: e, parentDataProperty: "fieldPath", rootData: l }) || (t = (r = r === null ? Me.errors : r.concat(Me.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pi.errors = r, t === 0;
}
var Ce = ai;
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return S.errors = r, t === 0;
}
function Oe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Oe.errors = r, t === 0;
}
function ai(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.volumeName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.key === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (S(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.optional !== void 0 && (Oe(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? Oe.errors : r.concat(Oe.errors)).length)), e.path !== void 0 && (S(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.volumeName !== void 0 && (S(e.volumeName, { instancePath: o + "/volumeName", parentData: e, parentDataProperty: "volumeName", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ai.errors = r, t === 0;
}
var W = ii;
function Fe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fe.errors = r, t === 0;
}
function Le(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), Le.errors = r, t === 0;
}
function Ue(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ue.errors = r, t === 0;
}
function ii(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.resource === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.containerName !== void 0 && (Fe(e.containerName, { instancePath: o + "/containerName", parentData: e, parentDataProperty: "containerName", rootData: l }) || (t = (r = r === null ? Fe.errors : r.concat(Fe.errors)).length)), e.divisor !== void 0 && (Le(e.divisor, { instancePath: o + "/divisor", parentData: e, parentDataProperty: "divisor", rootData: l }) || (t = (r = r === null ? Le.errors : r.concat(Le.errors)).length)), e.resource !== void 0 && (Ue(e.resource, { instancePath: o + "/resource", parentData: e, parentDataProperty: "resource", rootData: l }) || (t = (r = r === null ? Ue.errors : r.concat(Ue.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ii.errors = r, t === 0;
}
var _e = ui;
function Ve(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ve.errors = r, t === 0;
}
function Ke(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ke.errors = r, t === 0;
}
function Xe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xe.errors = r, t === 0;
}
function ui(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (Ve(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? Ve.errors : r.concat(Ve.errors)).length)), e.name !== void 0 && (Ke(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Ke.errors : r.concat(Ke.errors)).length)), e.optional !== void 0 && (Xe(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? Xe.errors : r.concat(Xe.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ui.errors = r, t === 0;
}
var Ye = yi;
function He(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (xe(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xe.errors : r.concat(xe.errors)).length)), He.errors = r, t === 0;
}
function Be(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), Be.errors = r, t === 0;
}
function We(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ce(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ce.errors : r.concat(Ce.errors)).length)), We.errors = r, t === 0;
}
function ze(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (W(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), ze.errors = r, t === 0;
}
function Qe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (_e(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _e.errors : r.concat(_e.errors)).length)), Qe.errors = r, t === 0;
}
function yi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.configMapKeyRef !== void 0 && (He(e.configMapKeyRef, { instancePath: o + "/configMapKeyRef", parentData: e, parentDataProperty: "configMapKeyRef", rootData: l }) || (t = (r = r === null ? He.errors : r.concat(He.errors)).length)), e.fieldRef !== void 0 && (Be(e.fieldRef, { instancePath: o + "/fieldRef", parentData: e, parentDataProperty: "fieldRef", rootData: l }) || (t = (r = r === null ? Be.errors : r.concat(Be.errors)).length)), e.fileKeyRef !== void 0 && (We(e.fileKeyRef, { instancePath: o + "/fileKeyRef", parentData: e, parentDataProperty: "fileKeyRef", rootData: l }) || (t = (r = r === null ? We.errors : r.concat(We.errors)).length)), e.resourceFieldRef !== void 0 && (ze(e.resourceFieldRef, { instancePath: o + "/resourceFieldRef", parentData: e, parentDataProperty: "resourceFieldRef", rootData: l }) || (t = (r = r === null ? ze.errors : r.concat(ze.errors)).length)), e.secretKeyRef !== void 0 && (Qe(e.secretKeyRef, { instancePath: o + "/secretKeyRef", parentData: e, parentDataProperty: "secretKeyRef", rootData: l }) || (t = (r = r === null ? Qe.errors : r.concat(Qe.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yi.errors = r, t === 0;
}
var z = ci;
function Ze(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ze.errors = r, t === 0;
}
function Je(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Je.errors = r, t === 0;
}
function $e(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ye(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ye.errors : r.concat(Ye.errors)).length)), $e.errors = r, t === 0;
}
function ci(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (Ze(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Ze.errors : r.concat(Ze.errors)).length)), e.value !== void 0 && (Je(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? Je.errors : r.concat(Je.errors)).length)), e.valueFrom !== void 0 && ($e(e.valueFrom, { instancePath: o + "/valueFrom", parentData: e, parentDataProperty: "valueFrom", rootData: l }) || (t = (r = r === null ? $e.errors : r.concat($e.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ci.errors = r, t === 0;
}
var et = hi;
function de(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return de.errors = r, t === 0;
}
function rt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rt.errors = r, t === 0;
}
function hi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.name !== void 0 && (de(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? de.errors : r.concat(de.errors)).length)), e.optional !== void 0 && (rt(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? rt.errors : r.concat(rt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hi.errors = r, t === 0;
}
var nt = mi;
function tt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tt.errors = r, t === 0;
}
function ot(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ot.errors = r, t === 0;
}
function mi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.name !== void 0 && (tt(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? tt.errors : r.concat(tt.errors)).length)), e.optional !== void 0 && (ot(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? ot.errors : r.concat(ot.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mi.errors = r, t === 0;
}
var Q2 = vi;
function lt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (et(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? et.errors : r.concat(et.errors)).length)), lt.errors = r, t === 0;
}
function st(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return st.errors = r, t === 0;
}
function pt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (nt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? nt.errors : r.concat(nt.errors)).length)), pt.errors = r, t === 0;
}
function vi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.configMapRef !== void 0 && (lt(e.configMapRef, { instancePath: o + "/configMapRef", parentData: e, parentDataProperty: "configMapRef", rootData: l }) || (t = (r = r === null ? lt.errors : r.concat(lt.errors)).length)), e.prefix !== void 0 && (st(e.prefix, { instancePath: o + "/prefix", parentData: e, parentDataProperty: "prefix", rootData: l }) || (t = (r = r === null ? st.errors : r.concat(st.errors)).length)), e.secretRef !== void 0 && (pt(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? pt.errors : r.concat(pt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vi.errors = r, t === 0;
}
var Y = fi;
function at(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return at.errors = r, t === 0;
}
function it(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) at(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? at.errors : r.concat(at.errors)).length);
  }
  return it.errors = r, t === 0;
}
function fi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.command !== void 0 && (it(e.command, { instancePath: o + "/command", parentData: e, parentDataProperty: "command", rootData: l }) || (t = (r = r === null ? it.errors : r.concat(it.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fi.errors = r, t === 0;
}
var ut = Di;
function mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mr.errors = r, t === 0;
}
function Di(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.value === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (mr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.value !== void 0 && (mr(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Di.errors = r, t === 0;
}
var Z = Pi;
function yt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yt.errors = r, t === 0;
}
var ny = formats.int32;
function ct(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !ny.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ct.errors = r, t === 0;
}
function Pi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0, n = false, a = null;
  yt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? yt.errors : r.concat(yt.errors)).length);
  var oe = t === 0;
  oe && (n = true, a = 0);
  let $u = t;
  ct(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ct.errors : r.concat(ct.errors)).length);
  var oe = $u === t;
  if (oe && n ? (n = false, a = [a, 1]) : oe && (n = true, a = 1), n) t = 0, r !== null && (r = null);
  else {
    let $a = { instancePath: o, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: a } };
    r === null ? r = [$a] : r.push($a), t++;
  }
  return Pi.errors = r, t === 0;
}
var J = gi;
function vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vr.errors = r, t === 0;
}
function ht(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ut(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ut.errors : r.concat(ut.errors)).length), ht.errors = r, t === 0;
}
function mt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ht(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ht.errors : r.concat(ht.errors)).length);
  }
  return mt.errors = r, t === 0;
}
function vt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length), vt.errors = r, t === 0;
}
var ly = ["HTTP", "HTTPS"];
function ft(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "HTTP" && e !== "HTTPS") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ly } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ft.errors = r, t === 0;
}
function gi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.port === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.host !== void 0 && (vr(e.host, { instancePath: o + "/host", parentData: e, parentDataProperty: "host", rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.httpHeaders !== void 0 && (mt(e.httpHeaders, { instancePath: o + "/httpHeaders", parentData: e, parentDataProperty: "httpHeaders", rootData: l }) || (t = (r = r === null ? mt.errors : r.concat(mt.errors)).length)), e.path !== void 0 && (vr(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.port !== void 0 && (vt(e.port, { instancePath: o + "/port", parentData: e, parentDataProperty: "port", rootData: l }) || (t = (r = r === null ? vt.errors : r.concat(vt.errors)).length)), e.scheme !== void 0 && (ft(e.scheme, { instancePath: o + "/scheme", parentData: e, parentDataProperty: "scheme", rootData: l }) || (t = (r = r === null ? ft.errors : r.concat(ft.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return gi.errors = r, t === 0;
}
var Pt = ki;
var py = formats.int64;
function Dt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !py.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dt.errors = r, t === 0;
}
function ki(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.seconds === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seconds" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.seconds !== void 0 && (Dt(e.seconds, { instancePath: o + "/seconds", parentData: e, parentDataProperty: "seconds", rootData: l }) || (t = (r = r === null ? Dt.errors : r.concat(Dt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ki.errors = r, t === 0;
}
var $ = wi;
function gt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return gt.errors = r, t === 0;
}
function kt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length), kt.errors = r, t === 0;
}
function wi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.port === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.host !== void 0 && (gt(e.host, { instancePath: o + "/host", parentData: e, parentDataProperty: "host", rootData: l }) || (t = (r = r === null ? gt.errors : r.concat(gt.errors)).length)), e.port !== void 0 && (kt(e.port, { instancePath: o + "/port", parentData: e, parentDataProperty: "port", rootData: l }) || (t = (r = r === null ? kt.errors : r.concat(kt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wi.errors = r, t === 0;
}
var St = Ai;
function wt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Y(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), wt.errors = r, t === 0;
}
function At(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (J(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), At.errors = r, t === 0;
}
function Et(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Pt.errors : r.concat(Pt.errors)).length)), Et.errors = r, t === 0;
}
function bt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && ($(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), bt.errors = r, t === 0;
}
function Ai(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.exec !== void 0 && (wt(e.exec, { instancePath: o + "/exec", parentData: e, parentDataProperty: "exec", rootData: l }) || (t = (r = r === null ? wt.errors : r.concat(wt.errors)).length)), e.httpGet !== void 0 && (At(e.httpGet, { instancePath: o + "/httpGet", parentData: e, parentDataProperty: "httpGet", rootData: l }) || (t = (r = r === null ? At.errors : r.concat(At.errors)).length)), e.sleep !== void 0 && (Et(e.sleep, { instancePath: o + "/sleep", parentData: e, parentDataProperty: "sleep", rootData: l }) || (t = (r = r === null ? Et.errors : r.concat(Et.errors)).length)), e.tcpSocket !== void 0 && (bt(e.tcpSocket, { instancePath: o + "/tcpSocket", parentData: e, parentDataProperty: "tcpSocket", rootData: l }) || (t = (r = r === null ? bt.errors : r.concat(bt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ai.errors = r, t === 0;
}
var d2 = Ei;
function fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (St(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? St.errors : r.concat(St.errors)).length)), fr.errors = r, t === 0;
}
var ay = ["SIGABRT", "SIGALRM", "SIGBUS", "SIGCHLD", "SIGCLD", "SIGCONT", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT", "SIGIO", "SIGIOT", "SIGKILL", "SIGPIPE", "SIGPOLL", "SIGPROF", "SIGPWR", "SIGQUIT", "SIGRTMAX", "SIGRTMAX-1", "SIGRTMAX-10", "SIGRTMAX-11", "SIGRTMAX-12", "SIGRTMAX-13", "SIGRTMAX-14", "SIGRTMAX-2", "SIGRTMAX-3", "SIGRTMAX-4", "SIGRTMAX-5", "SIGRTMAX-6", "SIGRTMAX-7", "SIGRTMAX-8", "SIGRTMAX-9", "SIGRTMIN", "SIGRTMIN+1", "SIGRTMIN+10", "SIGRTMIN+11", "SIGRTMIN+12", "SIGRTMIN+13", "SIGRTMIN+14", "SIGRTMIN+15", "SIGRTMIN+2", "SIGRTMIN+3", "SIGRTMIN+4", "SIGRTMIN+5", "SIGRTMIN+6", "SIGRTMIN+7", "SIGRTMIN+8", "SIGRTMIN+9", "SIGSEGV", "SIGSTKFLT", "SIGSTOP", "SIGSYS", "SIGTERM", "SIGTRAP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGUSR1", "SIGUSR2", "SIGVTALRM", "SIGWINCH", "SIGXCPU", "SIGXFSZ"];
function Nt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "SIGABRT" && e !== "SIGALRM" && e !== "SIGBUS" && e !== "SIGCHLD" && e !== "SIGCLD" && e !== "SIGCONT" && e !== "SIGFPE" && e !== "SIGHUP" && e !== "SIGILL" && e !== "SIGINT" && e !== "SIGIO" && e !== "SIGIOT" && e !== "SIGKILL" && e !== "SIGPIPE" && e !== "SIGPOLL" && e !== "SIGPROF" && e !== "SIGPWR" && e !== "SIGQUIT" && e !== "SIGRTMAX" && e !== "SIGRTMAX-1" && e !== "SIGRTMAX-10" && e !== "SIGRTMAX-11" && e !== "SIGRTMAX-12" && e !== "SIGRTMAX-13" && e !== "SIGRTMAX-14" && e !== "SIGRTMAX-2" && e !== "SIGRTMAX-3" && e !== "SIGRTMAX-4" && e !== "SIGRTMAX-5" && e !== "SIGRTMAX-6" && e !== "SIGRTMAX-7" && e !== "SIGRTMAX-8" && e !== "SIGRTMAX-9" && e !== "SIGRTMIN" && e !== "SIGRTMIN+1" && e !== "SIGRTMIN+10" && e !== "SIGRTMIN+11" && e !== "SIGRTMIN+12" && e !== "SIGRTMIN+13" && e !== "SIGRTMIN+14" && e !== "SIGRTMIN+15" && e !== "SIGRTMIN+2" && e !== "SIGRTMIN+3" && e !== "SIGRTMIN+4" && e !== "SIGRTMIN+5" && e !== "SIGRTMIN+6" && e !== "SIGRTMIN+7" && e !== "SIGRTMIN+8" && e !== "SIGRTMIN+9" && e !== "SIGSEGV" && e !== "SIGSTKFLT" && e !== "SIGSTOP" && e !== "SIGSYS" && e !== "SIGTERM" && e !== "SIGTRAP" && e !== "SIGTSTP" && e !== "SIGTTIN" && e !== "SIGTTOU" && e !== "SIGURG" && e !== "SIGUSR1" && e !== "SIGUSR2" && e !== "SIGVTALRM" && e !== "SIGWINCH" && e !== "SIGXCPU" && e !== "SIGXFSZ") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ay } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Nt.errors = r, t === 0;
}
function Ei(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.postStart !== void 0 && (fr(e.postStart, { instancePath: o + "/postStart", parentData: e, parentDataProperty: "postStart", rootData: l }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length)), e.preStop !== void 0 && (fr(e.preStop, { instancePath: o + "/preStop", parentData: e, parentDataProperty: "preStop", rootData: l }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length)), e.stopSignal !== void 0 && (Nt(e.stopSignal, { instancePath: o + "/stopSignal", parentData: e, parentDataProperty: "stopSignal", rootData: l }) || (t = (r = r === null ? Nt.errors : r.concat(Nt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ei.errors = r, t === 0;
}
var Tt = bi;
var uy = formats.int32;
function It(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !uy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return It.errors = r, t === 0;
}
function jt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return jt.errors = r, t === 0;
}
function bi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.port === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.port !== void 0 && (It(e.port, { instancePath: o + "/port", parentData: e, parentDataProperty: "port", rootData: l }) || (t = (r = r === null ? It.errors : r.concat(It.errors)).length)), e.service !== void 0 && (jt(e.service, { instancePath: o + "/service", parentData: e, parentDataProperty: "service", rootData: l }) || (t = (r = r === null ? jt.errors : r.concat(jt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return bi.errors = r, t === 0;
}
var rr = Ni;
function qt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Y(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), qt.errors = r, t === 0;
}
var yy = formats.int32;
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !yy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return m.errors = r, t === 0;
}
function Rt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Tt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Tt.errors : r.concat(Tt.errors)).length)), Rt.errors = r, t === 0;
}
function xt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (J(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), xt.errors = r, t === 0;
}
function Gt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && ($(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), Gt.errors = r, t === 0;
}
var cy = formats.int64;
function Mt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !cy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mt.errors = r, t === 0;
}
function Ni(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.exec !== void 0 && (qt(e.exec, { instancePath: o + "/exec", parentData: e, parentDataProperty: "exec", rootData: l }) || (t = (r = r === null ? qt.errors : r.concat(qt.errors)).length)), e.failureThreshold !== void 0 && (m(e.failureThreshold, { instancePath: o + "/failureThreshold", parentData: e, parentDataProperty: "failureThreshold", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.grpc !== void 0 && (Rt(e.grpc, { instancePath: o + "/grpc", parentData: e, parentDataProperty: "grpc", rootData: l }) || (t = (r = r === null ? Rt.errors : r.concat(Rt.errors)).length)), e.httpGet !== void 0 && (xt(e.httpGet, { instancePath: o + "/httpGet", parentData: e, parentDataProperty: "httpGet", rootData: l }) || (t = (r = r === null ? xt.errors : r.concat(xt.errors)).length)), e.initialDelaySeconds !== void 0 && (m(e.initialDelaySeconds, { instancePath: o + "/initialDelaySeconds", parentData: e, parentDataProperty: "initialDelaySeconds", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.periodSeconds !== void 0 && (m(e.periodSeconds, { instancePath: o + "/periodSeconds", parentData: e, parentDataProperty: "periodSeconds", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.successThreshold !== void 0 && (m(e.successThreshold, { instancePath: o + "/successThreshold", parentData: e, parentDataProperty: "successThreshold", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.tcpSocket !== void 0 && (Gt(e.tcpSocket, { instancePath: o + "/tcpSocket", parentData: e, parentDataProperty: "tcpSocket", rootData: l }) || (t = (r = r === null ? Gt.errors : r.concat(Gt.errors)).length)), e.terminationGracePeriodSeconds !== void 0 && (Mt(e.terminationGracePeriodSeconds, { instancePath: o + "/terminationGracePeriodSeconds", parentData: e, parentDataProperty: "terminationGracePeriodSeconds", rootData: l }) || (t = (r = r === null ? Mt.errors : r.concat(Mt.errors)).length)), e.timeoutSeconds !== void 0 && (m(e.timeoutSeconds, { instancePath: o + "/timeoutSeconds", parentData: e, parentDataProperty: "timeoutSeconds", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ni.errors = r, t === 0;
}
var er = ji;
var Ii = formats.int32;
function Ot(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Ii.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ot.errors = r, t === 0;
}
function Dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dr.errors = r, t === 0;
}
function Ct(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Ii.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ct.errors = r, t === 0;
}
var my = ["SCTP", "TCP", "UDP"];
function Ft(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "SCTP" && e !== "TCP" && e !== "UDP") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: my } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ft.errors = r, t === 0;
}
function ji(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.containerPort === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerPort" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.containerPort !== void 0 && (Ot(e.containerPort, { instancePath: o + "/containerPort", parentData: e, parentDataProperty: "containerPort", rootData: l }) || (t = (r = r === null ? Ot.errors : r.concat(Ot.errors)).length)), e.hostIP !== void 0 && (Dr(e.hostIP, { instancePath: o + "/hostIP", parentData: e, parentDataProperty: "hostIP", rootData: l }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length)), e.hostPort !== void 0 && (Ct(e.hostPort, { instancePath: o + "/hostPort", parentData: e, parentDataProperty: "hostPort", rootData: l }) || (t = (r = r === null ? Ct.errors : r.concat(Ct.errors)).length)), e.name !== void 0 && (Dr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length)), e.protocol !== void 0 && (Ft(e.protocol, { instancePath: o + "/protocol", parentData: e, parentDataProperty: "protocol", rootData: l }) || (t = (r = r === null ? Ft.errors : r.concat(Ft.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ji.errors = r, t === 0;
}
var tr = Ti;
function Pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pr.errors = r, t === 0;
}
function Ti(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.resourceName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.restartPolicy === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "restartPolicy" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.resourceName !== void 0 && (Pr(e.resourceName, { instancePath: o + "/resourceName", parentData: e, parentDataProperty: "resourceName", rootData: l }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), e.restartPolicy !== void 0 && (Pr(e.restartPolicy, { instancePath: o + "/restartPolicy", parentData: e, parentDataProperty: "restartPolicy", rootData: l }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ti.errors = r, t === 0;
}
var Vt = qi;
function Lt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lt.errors = r, t === 0;
}
function Ut(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ut.errors = r, t === 0;
}
function qi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (Lt(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Lt.errors : r.concat(Lt.errors)).length)), e.request !== void 0 && (Ut(e.request, { instancePath: o + "/request", parentData: e, parentDataProperty: "request", rootData: l }) || (t = (r = r === null ? Ut.errors : r.concat(Ut.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qi.errors = r, t === 0;
}
var E = Ri;
function Kt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Vt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Vt.errors : r.concat(Vt.errors)).length), Kt.errors = r, t === 0;
}
function Xt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Kt(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Kt.errors : r.concat(Kt.errors)).length);
  }
  return Xt.errors = r, t === 0;
}
function _t(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), _t.errors = r, t === 0;
}
function gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) _t(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? _t.errors : r.concat(_t.errors)).length);
  return gr.errors = r, t === 0;
}
function Ri(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.claims !== void 0 && (Xt(e.claims, { instancePath: o + "/claims", parentData: e, parentDataProperty: "claims", rootData: l }) || (t = (r = r === null ? Xt.errors : r.concat(Xt.errors)).length)), e.limits !== void 0 && (gr(e.limits, { instancePath: o + "/limits", parentData: e, parentDataProperty: "limits", rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), e.requests !== void 0 && (gr(e.requests, { instancePath: o + "/requests", parentData: e, parentDataProperty: "requests", rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ri.errors = r, t === 0;
}
var zt = xi;
function Ht(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ht.errors = r, t === 0;
}
var fy = formats.int32;
function Bt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !fy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Bt.errors = r, t === 0;
}
function Wt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Bt(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Bt.errors : r.concat(Bt.errors)).length);
  }
  return Wt.errors = r, t === 0;
}
function xi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.operator === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.operator !== void 0 && (Ht(e.operator, { instancePath: o + "/operator", parentData: e, parentDataProperty: "operator", rootData: l }) || (t = (r = r === null ? Ht.errors : r.concat(Ht.errors)).length)), e.values !== void 0 && (Wt(e.values, { instancePath: o + "/values", parentData: e, parentDataProperty: "values", rootData: l }) || (t = (r = r === null ? Wt.errors : r.concat(Wt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xi.errors = r, t === 0;
}
var or = Gi;
function Qt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qt.errors = r, t === 0;
}
function Yt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (zt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? zt.errors : r.concat(zt.errors)).length)), Yt.errors = r, t === 0;
}
function Gi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.action === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.action !== void 0 && (Qt(e.action, { instancePath: o + "/action", parentData: e, parentDataProperty: "action", rootData: l }) || (t = (r = r === null ? Qt.errors : r.concat(Qt.errors)).length)), e.exitCodes !== void 0 && (Yt(e.exitCodes, { instancePath: o + "/exitCodes", parentData: e, parentDataProperty: "exitCodes", rootData: l }) || (t = (r = r === null ? Yt.errors : r.concat(Yt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gi.errors = r, t === 0;
}
var nr = Mi;
function Zt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zt.errors = r, t === 0;
}
var Dy = ["Localhost", "RuntimeDefault", "Unconfined"];
function Jt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Localhost" && e !== "RuntimeDefault" && e !== "Unconfined") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Dy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jt.errors = r, t === 0;
}
function Mi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.localhostProfile !== void 0 && (Zt(e.localhostProfile, { instancePath: o + "/localhostProfile", parentData: e, parentDataProperty: "localhostProfile", rootData: l }) || (t = (r = r === null ? Zt.errors : r.concat(Zt.errors)).length)), e.type !== void 0 && (Jt(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? Jt.errors : r.concat(Jt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mi.errors = r, t === 0;
}
var dt = Oi;
function $t(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $t.errors = r, t === 0;
}
function kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) $t(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? $t.errors : r.concat($t.errors)).length);
  }
  return kr.errors = r, t === 0;
}
function Oi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.add !== void 0 && (kr(e.add, { instancePath: o + "/add", parentData: e, parentDataProperty: "add", rootData: l }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length)), e.drop !== void 0 && (kr(e.drop, { instancePath: o + "/drop", parentData: e, parentDataProperty: "drop", rootData: l }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Oi.errors = r, t === 0;
}
var lr = Ci;
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
function Ci(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.level !== void 0 && (P(e.level, { instancePath: o + "/level", parentData: e, parentDataProperty: "level", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.role !== void 0 && (P(e.role, { instancePath: o + "/role", parentData: e, parentDataProperty: "role", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.type !== void 0 && (P(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.user !== void 0 && (P(e.user, { instancePath: o + "/user", parentData: e, parentDataProperty: "user", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ci.errors = r, t === 0;
}
var sr = Fi;
function ro(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ro.errors = r, t === 0;
}
var Py = ["Localhost", "RuntimeDefault", "Unconfined"];
function eo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Localhost" && e !== "RuntimeDefault" && e !== "Unconfined") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Py } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return eo.errors = r, t === 0;
}
function Fi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.localhostProfile !== void 0 && (ro(e.localhostProfile, { instancePath: o + "/localhostProfile", parentData: e, parentDataProperty: "localhostProfile", rootData: l }) || (t = (r = r === null ? ro.errors : r.concat(ro.errors)).length)), e.type !== void 0 && (eo(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? eo.errors : r.concat(eo.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fi.errors = r, t === 0;
}
var pr = Li;
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return N.errors = r, t === 0;
}
function to(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return to.errors = r, t === 0;
}
function Li(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.gmsaCredentialSpec !== void 0 && (N(e.gmsaCredentialSpec, { instancePath: o + "/gmsaCredentialSpec", parentData: e, parentDataProperty: "gmsaCredentialSpec", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.gmsaCredentialSpecName !== void 0 && (N(e.gmsaCredentialSpecName, { instancePath: o + "/gmsaCredentialSpecName", parentData: e, parentDataProperty: "gmsaCredentialSpecName", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.hostProcess !== void 0 && (to(e.hostProcess, { instancePath: o + "/hostProcess", parentData: e, parentDataProperty: "hostProcess", rootData: l }) || (t = (r = r === null ? to.errors : r.concat(to.errors)).length)), e.runAsUserName !== void 0 && (N(e.runAsUserName, { instancePath: o + "/runAsUserName", parentData: e, parentDataProperty: "runAsUserName", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Li.errors = r, t === 0;
}
var ar = Ui;
function g2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return g2.errors = r, t === 0;
}
function oo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (nr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), oo.errors = r, t === 0;
}
function no(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (dt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? dt.errors : r.concat(dt.errors)).length)), no.errors = r, t === 0;
}
var ky = ["Default", "Unmasked"];
function lo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Default" && e !== "Unmasked") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ky } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return lo.errors = r, t === 0;
}
var wy = formats.int64;
function wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !wy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wr.errors = r, t === 0;
}
function so(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (lr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), so.errors = r, t === 0;
}
function po(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (sr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), po.errors = r, t === 0;
}
function ao(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (pr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), ao.errors = r, t === 0;
}
function Ui(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.allowPrivilegeEscalation !== void 0 && (g2(e.allowPrivilegeEscalation, { instancePath: o + "/allowPrivilegeEscalation", parentData: e, parentDataProperty: "allowPrivilegeEscalation", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.appArmorProfile !== void 0 && (oo(e.appArmorProfile, { instancePath: o + "/appArmorProfile", parentData: e, parentDataProperty: "appArmorProfile", rootData: l }) || (t = (r = r === null ? oo.errors : r.concat(oo.errors)).length)), e.capabilities !== void 0 && (no(e.capabilities, { instancePath: o + "/capabilities", parentData: e, parentDataProperty: "capabilities", rootData: l }) || (t = (r = r === null ? no.errors : r.concat(no.errors)).length)), e.privileged !== void 0 && (g2(e.privileged, { instancePath: o + "/privileged", parentData: e, parentDataProperty: "privileged", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.procMount !== void 0 && (lo(e.procMount, { instancePath: o + "/procMount", parentData: e, parentDataProperty: "procMount", rootData: l }) || (t = (r = r === null ? lo.errors : r.concat(lo.errors)).length)), e.readOnlyRootFilesystem !== void 0 && (g2(e.readOnlyRootFilesystem, { instancePath: o + "/readOnlyRootFilesystem", parentData: e, parentDataProperty: "readOnlyRootFilesystem", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.runAsGroup !== void 0 && (wr(e.runAsGroup, { instancePath: o + "/runAsGroup", parentData: e, parentDataProperty: "runAsGroup", rootData: l }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.runAsNonRoot !== void 0 && (g2(e.runAsNonRoot, { instancePath: o + "/runAsNonRoot", parentData: e, parentDataProperty: "runAsNonRoot", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.runAsUser !== void 0 && (wr(e.runAsUser, { instancePath: o + "/runAsUser", parentData: e, parentDataProperty: "runAsUser", rootData: l }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.seLinuxOptions !== void 0 && (so(e.seLinuxOptions, { instancePath: o + "/seLinuxOptions", parentData: e, parentDataProperty: "seLinuxOptions", rootData: l }) || (t = (r = r === null ? so.errors : r.concat(so.errors)).length)), e.seccompProfile !== void 0 && (po(e.seccompProfile, { instancePath: o + "/seccompProfile", parentData: e, parentDataProperty: "seccompProfile", rootData: l }) || (t = (r = r === null ? po.errors : r.concat(po.errors)).length)), e.windowsOptions !== void 0 && (ao(e.windowsOptions, { instancePath: o + "/windowsOptions", parentData: e, parentDataProperty: "windowsOptions", rootData: l }) || (t = (r = r === null ? ao.errors : r.concat(ao.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ui.errors = r, t === 0;
}
var ir = Vi;
function Ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ar.errors = r, t === 0;
}
function Vi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.devicePath === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "devicePath" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.devicePath !== void 0 && (Ar(e.devicePath, { instancePath: o + "/devicePath", parentData: e, parentDataProperty: "devicePath", rootData: l }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length)), e.name !== void 0 && (Ar(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vi.errors = r, t === 0;
}
var ur = Ki;
function Er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Er.errors = r, t === 0;
}
var Ay = ["Bidirectional", "HostToContainer", "None"];
function io(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Bidirectional" && e !== "HostToContainer" && e !== "None") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ay } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return io.errors = r, t === 0;
}
function uo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return uo.errors = r, t === 0;
}
function I(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return I.errors = r, t === 0;
}
function Ki(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.mountPath === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.mountPath !== void 0 && (Er(e.mountPath, { instancePath: o + "/mountPath", parentData: e, parentDataProperty: "mountPath", rootData: l }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.mountPropagation !== void 0 && (io(e.mountPropagation, { instancePath: o + "/mountPropagation", parentData: e, parentDataProperty: "mountPropagation", rootData: l }) || (t = (r = r === null ? io.errors : r.concat(io.errors)).length)), e.name !== void 0 && (Er(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.readOnly !== void 0 && (uo(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? uo.errors : r.concat(uo.errors)).length)), e.recursiveReadOnly !== void 0 && (I(e.recursiveReadOnly, { instancePath: o + "/recursiveReadOnly", parentData: e, parentDataProperty: "recursiveReadOnly", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.subPath !== void 0 && (I(e.subPath, { instancePath: o + "/subPath", parentData: e, parentDataProperty: "subPath", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.subPathExpr !== void 0 && (I(e.subPathExpr, { instancePath: o + "/subPathExpr", parentData: e, parentDataProperty: "subPathExpr", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ki.errors = r, t === 0;
}
var qo = Xi;
function Sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Sr.errors = r, t === 0;
}
function br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Sr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Sr.errors : r.concat(Sr.errors)).length);
  }
  return br.errors = r, t === 0;
}
function yo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length), yo.errors = r, t === 0;
}
function co(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) yo(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? yo.errors : r.concat(yo.errors)).length);
  }
  return co.errors = r, t === 0;
}
function ho(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Q2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length), ho.errors = r, t === 0;
}
function mo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ho(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ho.errors : r.concat(ho.errors)).length);
  }
  return mo.errors = r, t === 0;
}
function k(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return k.errors = r, t === 0;
}
var Ey = ["Always", "IfNotPresent", "Never"];
function vo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Always" && e !== "IfNotPresent" && e !== "Never") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ey } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vo.errors = r, t === 0;
}
function fo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d2.errors : r.concat(d2.errors)).length)), fo.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (rr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), j.errors = r, t === 0;
}
function Do(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return er(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length), Do.errors = r, t === 0;
}
function Po(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Do(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Do.errors : r.concat(Do.errors)).length);
  }
  return Po.errors = r, t === 0;
}
function go(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return tr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length), go.errors = r, t === 0;
}
function ko(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) go(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? go.errors : r.concat(go.errors)).length);
  }
  return ko.errors = r, t === 0;
}
function wo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), wo.errors = r, t === 0;
}
function Ao(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return or(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length), Ao.errors = r, t === 0;
}
function Eo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ao(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ao.errors : r.concat(Ao.errors)).length);
  }
  return Eo.errors = r, t === 0;
}
function bo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ar(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), bo.errors = r, t === 0;
}
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return T.errors = r, t === 0;
}
var by = ["FallbackToLogsOnError", "File"];
function So(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "FallbackToLogsOnError" && e !== "File") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: by } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return So.errors = r, t === 0;
}
function No(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ir(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length), No.errors = r, t === 0;
}
function Io(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) No(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? No.errors : r.concat(No.errors)).length);
  }
  return Io.errors = r, t === 0;
}
function jo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ur(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length), jo.errors = r, t === 0;
}
function To(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) jo(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? jo.errors : r.concat(jo.errors)).length);
  }
  return To.errors = r, t === 0;
}
function Xi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.args !== void 0 && (br(e.args, { instancePath: o + "/args", parentData: e, parentDataProperty: "args", rootData: l }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length)), e.command !== void 0 && (br(e.command, { instancePath: o + "/command", parentData: e, parentDataProperty: "command", rootData: l }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length)), e.env !== void 0 && (co(e.env, { instancePath: o + "/env", parentData: e, parentDataProperty: "env", rootData: l }) || (t = (r = r === null ? co.errors : r.concat(co.errors)).length)), e.envFrom !== void 0 && (mo(e.envFrom, { instancePath: o + "/envFrom", parentData: e, parentDataProperty: "envFrom", rootData: l }) || (t = (r = r === null ? mo.errors : r.concat(mo.errors)).length)), e.image !== void 0 && (k(e.image, { instancePath: o + "/image", parentData: e, parentDataProperty: "image", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.imagePullPolicy !== void 0 && (vo(e.imagePullPolicy, { instancePath: o + "/imagePullPolicy", parentData: e, parentDataProperty: "imagePullPolicy", rootData: l }) || (t = (r = r === null ? vo.errors : r.concat(vo.errors)).length)), e.lifecycle !== void 0 && (fo(e.lifecycle, { instancePath: o + "/lifecycle", parentData: e, parentDataProperty: "lifecycle", rootData: l }) || (t = (r = r === null ? fo.errors : r.concat(fo.errors)).length)), e.livenessProbe !== void 0 && (j(e.livenessProbe, { instancePath: o + "/livenessProbe", parentData: e, parentDataProperty: "livenessProbe", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.name !== void 0 && (Sr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Sr.errors : r.concat(Sr.errors)).length)), e.ports !== void 0 && (Po(e.ports, { instancePath: o + "/ports", parentData: e, parentDataProperty: "ports", rootData: l }) || (t = (r = r === null ? Po.errors : r.concat(Po.errors)).length)), e.readinessProbe !== void 0 && (j(e.readinessProbe, { instancePath: o + "/readinessProbe", parentData: e, parentDataProperty: "readinessProbe", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.resizePolicy !== void 0 && (ko(e.resizePolicy, { instancePath: o + "/resizePolicy", parentData: e, parentDataProperty: "resizePolicy", rootData: l }) || (t = (r = r === null ? ko.errors : r.concat(ko.errors)).length)), e.resources !== void 0 && (wo(e.resources, { instancePath: o + "/resources", parentData: e, parentDataProperty: "resources", rootData: l }) || (t = (r = r === null ? wo.errors : r.concat(wo.errors)).length)), e.restartPolicy !== void 0 && (k(e.restartPolicy, { instancePath: o + "/restartPolicy", parentData: e, parentDataProperty: "restartPolicy", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.restartPolicyRules !== void 0 && (Eo(e.restartPolicyRules, { instancePath: o + "/restartPolicyRules", parentData: e, parentDataProperty: "restartPolicyRules", rootData: l }) || (t = (r = r === null ? Eo.errors : r.concat(Eo.errors)).length)), e.securityContext !== void 0 && (bo(e.securityContext, { instancePath: o + "/securityContext", parentData: e, parentDataProperty: "securityContext", rootData: l }) || (t = (r = r === null ? bo.errors : r.concat(bo.errors)).length)), e.startupProbe !== void 0 && (j(e.startupProbe, { instancePath: o + "/startupProbe", parentData: e, parentDataProperty: "startupProbe", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.stdin !== void 0 && (T(e.stdin, { instancePath: o + "/stdin", parentData: e, parentDataProperty: "stdin", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.stdinOnce !== void 0 && (T(e.stdinOnce, { instancePath: o + "/stdinOnce", parentData: e, parentDataProperty: "stdinOnce", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.terminationMessagePath !== void 0 && (k(e.terminationMessagePath, { instancePath: o + "/terminationMessagePath", parentData: e, parentDataProperty: "terminationMessagePath", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.terminationMessagePolicy !== void 0 && (So(e.terminationMessagePolicy, { instancePath: o + "/terminationMessagePolicy", parentData: e, parentDataProperty: "terminationMessagePolicy", rootData: l }) || (t = (r = r === null ? So.errors : r.concat(So.errors)).length)), e.tty !== void 0 && (T(e.tty, { instancePath: o + "/tty", parentData: e, parentDataProperty: "tty", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.volumeDevices !== void 0 && (Io(e.volumeDevices, { instancePath: o + "/volumeDevices", parentData: e, parentDataProperty: "volumeDevices", rootData: l }) || (t = (r = r === null ? Io.errors : r.concat(Io.errors)).length)), e.volumeMounts !== void 0 && (To(e.volumeMounts, { instancePath: o + "/volumeMounts", parentData: e, parentDataProperty: "volumeMounts", rootData: l }) || (t = (r = r === null ? To.errors : r.concat(To.errors)).length)), e.workingDir !== void 0 && (k(e.workingDir, { instancePath: o + "/workingDir", parentData: e, parentDataProperty: "workingDir", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xi.errors = r, t === 0;
}
var Ro = _i;
function Nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Nr.errors = r, t === 0;
}
function _i(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.name !== void 0 && (Nr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Nr.errors : r.concat(Nr.errors)).length)), e.value !== void 0 && (Nr(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? Nr.errors : r.concat(Nr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _i.errors = r, t === 0;
}
var Oo = Hi;
function xo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xo.errors = r, t === 0;
}
function Ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) xo(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? xo.errors : r.concat(xo.errors)).length);
  }
  return Ir.errors = r, t === 0;
}
function Go(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Ro(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ro.errors : r.concat(Ro.errors)).length), Go.errors = r, t === 0;
}
function Mo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Go(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Go.errors : r.concat(Go.errors)).length);
  }
  return Mo.errors = r, t === 0;
}
function Hi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.nameservers !== void 0 && (Ir(e.nameservers, { instancePath: o + "/nameservers", parentData: e, parentDataProperty: "nameservers", rootData: l }) || (t = (r = r === null ? Ir.errors : r.concat(Ir.errors)).length)), e.options !== void 0 && (Mo(e.options, { instancePath: o + "/options", parentData: e, parentDataProperty: "options", rootData: l }) || (t = (r = r === null ? Mo.errors : r.concat(Mo.errors)).length)), e.searches !== void 0 && (Ir(e.searches, { instancePath: o + "/searches", parentData: e, parentDataProperty: "searches", rootData: l }) || (t = (r = r === null ? Ir.errors : r.concat(Ir.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hi.errors = r, t === 0;
}
var tn = Bi;
function Tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tr.errors = r, t === 0;
}
function jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Tr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Tr.errors : r.concat(Tr.errors)).length);
  }
  return jr.errors = r, t === 0;
}
function Co(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length), Co.errors = r, t === 0;
}
function Fo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Co(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Co.errors : r.concat(Co.errors)).length);
  }
  return Fo.errors = r, t === 0;
}
function Lo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Q2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length), Lo.errors = r, t === 0;
}
function Uo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Lo(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Lo.errors : r.concat(Lo.errors)).length);
  }
  return Uo.errors = r, t === 0;
}
function v2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v2.errors = r, t === 0;
}
var Sy = ["Always", "IfNotPresent", "Never"];
function Vo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Always" && e !== "IfNotPresent" && e !== "Never") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Sy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vo.errors = r, t === 0;
}
function Ko(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d2.errors : r.concat(d2.errors)).length)), Ko.errors = r, t === 0;
}
function q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (rr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), q.errors = r, t === 0;
}
function Xo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return er(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length), Xo.errors = r, t === 0;
}
function _o(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Xo(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Xo.errors : r.concat(Xo.errors)).length);
  }
  return _o.errors = r, t === 0;
}
function Ho(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return tr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length), Ho.errors = r, t === 0;
}
function Bo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ho(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ho.errors : r.concat(Ho.errors)).length);
  }
  return Bo.errors = r, t === 0;
}
function Wo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), Wo.errors = r, t === 0;
}
function zo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return or(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length), zo.errors = r, t === 0;
}
function Qo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) zo(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? zo.errors : r.concat(zo.errors)).length);
  }
  return Qo.errors = r, t === 0;
}
function Yo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ar(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), Yo.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
var Ny = ["FallbackToLogsOnError", "File"];
function Zo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "FallbackToLogsOnError" && e !== "File") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ny } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zo.errors = r, t === 0;
}
function Jo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ir(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length), Jo.errors = r, t === 0;
}
function $o(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Jo(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Jo.errors : r.concat(Jo.errors)).length);
  }
  return $o.errors = r, t === 0;
}
function rn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ur(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length), rn.errors = r, t === 0;
}
function en(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) rn(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? rn.errors : r.concat(rn.errors)).length);
  }
  return en.errors = r, t === 0;
}
function Bi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.args !== void 0 && (jr(e.args, { instancePath: o + "/args", parentData: e, parentDataProperty: "args", rootData: l }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length)), e.command !== void 0 && (jr(e.command, { instancePath: o + "/command", parentData: e, parentDataProperty: "command", rootData: l }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length)), e.env !== void 0 && (Fo(e.env, { instancePath: o + "/env", parentData: e, parentDataProperty: "env", rootData: l }) || (t = (r = r === null ? Fo.errors : r.concat(Fo.errors)).length)), e.envFrom !== void 0 && (Uo(e.envFrom, { instancePath: o + "/envFrom", parentData: e, parentDataProperty: "envFrom", rootData: l }) || (t = (r = r === null ? Uo.errors : r.concat(Uo.errors)).length)), e.image !== void 0 && (v2(e.image, { instancePath: o + "/image", parentData: e, parentDataProperty: "image", rootData: l }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length)), e.imagePullPolicy !== void 0 && (Vo(e.imagePullPolicy, { instancePath: o + "/imagePullPolicy", parentData: e, parentDataProperty: "imagePullPolicy", rootData: l }) || (t = (r = r === null ? Vo.errors : r.concat(Vo.errors)).length)), e.lifecycle !== void 0 && (Ko(e.lifecycle, { instancePath: o + "/lifecycle", parentData: e, parentDataProperty: "lifecycle", rootData: l }) || (t = (r = r === null ? Ko.errors : r.concat(Ko.errors)).length)), e.livenessProbe !== void 0 && (q(e.livenessProbe, { instancePath: o + "/livenessProbe", parentData: e, parentDataProperty: "livenessProbe", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.name !== void 0 && (Tr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Tr.errors : r.concat(Tr.errors)).length)), e.ports !== void 0 && (_o(e.ports, { instancePath: o + "/ports", parentData: e, parentDataProperty: "ports", rootData: l }) || (t = (r = r === null ? _o.errors : r.concat(_o.errors)).length)), e.readinessProbe !== void 0 && (q(e.readinessProbe, { instancePath: o + "/readinessProbe", parentData: e, parentDataProperty: "readinessProbe", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.resizePolicy !== void 0 && (Bo(e.resizePolicy, { instancePath: o + "/resizePolicy", parentData: e, parentDataProperty: "resizePolicy", rootData: l }) || (t = (r = r === null ? Bo.errors : r.concat(Bo.errors)).length)), e.resources !== void 0 && (Wo(e.resources, { instancePath: o + "/resources", parentData: e, parentDataProperty: "resources", rootData: l }) || (t = (r = r === null ? Wo.errors : r.concat(Wo.errors)).length)), e.restartPolicy !== void 0 && (v2(e.restartPolicy, { instancePath: o + "/restartPolicy", parentData: e, parentDataProperty: "restartPolicy", rootData: l }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length)), e.restartPolicyRules !== void 0 && (Qo(e.restartPolicyRules, { instancePath: o + "/restartPolicyRules", parentData: e, parentDataProperty: "restartPolicyRules", rootData: l }) || (t = (r = r === null ? Qo.errors : r.concat(Qo.errors)).length)), e.securityContext !== void 0 && (Yo(e.securityContext, { instancePath: o + "/securityContext", parentData: e, parentDataProperty: "securityContext", rootData: l }) || (t = (r = r === null ? Yo.errors : r.concat(Yo.errors)).length)), e.startupProbe !== void 0 && (q(e.startupProbe, { instancePath: o + "/startupProbe", parentData: e, parentDataProperty: "startupProbe", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.stdin !== void 0 && (R(e.stdin, { instancePath: o + "/stdin", parentData: e, parentDataProperty: "stdin", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.stdinOnce !== void 0 && (R(e.stdinOnce, { instancePath: o + "/stdinOnce", parentData: e, parentDataProperty: "stdinOnce", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.targetContainerName !== void 0 && (v2(e.targetContainerName, { instancePath: o + "/targetContainerName", parentData: e, parentDataProperty: "targetContainerName", rootData: l }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length)), e.terminationMessagePath !== void 0 && (v2(e.terminationMessagePath, { instancePath: o + "/terminationMessagePath", parentData: e, parentDataProperty: "terminationMessagePath", rootData: l }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length)), e.terminationMessagePolicy !== void 0 && (Zo(e.terminationMessagePolicy, { instancePath: o + "/terminationMessagePolicy", parentData: e, parentDataProperty: "terminationMessagePolicy", rootData: l }) || (t = (r = r === null ? Zo.errors : r.concat(Zo.errors)).length)), e.tty !== void 0 && (R(e.tty, { instancePath: o + "/tty", parentData: e, parentDataProperty: "tty", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.volumeDevices !== void 0 && ($o(e.volumeDevices, { instancePath: o + "/volumeDevices", parentData: e, parentDataProperty: "volumeDevices", rootData: l }) || (t = (r = r === null ? $o.errors : r.concat($o.errors)).length)), e.volumeMounts !== void 0 && (en(e.volumeMounts, { instancePath: o + "/volumeMounts", parentData: e, parentDataProperty: "volumeMounts", rootData: l }) || (t = (r = r === null ? en.errors : r.concat(en.errors)).length)), e.workingDir !== void 0 && (v2(e.workingDir, { instancePath: o + "/workingDir", parentData: e, parentDataProperty: "workingDir", rootData: l }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Bi.errors = r, t === 0;
}
var nn = Wi;
function qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qr.errors = r, t === 0;
}
function on(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) qr(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? qr.errors : r.concat(qr.errors)).length);
  }
  return on.errors = r, t === 0;
}
function Wi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.ip === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ip" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.hostnames !== void 0 && (on(e.hostnames, { instancePath: o + "/hostnames", parentData: e, parentDataProperty: "hostnames", rootData: l }) || (t = (r = r === null ? on.errors : r.concat(on.errors)).length)), e.ip !== void 0 && (qr(e.ip, { instancePath: o + "/ip", parentData: e, parentDataProperty: "ip", rootData: l }) || (t = (r = r === null ? qr.errors : r.concat(qr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wi.errors = r, t === 0;
}
var sn = zi;
function ln(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ln.errors = r, t === 0;
}
function zi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (ln(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? ln.errors : r.concat(ln.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zi.errors = r, t === 0;
}
var an = Qi;
function pn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pn.errors = r, t === 0;
}
function Qi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.conditionType === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditionType" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.conditionType !== void 0 && (pn(e.conditionType, { instancePath: o + "/conditionType", parentData: e, parentDataProperty: "conditionType", rootData: l }) || (t = (r = r === null ? pn.errors : r.concat(pn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qi.errors = r, t === 0;
}
var yn = Yi;
function un(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return un.errors = r, t === 0;
}
function Rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rr.errors = r, t === 0;
}
function Yi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (un(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? un.errors : r.concat(un.errors)).length)), e.resourceClaimName !== void 0 && (Rr(e.resourceClaimName, { instancePath: o + "/resourceClaimName", parentData: e, parentDataProperty: "resourceClaimName", rootData: l }) || (t = (r = r === null ? Rr.errors : r.concat(Rr.errors)).length)), e.resourceClaimTemplateName !== void 0 && (Rr(e.resourceClaimTemplateName, { instancePath: o + "/resourceClaimTemplateName", parentData: e, parentDataProperty: "resourceClaimTemplateName", rootData: l }) || (t = (r = r === null ? Rr.errors : r.concat(Rr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yi.errors = r, t === 0;
}
var hn = Zi;
function cn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return cn.errors = r, t === 0;
}
function Zi(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (cn(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? cn.errors : r.concat(cn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zi.errors = r, t === 0;
}
var vn = Ji;
function mn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mn.errors = r, t === 0;
}
function Ji(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.podGroupName !== void 0 && (mn(e.podGroupName, { instancePath: o + "/podGroupName", parentData: e, parentDataProperty: "podGroupName", rootData: l }) || (t = (r = r === null ? mn.errors : r.concat(mn.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ji.errors = r, t === 0;
}
var fn = $i;
function xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xr.errors = r, t === 0;
}
function $i(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.value === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (xr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? xr.errors : r.concat(xr.errors)).length)), e.value !== void 0 && (xr(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? xr.errors : r.concat(xr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $i.errors = r, t === 0;
}
var Tn = ru;
function Dn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (nr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), Dn.errors = r, t === 0;
}
var di = formats.int64;
function x(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !di.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return x.errors = r, t === 0;
}
var jy = ["Always", "OnRootMismatch"];
function Pn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Always" && e !== "OnRootMismatch") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: jy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pn.errors = r, t === 0;
}
function gn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return gn.errors = r, t === 0;
}
function kn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return kn.errors = r, t === 0;
}
function wn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (lr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), wn.errors = r, t === 0;
}
function An(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (sr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), An.errors = r, t === 0;
}
function En(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !di.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return En.errors = r, t === 0;
}
function bn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) En(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? En.errors : r.concat(En.errors)).length);
  }
  return bn.errors = r, t === 0;
}
var Ty = ["Merge", "Strict"];
function Sn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Merge" && e !== "Strict") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ty } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Sn.errors = r, t === 0;
}
function Nn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return fn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? fn.errors : r.concat(fn.errors)).length), Nn.errors = r, t === 0;
}
function In(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Nn(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Nn.errors : r.concat(Nn.errors)).length);
  }
  return In.errors = r, t === 0;
}
function jn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (pr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), jn.errors = r, t === 0;
}
function ru(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.appArmorProfile !== void 0 && (Dn(e.appArmorProfile, { instancePath: o + "/appArmorProfile", parentData: e, parentDataProperty: "appArmorProfile", rootData: l }) || (t = (r = r === null ? Dn.errors : r.concat(Dn.errors)).length)), e.fsGroup !== void 0 && (x(e.fsGroup, { instancePath: o + "/fsGroup", parentData: e, parentDataProperty: "fsGroup", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.fsGroupChangePolicy !== void 0 && (Pn(e.fsGroupChangePolicy, { instancePath: o + "/fsGroupChangePolicy", parentData: e, parentDataProperty: "fsGroupChangePolicy", rootData: l }) || (t = (r = r === null ? Pn.errors : r.concat(Pn.errors)).length)), e.runAsGroup !== void 0 && (x(e.runAsGroup, { instancePath: o + "/runAsGroup", parentData: e, parentDataProperty: "runAsGroup", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.runAsNonRoot !== void 0 && (gn(e.runAsNonRoot, { instancePath: o + "/runAsNonRoot", parentData: e, parentDataProperty: "runAsNonRoot", rootData: l }) || (t = (r = r === null ? gn.errors : r.concat(gn.errors)).length)), e.runAsUser !== void 0 && (x(e.runAsUser, { instancePath: o + "/runAsUser", parentData: e, parentDataProperty: "runAsUser", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.seLinuxChangePolicy !== void 0 && (kn(e.seLinuxChangePolicy, { instancePath: o + "/seLinuxChangePolicy", parentData: e, parentDataProperty: "seLinuxChangePolicy", rootData: l }) || (t = (r = r === null ? kn.errors : r.concat(kn.errors)).length)), e.seLinuxOptions !== void 0 && (wn(e.seLinuxOptions, { instancePath: o + "/seLinuxOptions", parentData: e, parentDataProperty: "seLinuxOptions", rootData: l }) || (t = (r = r === null ? wn.errors : r.concat(wn.errors)).length)), e.seccompProfile !== void 0 && (An(e.seccompProfile, { instancePath: o + "/seccompProfile", parentData: e, parentDataProperty: "seccompProfile", rootData: l }) || (t = (r = r === null ? An.errors : r.concat(An.errors)).length)), e.supplementalGroups !== void 0 && (bn(e.supplementalGroups, { instancePath: o + "/supplementalGroups", parentData: e, parentDataProperty: "supplementalGroups", rootData: l }) || (t = (r = r === null ? bn.errors : r.concat(bn.errors)).length)), e.supplementalGroupsPolicy !== void 0 && (Sn(e.supplementalGroupsPolicy, { instancePath: o + "/supplementalGroupsPolicy", parentData: e, parentDataProperty: "supplementalGroupsPolicy", rootData: l }) || (t = (r = r === null ? Sn.errors : r.concat(Sn.errors)).length)), e.sysctls !== void 0 && (In(e.sysctls, { instancePath: o + "/sysctls", parentData: e, parentDataProperty: "sysctls", rootData: l }) || (t = (r = r === null ? In.errors : r.concat(In.errors)).length)), e.windowsOptions !== void 0 && (jn(e.windowsOptions, { instancePath: o + "/windowsOptions", parentData: e, parentDataProperty: "windowsOptions", rootData: l }) || (t = (r = r === null ? jn.errors : r.concat(jn.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ru.errors = r, t === 0;
}
var Gn = eu;
var Ry = ["NoExecute", "NoSchedule", "PreferNoSchedule"];
function qn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "NoExecute" && e !== "NoSchedule" && e !== "PreferNoSchedule") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ry } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qn.errors = r, t === 0;
}
function Gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gr.errors = r, t === 0;
}
var xy = ["Equal", "Exists", "Gt", "Lt"];
function Rn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Equal" && e !== "Exists" && e !== "Gt" && e !== "Lt") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: xy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rn.errors = r, t === 0;
}
var Gy = formats.int64;
function xn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Gy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xn.errors = r, t === 0;
}
function eu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.effect !== void 0 && (qn(e.effect, { instancePath: o + "/effect", parentData: e, parentDataProperty: "effect", rootData: l }) || (t = (r = r === null ? qn.errors : r.concat(qn.errors)).length)), e.key !== void 0 && (Gr(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? Gr.errors : r.concat(Gr.errors)).length)), e.operator !== void 0 && (Rn(e.operator, { instancePath: o + "/operator", parentData: e, parentDataProperty: "operator", rootData: l }) || (t = (r = r === null ? Rn.errors : r.concat(Rn.errors)).length)), e.tolerationSeconds !== void 0 && (xn(e.tolerationSeconds, { instancePath: o + "/tolerationSeconds", parentData: e, parentDataProperty: "tolerationSeconds", rootData: l }) || (t = (r = r === null ? xn.errors : r.concat(xn.errors)).length)), e.value !== void 0 && (Gr(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? Gr.errors : r.concat(Gr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return eu.errors = r, t === 0;
}
var Un = ou;
function Mn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), Mn.errors = r, t === 0;
}
function Or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Or.errors = r, t === 0;
}
function On(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Or(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Or.errors : r.concat(Or.errors)).length);
  }
  return On.errors = r, t === 0;
}
var tu = formats.int32;
function Cn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !tu.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cn.errors = r, t === 0;
}
function Fn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !tu.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fn.errors = r, t === 0;
}
var Oy = ["Honor", "Ignore"];
function Mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Honor" && e !== "Ignore") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Oy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mr.errors = r, t === 0;
}
var Cy = ["DoNotSchedule", "ScheduleAnyway"];
function Ln(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "DoNotSchedule" && e !== "ScheduleAnyway") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Cy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ln.errors = r, t === 0;
}
function ou(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.maxSkew === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxSkew" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.topologyKey === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.whenUnsatisfiable === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "whenUnsatisfiable" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.labelSelector !== void 0 && (Mn(e.labelSelector, { instancePath: o + "/labelSelector", parentData: e, parentDataProperty: "labelSelector", rootData: l }) || (t = (r = r === null ? Mn.errors : r.concat(Mn.errors)).length)), e.matchLabelKeys !== void 0 && (On(e.matchLabelKeys, { instancePath: o + "/matchLabelKeys", parentData: e, parentDataProperty: "matchLabelKeys", rootData: l }) || (t = (r = r === null ? On.errors : r.concat(On.errors)).length)), e.maxSkew !== void 0 && (Cn(e.maxSkew, { instancePath: o + "/maxSkew", parentData: e, parentDataProperty: "maxSkew", rootData: l }) || (t = (r = r === null ? Cn.errors : r.concat(Cn.errors)).length)), e.minDomains !== void 0 && (Fn(e.minDomains, { instancePath: o + "/minDomains", parentData: e, parentDataProperty: "minDomains", rootData: l }) || (t = (r = r === null ? Fn.errors : r.concat(Fn.errors)).length)), e.nodeAffinityPolicy !== void 0 && (Mr(e.nodeAffinityPolicy, { instancePath: o + "/nodeAffinityPolicy", parentData: e, parentDataProperty: "nodeAffinityPolicy", rootData: l }) || (t = (r = r === null ? Mr.errors : r.concat(Mr.errors)).length)), e.nodeTaintsPolicy !== void 0 && (Mr(e.nodeTaintsPolicy, { instancePath: o + "/nodeTaintsPolicy", parentData: e, parentDataProperty: "nodeTaintsPolicy", rootData: l }) || (t = (r = r === null ? Mr.errors : r.concat(Mr.errors)).length)), e.topologyKey !== void 0 && (Or(e.topologyKey, { instancePath: o + "/topologyKey", parentData: e, parentDataProperty: "topologyKey", rootData: l }) || (t = (r = r === null ? Or.errors : r.concat(Or.errors)).length)), e.whenUnsatisfiable !== void 0 && (Ln(e.whenUnsatisfiable, { instancePath: o + "/whenUnsatisfiable", parentData: e, parentDataProperty: "whenUnsatisfiable", rootData: l }) || (t = (r = r === null ? Ln.errors : r.concat(Ln.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ou.errors = r, t === 0;
}
var Hn = nu;
function Vn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vn.errors = r, t === 0;
}
var Ly = formats.int32;
function Kn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Ly.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Kn.errors = r, t === 0;
}
function Xn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xn.errors = r, t === 0;
}
function _n(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _n.errors = r, t === 0;
}
function nu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.volumeID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (Vn(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? Vn.errors : r.concat(Vn.errors)).length)), e.partition !== void 0 && (Kn(e.partition, { instancePath: o + "/partition", parentData: e, parentDataProperty: "partition", rootData: l }) || (t = (r = r === null ? Kn.errors : r.concat(Kn.errors)).length)), e.readOnly !== void 0 && (Xn(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Xn.errors : r.concat(Xn.errors)).length)), e.volumeID !== void 0 && (_n(e.volumeID, { instancePath: o + "/volumeID", parentData: e, parentDataProperty: "volumeID", rootData: l }) || (t = (r = r === null ? _n.errors : r.concat(_n.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return nu.errors = r, t === 0;
}
var Yn = lu;
var Uy = ["None", "ReadOnly", "ReadWrite"];
function Bn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "None" && e !== "ReadOnly" && e !== "ReadWrite") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Uy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Bn.errors = r, t === 0;
}
function Cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cr.errors = r, t === 0;
}
function Wn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wn.errors = r, t === 0;
}
var Vy = ["Dedicated", "Managed", "Shared"];
function zn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Dedicated" && e !== "Managed" && e !== "Shared") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Vy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zn.errors = r, t === 0;
}
function Qn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qn.errors = r, t === 0;
}
function lu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.diskName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diskName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.diskURI === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diskURI" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.cachingMode !== void 0 && (Bn(e.cachingMode, { instancePath: o + "/cachingMode", parentData: e, parentDataProperty: "cachingMode", rootData: l }) || (t = (r = r === null ? Bn.errors : r.concat(Bn.errors)).length)), e.diskName !== void 0 && (Cr(e.diskName, { instancePath: o + "/diskName", parentData: e, parentDataProperty: "diskName", rootData: l }) || (t = (r = r === null ? Cr.errors : r.concat(Cr.errors)).length)), e.diskURI !== void 0 && (Cr(e.diskURI, { instancePath: o + "/diskURI", parentData: e, parentDataProperty: "diskURI", rootData: l }) || (t = (r = r === null ? Cr.errors : r.concat(Cr.errors)).length)), e.fsType !== void 0 && (Wn(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? Wn.errors : r.concat(Wn.errors)).length)), e.kind !== void 0 && (zn(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? zn.errors : r.concat(zn.errors)).length)), e.readOnly !== void 0 && (Qn(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Qn.errors : r.concat(Qn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return lu.errors = r, t === 0;
}
var Jn = su;
function Zn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zn.errors = r, t === 0;
}
function Fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fr.errors = r, t === 0;
}
function su(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.shareName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shareName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.readOnly !== void 0 && (Zn(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Zn.errors : r.concat(Zn.errors)).length)), e.secretName !== void 0 && (Fr(e.secretName, { instancePath: o + "/secretName", parentData: e, parentDataProperty: "secretName", rootData: l }) || (t = (r = r === null ? Fr.errors : r.concat(Fr.errors)).length)), e.shareName !== void 0 && (Fr(e.shareName, { instancePath: o + "/shareName", parentData: e, parentDataProperty: "shareName", rootData: l }) || (t = (r = r === null ? Fr.errors : r.concat(Fr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return su.errors = r, t === 0;
}
var tl = pu;
function $n(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $n.errors = r, t === 0;
}
function dn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) $n(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? $n.errors : r.concat($n.errors)).length);
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return dn.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return G.errors = r, t === 0;
}
function rl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rl.errors = r, t === 0;
}
function el(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), el.errors = r, t === 0;
}
function pu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.monitors === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.monitors !== void 0 && (dn(e.monitors, { instancePath: o + "/monitors", parentData: e, parentDataProperty: "monitors", rootData: l }) || (t = (r = r === null ? dn.errors : r.concat(dn.errors)).length)), e.path !== void 0 && (G(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.readOnly !== void 0 && (rl(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? rl.errors : r.concat(rl.errors)).length)), e.secretFile !== void 0 && (G(e.secretFile, { instancePath: o + "/secretFile", parentData: e, parentDataProperty: "secretFile", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.secretRef !== void 0 && (el(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? el.errors : r.concat(el.errors)).length)), e.user !== void 0 && (G(e.user, { instancePath: o + "/user", parentData: e, parentDataProperty: "user", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pu.errors = r, t === 0;
}
var pl = au;
function ol(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ol.errors = r, t === 0;
}
function nl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return nl.errors = r, t === 0;
}
function ll(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), ll.errors = r, t === 0;
}
function sl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return sl.errors = r, t === 0;
}
function au(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.volumeID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (ol(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? ol.errors : r.concat(ol.errors)).length)), e.readOnly !== void 0 && (nl(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? nl.errors : r.concat(nl.errors)).length)), e.secretRef !== void 0 && (ll(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? ll.errors : r.concat(ll.errors)).length)), e.volumeID !== void 0 && (sl(e.volumeID, { instancePath: o + "/volumeID", parentData: e, parentDataProperty: "volumeID", rootData: l }) || (t = (r = r === null ? sl.errors : r.concat(sl.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return au.errors = r, t === 0;
}
var f = iu;
function Lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lr.errors = r, t === 0;
}
var Xy = formats.int32;
function al(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Xy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return al.errors = r, t === 0;
}
function iu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (Lr(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? Lr.errors : r.concat(Lr.errors)).length)), e.mode !== void 0 && (al(e.mode, { instancePath: o + "/mode", parentData: e, parentDataProperty: "mode", rootData: l }) || (t = (r = r === null ? al.errors : r.concat(al.errors)).length)), e.path !== void 0 && (Lr(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? Lr.errors : r.concat(Lr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return iu.errors = r, t === 0;
}
var ml = uu;
var Hy = formats.int32;
function il(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Hy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return il.errors = r, t === 0;
}
function ul(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), ul.errors = r, t === 0;
}
function yl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ul(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ul.errors : r.concat(ul.errors)).length);
  }
  return yl.errors = r, t === 0;
}
function cl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return cl.errors = r, t === 0;
}
function hl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hl.errors = r, t === 0;
}
function uu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.defaultMode !== void 0 && (il(e.defaultMode, { instancePath: o + "/defaultMode", parentData: e, parentDataProperty: "defaultMode", rootData: l }) || (t = (r = r === null ? il.errors : r.concat(il.errors)).length)), e.items !== void 0 && (yl(e.items, { instancePath: o + "/items", parentData: e, parentDataProperty: "items", rootData: l }) || (t = (r = r === null ? yl.errors : r.concat(yl.errors)).length)), e.name !== void 0 && (cl(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? cl.errors : r.concat(cl.errors)).length)), e.optional !== void 0 && (hl(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? hl.errors : r.concat(hl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return uu.errors = r, t === 0;
}
var gl = yu;
function Ur(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ur.errors = r, t === 0;
}
function vl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vl.errors = r, t === 0;
}
function fl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), fl.errors = r, t === 0;
}
function Dl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dl.errors = r, t === 0;
}
function Pl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Ur(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? Ur.errors : r.concat(Ur.errors)).length);
  return Pl.errors = r, t === 0;
}
function yu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.driver === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.driver !== void 0 && (Ur(e.driver, { instancePath: o + "/driver", parentData: e, parentDataProperty: "driver", rootData: l }) || (t = (r = r === null ? Ur.errors : r.concat(Ur.errors)).length)), e.fsType !== void 0 && (vl(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? vl.errors : r.concat(vl.errors)).length)), e.nodePublishSecretRef !== void 0 && (fl(e.nodePublishSecretRef, { instancePath: o + "/nodePublishSecretRef", parentData: e, parentDataProperty: "nodePublishSecretRef", rootData: l }) || (t = (r = r === null ? fl.errors : r.concat(fl.errors)).length)), e.readOnly !== void 0 && (Dl(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Dl.errors : r.concat(Dl.errors)).length)), e.volumeAttributes !== void 0 && (Pl(e.volumeAttributes, { instancePath: o + "/volumeAttributes", parentData: e, parentDataProperty: "volumeAttributes", rootData: l }) || (t = (r = r === null ? Pl.errors : r.concat(Pl.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yu.errors = r, t === 0;
}
var yr = cu;
function kl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), kl.errors = r, t === 0;
}
var Wy = formats.int32;
function wl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Wy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wl.errors = r, t === 0;
}
function Al(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Al.errors = r, t === 0;
}
function El(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (W(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), El.errors = r, t === 0;
}
function cu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fieldRef !== void 0 && (kl(e.fieldRef, { instancePath: o + "/fieldRef", parentData: e, parentDataProperty: "fieldRef", rootData: l }) || (t = (r = r === null ? kl.errors : r.concat(kl.errors)).length)), e.mode !== void 0 && (wl(e.mode, { instancePath: o + "/mode", parentData: e, parentDataProperty: "mode", rootData: l }) || (t = (r = r === null ? wl.errors : r.concat(wl.errors)).length)), e.path !== void 0 && (Al(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? Al.errors : r.concat(Al.errors)).length)), e.resourceFieldRef !== void 0 && (El(e.resourceFieldRef, { instancePath: o + "/resourceFieldRef", parentData: e, parentDataProperty: "resourceFieldRef", rootData: l }) || (t = (r = r === null ? El.errors : r.concat(El.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return cu.errors = r, t === 0;
}
var Il = hu;
var Qy = formats.int32;
function bl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Qy.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return bl.errors = r, t === 0;
}
function Sl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return yr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length), Sl.errors = r, t === 0;
}
function Nl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Sl(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Sl.errors : r.concat(Sl.errors)).length);
  }
  return Nl.errors = r, t === 0;
}
function hu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.defaultMode !== void 0 && (bl(e.defaultMode, { instancePath: o + "/defaultMode", parentData: e, parentDataProperty: "defaultMode", rootData: l }) || (t = (r = r === null ? bl.errors : r.concat(bl.errors)).length)), e.items !== void 0 && (Nl(e.items, { instancePath: o + "/items", parentData: e, parentDataProperty: "items", rootData: l }) || (t = (r = r === null ? Nl.errors : r.concat(Nl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hu.errors = r, t === 0;
}
var ql = mu;
function jl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return jl.errors = r, t === 0;
}
function Tl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), Tl.errors = r, t === 0;
}
function mu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.medium !== void 0 && (jl(e.medium, { instancePath: o + "/medium", parentData: e, parentDataProperty: "medium", rootData: l }) || (t = (r = r === null ? jl.errors : r.concat(jl.errors)).length)), e.sizeLimit !== void 0 && (Tl(e.sizeLimit, { instancePath: o + "/sizeLimit", parentData: e, parentDataProperty: "sizeLimit", rootData: l }) || (t = (r = r === null ? Tl.errors : r.concat(Tl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mu.errors = r, t === 0;
}
var xl = vu;
function Rl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rl.errors = r, t === 0;
}
function Vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vr.errors = r, t === 0;
}
function vu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiGroup !== void 0 && (Rl(e.apiGroup, { instancePath: o + "/apiGroup", parentData: e, parentDataProperty: "apiGroup", rootData: l }) || (t = (r = r === null ? Rl.errors : r.concat(Rl.errors)).length)), e.kind !== void 0 && (Vr(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? Vr.errors : r.concat(Vr.errors)).length)), e.name !== void 0 && (Vr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Vr.errors : r.concat(Vr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vu.errors = r, t === 0;
}
var Gl = fu;
function Kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Kr.errors = r, t === 0;
}
function Xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xr.errors = r, t === 0;
}
function fu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiGroup !== void 0 && (Kr(e.apiGroup, { instancePath: o + "/apiGroup", parentData: e, parentDataProperty: "apiGroup", rootData: l }) || (t = (r = r === null ? Kr.errors : r.concat(Kr.errors)).length)), e.kind !== void 0 && (Xr(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? Xr.errors : r.concat(Xr.errors)).length)), e.name !== void 0 && (Xr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Xr.errors : r.concat(Xr.errors)).length)), e.namespace !== void 0 && (Kr(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? Kr.errors : r.concat(Kr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fu.errors = r, t === 0;
}
var Ol = Du;
function Ml(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), Ml.errors = r, t === 0;
}
function _r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Ml(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? Ml.errors : r.concat(Ml.errors)).length);
  return _r.errors = r, t === 0;
}
function Du(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.limits !== void 0 && (_r(e.limits, { instancePath: o + "/limits", parentData: e, parentDataProperty: "limits", rootData: l }) || (t = (r = r === null ? _r.errors : r.concat(_r.errors)).length)), e.requests !== void 0 && (_r(e.requests, { instancePath: o + "/requests", parentData: e, parentDataProperty: "requests", rootData: l }) || (t = (r = r === null ? _r.errors : r.concat(_r.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Du.errors = r, t === 0;
}
var _l = Pu;
var Yy = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];
function Cl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ReadOnlyMany" && e !== "ReadWriteMany" && e !== "ReadWriteOnce" && e !== "ReadWriteOncePod") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Yy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cl.errors = r, t === 0;
}
function Fl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Cl(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Cl.errors : r.concat(Cl.errors)).length);
  }
  return Fl.errors = r, t === 0;
}
function Ll(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (xl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xl.errors : r.concat(xl.errors)).length)), Ll.errors = r, t === 0;
}
function Ul(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Gl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Gl.errors : r.concat(Gl.errors)).length)), Ul.errors = r, t === 0;
}
function Vl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ol(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ol.errors : r.concat(Ol.errors)).length)), Vl.errors = r, t === 0;
}
function Kl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), Kl.errors = r, t === 0;
}
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return M.errors = r, t === 0;
}
var Zy = ["Block", "Filesystem"];
function Xl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Block" && e !== "Filesystem") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Zy } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xl.errors = r, t === 0;
}
function Pu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.accessModes !== void 0 && (Fl(e.accessModes, { instancePath: o + "/accessModes", parentData: e, parentDataProperty: "accessModes", rootData: l }) || (t = (r = r === null ? Fl.errors : r.concat(Fl.errors)).length)), e.dataSource !== void 0 && (Ll(e.dataSource, { instancePath: o + "/dataSource", parentData: e, parentDataProperty: "dataSource", rootData: l }) || (t = (r = r === null ? Ll.errors : r.concat(Ll.errors)).length)), e.dataSourceRef !== void 0 && (Ul(e.dataSourceRef, { instancePath: o + "/dataSourceRef", parentData: e, parentDataProperty: "dataSourceRef", rootData: l }) || (t = (r = r === null ? Ul.errors : r.concat(Ul.errors)).length)), e.resources !== void 0 && (Vl(e.resources, { instancePath: o + "/resources", parentData: e, parentDataProperty: "resources", rootData: l }) || (t = (r = r === null ? Vl.errors : r.concat(Vl.errors)).length)), e.selector !== void 0 && (Kl(e.selector, { instancePath: o + "/selector", parentData: e, parentDataProperty: "selector", rootData: l }) || (t = (r = r === null ? Kl.errors : r.concat(Kl.errors)).length)), e.storageClassName !== void 0 && (M(e.storageClassName, { instancePath: o + "/storageClassName", parentData: e, parentDataProperty: "storageClassName", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.volumeAttributesClassName !== void 0 && (M(e.volumeAttributesClassName, { instancePath: o + "/volumeAttributesClassName", parentData: e, parentDataProperty: "volumeAttributesClassName", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.volumeMode !== void 0 && (Xl(e.volumeMode, { instancePath: o + "/volumeMode", parentData: e, parentDataProperty: "volumeMode", rootData: l }) || (t = (r = r === null ? Xl.errors : r.concat(Xl.errors)).length)), e.volumeName !== void 0 && (M(e.volumeName, { instancePath: o + "/volumeName", parentData: e, parentDataProperty: "volumeName", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pu.errors = r, t === 0;
}
var Wl = gu;
function Hl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), Hl.errors = r, t === 0;
}
function Bl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return _l(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _l.errors : r.concat(_l.errors)).length), Bl.errors = r, t === 0;
}
function gu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.metadata !== void 0 && (Hl(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? Hl.errors : r.concat(Hl.errors)).length)), e.spec !== void 0 && (Bl(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? Bl.errors : r.concat(Bl.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return gu.errors = r, t === 0;
}
var Ql = ku;
function zl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Wl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Wl.errors : r.concat(Wl.errors)).length)), zl.errors = r, t === 0;
}
function ku(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.volumeClaimTemplate !== void 0 && (zl(e.volumeClaimTemplate, { instancePath: o + "/volumeClaimTemplate", parentData: e, parentDataProperty: "volumeClaimTemplate", rootData: l }) || (t = (r = r === null ? zl.errors : r.concat(zl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ku.errors = r, t === 0;
}
var dl = wu;
function Yl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yl.errors = r, t === 0;
}
var $y = formats.int32;
function Zl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !$y.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zl.errors = r, t === 0;
}
function Jl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jl.errors = r, t === 0;
}
function $l(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $l.errors = r, t === 0;
}
function Hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) $l(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? $l.errors : r.concat($l.errors)).length);
  }
  return Hr.errors = r, t === 0;
}
function wu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.fsType !== void 0 && (Yl(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? Yl.errors : r.concat(Yl.errors)).length)), e.lun !== void 0 && (Zl(e.lun, { instancePath: o + "/lun", parentData: e, parentDataProperty: "lun", rootData: l }) || (t = (r = r === null ? Zl.errors : r.concat(Zl.errors)).length)), e.readOnly !== void 0 && (Jl(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Jl.errors : r.concat(Jl.errors)).length)), e.targetWWNs !== void 0 && (Hr(e.targetWWNs, { instancePath: o + "/targetWWNs", parentData: e, parentDataProperty: "targetWWNs", rootData: l }) || (t = (r = r === null ? Hr.errors : r.concat(Hr.errors)).length)), e.wwids !== void 0 && (Hr(e.wwids, { instancePath: o + "/wwids", parentData: e, parentDataProperty: "wwids", rootData: l }) || (t = (r = r === null ? Hr.errors : r.concat(Hr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wu.errors = r, t === 0;
}
var ns = Au;
function Br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Br.errors = r, t === 0;
}
function rs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rs.errors = r, t === 0;
}
function es(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Br(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? Br.errors : r.concat(Br.errors)).length);
  return es.errors = r, t === 0;
}
function ts(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ts.errors = r, t === 0;
}
function os(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), os.errors = r, t === 0;
}
function Au(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.driver === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.driver !== void 0 && (Br(e.driver, { instancePath: o + "/driver", parentData: e, parentDataProperty: "driver", rootData: l }) || (t = (r = r === null ? Br.errors : r.concat(Br.errors)).length)), e.fsType !== void 0 && (rs(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? rs.errors : r.concat(rs.errors)).length)), e.options !== void 0 && (es(e.options, { instancePath: o + "/options", parentData: e, parentDataProperty: "options", rootData: l }) || (t = (r = r === null ? es.errors : r.concat(es.errors)).length)), e.readOnly !== void 0 && (ts(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? ts.errors : r.concat(ts.errors)).length)), e.secretRef !== void 0 && (os(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? os.errors : r.concat(os.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Au.errors = r, t === 0;
}
var ls = Eu;
function Wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wr.errors = r, t === 0;
}
function Eu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.datasetName !== void 0 && (Wr(e.datasetName, { instancePath: o + "/datasetName", parentData: e, parentDataProperty: "datasetName", rootData: l }) || (t = (r = r === null ? Wr.errors : r.concat(Wr.errors)).length)), e.datasetUUID !== void 0 && (Wr(e.datasetUUID, { instancePath: o + "/datasetUUID", parentData: e, parentDataProperty: "datasetUUID", rootData: l }) || (t = (r = r === null ? Wr.errors : r.concat(Wr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Eu.errors = r, t === 0;
}
var us = bu;
function ss(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ss.errors = r, t === 0;
}
var rc = formats.int32;
function ps(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !rc.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ps.errors = r, t === 0;
}
function as(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return as.errors = r, t === 0;
}
function is(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return is.errors = r, t === 0;
}
function bu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.pdName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pdName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (ss(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? ss.errors : r.concat(ss.errors)).length)), e.partition !== void 0 && (ps(e.partition, { instancePath: o + "/partition", parentData: e, parentDataProperty: "partition", rootData: l }) || (t = (r = r === null ? ps.errors : r.concat(ps.errors)).length)), e.pdName !== void 0 && (as(e.pdName, { instancePath: o + "/pdName", parentData: e, parentDataProperty: "pdName", rootData: l }) || (t = (r = r === null ? as.errors : r.concat(as.errors)).length)), e.readOnly !== void 0 && (is(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? is.errors : r.concat(is.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return bu.errors = r, t === 0;
}
var cs = Su;
function zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zr.errors = r, t === 0;
}
function ys(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ys.errors = r, t === 0;
}
function Su(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.repository === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.directory !== void 0 && (zr(e.directory, { instancePath: o + "/directory", parentData: e, parentDataProperty: "directory", rootData: l }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length)), e.repository !== void 0 && (ys(e.repository, { instancePath: o + "/repository", parentData: e, parentDataProperty: "repository", rootData: l }) || (t = (r = r === null ? ys.errors : r.concat(ys.errors)).length)), e.revision !== void 0 && (zr(e.revision, { instancePath: o + "/revision", parentData: e, parentDataProperty: "revision", rootData: l }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Su.errors = r, t === 0;
}
var ms = Nu;
function Qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qr.errors = r, t === 0;
}
function hs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hs.errors = r, t === 0;
}
function Nu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.endpoints === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.endpoints !== void 0 && (Qr(e.endpoints, { instancePath: o + "/endpoints", parentData: e, parentDataProperty: "endpoints", rootData: l }) || (t = (r = r === null ? Qr.errors : r.concat(Qr.errors)).length)), e.path !== void 0 && (Qr(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? Qr.errors : r.concat(Qr.errors)).length)), e.readOnly !== void 0 && (hs(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? hs.errors : r.concat(hs.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Nu.errors = r, t === 0;
}
var Ds = Iu;
function vs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vs.errors = r, t === 0;
}
var ec = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];
function fs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "" && e !== "BlockDevice" && e !== "CharDevice" && e !== "Directory" && e !== "DirectoryOrCreate" && e !== "File" && e !== "FileOrCreate" && e !== "Socket") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ec } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fs.errors = r, t === 0;
}
function Iu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.path !== void 0 && (vs(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? vs.errors : r.concat(vs.errors)).length)), e.type !== void 0 && (fs(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? fs.errors : r.concat(fs.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Iu.errors = r, t === 0;
}
var ks = ju;
var tc = ["Always", "IfNotPresent", "Never"];
function Ps(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Always" && e !== "IfNotPresent" && e !== "Never") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: tc } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ps.errors = r, t === 0;
}
function gs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return gs.errors = r, t === 0;
}
function ju(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.pullPolicy !== void 0 && (Ps(e.pullPolicy, { instancePath: o + "/pullPolicy", parentData: e, parentDataProperty: "pullPolicy", rootData: l }) || (t = (r = r === null ? Ps.errors : r.concat(Ps.errors)).length)), e.reference !== void 0 && (gs(e.reference, { instancePath: o + "/reference", parentData: e, parentDataProperty: "reference", rootData: l }) || (t = (r = r === null ? gs.errors : r.concat(gs.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ju.errors = r, t === 0;
}
var bs = Tu;
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return O.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return C.errors = r, t === 0;
}
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return F.errors = r, t === 0;
}
var nc = formats.int32;
function ws(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !nc.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ws.errors = r, t === 0;
}
function As(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) F(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length);
  }
  return As.errors = r, t === 0;
}
function Es(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), Es.errors = r, t === 0;
}
function Tu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.targetPortal === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetPortal" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.iqn === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iqn" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.lun === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lun" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.chapAuthDiscovery !== void 0 && (O(e.chapAuthDiscovery, { instancePath: o + "/chapAuthDiscovery", parentData: e, parentDataProperty: "chapAuthDiscovery", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.chapAuthSession !== void 0 && (O(e.chapAuthSession, { instancePath: o + "/chapAuthSession", parentData: e, parentDataProperty: "chapAuthSession", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.fsType !== void 0 && (C(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.initiatorName !== void 0 && (C(e.initiatorName, { instancePath: o + "/initiatorName", parentData: e, parentDataProperty: "initiatorName", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.iqn !== void 0 && (F(e.iqn, { instancePath: o + "/iqn", parentData: e, parentDataProperty: "iqn", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.iscsiInterface !== void 0 && (C(e.iscsiInterface, { instancePath: o + "/iscsiInterface", parentData: e, parentDataProperty: "iscsiInterface", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.lun !== void 0 && (ws(e.lun, { instancePath: o + "/lun", parentData: e, parentDataProperty: "lun", rootData: l }) || (t = (r = r === null ? ws.errors : r.concat(ws.errors)).length)), e.portals !== void 0 && (As(e.portals, { instancePath: o + "/portals", parentData: e, parentDataProperty: "portals", rootData: l }) || (t = (r = r === null ? As.errors : r.concat(As.errors)).length)), e.readOnly !== void 0 && (O(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.secretRef !== void 0 && (Es(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Es.errors : r.concat(Es.errors)).length)), e.targetPortal !== void 0 && (F(e.targetPortal, { instancePath: o + "/targetPortal", parentData: e, parentDataProperty: "targetPortal", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tu.errors = r, t === 0;
}
var Ns = qu;
function Yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yr.errors = r, t === 0;
}
function Ss(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ss.errors = r, t === 0;
}
function qu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.server === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.path !== void 0 && (Yr(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? Yr.errors : r.concat(Yr.errors)).length)), e.readOnly !== void 0 && (Ss(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Ss.errors : r.concat(Ss.errors)).length)), e.server !== void 0 && (Yr(e.server, { instancePath: o + "/server", parentData: e, parentDataProperty: "server", rootData: l }) || (t = (r = r === null ? Yr.errors : r.concat(Yr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qu.errors = r, t === 0;
}
var Ts = Ru;
function Is(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Is.errors = r, t === 0;
}
function js(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return js.errors = r, t === 0;
}
function Ru(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.claimName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claimName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.claimName !== void 0 && (Is(e.claimName, { instancePath: o + "/claimName", parentData: e, parentDataProperty: "claimName", rootData: l }) || (t = (r = r === null ? Is.errors : r.concat(Is.errors)).length)), e.readOnly !== void 0 && (js(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? js.errors : r.concat(js.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ru.errors = r, t === 0;
}
var xs = xu;
function qs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qs.errors = r, t === 0;
}
function Rs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rs.errors = r, t === 0;
}
function xu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.pdID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pdID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (qs(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? qs.errors : r.concat(qs.errors)).length)), e.pdID !== void 0 && (Rs(e.pdID, { instancePath: o + "/pdID", parentData: e, parentDataProperty: "pdID", rootData: l }) || (t = (r = r === null ? Rs.errors : r.concat(Rs.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xu.errors = r, t === 0;
}
var Cs = Gu;
function Gs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gs.errors = r, t === 0;
}
function Ms(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ms.errors = r, t === 0;
}
function Os(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Os.errors = r, t === 0;
}
function Gu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.volumeID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (Gs(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? Gs.errors : r.concat(Gs.errors)).length)), e.readOnly !== void 0 && (Ms(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Ms.errors : r.concat(Ms.errors)).length)), e.volumeID !== void 0 && (Os(e.volumeID, { instancePath: o + "/volumeID", parentData: e, parentDataProperty: "volumeID", rootData: l }) || (t = (r = r === null ? Os.errors : r.concat(Os.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gu.errors = r, t === 0;
}
var Vs = Mu;
function Fs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), Fs.errors = r, t === 0;
}
function Zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zr.errors = r, t === 0;
}
function Ls(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ls.errors = r, t === 0;
}
function Us(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Us.errors = r, t === 0;
}
function Mu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.labelSelector !== void 0 && (Fs(e.labelSelector, { instancePath: o + "/labelSelector", parentData: e, parentDataProperty: "labelSelector", rootData: l }) || (t = (r = r === null ? Fs.errors : r.concat(Fs.errors)).length)), e.name !== void 0 && (Zr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? Zr.errors : r.concat(Zr.errors)).length)), e.optional !== void 0 && (Ls(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? Ls.errors : r.concat(Ls.errors)).length)), e.path !== void 0 && (Us(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? Us.errors : r.concat(Us.errors)).length)), e.signerName !== void 0 && (Zr(e.signerName, { instancePath: o + "/signerName", parentData: e, parentDataProperty: "signerName", rootData: l }) || (t = (r = r === null ? Zr.errors : r.concat(Zr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mu.errors = r, t === 0;
}
var Bs = Ou;
function Ks(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), Ks.errors = r, t === 0;
}
function Xs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ks(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ks.errors : r.concat(Ks.errors)).length);
  }
  return Xs.errors = r, t === 0;
}
function _s(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _s.errors = r, t === 0;
}
function Hs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hs.errors = r, t === 0;
}
function Ou(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.items !== void 0 && (Xs(e.items, { instancePath: o + "/items", parentData: e, parentDataProperty: "items", rootData: l }) || (t = (r = r === null ? Xs.errors : r.concat(Xs.errors)).length)), e.name !== void 0 && (_s(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? _s.errors : r.concat(_s.errors)).length)), e.optional !== void 0 && (Hs(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? Hs.errors : r.concat(Hs.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ou.errors = r, t === 0;
}
var Qs = Cu;
function Ws(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return yr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length), Ws.errors = r, t === 0;
}
function zs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ws(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ws.errors : r.concat(Ws.errors)).length);
  }
  return zs.errors = r, t === 0;
}
function Cu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.items !== void 0 && (zs(e.items, { instancePath: o + "/items", parentData: e, parentDataProperty: "items", rootData: l }) || (t = (r = r === null ? zs.errors : r.concat(zs.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cu.errors = r, t === 0;
}
var Js = Fu;
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return L.errors = r, t === 0;
}
function U(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return U.errors = r, t === 0;
}
var sc = formats.int32;
function Ys(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !sc.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ys.errors = r, t === 0;
}
function Zs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) U(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length);
  return Zs.errors = r, t === 0;
}
function Fu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.signerName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signerName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.keyType === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keyType" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.certificateChainPath !== void 0 && (L(e.certificateChainPath, { instancePath: o + "/certificateChainPath", parentData: e, parentDataProperty: "certificateChainPath", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.credentialBundlePath !== void 0 && (L(e.credentialBundlePath, { instancePath: o + "/credentialBundlePath", parentData: e, parentDataProperty: "credentialBundlePath", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.keyPath !== void 0 && (L(e.keyPath, { instancePath: o + "/keyPath", parentData: e, parentDataProperty: "keyPath", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.keyType !== void 0 && (U(e.keyType, { instancePath: o + "/keyType", parentData: e, parentDataProperty: "keyType", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.maxExpirationSeconds !== void 0 && (Ys(e.maxExpirationSeconds, { instancePath: o + "/maxExpirationSeconds", parentData: e, parentDataProperty: "maxExpirationSeconds", rootData: l }) || (t = (r = r === null ? Ys.errors : r.concat(Ys.errors)).length)), e.signerName !== void 0 && (U(e.signerName, { instancePath: o + "/signerName", parentData: e, parentDataProperty: "signerName", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.userAnnotations !== void 0 && (Zs(e.userAnnotations, { instancePath: o + "/userAnnotations", parentData: e, parentDataProperty: "userAnnotations", rootData: l }) || (t = (r = r === null ? Zs.errors : r.concat(Zs.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fu.errors = r, t === 0;
}
var tp = Lu;
function $s(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), $s.errors = r, t === 0;
}
function ds(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) $s(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? $s.errors : r.concat($s.errors)).length);
  }
  return ds.errors = r, t === 0;
}
function rp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rp.errors = r, t === 0;
}
function ep(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ep.errors = r, t === 0;
}
function Lu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.items !== void 0 && (ds(e.items, { instancePath: o + "/items", parentData: e, parentDataProperty: "items", rootData: l }) || (t = (r = r === null ? ds.errors : r.concat(ds.errors)).length)), e.name !== void 0 && (rp(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? rp.errors : r.concat(rp.errors)).length)), e.optional !== void 0 && (ep(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? ep.errors : r.concat(ep.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lu.errors = r, t === 0;
}
var sp = Uu;
function op(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return op.errors = r, t === 0;
}
var ac = formats.int64;
function np(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !ac.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return np.errors = r, t === 0;
}
function lp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return lp.errors = r, t === 0;
}
function Uu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.audience !== void 0 && (op(e.audience, { instancePath: o + "/audience", parentData: e, parentDataProperty: "audience", rootData: l }) || (t = (r = r === null ? op.errors : r.concat(op.errors)).length)), e.expirationSeconds !== void 0 && (np(e.expirationSeconds, { instancePath: o + "/expirationSeconds", parentData: e, parentDataProperty: "expirationSeconds", rootData: l }) || (t = (r = r === null ? np.errors : r.concat(np.errors)).length)), e.path !== void 0 && (lp(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? lp.errors : r.concat(lp.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Uu.errors = r, t === 0;
}
var hp = Vu;
function pp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Vs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Vs.errors : r.concat(Vs.errors)).length)), pp.errors = r, t === 0;
}
function ap(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Bs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Bs.errors : r.concat(Bs.errors)).length)), ap.errors = r, t === 0;
}
function ip(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Qs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Qs.errors : r.concat(Qs.errors)).length)), ip.errors = r, t === 0;
}
function up(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Js(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Js.errors : r.concat(Js.errors)).length)), up.errors = r, t === 0;
}
function yp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (tp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tp.errors : r.concat(tp.errors)).length)), yp.errors = r, t === 0;
}
function cp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (sp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? sp.errors : r.concat(sp.errors)).length)), cp.errors = r, t === 0;
}
function Vu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.clusterTrustBundle !== void 0 && (pp(e.clusterTrustBundle, { instancePath: o + "/clusterTrustBundle", parentData: e, parentDataProperty: "clusterTrustBundle", rootData: l }) || (t = (r = r === null ? pp.errors : r.concat(pp.errors)).length)), e.configMap !== void 0 && (ap(e.configMap, { instancePath: o + "/configMap", parentData: e, parentDataProperty: "configMap", rootData: l }) || (t = (r = r === null ? ap.errors : r.concat(ap.errors)).length)), e.downwardAPI !== void 0 && (ip(e.downwardAPI, { instancePath: o + "/downwardAPI", parentData: e, parentDataProperty: "downwardAPI", rootData: l }) || (t = (r = r === null ? ip.errors : r.concat(ip.errors)).length)), e.podCertificate !== void 0 && (up(e.podCertificate, { instancePath: o + "/podCertificate", parentData: e, parentDataProperty: "podCertificate", rootData: l }) || (t = (r = r === null ? up.errors : r.concat(up.errors)).length)), e.secret !== void 0 && (yp(e.secret, { instancePath: o + "/secret", parentData: e, parentDataProperty: "secret", rootData: l }) || (t = (r = r === null ? yp.errors : r.concat(yp.errors)).length)), e.serviceAccountToken !== void 0 && (cp(e.serviceAccountToken, { instancePath: o + "/serviceAccountToken", parentData: e, parentDataProperty: "serviceAccountToken", rootData: l }) || (t = (r = r === null ? cp.errors : r.concat(cp.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vu.errors = r, t === 0;
}
var Dp = Ku;
var uc = formats.int32;
function mp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !uc.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mp.errors = r, t === 0;
}
function vp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return hp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? hp.errors : r.concat(hp.errors)).length), vp.errors = r, t === 0;
}
function fp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) vp(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? vp.errors : r.concat(vp.errors)).length);
  }
  return fp.errors = r, t === 0;
}
function Ku(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.defaultMode !== void 0 && (mp(e.defaultMode, { instancePath: o + "/defaultMode", parentData: e, parentDataProperty: "defaultMode", rootData: l }) || (t = (r = r === null ? mp.errors : r.concat(mp.errors)).length)), e.sources !== void 0 && (fp(e.sources, { instancePath: o + "/sources", parentData: e, parentDataProperty: "sources", rootData: l }) || (t = (r = r === null ? fp.errors : r.concat(fp.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ku.errors = r, t === 0;
}
var gp = Xu;
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return V.errors = r, t === 0;
}
function Pp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pp.errors = r, t === 0;
}
function Jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jr.errors = r, t === 0;
}
function Xu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.registry === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.volume === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volume" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.group !== void 0 && (V(e.group, { instancePath: o + "/group", parentData: e, parentDataProperty: "group", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.readOnly !== void 0 && (Pp(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? Pp.errors : r.concat(Pp.errors)).length)), e.registry !== void 0 && (Jr(e.registry, { instancePath: o + "/registry", parentData: e, parentDataProperty: "registry", rootData: l }) || (t = (r = r === null ? Jr.errors : r.concat(Jr.errors)).length)), e.tenant !== void 0 && (V(e.tenant, { instancePath: o + "/tenant", parentData: e, parentDataProperty: "tenant", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.user !== void 0 && (V(e.user, { instancePath: o + "/user", parentData: e, parentDataProperty: "user", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.volume !== void 0 && (Jr(e.volume, { instancePath: o + "/volume", parentData: e, parentDataProperty: "volume", rootData: l }) || (t = (r = r === null ? Jr.errors : r.concat(Jr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xu.errors = r, t === 0;
}
var Ep = _u;
function w(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return w.errors = r, t === 0;
}
function $r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $r.errors = r, t === 0;
}
function kp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) $r(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? $r.errors : r.concat($r.errors)).length);
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return kp.errors = r, t === 0;
}
function wp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wp.errors = r, t === 0;
}
function Ap(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), Ap.errors = r, t === 0;
}
function _u(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.monitors === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.image === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (w(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.image !== void 0 && ($r(e.image, { instancePath: o + "/image", parentData: e, parentDataProperty: "image", rootData: l }) || (t = (r = r === null ? $r.errors : r.concat($r.errors)).length)), e.keyring !== void 0 && (w(e.keyring, { instancePath: o + "/keyring", parentData: e, parentDataProperty: "keyring", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.monitors !== void 0 && (kp(e.monitors, { instancePath: o + "/monitors", parentData: e, parentDataProperty: "monitors", rootData: l }) || (t = (r = r === null ? kp.errors : r.concat(kp.errors)).length)), e.pool !== void 0 && (w(e.pool, { instancePath: o + "/pool", parentData: e, parentDataProperty: "pool", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.readOnly !== void 0 && (wp(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? wp.errors : r.concat(wp.errors)).length)), e.secretRef !== void 0 && (Ap(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Ap.errors : r.concat(Ap.errors)).length)), e.user !== void 0 && (w(e.user, { instancePath: o + "/user", parentData: e, parentDataProperty: "user", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _u.errors = r, t === 0;
}
var Sp = Hu;
function D(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return D.errors = r, t === 0;
}
function dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return dr.errors = r, t === 0;
}
function re(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return re.errors = r, t === 0;
}
function bp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length), bp.errors = r, t === 0;
}
function Hu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.gateway === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gateway" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.system === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "system" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (D(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.gateway !== void 0 && (dr(e.gateway, { instancePath: o + "/gateway", parentData: e, parentDataProperty: "gateway", rootData: l }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length)), e.protectionDomain !== void 0 && (D(e.protectionDomain, { instancePath: o + "/protectionDomain", parentData: e, parentDataProperty: "protectionDomain", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.readOnly !== void 0 && (re(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? re.errors : r.concat(re.errors)).length)), e.secretRef !== void 0 && (bp(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? bp.errors : r.concat(bp.errors)).length)), e.sslEnabled !== void 0 && (re(e.sslEnabled, { instancePath: o + "/sslEnabled", parentData: e, parentDataProperty: "sslEnabled", rootData: l }) || (t = (r = r === null ? re.errors : r.concat(re.errors)).length)), e.storageMode !== void 0 && (D(e.storageMode, { instancePath: o + "/storageMode", parentData: e, parentDataProperty: "storageMode", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.storagePool !== void 0 && (D(e.storagePool, { instancePath: o + "/storagePool", parentData: e, parentDataProperty: "storagePool", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.system !== void 0 && (dr(e.system, { instancePath: o + "/system", parentData: e, parentDataProperty: "system", rootData: l }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length)), e.volumeName !== void 0 && (D(e.volumeName, { instancePath: o + "/volumeName", parentData: e, parentDataProperty: "volumeName", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hu.errors = r, t === 0;
}
var Rp = Bu;
var cc = formats.int32;
function Np(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !cc.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Np.errors = r, t === 0;
}
function Ip(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), Ip.errors = r, t === 0;
}
function jp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ip(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ip.errors : r.concat(Ip.errors)).length);
  }
  return jp.errors = r, t === 0;
}
function Tp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tp.errors = r, t === 0;
}
function qp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qp.errors = r, t === 0;
}
function Bu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.defaultMode !== void 0 && (Np(e.defaultMode, { instancePath: o + "/defaultMode", parentData: e, parentDataProperty: "defaultMode", rootData: l }) || (t = (r = r === null ? Np.errors : r.concat(Np.errors)).length)), e.items !== void 0 && (jp(e.items, { instancePath: o + "/items", parentData: e, parentDataProperty: "items", rootData: l }) || (t = (r = r === null ? jp.errors : r.concat(jp.errors)).length)), e.optional !== void 0 && (Tp(e.optional, { instancePath: o + "/optional", parentData: e, parentDataProperty: "optional", rootData: l }) || (t = (r = r === null ? Tp.errors : r.concat(Tp.errors)).length)), e.secretName !== void 0 && (qp(e.secretName, { instancePath: o + "/secretName", parentData: e, parentDataProperty: "secretName", rootData: l }) || (t = (r = r === null ? qp.errors : r.concat(qp.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Bu.errors = r, t === 0;
}
var Mp = Wu;
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return K.errors = r, t === 0;
}
function xp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xp.errors = r, t === 0;
}
function Gp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), Gp.errors = r, t === 0;
}
function Wu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.fsType !== void 0 && (K(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.readOnly !== void 0 && (xp(e.readOnly, { instancePath: o + "/readOnly", parentData: e, parentDataProperty: "readOnly", rootData: l }) || (t = (r = r === null ? xp.errors : r.concat(xp.errors)).length)), e.secretRef !== void 0 && (Gp(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Gp.errors : r.concat(Gp.errors)).length)), e.volumeName !== void 0 && (K(e.volumeName, { instancePath: o + "/volumeName", parentData: e, parentDataProperty: "volumeName", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.volumeNamespace !== void 0 && (K(e.volumeNamespace, { instancePath: o + "/volumeNamespace", parentData: e, parentDataProperty: "volumeNamespace", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wu.errors = r, t === 0;
}
var Cp = zu;
function X(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return X.errors = r, t === 0;
}
function Op(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Op.errors = r, t === 0;
}
function zu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.volumePath === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumePath" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fsType !== void 0 && (X(e.fsType, { instancePath: o + "/fsType", parentData: e, parentDataProperty: "fsType", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.storagePolicyID !== void 0 && (X(e.storagePolicyID, { instancePath: o + "/storagePolicyID", parentData: e, parentDataProperty: "storagePolicyID", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.storagePolicyName !== void 0 && (X(e.storagePolicyName, { instancePath: o + "/storagePolicyName", parentData: e, parentDataProperty: "storagePolicyName", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.volumePath !== void 0 && (Op(e.volumePath, { instancePath: o + "/volumePath", parentData: e, parentDataProperty: "volumePath", rootData: l }) || (t = (r = r === null ? Op.errors : r.concat(Op.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zu.errors = r, t === 0;
}
var ma = Qu;
function Fp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Hn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Hn.errors : r.concat(Hn.errors)).length)), Fp.errors = r, t === 0;
}
function Lp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Yn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Yn.errors : r.concat(Yn.errors)).length)), Lp.errors = r, t === 0;
}
function Up(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Jn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Jn.errors : r.concat(Jn.errors)).length)), Up.errors = r, t === 0;
}
function Vp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (tl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tl.errors : r.concat(tl.errors)).length)), Vp.errors = r, t === 0;
}
function Kp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (pl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? pl.errors : r.concat(pl.errors)).length)), Kp.errors = r, t === 0;
}
function Xp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ml(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ml.errors : r.concat(ml.errors)).length)), Xp.errors = r, t === 0;
}
function _p(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gl.errors : r.concat(gl.errors)).length)), _p.errors = r, t === 0;
}
function Hp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Il(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Il.errors : r.concat(Il.errors)).length)), Hp.errors = r, t === 0;
}
function Bp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ql(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ql.errors : r.concat(ql.errors)).length)), Bp.errors = r, t === 0;
}
function Wp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ql(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ql.errors : r.concat(Ql.errors)).length)), Wp.errors = r, t === 0;
}
function zp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (dl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? dl.errors : r.concat(dl.errors)).length)), zp.errors = r, t === 0;
}
function Qp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ns(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ns.errors : r.concat(ns.errors)).length)), Qp.errors = r, t === 0;
}
function Yp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ls(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ls.errors : r.concat(ls.errors)).length)), Yp.errors = r, t === 0;
}
function Zp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (us(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? us.errors : r.concat(us.errors)).length)), Zp.errors = r, t === 0;
}
function Jp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (cs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? cs.errors : r.concat(cs.errors)).length)), Jp.errors = r, t === 0;
}
function $p(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ms(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ms.errors : r.concat(ms.errors)).length)), $p.errors = r, t === 0;
}
function dp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ds(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ds.errors : r.concat(Ds.errors)).length)), dp.errors = r, t === 0;
}
function ra(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ks(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ks.errors : r.concat(ks.errors)).length)), ra.errors = r, t === 0;
}
function ea(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (bs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? bs.errors : r.concat(bs.errors)).length)), ea.errors = r, t === 0;
}
function ta(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ta.errors = r, t === 0;
}
function oa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ns(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ns.errors : r.concat(Ns.errors)).length)), oa.errors = r, t === 0;
}
function na(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ts(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ts.errors : r.concat(Ts.errors)).length)), na.errors = r, t === 0;
}
function la(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (xs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xs.errors : r.concat(xs.errors)).length)), la.errors = r, t === 0;
}
function sa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Cs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Cs.errors : r.concat(Cs.errors)).length)), sa.errors = r, t === 0;
}
function pa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Dp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Dp.errors : r.concat(Dp.errors)).length)), pa.errors = r, t === 0;
}
function aa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gp.errors : r.concat(gp.errors)).length)), aa.errors = r, t === 0;
}
function ia(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ep(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ep.errors : r.concat(Ep.errors)).length)), ia.errors = r, t === 0;
}
function ua(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Sp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Sp.errors : r.concat(Sp.errors)).length)), ua.errors = r, t === 0;
}
function ya(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Rp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Rp.errors : r.concat(Rp.errors)).length)), ya.errors = r, t === 0;
}
function ca(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Mp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Mp.errors : r.concat(Mp.errors)).length)), ca.errors = r, t === 0;
}
function ha(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Cp(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Cp.errors : r.concat(Cp.errors)).length)), ha.errors = r, t === 0;
}
function Qu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.awsElasticBlockStore !== void 0 && (Fp(e.awsElasticBlockStore, { instancePath: o + "/awsElasticBlockStore", parentData: e, parentDataProperty: "awsElasticBlockStore", rootData: l }) || (t = (r = r === null ? Fp.errors : r.concat(Fp.errors)).length)), e.azureDisk !== void 0 && (Lp(e.azureDisk, { instancePath: o + "/azureDisk", parentData: e, parentDataProperty: "azureDisk", rootData: l }) || (t = (r = r === null ? Lp.errors : r.concat(Lp.errors)).length)), e.azureFile !== void 0 && (Up(e.azureFile, { instancePath: o + "/azureFile", parentData: e, parentDataProperty: "azureFile", rootData: l }) || (t = (r = r === null ? Up.errors : r.concat(Up.errors)).length)), e.cephfs !== void 0 && (Vp(e.cephfs, { instancePath: o + "/cephfs", parentData: e, parentDataProperty: "cephfs", rootData: l }) || (t = (r = r === null ? Vp.errors : r.concat(Vp.errors)).length)), e.cinder !== void 0 && (Kp(e.cinder, { instancePath: o + "/cinder", parentData: e, parentDataProperty: "cinder", rootData: l }) || (t = (r = r === null ? Kp.errors : r.concat(Kp.errors)).length)), e.configMap !== void 0 && (Xp(e.configMap, { instancePath: o + "/configMap", parentData: e, parentDataProperty: "configMap", rootData: l }) || (t = (r = r === null ? Xp.errors : r.concat(Xp.errors)).length)), e.csi !== void 0 && (_p(e.csi, { instancePath: o + "/csi", parentData: e, parentDataProperty: "csi", rootData: l }) || (t = (r = r === null ? _p.errors : r.concat(_p.errors)).length)), e.downwardAPI !== void 0 && (Hp(e.downwardAPI, { instancePath: o + "/downwardAPI", parentData: e, parentDataProperty: "downwardAPI", rootData: l }) || (t = (r = r === null ? Hp.errors : r.concat(Hp.errors)).length)), e.emptyDir !== void 0 && (Bp(e.emptyDir, { instancePath: o + "/emptyDir", parentData: e, parentDataProperty: "emptyDir", rootData: l }) || (t = (r = r === null ? Bp.errors : r.concat(Bp.errors)).length)), e.ephemeral !== void 0 && (Wp(e.ephemeral, { instancePath: o + "/ephemeral", parentData: e, parentDataProperty: "ephemeral", rootData: l }) || (t = (r = r === null ? Wp.errors : r.concat(Wp.errors)).length)), e.fc !== void 0 && (zp(e.fc, { instancePath: o + "/fc", parentData: e, parentDataProperty: "fc", rootData: l }) || (t = (r = r === null ? zp.errors : r.concat(zp.errors)).length)), e.flexVolume !== void 0 && (Qp(e.flexVolume, { instancePath: o + "/flexVolume", parentData: e, parentDataProperty: "flexVolume", rootData: l }) || (t = (r = r === null ? Qp.errors : r.concat(Qp.errors)).length)), e.flocker !== void 0 && (Yp(e.flocker, { instancePath: o + "/flocker", parentData: e, parentDataProperty: "flocker", rootData: l }) || (t = (r = r === null ? Yp.errors : r.concat(Yp.errors)).length)), e.gcePersistentDisk !== void 0 && (Zp(e.gcePersistentDisk, { instancePath: o + "/gcePersistentDisk", parentData: e, parentDataProperty: "gcePersistentDisk", rootData: l }) || (t = (r = r === null ? Zp.errors : r.concat(Zp.errors)).length)), e.gitRepo !== void 0 && (Jp(e.gitRepo, { instancePath: o + "/gitRepo", parentData: e, parentDataProperty: "gitRepo", rootData: l }) || (t = (r = r === null ? Jp.errors : r.concat(Jp.errors)).length)), e.glusterfs !== void 0 && ($p(e.glusterfs, { instancePath: o + "/glusterfs", parentData: e, parentDataProperty: "glusterfs", rootData: l }) || (t = (r = r === null ? $p.errors : r.concat($p.errors)).length)), e.hostPath !== void 0 && (dp(e.hostPath, { instancePath: o + "/hostPath", parentData: e, parentDataProperty: "hostPath", rootData: l }) || (t = (r = r === null ? dp.errors : r.concat(dp.errors)).length)), e.image !== void 0 && (ra(e.image, { instancePath: o + "/image", parentData: e, parentDataProperty: "image", rootData: l }) || (t = (r = r === null ? ra.errors : r.concat(ra.errors)).length)), e.iscsi !== void 0 && (ea(e.iscsi, { instancePath: o + "/iscsi", parentData: e, parentDataProperty: "iscsi", rootData: l }) || (t = (r = r === null ? ea.errors : r.concat(ea.errors)).length)), e.name !== void 0 && (ta(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? ta.errors : r.concat(ta.errors)).length)), e.nfs !== void 0 && (oa(e.nfs, { instancePath: o + "/nfs", parentData: e, parentDataProperty: "nfs", rootData: l }) || (t = (r = r === null ? oa.errors : r.concat(oa.errors)).length)), e.persistentVolumeClaim !== void 0 && (na(e.persistentVolumeClaim, { instancePath: o + "/persistentVolumeClaim", parentData: e, parentDataProperty: "persistentVolumeClaim", rootData: l }) || (t = (r = r === null ? na.errors : r.concat(na.errors)).length)), e.photonPersistentDisk !== void 0 && (la(e.photonPersistentDisk, { instancePath: o + "/photonPersistentDisk", parentData: e, parentDataProperty: "photonPersistentDisk", rootData: l }) || (t = (r = r === null ? la.errors : r.concat(la.errors)).length)), e.portworxVolume !== void 0 && (sa(e.portworxVolume, { instancePath: o + "/portworxVolume", parentData: e, parentDataProperty: "portworxVolume", rootData: l }) || (t = (r = r === null ? sa.errors : r.concat(sa.errors)).length)), e.projected !== void 0 && (pa(e.projected, { instancePath: o + "/projected", parentData: e, parentDataProperty: "projected", rootData: l }) || (t = (r = r === null ? pa.errors : r.concat(pa.errors)).length)), e.quobyte !== void 0 && (aa(e.quobyte, { instancePath: o + "/quobyte", parentData: e, parentDataProperty: "quobyte", rootData: l }) || (t = (r = r === null ? aa.errors : r.concat(aa.errors)).length)), e.rbd !== void 0 && (ia(e.rbd, { instancePath: o + "/rbd", parentData: e, parentDataProperty: "rbd", rootData: l }) || (t = (r = r === null ? ia.errors : r.concat(ia.errors)).length)), e.scaleIO !== void 0 && (ua(e.scaleIO, { instancePath: o + "/scaleIO", parentData: e, parentDataProperty: "scaleIO", rootData: l }) || (t = (r = r === null ? ua.errors : r.concat(ua.errors)).length)), e.secret !== void 0 && (ya(e.secret, { instancePath: o + "/secret", parentData: e, parentDataProperty: "secret", rootData: l }) || (t = (r = r === null ? ya.errors : r.concat(ya.errors)).length)), e.storageos !== void 0 && (ca(e.storageos, { instancePath: o + "/storageos", parentData: e, parentDataProperty: "storageos", rootData: l }) || (t = (r = r === null ? ca.errors : r.concat(ca.errors)).length)), e.vsphereVolume !== void 0 && (ha(e.vsphereVolume, { instancePath: o + "/vsphereVolume", parentData: e, parentDataProperty: "vsphereVolume", rootData: l }) || (t = (r = r === null ? ha.errors : r.concat(ha.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qu.errors = r, t === 0;
}
var Ya = Zu;
var hc = formats.int64;
function ee(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !hc.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ee.errors = r, t === 0;
}
function va(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (je(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? je.errors : r.concat(je.errors)).length)), va.errors = r, t === 0;
}
function y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return y.errors = r, t === 0;
}
function te(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return qo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? qo.errors : r.concat(qo.errors)).length), te.errors = r, t === 0;
}
function fa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) te(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? te.errors : r.concat(te.errors)).length);
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fa.errors = r, t === 0;
}
function Da(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Oo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Oo.errors : r.concat(Oo.errors)).length)), Da.errors = r, t === 0;
}
var mc = ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"];
function Pa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ClusterFirst" && e !== "ClusterFirstWithHostNet" && e !== "Default" && e !== "None") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: mc } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pa.errors = r, t === 0;
}
function ga(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return tn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tn.errors : r.concat(tn.errors)).length), ga.errors = r, t === 0;
}
function ka(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) ga(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? ga.errors : r.concat(ga.errors)).length);
  }
  return ka.errors = r, t === 0;
}
function wa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return nn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? nn.errors : r.concat(nn.errors)).length), wa.errors = r, t === 0;
}
function Aa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) wa(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? wa.errors : r.concat(wa.errors)).length);
  }
  return Aa.errors = r, t === 0;
}
function u2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u2.errors = r, t === 0;
}
function Ea(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return u(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length), Ea.errors = r, t === 0;
}
function ba(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ea(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ea.errors : r.concat(Ea.errors)).length);
  }
  return ba.errors = r, t === 0;
}
function Sa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) te(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? te.errors : r.concat(te.errors)).length);
  }
  return Sa.errors = r, t === 0;
}
function Na(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Na.errors = r, t === 0;
}
function Ia(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Na(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? Na.errors : r.concat(Na.errors)).length);
  return Ia.errors = r, t === 0;
}
function ja(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (sn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? sn.errors : r.concat(sn.errors)).length)), ja.errors = r, t === 0;
}
function Ta(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), Ta.errors = r, t === 0;
}
function qa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Ta(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? Ta.errors : r.concat(Ta.errors)).length);
  return qa.errors = r, t === 0;
}
var vc = ["Never", "PreemptLowerPriority"];
function Ra(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Never" && e !== "PreemptLowerPriority") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: vc } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ra.errors = r, t === 0;
}
var fc = formats.int32;
function xa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !fc.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xa.errors = r, t === 0;
}
function Ga(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return an(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? an.errors : r.concat(an.errors)).length), Ga.errors = r, t === 0;
}
function Ma(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ga(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ga.errors : r.concat(Ga.errors)).length);
  }
  return Ma.errors = r, t === 0;
}
function Oa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return yn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? yn.errors : r.concat(yn.errors)).length), Oa.errors = r, t === 0;
}
function Ca(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Oa(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Oa.errors : r.concat(Oa.errors)).length);
  }
  return Ca.errors = r, t === 0;
}
function Fa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), Fa.errors = r, t === 0;
}
var Dc = ["Always", "Never", "OnFailure"];
function La(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Always" && e !== "Never" && e !== "OnFailure") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Dc } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return La.errors = r, t === 0;
}
function Ua(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return hn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? hn.errors : r.concat(hn.errors)).length), Ua.errors = r, t === 0;
}
function Va(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ua(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ua.errors : r.concat(Ua.errors)).length);
  }
  return Va.errors = r, t === 0;
}
function Ka(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (vn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? vn.errors : r.concat(vn.errors)).length)), Ka.errors = r, t === 0;
}
function Xa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Tn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Tn.errors : r.concat(Tn.errors)).length)), Xa.errors = r, t === 0;
}
function _a(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Gn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Gn.errors : r.concat(Gn.errors)).length), _a.errors = r, t === 0;
}
function Ha(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) _a(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? _a.errors : r.concat(_a.errors)).length);
  }
  return Ha.errors = r, t === 0;
}
function Ba(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Un(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Un.errors : r.concat(Un.errors)).length), Ba.errors = r, t === 0;
}
function Wa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) Ba(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Ba.errors : r.concat(Ba.errors)).length);
  }
  return Wa.errors = r, t === 0;
}
function za(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ma(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ma.errors : r.concat(ma.errors)).length), za.errors = r, t === 0;
}
function Qa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let a = 0; a < n; a++) za(e[a], { instancePath: o + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? za.errors : r.concat(za.errors)).length);
  }
  return Qa.errors = r, t === 0;
}
function Zu(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.containers === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containers" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.activeDeadlineSeconds !== void 0 && (ee(e.activeDeadlineSeconds, { instancePath: o + "/activeDeadlineSeconds", parentData: e, parentDataProperty: "activeDeadlineSeconds", rootData: l }) || (t = (r = r === null ? ee.errors : r.concat(ee.errors)).length)), e.affinity !== void 0 && (va(e.affinity, { instancePath: o + "/affinity", parentData: e, parentDataProperty: "affinity", rootData: l }) || (t = (r = r === null ? va.errors : r.concat(va.errors)).length)), e.automountServiceAccountToken !== void 0 && (y(e.automountServiceAccountToken, { instancePath: o + "/automountServiceAccountToken", parentData: e, parentDataProperty: "automountServiceAccountToken", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.containers !== void 0 && (fa(e.containers, { instancePath: o + "/containers", parentData: e, parentDataProperty: "containers", rootData: l }) || (t = (r = r === null ? fa.errors : r.concat(fa.errors)).length)), e.dnsConfig !== void 0 && (Da(e.dnsConfig, { instancePath: o + "/dnsConfig", parentData: e, parentDataProperty: "dnsConfig", rootData: l }) || (t = (r = r === null ? Da.errors : r.concat(Da.errors)).length)), e.dnsPolicy !== void 0 && (Pa(e.dnsPolicy, { instancePath: o + "/dnsPolicy", parentData: e, parentDataProperty: "dnsPolicy", rootData: l }) || (t = (r = r === null ? Pa.errors : r.concat(Pa.errors)).length)), e.enableServiceLinks !== void 0 && (y(e.enableServiceLinks, { instancePath: o + "/enableServiceLinks", parentData: e, parentDataProperty: "enableServiceLinks", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.ephemeralContainers !== void 0 && (ka(e.ephemeralContainers, { instancePath: o + "/ephemeralContainers", parentData: e, parentDataProperty: "ephemeralContainers", rootData: l }) || (t = (r = r === null ? ka.errors : r.concat(ka.errors)).length)), e.hostAliases !== void 0 && (Aa(e.hostAliases, { instancePath: o + "/hostAliases", parentData: e, parentDataProperty: "hostAliases", rootData: l }) || (t = (r = r === null ? Aa.errors : r.concat(Aa.errors)).length)), e.hostIPC !== void 0 && (y(e.hostIPC, { instancePath: o + "/hostIPC", parentData: e, parentDataProperty: "hostIPC", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.hostNetwork !== void 0 && (y(e.hostNetwork, { instancePath: o + "/hostNetwork", parentData: e, parentDataProperty: "hostNetwork", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.hostPID !== void 0 && (y(e.hostPID, { instancePath: o + "/hostPID", parentData: e, parentDataProperty: "hostPID", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.hostUsers !== void 0 && (y(e.hostUsers, { instancePath: o + "/hostUsers", parentData: e, parentDataProperty: "hostUsers", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.hostname !== void 0 && (u2(e.hostname, { instancePath: o + "/hostname", parentData: e, parentDataProperty: "hostname", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.hostnameOverride !== void 0 && (u2(e.hostnameOverride, { instancePath: o + "/hostnameOverride", parentData: e, parentDataProperty: "hostnameOverride", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.imagePullSecrets !== void 0 && (ba(e.imagePullSecrets, { instancePath: o + "/imagePullSecrets", parentData: e, parentDataProperty: "imagePullSecrets", rootData: l }) || (t = (r = r === null ? ba.errors : r.concat(ba.errors)).length)), e.initContainers !== void 0 && (Sa(e.initContainers, { instancePath: o + "/initContainers", parentData: e, parentDataProperty: "initContainers", rootData: l }) || (t = (r = r === null ? Sa.errors : r.concat(Sa.errors)).length)), e.nodeName !== void 0 && (u2(e.nodeName, { instancePath: o + "/nodeName", parentData: e, parentDataProperty: "nodeName", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.nodeSelector !== void 0 && (Ia(e.nodeSelector, { instancePath: o + "/nodeSelector", parentData: e, parentDataProperty: "nodeSelector", rootData: l }) || (t = (r = r === null ? Ia.errors : r.concat(Ia.errors)).length)), e.os !== void 0 && (ja(e.os, { instancePath: o + "/os", parentData: e, parentDataProperty: "os", rootData: l }) || (t = (r = r === null ? ja.errors : r.concat(ja.errors)).length)), e.overhead !== void 0 && (qa(e.overhead, { instancePath: o + "/overhead", parentData: e, parentDataProperty: "overhead", rootData: l }) || (t = (r = r === null ? qa.errors : r.concat(qa.errors)).length)), e.preemptionPolicy !== void 0 && (Ra(e.preemptionPolicy, { instancePath: o + "/preemptionPolicy", parentData: e, parentDataProperty: "preemptionPolicy", rootData: l }) || (t = (r = r === null ? Ra.errors : r.concat(Ra.errors)).length)), e.priority !== void 0 && (xa(e.priority, { instancePath: o + "/priority", parentData: e, parentDataProperty: "priority", rootData: l }) || (t = (r = r === null ? xa.errors : r.concat(xa.errors)).length)), e.priorityClassName !== void 0 && (u2(e.priorityClassName, { instancePath: o + "/priorityClassName", parentData: e, parentDataProperty: "priorityClassName", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.readinessGates !== void 0 && (Ma(e.readinessGates, { instancePath: o + "/readinessGates", parentData: e, parentDataProperty: "readinessGates", rootData: l }) || (t = (r = r === null ? Ma.errors : r.concat(Ma.errors)).length)), e.resourceClaims !== void 0 && (Ca(e.resourceClaims, { instancePath: o + "/resourceClaims", parentData: e, parentDataProperty: "resourceClaims", rootData: l }) || (t = (r = r === null ? Ca.errors : r.concat(Ca.errors)).length)), e.resources !== void 0 && (Fa(e.resources, { instancePath: o + "/resources", parentData: e, parentDataProperty: "resources", rootData: l }) || (t = (r = r === null ? Fa.errors : r.concat(Fa.errors)).length)), e.restartPolicy !== void 0 && (La(e.restartPolicy, { instancePath: o + "/restartPolicy", parentData: e, parentDataProperty: "restartPolicy", rootData: l }) || (t = (r = r === null ? La.errors : r.concat(La.errors)).length)), e.runtimeClassName !== void 0 && (u2(e.runtimeClassName, { instancePath: o + "/runtimeClassName", parentData: e, parentDataProperty: "runtimeClassName", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.schedulerName !== void 0 && (u2(e.schedulerName, { instancePath: o + "/schedulerName", parentData: e, parentDataProperty: "schedulerName", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.schedulingGates !== void 0 && (Va(e.schedulingGates, { instancePath: o + "/schedulingGates", parentData: e, parentDataProperty: "schedulingGates", rootData: l }) || (t = (r = r === null ? Va.errors : r.concat(Va.errors)).length)), e.schedulingGroup !== void 0 && (Ka(e.schedulingGroup, { instancePath: o + "/schedulingGroup", parentData: e, parentDataProperty: "schedulingGroup", rootData: l }) || (t = (r = r === null ? Ka.errors : r.concat(Ka.errors)).length)), e.securityContext !== void 0 && (Xa(e.securityContext, { instancePath: o + "/securityContext", parentData: e, parentDataProperty: "securityContext", rootData: l }) || (t = (r = r === null ? Xa.errors : r.concat(Xa.errors)).length)), e.serviceAccount !== void 0 && (u2(e.serviceAccount, { instancePath: o + "/serviceAccount", parentData: e, parentDataProperty: "serviceAccount", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.serviceAccountName !== void 0 && (u2(e.serviceAccountName, { instancePath: o + "/serviceAccountName", parentData: e, parentDataProperty: "serviceAccountName", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.setHostnameAsFQDN !== void 0 && (y(e.setHostnameAsFQDN, { instancePath: o + "/setHostnameAsFQDN", parentData: e, parentDataProperty: "setHostnameAsFQDN", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.shareProcessNamespace !== void 0 && (y(e.shareProcessNamespace, { instancePath: o + "/shareProcessNamespace", parentData: e, parentDataProperty: "shareProcessNamespace", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.subdomain !== void 0 && (u2(e.subdomain, { instancePath: o + "/subdomain", parentData: e, parentDataProperty: "subdomain", rootData: l }) || (t = (r = r === null ? u2.errors : r.concat(u2.errors)).length)), e.terminationGracePeriodSeconds !== void 0 && (ee(e.terminationGracePeriodSeconds, { instancePath: o + "/terminationGracePeriodSeconds", parentData: e, parentDataProperty: "terminationGracePeriodSeconds", rootData: l }) || (t = (r = r === null ? ee.errors : r.concat(ee.errors)).length)), e.tolerations !== void 0 && (Ha(e.tolerations, { instancePath: o + "/tolerations", parentData: e, parentDataProperty: "tolerations", rootData: l }) || (t = (r = r === null ? Ha.errors : r.concat(Ha.errors)).length)), e.topologySpreadConstraints !== void 0 && (Wa(e.topologySpreadConstraints, { instancePath: o + "/topologySpreadConstraints", parentData: e, parentDataProperty: "topologySpreadConstraints", rootData: l }) || (t = (r = r === null ? Wa.errors : r.concat(Wa.errors)).length)), e.volumes !== void 0 && (Qa(e.volumes, { instancePath: o + "/volumes", parentData: e, parentDataProperty: "volumes", rootData: l }) || (t = (r = r === null ? Qa.errors : r.concat(Qa.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zu.errors = r, t === 0;
}
var Sf = Ju;
function Za(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), Za.errors = r, t === 0;
}
function Ja(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ya(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ya.errors : r.concat(Ya.errors)).length)), Ja.errors = r, t === 0;
}
function Ju(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.metadata !== void 0 && (Za(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? Za.errors : r.concat(Za.errors)).length)), e.spec !== void 0 && (Ja(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? Ja.errors : r.concat(Ja.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ju.errors = r, t === 0;
}

export {
  Sf
};
