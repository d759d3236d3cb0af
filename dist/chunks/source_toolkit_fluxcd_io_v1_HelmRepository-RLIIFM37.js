import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  P
} from "./chunk-UJFM26RT.js";
import {
  D
} from "./chunk-QLJ6O3LA.js";
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

// src/generated/current/source_toolkit_fluxcd_io_v1_HelmRepository.js
var E = _;
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), g.errors = r, t === 0;
}
function i3(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), i3.errors = r, t === 0;
}
function a(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return a.errors = r, t === 0;
}
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
var N = ["generic", "aws", "azure", "gcp"];
function P2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "generic" && e !== "aws" && e !== "azure" && e !== "gcp") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: N } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P2.errors = r, t === 0;
}
var $ = ["default", "oci"];
function k(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "default" && e !== "oci") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: $ } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
var B = RegExp("^(http|https|oci)://.*$", "u");
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (!B.test(e)) {
      let o = { instancePath: n, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(http|https|oci)://.*$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function _(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.url === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.accessFrom !== void 0 && (g(e.accessFrom, { instancePath: n + "/accessFrom", parentData: e, parentDataProperty: "accessFrom", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.certSecretRef !== void 0 && (i3(e.certSecretRef, { instancePath: n + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.insecure !== void 0 && (a(e.insecure, { instancePath: n + "/insecure", parentData: e, parentDataProperty: "insecure", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.interval !== void 0 && (u(e.interval, { instancePath: n + "/interval", parentData: e, parentDataProperty: "interval", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.passCredentials !== void 0 && (a(e.passCredentials, { instancePath: n + "/passCredentials", parentData: e, parentDataProperty: "passCredentials", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.provider !== void 0 && (P2(e.provider, { instancePath: n + "/provider", parentData: e, parentDataProperty: "provider", rootData: l }) || (t = (r = r === null ? P2.errors : r.concat(P2.errors)).length)), e.secretRef !== void 0 && (i3(e.secretRef, { instancePath: n + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.suspend !== void 0 && (a(e.suspend, { instancePath: n + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.timeout !== void 0 && (u(e.timeout, { instancePath: n + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.type !== void 0 && (k(e.type, { instancePath: n + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.url !== void 0 && (w(e.url, { instancePath: n + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return _.errors = r, t === 0;
}
var j = z;
function b(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return i2(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), b.errors = r, t === 0;
}
function R(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), R.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), A.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let c = 0; c < o; c++) A(e[c], { instancePath: n + "/" + c, parentData: e, parentDataProperty: c, rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length);
  }
  return V.errors = r, t === 0;
}
var J = formats.int64;
function d(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !J.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x.errors = r, t === 0;
}
function z(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (b(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.artifact !== void 0 && (R(e.artifact, { instancePath: n + "/artifact", parentData: e, parentDataProperty: "artifact", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.conditions !== void 0 && (V(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.observedGeneration !== void 0 && (d(e.observedGeneration, { instancePath: n + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.url !== void 0 && (x(e.url, { instancePath: n + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z.errors = r, t === 0;
}
var K = H;
var L = ["source.toolkit.fluxcd.io/v1"];
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "source.toolkit.fluxcd.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: L } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}
var M = ["HelmRepository"];
function F(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "HelmRepository") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: M } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return F.errors = r, t === 0;
}
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), C.errors = r, t === 0;
}
function G(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), G.errors = r, t === 0;
}
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (j(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), S.errors = r, t === 0;
}
function H(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (q(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.kind !== void 0 && (F(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.metadata !== void 0 && (C(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.spec !== void 0 && (G(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.status !== void 0 && (S(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return H.errors = r, t === 0;
}
export {
  K as validate
};
