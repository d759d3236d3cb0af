import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  c
} from "./chunk-ZXUXJPVK.js";
import {
  D
} from "./chunk-6DFRGFP5.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/K6F36VT2.js
var f = w;
function y(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), y.errors = r, t === 0;
}
function w(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.serviceAccountRef !== void 0 && (y(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  else {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return w.errors = r, t === 0;
}
var v = E;
function a(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), a.errors = r, t === 0;
}
function E(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.accessKeyIDSecretRef !== void 0 && (a(e.accessKeyIDSecretRef, { instancePath: o + "/accessKeyIDSecretRef", parentData: e, parentDataProperty: "accessKeyIDSecretRef", rootData: n }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.secretAccessKeySecretRef !== void 0 && (a(e.secretAccessKeySecretRef, { instancePath: o + "/secretAccessKeySecretRef", parentData: e, parentDataProperty: "secretAccessKeySecretRef", rootData: n }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.sessionTokenSecretRef !== void 0 && (a(e.sessionTokenSecretRef, { instancePath: o + "/sessionTokenSecretRef", parentData: e, parentDataProperty: "sessionTokenSecretRef", rootData: n }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length));
  else {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return E.errors = r, t === 0;
}
var D2 = j;
function h(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: o, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), h.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (v(e, { instancePath: o, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), m.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.jwt !== void 0 && (h(e.jwt, { instancePath: o + "/jwt", parentData: e, parentDataProperty: "jwt", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.secretRef !== void 0 && (m(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return j.errors = r, t === 0;
}
var g = S;
function i(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return i.errors = r, t === 0;
}
var N = formats.int64;
function P(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  if (typeof e == "number" && isFinite(e) && !N.validate(e)) {
    let s = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return P.errors = r, t === 0;
}
function S(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.serialNumber !== void 0 && (i(e.serialNumber, { instancePath: o + "/serialNumber", parentData: e, parentDataProperty: "serialNumber", rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.sessionDuration !== void 0 && (P(e.sessionDuration, { instancePath: o + "/sessionDuration", parentData: e, parentDataProperty: "sessionDuration", rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.tokenCode !== void 0 && (i(e.tokenCode, { instancePath: o + "/tokenCode", parentData: e, parentDataProperty: "tokenCode", rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length));
  else {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return S.errors = r, t === 0;
}
var J = K;
function R(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D2(e, { instancePath: o, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length)), R.errors = r, t === 0;
}
function k(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return k.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), A.errors = r, t === 0;
}
function b(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return b.errors = r, t === 0;
}
function K(e, { instancePath: o = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.region === void 0) {
      let s = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" } };
      r === null ? r = [s] : r.push(s), t++;
    }
    e.auth !== void 0 && (R(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.region !== void 0 && (k(e.region, { instancePath: o + "/region", parentData: e, parentDataProperty: "region", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.requestParameters !== void 0 && (A(e.requestParameters, { instancePath: o + "/requestParameters", parentData: e, parentDataProperty: "requestParameters", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.role !== void 0 && (b(e.role, { instancePath: o + "/role", parentData: e, parentDataProperty: "role", rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length));
  } else {
    let s = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [s] : r.push(s), t++;
  }
  return K.errors = r, t === 0;
}

export {
  D2 as D,
  J
};
