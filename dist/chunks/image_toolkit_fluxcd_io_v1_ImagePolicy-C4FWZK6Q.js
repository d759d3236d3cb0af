import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
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

// src/generated/current/image_toolkit_fluxcd_io_v1_ImagePolicy.js
var h = W;
var sr = ["Always", "IfNotPresent", "Never"];
function W(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Always" && e !== "IfNotPresent" && e !== "Never") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: sr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return W.errors = r, t === 0;
}
var f2 = X;
function p(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function X(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.extract !== void 0 && (p(e.extract, { instancePath: l + "/extract", parentData: e, parentDataProperty: "extract", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.pattern !== void 0 && (p(e.pattern, { instancePath: l + "/pattern", parentData: e, parentDataProperty: "pattern", rootData: n }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return X.errors = r, t === 0;
}
var P = Y;
function g(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
function Y(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.name !== void 0 && (g(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.namespace !== void 0 && (D(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Y.errors = r, t === 0;
}
var w = Z;
var ar = ["asc", "desc"];
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "asc" && e !== "desc") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ar } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
function Z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.order !== void 0 && (k(e.order, { instancePath: l + "/order", parentData: e, parentDataProperty: "order", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Z.errors = r, t === 0;
}
var b = $;
var pr = ["asc", "desc"];
function E(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "asc" && e !== "desc") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: pr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
function $(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.order !== void 0 && (E(e.order, { instancePath: l + "/order", parentData: e, parentDataProperty: "order", rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return $.errors = r, t === 0;
}
var A = rr;
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d.errors = r, t === 0;
}
function rr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.range === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "range" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.range !== void 0 && (d(e.range, { instancePath: l + "/range", parentData: e, parentDataProperty: "range", rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return rr.errors = r, t === 0;
}
var q = er;
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (w(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), R.errors = r, t === 0;
}
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), j.errors = r, t === 0;
}
function x(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (A(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), x.errors = r, t === 0;
}
function er(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.alphabetical !== void 0 && (R(e.alphabetical, { instancePath: l + "/alphabetical", parentData: e, parentDataProperty: "alphabetical", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.numerical !== void 0 && (j(e.numerical, { instancePath: l + "/numerical", parentData: e, parentDataProperty: "numerical", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.semver !== void 0 && (x(e.semver, { instancePath: l + "/semver", parentData: e, parentDataProperty: "semver", rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return er.errors = r, t === 0;
}
var F = tr;
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), V.errors = r, t === 0;
}
function N(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f2(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length)), N.errors = r, t === 0;
}
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return P(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length), _.errors = r, t === 0;
}
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return G.errors = r, t === 0;
}
function I(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length), I.errors = r, t === 0;
}
function T(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return T.errors = r, t === 0;
}
function tr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.imageRepositoryRef === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "imageRepositoryRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.policy === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.digestReflectionPolicy !== void 0 && (V(e.digestReflectionPolicy, { instancePath: l + "/digestReflectionPolicy", parentData: e, parentDataProperty: "digestReflectionPolicy", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.filterTags !== void 0 && (N(e.filterTags, { instancePath: l + "/filterTags", parentData: e, parentDataProperty: "filterTags", rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.imageRepositoryRef !== void 0 && (_(e.imageRepositoryRef, { instancePath: l + "/imageRepositoryRef", parentData: e, parentDataProperty: "imageRepositoryRef", rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.interval !== void 0 && (G(e.interval, { instancePath: l + "/interval", parentData: e, parentDataProperty: "interval", rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.policy !== void 0 && (I(e.policy, { instancePath: l + "/policy", parentData: e, parentDataProperty: "policy", rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.suspend !== void 0 && (T(e.suspend, { instancePath: l + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: n }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return tr.errors = r, t === 0;
}
var B = or;
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z.errors = r, t === 0;
}
function i2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i2.errors = r, t === 0;
}
function or(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.tag === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.digest !== void 0 && (z(e.digest, { instancePath: l + "/digest", parentData: e, parentDataProperty: "digest", rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.name !== void 0 && (i2(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.tag !== void 0 && (i2(e.tag, { instancePath: l + "/tag", parentData: e, parentDataProperty: "tag", rootData: n }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return or.errors = r, t === 0;
}
var L = lr;
function C(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return i(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), C.errors = r, t === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), H.errors = r, t === 0;
}
function J(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let y = 0; y < o; y++) H(e[y], { instancePath: l + "/" + y, parentData: e, parentDataProperty: y, rootData: n }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length);
  }
  return J.errors = r, t === 0;
}
function u(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), u.errors = r, t === 0;
}
var ur = formats.int64;
function K(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !ur.validate(e)) {
    let o = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return K.errors = r, t === 0;
}
function lr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (C(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && (J(e.conditions, { instancePath: l + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: n }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.latestRef !== void 0 && (u(e.latestRef, { instancePath: l + "/latestRef", parentData: e, parentDataProperty: "latestRef", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.observedGeneration !== void 0 && (K(e.observedGeneration, { instancePath: l + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: n }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.observedPreviousRef !== void 0 && (u(e.observedPreviousRef, { instancePath: l + "/observedPreviousRef", parentData: e, parentDataProperty: "observedPreviousRef", rootData: n }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return lr.errors = r, t === 0;
}
var yr = nr;
var cr = ["image.toolkit.fluxcd.io/v1"];
function M(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "image.toolkit.fluxcd.io/v1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: cr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return M.errors = r, t === 0;
}
var mr = ["ImagePolicy"];
function O(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ImagePolicy") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: mr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return O.errors = r, t === 0;
}
function Q2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), Q2.errors = r, t === 0;
}
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (F(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), S.errors = r, t === 0;
}
function U(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (L(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), U.errors = r, t === 0;
}
function nr(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (M(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.kind !== void 0 && (O(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.metadata !== void 0 && (Q2(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length)), e.spec !== void 0 && (S(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.status !== void 0 && (U(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return nr.errors = r, t === 0;
}
export {
  yr as validate
};
