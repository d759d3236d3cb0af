import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  P
} from "./chunk-UJFM26RT.js";
import {
  i
} from "./chunk-LCBXDKMW.js";
import {
  i as i2
} from "./chunk-3VSKKYWK.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/source_toolkit_fluxcd_io_v1_Bucket.js
var b = B;
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), y.errors = r, t === 0;
}
var H = RegExp("^(http|https)://.*$", "u");
function k(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (!H.test(e)) {
      let o = { instancePath: n, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(http|https)://.*$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
var J = ["aws", "ldap"];
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "aws" && e !== "ldap") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: J } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.endpoint === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.provider === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.certSecretRef !== void 0 && (y(e.certSecretRef, { instancePath: n + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.endpoint !== void 0 && (k(e.endpoint, { instancePath: n + "/endpoint", parentData: e, parentDataProperty: "endpoint", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.provider !== void 0 && (w(e.provider, { instancePath: n + "/provider", parentData: e, parentDataProperty: "provider", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.secretRef !== void 0 && (y(e.secretRef, { instancePath: n + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return B.errors = r, t === 0;
}
var R = F;
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function a(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), a.errors = r, t === 0;
}
function i3(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i3.errors = r, t === 0;
}
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
var K = ["generic", "aws", "gcp", "azure"];
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "generic" && e !== "aws" && e !== "gcp" && e !== "azure") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: K } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
function d(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), d.errors = r, t === 0;
}
function F(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.bucketName === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bucketName" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.endpoint === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.interval === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.bucketName !== void 0 && (u(e.bucketName, { instancePath: n + "/bucketName", parentData: e, parentDataProperty: "bucketName", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.certSecretRef !== void 0 && (a(e.certSecretRef, { instancePath: n + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.endpoint !== void 0 && (u(e.endpoint, { instancePath: n + "/endpoint", parentData: e, parentDataProperty: "endpoint", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.ignore !== void 0 && (i3(e.ignore, { instancePath: n + "/ignore", parentData: e, parentDataProperty: "ignore", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.insecure !== void 0 && (v(e.insecure, { instancePath: n + "/insecure", parentData: e, parentDataProperty: "insecure", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.interval !== void 0 && (u(e.interval, { instancePath: n + "/interval", parentData: e, parentDataProperty: "interval", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.prefix !== void 0 && (i3(e.prefix, { instancePath: n + "/prefix", parentData: e, parentDataProperty: "prefix", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.provider !== void 0 && (E(e.provider, { instancePath: n + "/provider", parentData: e, parentDataProperty: "provider", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.proxySecretRef !== void 0 && (a(e.proxySecretRef, { instancePath: n + "/proxySecretRef", parentData: e, parentDataProperty: "proxySecretRef", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.region !== void 0 && (i3(e.region, { instancePath: n + "/region", parentData: e, parentDataProperty: "region", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.secretRef !== void 0 && (a(e.secretRef, { instancePath: n + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.serviceAccountName !== void 0 && (i3(e.serviceAccountName, { instancePath: n + "/serviceAccountName", parentData: e, parentDataProperty: "serviceAccountName", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.sts !== void 0 && (d(e.sts, { instancePath: n + "/sts", parentData: e, parentDataProperty: "sts", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.suspend !== void 0 && (v(e.suspend, { instancePath: n + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.timeout !== void 0 && (i3(e.timeout, { instancePath: n + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return F.errors = r, t === 0;
}
var V = $;
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return i2(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), x.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), A.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), q.errors = r, t === 0;
}
function N(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let h = 0; h < o; h++) q(e[h], { instancePath: n + "/" + h, parentData: e, parentDataProperty: h, rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length);
  }
  return N.errors = r, t === 0;
}
var M = formats.int64;
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !M.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function $(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (x(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.artifact !== void 0 && (A(e.artifact, { instancePath: n + "/artifact", parentData: e, parentDataProperty: "artifact", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.conditions !== void 0 && (N(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.observedGeneration !== void 0 && (S(e.observedGeneration, { instancePath: n + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.observedIgnore !== void 0 && (m(e.observedIgnore, { instancePath: n + "/observedIgnore", parentData: e, parentDataProperty: "observedIgnore", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.url !== void 0 && (m(e.url, { instancePath: n + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return $.errors = r, t === 0;
}
var O = C;
var Q2 = ["source.toolkit.fluxcd.io/v1"];
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "source.toolkit.fluxcd.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Q2 } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var T = ["Bucket"];
function G(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Bucket") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: T } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return G.errors = r, t === 0;
}
function I(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), I.errors = r, t === 0;
}
function _(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (R(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), _.errors = r, t === 0;
}
function z(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (V(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), z.errors = r, t === 0;
}
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (j(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.kind !== void 0 && (G(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.metadata !== void 0 && (I(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.spec !== void 0 && (_(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.status !== void 0 && (z(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return C.errors = r, t === 0;
}
export {
  O as validate
};
