import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  c
} from "./chunk-ZXUXJPVK.js";
import {
  D
} from "./chunk-6DFRGFP5.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/F5IOXYTE.js
var ne = Sr;
var Ur = formats.int32;
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Ur.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
function k(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return k.errors = r, t === 0;
}
function Sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.maxRetries !== void 0 && (P(e.maxRetries, { instancePath: o + "/maxRetries", parentData: e, parentDataProperty: "maxRetries", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.retryInterval !== void 0 && (k(e.retryInterval, { instancePath: o + "/retryInterval", parentData: e, parentDataProperty: "retryInterval", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Sr.errors = r, t === 0;
}
var b = xr;
function w(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return w.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
function E(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), E.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), A.errors = r, t === 0;
}
function xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.path !== void 0 && (w(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.roleId !== void 0 && (R(e.roleId, { instancePath: o + "/roleId", parentData: e, parentDataProperty: "roleId", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.roleRef !== void 0 && (E(e.roleRef, { instancePath: o + "/roleRef", parentData: e, parentDataProperty: "roleRef", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.secretRef !== void 0 && (A(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xr.errors = r, t === 0;
}
var j = qr;
function y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), y.errors = r, t === 0;
}
function qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.clientCert !== void 0 && (y(e.clientCert, { instancePath: o + "/clientCert", parentData: e, parentDataProperty: "clientCert", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.secretRef !== void 0 && (y(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qr.errors = r, t === 0;
}
var x = Ir;
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), S.errors = r, t === 0;
}
function Ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.serviceAccountRef !== void 0 && (S(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ir.errors = r, t === 0;
}
var q = zr;
function c2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), c2.errors = r, t === 0;
}
function zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.accessKeyIDSecretRef !== void 0 && (c2(e.accessKeyIDSecretRef, { instancePath: o + "/accessKeyIDSecretRef", parentData: e, parentDataProperty: "accessKeyIDSecretRef", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.secretAccessKeySecretRef !== void 0 && (c2(e.secretAccessKeySecretRef, { instancePath: o + "/secretAccessKeySecretRef", parentData: e, parentDataProperty: "secretAccessKeySecretRef", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.sessionTokenSecretRef !== void 0 && (c2(e.sessionTokenSecretRef, { instancePath: o + "/sessionTokenSecretRef", parentData: e, parentDataProperty: "sessionTokenSecretRef", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zr.errors = r, t === 0;
}
var L = Cr;
function u(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
function I(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (x(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), I.errors = r, t === 0;
}
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), z.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return C.errors = r, t === 0;
}
function Cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.vaultRole === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vaultRole" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.externalID !== void 0 && (u(e.externalID, { instancePath: o + "/externalID", parentData: e, parentDataProperty: "externalID", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.jwt !== void 0 && (I(e.jwt, { instancePath: o + "/jwt", parentData: e, parentDataProperty: "jwt", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.path !== void 0 && (u(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.region !== void 0 && (u(e.region, { instancePath: o + "/region", parentData: e, parentDataProperty: "region", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.role !== void 0 && (u(e.role, { instancePath: o + "/role", parentData: e, parentDataProperty: "role", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.secretRef !== void 0 && (z(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.vaultAwsIamServerID !== void 0 && (u(e.vaultAwsIamServerID, { instancePath: o + "/vaultAwsIamServerID", parentData: e, parentDataProperty: "vaultAwsIamServerID", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.vaultRole !== void 0 && (C(e.vaultRole, { instancePath: o + "/vaultRole", parentData: e, parentDataProperty: "vaultRole", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cr.errors = r, t === 0;
}
var _ = Lr;
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return K.errors = r, t === 0;
}
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let g = 0; g < n; g++) K(e[g], { instancePath: o + "/" + g, parentData: e, parentDataProperty: g, rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length);
  }
  return T.errors = r, t === 0;
}
var Hr = formats.int64;
function $(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Hr.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $.errors = r, t === 0;
}
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), F.errors = r, t === 0;
}
function Lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.serviceAccountRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serviceAccountRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.audiences !== void 0 && (T(e.audiences, { instancePath: o + "/audiences", parentData: e, parentDataProperty: "audiences", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.expirationSeconds !== void 0 && ($(e.expirationSeconds, { instancePath: o + "/expirationSeconds", parentData: e, parentDataProperty: "expirationSeconds", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), e.serviceAccountRef !== void 0 && (F(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lr.errors = r, t === 0;
}
var Y = Kr;
function B(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (_(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), B.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return G.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return N.errors = r, t === 0;
}
function W(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), W.errors = r, t === 0;
}
function Kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.kubernetesServiceAccountToken !== void 0 && (B(e.kubernetesServiceAccountToken, { instancePath: o + "/kubernetesServiceAccountToken", parentData: e, parentDataProperty: "kubernetesServiceAccountToken", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), e.path !== void 0 && (G(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.role !== void 0 && (N(e.role, { instancePath: o + "/role", parentData: e, parentDataProperty: "role", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.secretRef !== void 0 && (W(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Kr.errors = r, t === 0;
}
var H = Tr;
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return V.errors = r, t === 0;
}
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return M.errors = r, t === 0;
}
function U(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), U.errors = r, t === 0;
}
function Z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), Z.errors = r, t === 0;
}
function Tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.mountPath === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.role === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.mountPath !== void 0 && (V(e.mountPath, { instancePath: o + "/mountPath", parentData: e, parentDataProperty: "mountPath", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.role !== void 0 && (M(e.role, { instancePath: o + "/role", parentData: e, parentDataProperty: "role", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.secretRef !== void 0 && (U(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.serviceAccountRef !== void 0 && (Z(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tr.errors = r, t === 0;
}
var X = $r;
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J.errors = r, t === 0;
}
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), O.errors = r, t === 0;
}
function Q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Q.errors = r, t === 0;
}
function $r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.username === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.path !== void 0 && (J(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.secretRef !== void 0 && (O(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.username !== void 0 && (Q(e.username, { instancePath: o + "/username", parentData: e, parentDataProperty: "username", rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $r.errors = r, t === 0;
}
var tr = Fr;
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return d.errors = r, t === 0;
}
function rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), rr.errors = r, t === 0;
}
function er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return er.errors = r, t === 0;
}
function Fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.username === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.path !== void 0 && (d(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.secretRef !== void 0 && (rr(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), e.username !== void 0 && (er(e.username, { instancePath: o + "/username", parentData: e, parentDataProperty: "username", rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fr.errors = r, t === 0;
}
var yr = _r;
function or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), or.errors = r, t === 0;
}
function nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (j(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), nr.errors = r, t === 0;
}
function lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (L(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), lr.errors = r, t === 0;
}
function sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Y(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), sr.errors = r, t === 0;
}
function pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (H(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), pr.errors = r, t === 0;
}
function ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (X(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), ar.errors = r, t === 0;
}
function ur(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ur.errors = r, t === 0;
}
function ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), ir.errors = r, t === 0;
}
function cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (tr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length)), cr.errors = r, t === 0;
}
function _r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.appRole !== void 0 && (or(e.appRole, { instancePath: o + "/appRole", parentData: e, parentDataProperty: "appRole", rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length)), e.cert !== void 0 && (nr(e.cert, { instancePath: o + "/cert", parentData: e, parentDataProperty: "cert", rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), e.iam !== void 0 && (lr(e.iam, { instancePath: o + "/iam", parentData: e, parentDataProperty: "iam", rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), e.jwt !== void 0 && (sr(e.jwt, { instancePath: o + "/jwt", parentData: e, parentDataProperty: "jwt", rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.kubernetes !== void 0 && (pr(e.kubernetes, { instancePath: o + "/kubernetes", parentData: e, parentDataProperty: "kubernetes", rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), e.ldap !== void 0 && (ar(e.ldap, { instancePath: o + "/ldap", parentData: e, parentDataProperty: "ldap", rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.namespace !== void 0 && (ur(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length)), e.tokenSecretRef !== void 0 && (ir(e.tokenSecretRef, { instancePath: o + "/tokenSecretRef", parentData: e, parentDataProperty: "tokenSecretRef", rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length)), e.userPass !== void 0 && (cr(e.userPass, { instancePath: o + "/userPass", parentData: e, parentDataProperty: "userPass", rootData: l }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _r.errors = r, t === 0;
}
var vr = Br;
function Br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Br.errors = r, t === 0;
}
var gr = Gr;
var Jr = RegExp("^[-._a-zA-Z0-9]+$", "u");
function hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!Jr.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return hr.errors = r, t === 0;
}
var Or = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!Or.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fr.errors = r, t === 0;
}
var Qr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!Qr.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return mr.errors = r, t === 0;
}
var Xr = ["Secret", "ConfigMap"];
function Dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (vr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length), e !== "Secret" && e !== "ConfigMap") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Xr } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dr.errors = r, t === 0;
}
function Gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (hr(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), e.name !== void 0 && (fr(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length)), e.namespace !== void 0 && (mr(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.type !== void 0 && (Dr(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gr.errors = r, t === 0;
}
var Pr = Nr;
function v(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), v.errors = r, t === 0;
}
function Nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.certSecretRef !== void 0 && (v(e.certSecretRef, { instancePath: o + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.keySecretRef !== void 0 && (v(e.keySecretRef, { instancePath: o + "/keySecretRef", parentData: e, parentDataProperty: "keySecretRef", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Nr.errors = r, t === 0;
}
var kr = Wr;
function Wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wr.errors = r, t === 0;
}
var Ze = Yr;
function wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (yr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length)), wr.errors = r, t === 0;
}
var re = formats.byte;
function Rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e), typeof e == "string" && !re.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "byte" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rr.errors = r, t === 0;
}
function Er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), Er.errors = r, t === 0;
}
function h(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return h.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return m.errors = r, t === 0;
}
function Ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) m(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length);
  return Ar.errors = r, t === 0;
}
function f(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return f.errors = r, t === 0;
}
function br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), br.errors = r, t === 0;
}
var ee = ["v1", "v2"];
function jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (kr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length), e !== "v1" && e !== "v2") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ee } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return jr.errors = r, t === 0;
}
function Yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.server === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (wr(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.caBundle !== void 0 && (Rr(e.caBundle, { instancePath: o + "/caBundle", parentData: e, parentDataProperty: "caBundle", rootData: l }) || (t = (r = r === null ? Rr.errors : r.concat(Rr.errors)).length)), e.caProvider !== void 0 && (Er(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.forwardInconsistent !== void 0 && (h(e.forwardInconsistent, { instancePath: o + "/forwardInconsistent", parentData: e, parentDataProperty: "forwardInconsistent", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.headers !== void 0 && (Ar(e.headers, { instancePath: o + "/headers", parentData: e, parentDataProperty: "headers", rootData: l }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length)), e.namespace !== void 0 && (f(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.path !== void 0 && (f(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.readYourWrites !== void 0 && (h(e.readYourWrites, { instancePath: o + "/readYourWrites", parentData: e, parentDataProperty: "readYourWrites", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.server !== void 0 && (m(e.server, { instancePath: o + "/server", parentData: e, parentDataProperty: "server", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.tls !== void 0 && (br(e.tls, { instancePath: o + "/tls", parentData: e, parentDataProperty: "tls", rootData: l }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length)), e.version !== void 0 && (jr(e.version, { instancePath: o + "/version", parentData: e, parentDataProperty: "version", rootData: l }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yr.errors = r, t === 0;
}
var de = Vr;
var te = ["PublicCloud", "USGovernmentCloud", "ChinaCloud", "GermanCloud"];
function Vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "PublicCloud" && e !== "USGovernmentCloud" && e !== "ChinaCloud" && e !== "GermanCloud") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: te } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vr.errors = r, t === 0;
}

export {
  ne,
  gr,
  Ze,
  de
};
