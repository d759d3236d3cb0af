import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  f
} from "./chunk-7VN7QVZV.js";
import {
  c
} from "./chunk-ZXUXJPVK.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/RQWQBS4H.js
var f2 = C;
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length), u.errors = r, o === 0;
}
function C(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.passwordSecret === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passwordSecret" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.usernameSecret === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "usernameSecret" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.passwordSecret !== void 0 && (u(e.passwordSecret, { instancePath: l + "/passwordSecret", parentData: e, parentDataProperty: "passwordSecret", rootData: n }) || (o = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.usernameSecret !== void 0 && (u(e.usernameSecret, { instancePath: l + "/usernameSecret", parentData: e, parentDataProperty: "usernameSecret", rootData: n }) || (o = (r = r === null ? u.errors : r.concat(u.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return C.errors = r, o === 0;
}
var g = M;
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  return e !== null && (f2(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? f2.errors : r.concat(f2.errors)).length)), v.errors = r, o === 0;
}
function M(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let t = { instancePath: l, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (Object.keys(e).length < 1) {
      let t = { instancePath: l, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.ntlm !== void 0 && (v(e.ntlm, { instancePath: l + "/ntlm", parentData: e, parentDataProperty: "ntlm", rootData: n }) || (o = (r = r === null ? v.errors : r.concat(v.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return M.errors = r, o === 0;
}
var P = O;
function O(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return O.errors = r, o === 0;
}
var b = Z;
var H = RegExp("^[-._a-zA-Z0-9]+$", "u");
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (!H.test(e)) {
      let t = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" } };
      r === null ? r = [t] : r.push(t), o++;
    }
  }
  return D.errors = r, o === 0;
}
var I = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let t = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (!I.test(e)) {
      let t = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [t] : r.push(t), o++;
    }
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return k.errors = r, o === 0;
}
var J = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function w(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let t = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (1 > ucs2length_default(e)) {
      let t = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (!J.test(e)) {
      let t = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [t] : r.push(t), o++;
    }
  }
  return w.errors = r, o === 0;
}
var K = ["Secret", "ConfigMap"];
function E(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (P(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? P.errors : r.concat(P.errors)).length), e !== "Secret" && e !== "ConfigMap") {
    let t = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: K } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return E.errors = r, o === 0;
}
function Z(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.type === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.key !== void 0 && (D(e.key, { instancePath: l + "/key", parentData: e, parentDataProperty: "key", rootData: n }) || (o = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.name !== void 0 && (k(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (o = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.namespace !== void 0 && (w(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (o = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.type !== void 0 && (E(e.type, { instancePath: l + "/type", parentData: e, parentDataProperty: "type", rootData: n }) || (o = (r = r === null ? E.errors : r.concat(E.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return Z.errors = r, o === 0;
}
var j = F;
function A(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return A.errors = r, o === 0;
}
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.jsonPath !== void 0 && (A(e.jsonPath, { instancePath: l + "/jsonPath", parentData: e, parentDataProperty: "jsonPath", rootData: n }) || (o = (r = r === null ? A.errors : r.concat(A.errors)).length));
  else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return F.errors = r, o === 0;
}
var q = V;
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return z.errors = r, o === 0;
}
function x(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  return f(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? f.errors : r.concat(f.errors)).length), x.errors = r, o === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.secretRef === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.name !== void 0 && (z(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (o = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.secretRef !== void 0 && (x(e.secretRef, { instancePath: l + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: n }) || (o = (r = r === null ? x.errors : r.concat(x.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return V.errors = r, o === 0;
}
var pr = G;
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  return e !== null && (g(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? g.errors : r.concat(g.errors)).length)), S.errors = r, o === 0;
}
function a(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return a.errors = r, o === 0;
}
var Q = formats.byte;
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (typeof e == "number" && isFinite(e), typeof e == "string" && !Q.validate(e)) {
    let t = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "byte" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return d.errors = r, o === 0;
}
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  return e !== null && (b(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? b.errors : r.concat(b.errors)).length)), L.errors = r, o === 0;
}
function i(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return i.errors = r, o === 0;
}
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let t in e) i(e[t], { instancePath: l + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: n }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length);
  return R.errors = r, o === 0;
}
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  return j(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? j.errors : r.concat(j.errors)).length), $.errors = r, o === 0;
}
function B(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  return q(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? q.errors : r.concat(q.errors)).length), B.errors = r, o === 0;
}
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (!Array.isArray(e) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (Array.isArray(e)) {
    let t = e.length;
    for (let m = 0; m < t; m++) B(e[m], { instancePath: l + "/" + m, parentData: e, parentDataProperty: m, rootData: n }) || (o = (r = r === null ? B.errors : r.concat(B.errors)).length);
  }
  return _.errors = r, o === 0;
}
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.result === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.url === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.auth !== void 0 && (S(e.auth, { instancePath: l + "/auth", parentData: e, parentDataProperty: "auth", rootData: n }) || (o = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.body !== void 0 && (a(e.body, { instancePath: l + "/body", parentData: e, parentDataProperty: "body", rootData: n }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.caBundle !== void 0 && (d(e.caBundle, { instancePath: l + "/caBundle", parentData: e, parentDataProperty: "caBundle", rootData: n }) || (o = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.caProvider !== void 0 && (L(e.caProvider, { instancePath: l + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: n }) || (o = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.headers !== void 0 && (R(e.headers, { instancePath: l + "/headers", parentData: e, parentDataProperty: "headers", rootData: n }) || (o = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.method !== void 0 && (a(e.method, { instancePath: l + "/method", parentData: e, parentDataProperty: "method", rootData: n }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.result !== void 0 && ($(e.result, { instancePath: l + "/result", parentData: e, parentDataProperty: "result", rootData: n }) || (o = (r = r === null ? $.errors : r.concat($.errors)).length)), e.secrets !== void 0 && (_(e.secrets, { instancePath: l + "/secrets", parentData: e, parentDataProperty: "secrets", rootData: n }) || (o = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.timeout !== void 0 && (a(e.timeout, { instancePath: l + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: n }) || (o = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.url !== void 0 && (i(e.url, { instancePath: l + "/url", parentData: e, parentDataProperty: "url", rootData: n }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return G.errors = r, o === 0;
}

export {
  pr
};
