import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Xr,
  y as y2
} from "./chunk-UYL7BO5Y.js";
import {
  b
} from "./chunk-72HLV5ND.js";
import {
  d
} from "./chunk-33SJ7AQA.js";
import {
  w,
  y
} from "./chunk-W5JTAKIW.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/resource_k8s_io_v1_ResourceClaim.js
var j = cr;
function d2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (w(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), d2.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) E(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length);
  }
  return q.errors = r, t === 0;
}
var kr = ["FromClaim", "FromClass"];
function b2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "FromClaim" && e !== "FromClass") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: kr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b2.errors = r, t === 0;
}
function cr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.source === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.opaque !== void 0 && (d2(e.opaque, { instancePath: n + "/opaque", parentData: e, parentDataProperty: "opaque", rootData: l }) || (t = (r = r === null ? d2.errors : r.concat(d2.errors)).length)), e.requests !== void 0 && (q(e.requests, { instancePath: n + "/requests", parentData: e, parentDataProperty: "requests", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.source !== void 0 && (b2(e.source, { instancePath: n + "/source", parentData: e, parentDataProperty: "source", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return cr.errors = r, t === 0;
}
var N = vr;
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return C.errors = r, t === 0;
}
function i(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i.errors = r, t === 0;
}
function c2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) i(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length);
  }
  return c2.errors = r, t === 0;
}
function F(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), F.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) F(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length);
  return x.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return V.errors = r, t === 0;
}
function I(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return y2(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? y2.errors : r.concat(y2.errors)).length), I.errors = r, t === 0;
}
function G(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) I(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length);
  }
  return G.errors = r, t === 0;
}
function vr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.request === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "request" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.driver === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.pool === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pool" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.device === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "device" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.adminAccess !== void 0 && (C(e.adminAccess, { instancePath: n + "/adminAccess", parentData: e, parentDataProperty: "adminAccess", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.bindingConditions !== void 0 && (c2(e.bindingConditions, { instancePath: n + "/bindingConditions", parentData: e, parentDataProperty: "bindingConditions", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.bindingFailureConditions !== void 0 && (c2(e.bindingFailureConditions, { instancePath: n + "/bindingFailureConditions", parentData: e, parentDataProperty: "bindingFailureConditions", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.consumedCapacity !== void 0 && (x(e.consumedCapacity, { instancePath: n + "/consumedCapacity", parentData: e, parentDataProperty: "consumedCapacity", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.device !== void 0 && (i(e.device, { instancePath: n + "/device", parentData: e, parentDataProperty: "device", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.driver !== void 0 && (i(e.driver, { instancePath: n + "/driver", parentData: e, parentDataProperty: "driver", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.pool !== void 0 && (i(e.pool, { instancePath: n + "/pool", parentData: e, parentDataProperty: "pool", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.request !== void 0 && (i(e.request, { instancePath: n + "/request", parentData: e, parentDataProperty: "request", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.shareID !== void 0 && (V(e.shareID, { instancePath: n + "/shareID", parentData: e, parentDataProperty: "shareID", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.tolerations !== void 0 && (G(e.tolerations, { instancePath: n + "/tolerations", parentData: e, parentDataProperty: "tolerations", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return vr.errors = r, t === 0;
}
var z = hr;
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return j(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length), S.errors = r, t === 0;
}
function T(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) S(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length);
  }
  return T.errors = r, t === 0;
}
function _(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return N(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length), _.errors = r, t === 0;
}
function R(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) _(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length);
  }
  return R.errors = r, t === 0;
}
function hr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.config !== void 0 && (T(e.config, { instancePath: n + "/config", parentData: e, parentDataProperty: "config", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.results !== void 0 && (R(e.results, { instancePath: n + "/results", parentData: e, parentDataProperty: "results", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return hr.errors = r, t === 0;
}
var K = mr;
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), B.errors = r, t === 0;
}
function H(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (z(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), H.errors = r, t === 0;
}
function J(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), J.errors = r, t === 0;
}
function mr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.allocationTimestamp !== void 0 && (B(e.allocationTimestamp, { instancePath: n + "/allocationTimestamp", parentData: e, parentDataProperty: "allocationTimestamp", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), e.devices !== void 0 && (H(e.devices, { instancePath: n + "/devices", parentData: e, parentDataProperty: "devices", rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.nodeSelector !== void 0 && (J(e.nodeSelector, { instancePath: n + "/nodeSelector", parentData: e, parentDataProperty: "nodeSelector", rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return mr.errors = r, t === 0;
}
var O = fr;
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
function L(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return L.errors = r, t === 0;
}
function M(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) L(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length);
  }
  return M.errors = r, t === 0;
}
function fr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.hardwareAddress !== void 0 && (v(e.hardwareAddress, { instancePath: n + "/hardwareAddress", parentData: e, parentDataProperty: "hardwareAddress", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.interfaceName !== void 0 && (v(e.interfaceName, { instancePath: n + "/interfaceName", parentData: e, parentDataProperty: "interfaceName", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.ips !== void 0 && (M(e.ips, { instancePath: n + "/ips", parentData: e, parentDataProperty: "ips", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return fr.errors = r, t === 0;
}
var Z = Dr;
function Q2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), Q2.errors = r, t === 0;
}
function U(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) Q2(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length);
  }
  return U.errors = r, t === 0;
}
function W(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (y(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), W.errors = r, t === 0;
}
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function X(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (O(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), X.errors = r, t === 0;
}
function Y(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Y.errors = r, t === 0;
}
function Dr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    if (e.device === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "device" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.conditions !== void 0 && (U(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.data !== void 0 && (W(e.data, { instancePath: n + "/data", parentData: e, parentDataProperty: "data", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.device !== void 0 && (u(e.device, { instancePath: n + "/device", parentData: e, parentDataProperty: "device", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.driver !== void 0 && (u(e.driver, { instancePath: n + "/driver", parentData: e, parentDataProperty: "driver", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.networkData !== void 0 && (X(e.networkData, { instancePath: n + "/networkData", parentData: e, parentDataProperty: "networkData", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.pool !== void 0 && (u(e.pool, { instancePath: n + "/pool", parentData: e, parentDataProperty: "pool", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.shareID !== void 0 && (Y(e.shareID, { instancePath: n + "/shareID", parentData: e, parentDataProperty: "shareID", rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Dr.errors = r, t === 0;
}
var rr = gr;
function $(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return $.errors = r, t === 0;
}
function y3(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y3.errors = r, t === 0;
}
function gr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.resource === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.uid === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiGroup !== void 0 && ($(e.apiGroup, { instancePath: n + "/apiGroup", parentData: e, parentDataProperty: "apiGroup", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), e.name !== void 0 && (y3(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? y3.errors : r.concat(y3.errors)).length)), e.resource !== void 0 && (y3(e.resource, { instancePath: n + "/resource", parentData: e, parentDataProperty: "resource", rootData: l }) || (t = (r = r === null ? y3.errors : r.concat(y3.errors)).length)), e.uid !== void 0 && (y3(e.uid, { instancePath: n + "/uid", parentData: e, parentDataProperty: "uid", rootData: l }) || (t = (r = r === null ? y3.errors : r.concat(y3.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return gr.errors = r, t === 0;
}
var sr = Pr;
function er(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (K(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), er.errors = r, t === 0;
}
function tr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Z(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length), tr.errors = r, t === 0;
}
function or(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) tr(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length);
  }
  return or.errors = r, t === 0;
}
function nr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return rr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length), nr.errors = r, t === 0;
}
function lr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) nr(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length);
  }
  return lr.errors = r, t === 0;
}
function Pr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.allocation !== void 0 && (er(e.allocation, { instancePath: n + "/allocation", parentData: e, parentDataProperty: "allocation", rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), e.devices !== void 0 && (or(e.devices, { instancePath: n + "/devices", parentData: e, parentDataProperty: "devices", rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length)), e.reservedFor !== void 0 && (lr(e.reservedFor, { instancePath: n + "/reservedFor", parentData: e, parentDataProperty: "reservedFor", rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Pr.errors = r, t === 0;
}
var wr = Ar;
var dr = ["resource.k8s.io/v1"];
function pr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "resource.k8s.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: dr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return pr.errors = r, t === 0;
}
var Er = ["ResourceClaim"];
function ar(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ResourceClaim") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Er } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ar.errors = r, t === 0;
}
function ir(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), ir.errors = r, t === 0;
}
function ur(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Xr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Xr.errors : r.concat(Xr.errors)).length), ur.errors = r, t === 0;
}
function yr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (sr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), yr.errors = r, t === 0;
}
function Ar(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (pr(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), e.kind !== void 0 && (ar(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.metadata !== void 0 && (ir(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length)), e.spec !== void 0 && (ur(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length)), e.status !== void 0 && (yr(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Ar.errors = r, t === 0;
}
export {
  wr as validate
};
