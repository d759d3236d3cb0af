import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  pr
} from "./chunk-OHZPM7AW.js";
import {
  b
} from "./chunk-XJCYRE5C.js";
import {
  B
} from "./chunk-FPXMETT6.js";
import "./chunk-7VN7QVZV.js";
import {
  v
} from "./chunk-F3K7A6KJ.js";
import {
  D as D2,
  J
} from "./chunk-QMHBCWKH.js";
import {
  y
} from "./chunk-PVZZLJ3N.js";
import {
  i
} from "./chunk-WAOBDALS.js";
import {
  Ze,
  de,
  ne
} from "./chunk-IYXRGNZ7.js";
import {
  c
} from "./chunk-ZXUXJPVK.js";
import {
  D
} from "./chunk-6DFRGFP5.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/generators_external_secrets_io_v1alpha1_ClusterGenerator.js
var q = Fr;
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
function Fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.identityId !== void 0 && (R(e.identityId, { instancePath: o + "/identityId", parentData: e, parentDataProperty: "identityId", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fr.errors = r, t === 0;
}
var I = Kr;
function c2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), c2.errors = r, t === 0;
}
function Kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.clientId !== void 0 && (c2(e.clientId, { instancePath: o + "/clientId", parentData: e, parentDataProperty: "clientId", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.clientSecret !== void 0 && (c2(e.clientSecret, { instancePath: o + "/clientSecret", parentData: e, parentDataProperty: "clientSecret", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Kr.errors = r, t === 0;
}
var C = _r;
function x(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return I(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length), x.errors = r, t === 0;
}
function _r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (x(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _r.errors = r, t === 0;
}
var N = Or;
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), V.errors = r, t === 0;
}
function Or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.serviceAccountRef !== void 0 && (V(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Or.errors = r, t === 0;
}
var L = Qr;
function U(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), U.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (C(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), G.errors = r, t === 0;
}
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (N(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), z.errors = r, t === 0;
}
function Qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.managedIdentity !== void 0 && (U(e.managedIdentity, { instancePath: o + "/managedIdentity", parentData: e, parentDataProperty: "managedIdentity", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.servicePrincipal !== void 0 && (G(e.servicePrincipal, { instancePath: o + "/servicePrincipal", parentData: e, parentDataProperty: "servicePrincipal", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.workloadIdentity !== void 0 && (z(e.workloadIdentity, { instancePath: o + "/workloadIdentity", parentData: e, parentDataProperty: "workloadIdentity", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qr.errors = r, t === 0;
}
var O = Wr;
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return L(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length), F.errors = r, t === 0;
}
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (de(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? de.errors : r.concat(de.errors)).length)), K.errors = r, t === 0;
}
function _(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _.errors = r, t === 0;
}
function u(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
function Wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.registry === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (F(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.environmentType !== void 0 && (K(e.environmentType, { instancePath: o + "/environmentType", parentData: e, parentDataProperty: "environmentType", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.registry !== void 0 && (_(e.registry, { instancePath: o + "/registry", parentData: e, parentDataProperty: "registry", rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.scope !== void 0 && (u(e.scope, { instancePath: o + "/scope", parentData: e, parentDataProperty: "scope", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.tenantId !== void 0 && (u(e.tenantId, { instancePath: o + "/tenantId", parentData: e, parentDataProperty: "tenantId", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wr.errors = r, t === 0;
}
var B2 = Br;
function Q2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length)), Q2.errors = r, t === 0;
}
function W(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return W.errors = r, t === 0;
}
function y2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return y2.errors = r, t === 0;
}
function Br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.region === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (Q2(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length)), e.region !== void 0 && (W(e.region, { instancePath: o + "/region", parentData: e, parentDataProperty: "region", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.role !== void 0 && (y2(e.role, { instancePath: o + "/role", parentData: e, parentDataProperty: "role", rootData: l }) || (t = (r = r === null ? y2.errors : r.concat(y2.errors)).length)), e.scope !== void 0 && (y2(e.scope, { instancePath: o + "/scope", parentData: e, parentDataProperty: "scope", rootData: l }) || (t = (r = r === null ? y2.errors : r.concat(y2.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Br.errors = r, t === 0;
}
var X = Hr;
function H(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return H.errors = r, t === 0;
}
function J2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J2.errors = r, t === 0;
}
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) J2(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? J2.errors : r.concat(J2.errors)).length);
  return M.errors = r, t === 0;
}
function Hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.controller !== void 0 && (H(e.controller, { instancePath: o + "/controller", parentData: e, parentDataProperty: "controller", rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.data !== void 0 && (M(e.data, { instancePath: o + "/data", parentData: e, parentDataProperty: "data", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hr.errors = r, t === 0;
}
var Z = Jr;
function Y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), Y.errors = r, t === 0;
}
function Jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretAccessKeySecretRef !== void 0 && (Y(e.secretAccessKeySecretRef, { instancePath: o + "/secretAccessKeySecretRef", parentData: e, parentDataProperty: "secretAccessKeySecretRef", rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jr.errors = r, t === 0;
}
var er = Mr;
function v2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v2.errors = r, t === 0;
}
function $(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $.errors = r, t === 0;
}
function rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), rr.errors = r, t === 0;
}
function Mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.clusterLocation === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clusterLocation" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.clusterName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clusterName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.serviceAccountRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serviceAccountRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.clusterLocation !== void 0 && (v2(e.clusterLocation, { instancePath: o + "/clusterLocation", parentData: e, parentDataProperty: "clusterLocation", rootData: l }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length)), e.clusterName !== void 0 && (v2(e.clusterName, { instancePath: o + "/clusterName", parentData: e, parentDataProperty: "clusterName", rootData: l }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length)), e.clusterProjectID !== void 0 && ($(e.clusterProjectID, { instancePath: o + "/clusterProjectID", parentData: e, parentDataProperty: "clusterProjectID", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), e.serviceAccountRef !== void 0 && (rr(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mr.errors = r, t === 0;
}
var nr = Xr;
function tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Z(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length)), tr.errors = r, t === 0;
}
function or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (er(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), or.errors = r, t === 0;
}
function Xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (tr(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length)), e.workloadIdentity !== void 0 && (or(e.workloadIdentity, { instancePath: o + "/workloadIdentity", parentData: e, parentDataProperty: "workloadIdentity", rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xr.errors = r, t === 0;
}
var pr2 = Yr;
function lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return nr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length), lr.errors = r, t === 0;
}
function sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return sr.errors = r, t === 0;
}
function Yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.projectID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "projectID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (lr(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), e.projectID !== void 0 && (sr(e.projectID, { instancePath: o + "/projectID", parentData: e, parentDataProperty: "projectID", rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yr.errors = r, t === 0;
}
var cr = Zr;
function h(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return h.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return m.errors = r, t === 0;
}
function ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ar.errors = r, t === 0;
}
function ir(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ir.errors = r, t === 0;
}
function Zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.allowRepeat === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "allowRepeat" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.length === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "length" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.noUpper === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "noUpper" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.allowRepeat !== void 0 && (h(e.allowRepeat, { instancePath: o + "/allowRepeat", parentData: e, parentDataProperty: "allowRepeat", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.digits !== void 0 && (m(e.digits, { instancePath: o + "/digits", parentData: e, parentDataProperty: "digits", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.length !== void 0 && (ar(e.length, { instancePath: o + "/length", parentData: e, parentDataProperty: "length", rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.noUpper !== void 0 && (h(e.noUpper, { instancePath: o + "/noUpper", parentData: e, parentDataProperty: "noUpper", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.symbolCharacters !== void 0 && (ir(e.symbolCharacters, { instancePath: o + "/symbolCharacters", parentData: e, parentDataProperty: "symbolCharacters", rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length)), e.symbols !== void 0 && (m(e.symbols, { instancePath: o + "/symbols", parentData: e, parentDataProperty: "symbols", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zr.errors = r, t === 0;
}
var ur = $r;
var le = ["Data", "Auth", "Raw"];
function $r(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "Data" && e !== "Auth" && e !== "Raw") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: le } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $r.errors = r, t === 0;
}
var Dr = re;
function yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yr.errors = r, t === 0;
}
function f(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return f.errors = r, t === 0;
}
function vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), vr.errors = r, t === 0;
}
function hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hr.errors = r, t === 0;
}
function mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Ze(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ze.errors : r.concat(Ze.errors)).length), mr.errors = r, t === 0;
}
function fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ur(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length), fr.errors = r, t === 0;
}
function gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ne(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ne.errors : r.concat(ne.errors)).length)), gr.errors = r, t === 0;
}
function re(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.path === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.provider === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.allowEmptyResponse !== void 0 && (yr(e.allowEmptyResponse, { instancePath: o + "/allowEmptyResponse", parentData: e, parentDataProperty: "allowEmptyResponse", rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length)), e.controller !== void 0 && (f(e.controller, { instancePath: o + "/controller", parentData: e, parentDataProperty: "controller", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.method !== void 0 && (f(e.method, { instancePath: o + "/method", parentData: e, parentDataProperty: "method", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.parameters !== void 0 && (vr(e.parameters, { instancePath: o + "/parameters", parentData: e, parentDataProperty: "parameters", rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.path !== void 0 && (hr(e.path, { instancePath: o + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), e.provider !== void 0 && (mr(e.provider, { instancePath: o + "/provider", parentData: e, parentDataProperty: "provider", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.resultType !== void 0 && (fr(e.resultType, { instancePath: o + "/resultType", parentData: e, parentDataProperty: "resultType", rootData: l }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length)), e.retrySettings !== void 0 && (gr(e.retrySettings, { instancePath: o + "/retrySettings", parentData: e, parentDataProperty: "retrySettings", rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return re.errors = r, t === 0;
}
var Ir = ee;
function Pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (O(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), Pr.errors = r, t === 0;
}
function kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? B2.errors : r.concat(B2.errors)).length)), kr.errors = r, t === 0;
}
function wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (X(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), wr.errors = r, t === 0;
}
function Ar(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (pr2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? pr2.errors : r.concat(pr2.errors)).length)), Ar.errors = r, t === 0;
}
function Er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), Er.errors = r, t === 0;
}
function Sr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), Sr.errors = r, t === 0;
}
function br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (cr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length)), br.errors = r, t === 0;
}
function dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (v(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), dr.errors = r, t === 0;
}
function jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (J(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), jr.errors = r, t === 0;
}
function Tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (y(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), Tr.errors = r, t === 0;
}
function Rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Dr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length)), Rr.errors = r, t === 0;
}
function qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (pr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), qr.errors = r, t === 0;
}
function ee(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let n = { instancePath: o, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (Object.keys(e).length < 1) {
      let n = { instancePath: o, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.acrAccessTokenSpec !== void 0 && (Pr(e.acrAccessTokenSpec, { instancePath: o + "/acrAccessTokenSpec", parentData: e, parentDataProperty: "acrAccessTokenSpec", rootData: l }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), e.ecrAuthorizationTokenSpec !== void 0 && (kr(e.ecrAuthorizationTokenSpec, { instancePath: o + "/ecrAuthorizationTokenSpec", parentData: e, parentDataProperty: "ecrAuthorizationTokenSpec", rootData: l }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length)), e.fakeSpec !== void 0 && (wr(e.fakeSpec, { instancePath: o + "/fakeSpec", parentData: e, parentDataProperty: "fakeSpec", rootData: l }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), e.gcrAccessTokenSpec !== void 0 && (Ar(e.gcrAccessTokenSpec, { instancePath: o + "/gcrAccessTokenSpec", parentData: e, parentDataProperty: "gcrAccessTokenSpec", rootData: l }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length)), e.githubAccessTokenSpec !== void 0 && (Er(e.githubAccessTokenSpec, { instancePath: o + "/githubAccessTokenSpec", parentData: e, parentDataProperty: "githubAccessTokenSpec", rootData: l }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.grafanaSpec !== void 0 && (Sr(e.grafanaSpec, { instancePath: o + "/grafanaSpec", parentData: e, parentDataProperty: "grafanaSpec", rootData: l }) || (t = (r = r === null ? Sr.errors : r.concat(Sr.errors)).length)), e.passwordSpec !== void 0 && (br(e.passwordSpec, { instancePath: o + "/passwordSpec", parentData: e, parentDataProperty: "passwordSpec", rootData: l }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length)), e.quayAccessTokenSpec !== void 0 && (dr(e.quayAccessTokenSpec, { instancePath: o + "/quayAccessTokenSpec", parentData: e, parentDataProperty: "quayAccessTokenSpec", rootData: l }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length)), e.stsSessionTokenSpec !== void 0 && (jr(e.stsSessionTokenSpec, { instancePath: o + "/stsSessionTokenSpec", parentData: e, parentDataProperty: "stsSessionTokenSpec", rootData: l }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length)), e.uuidSpec !== void 0 && (Tr(e.uuidSpec, { instancePath: o + "/uuidSpec", parentData: e, parentDataProperty: "uuidSpec", rootData: l }) || (t = (r = r === null ? Tr.errors : r.concat(Tr.errors)).length)), e.vaultDynamicSecretSpec !== void 0 && (Rr(e.vaultDynamicSecretSpec, { instancePath: o + "/vaultDynamicSecretSpec", parentData: e, parentDataProperty: "vaultDynamicSecretSpec", rootData: l }) || (t = (r = r === null ? Rr.errors : r.concat(Rr.errors)).length)), e.webhookSpec !== void 0 && (qr(e.webhookSpec, { instancePath: o + "/webhookSpec", parentData: e, parentDataProperty: "webhookSpec", rootData: l }) || (t = (r = r === null ? qr.errors : r.concat(qr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ee.errors = r, t === 0;
}
var xr = te;
var se = ["ACRAccessToken", "ECRAuthorizationToken", "Fake", "GCRAccessToken", "GithubAccessToken", "QuayAccessToken", "Password", "STSSessionToken", "UUID", "VaultDynamicSecret", "Webhook", "Grafana"];
function te(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ACRAccessToken" && e !== "ECRAuthorizationToken" && e !== "Fake" && e !== "GCRAccessToken" && e !== "GithubAccessToken" && e !== "QuayAccessToken" && e !== "Password" && e !== "STSSessionToken" && e !== "UUID" && e !== "VaultDynamicSecret" && e !== "Webhook" && e !== "Grafana") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: se } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return te.errors = r, t === 0;
}
var Nr = oe;
function Cr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Ir(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ir.errors : r.concat(Ir.errors)).length), Cr.errors = r, t === 0;
}
function Vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xr.errors : r.concat(xr.errors)).length), Vr.errors = r, t === 0;
}
function oe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.generator === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generator" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.kind === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.generator !== void 0 && (Cr(e.generator, { instancePath: o + "/generator", parentData: e, parentDataProperty: "generator", rootData: l }) || (t = (r = r === null ? Cr.errors : r.concat(Cr.errors)).length)), e.kind !== void 0 && (Vr(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? Vr.errors : r.concat(Vr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return oe.errors = r, t === 0;
}
var pe = ne2;
var ae = ["generators.external-secrets.io/v1alpha1"];
function Ur(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "generators.external-secrets.io/v1alpha1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ae } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ur.errors = r, t === 0;
}
var ie = ["ClusterGenerator"];
function Gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ClusterGenerator") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ie } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gr.errors = r, t === 0;
}
function zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), zr.errors = r, t === 0;
}
function Lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Nr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Nr.errors : r.concat(Nr.errors)).length)), Lr.errors = r, t === 0;
}
function ne2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.kind === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiVersion !== void 0 && (Ur(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? Ur.errors : r.concat(Ur.errors)).length)), e.kind !== void 0 && (Gr(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? Gr.errors : r.concat(Gr.errors)).length)), e.metadata !== void 0 && (zr(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length)), e.spec !== void 0 && (Lr(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? Lr.errors : r.concat(Lr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ne2.errors = r, t === 0;
}
export {
  pe as validate
};
