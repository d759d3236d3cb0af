import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Pr,
  zr
} from "./chunk-F5PYK26C.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/N3BG7SD5.js
var y = Dr;
var Br = ["Default", "Unicode"];
function Dr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Default" && e !== "Unicode") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Br } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Dr.errors = r, t === 0;
}
var c = Pr2;
var Ir = ["Auto", "Base64", "Base64URL", "None"];
function Pr2(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Auto" && e !== "Base64" && e !== "Base64URL" && e !== "None") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ir } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Pr2.errors = r, t === 0;
}
var g = kr;
var Mr = ["None", "Fetch"];
function kr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "None" && e !== "Fetch") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Mr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return kr.errors = r, t === 0;
}
var m = wr;
function D(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), D.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), P.errors = r, t === 0;
}
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
function w(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), w.errors = r, t === 0;
}
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h.errors = r, t === 0;
}
function wr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.conversionStrategy !== void 0 && (D(e.conversionStrategy, { instancePath: l + "/conversionStrategy", parentData: e, parentDataProperty: "conversionStrategy", rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.decodingStrategy !== void 0 && (P(e.decodingStrategy, { instancePath: l + "/decodingStrategy", parentData: e, parentDataProperty: "decodingStrategy", rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.key !== void 0 && (k(e.key, { instancePath: l + "/key", parentData: e, parentDataProperty: "key", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.metadataPolicy !== void 0 && (w(e.metadataPolicy, { instancePath: l + "/metadataPolicy", parentData: e, parentDataProperty: "metadataPolicy", rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.property !== void 0 && (h(e.property, { instancePath: l + "/property", parentData: e, parentDataProperty: "property", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.version !== void 0 && (h(e.version, { instancePath: l + "/version", parentData: e, parentDataProperty: "version", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return wr.errors = r, t === 0;
}
var i = Ar;
var Ur = ["SecretStore", "ClusterSecretStore"];
function E(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "SecretStore" && e !== "ClusterSecretStore") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ur } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
var Zr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function A(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let o = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (1 > ucs2length_default(e)) {
      let o = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (!Zr.test(e)) {
      let o = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  }
  return A.errors = r, t === 0;
}
function Ar(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.kind !== void 0 && (E(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.name !== void 0 && (A(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Ar.errors = r, t === 0;
}
var b = xr;
function x(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (zr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length)), x.errors = r, t === 0;
}
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), R.errors = r, t === 0;
}
function xr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let o = { instancePath: l, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (Object.keys(e).length < 1) {
      let o = { instancePath: l, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.generatorRef !== void 0 && (x(e.generatorRef, { instancePath: l + "/generatorRef", parentData: e, parentDataProperty: "generatorRef", rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.storeRef !== void 0 && (R(e.storeRef, { instancePath: l + "/storeRef", parentData: e, parentDataProperty: "storeRef", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return xr.errors = r, t === 0;
}
var L = br;
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return m(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length), j.errors = r, t === 0;
}
var dr = RegExp("^[-._a-zA-Z0-9]+$", "u");
function S(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let o = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (1 > ucs2length_default(e)) {
      let o = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (!dr.test(e)) {
      let o = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), z.errors = r, t === 0;
}
function br(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.remoteRef === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remoteRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.secretKey === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretKey" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.remoteRef !== void 0 && (j(e.remoteRef, { instancePath: l + "/remoteRef", parentData: e, parentDataProperty: "remoteRef", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.secretKey !== void 0 && (S(e.secretKey, { instancePath: l + "/secretKey", parentData: e, parentDataProperty: "secretKey", rootData: n }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.sourceRef !== void 0 && (z(e.sourceRef, { instancePath: l + "/sourceRef", parentData: e, parentDataProperty: "sourceRef", rootData: n }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return br.errors = r, t === 0;
}
var O = jr;
function q(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}
function jr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.regexp !== void 0 && (q(e.regexp, { instancePath: l + "/regexp", parentData: e, parentDataProperty: "regexp", rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return jr.errors = r, t === 0;
}
var $ = Sr;
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), _.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), V.errors = r, t === 0;
}
function C(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (O(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), C.errors = r, t === 0;
}
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return F.errors = r, t === 0;
}
function K(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return K.errors = r, t === 0;
}
function N(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) K(e[o], { instancePath: l + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: n }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length);
  return N.errors = r, t === 0;
}
function Sr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.conversionStrategy !== void 0 && (_(e.conversionStrategy, { instancePath: l + "/conversionStrategy", parentData: e, parentDataProperty: "conversionStrategy", rootData: n }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.decodingStrategy !== void 0 && (V(e.decodingStrategy, { instancePath: l + "/decodingStrategy", parentData: e, parentDataProperty: "decodingStrategy", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.name !== void 0 && (C(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.path !== void 0 && (F(e.path, { instancePath: l + "/path", parentData: e, parentDataProperty: "path", rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.tags !== void 0 && (N(e.tags, { instancePath: l + "/tags", parentData: e, parentDataProperty: "tags", rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Sr.errors = r, t === 0;
}
var B = zr2;
function f(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
function zr2(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.source === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.target === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.source !== void 0 && (f(e.source, { instancePath: l + "/source", parentData: e, parentDataProperty: "source", rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.target !== void 0 && (f(e.target, { instancePath: l + "/target", parentData: e, parentDataProperty: "target", rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return zr2.errors = r, t === 0;
}
var M = Lr;
function I(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return I.errors = r, t === 0;
}
function Lr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.template === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "template" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.template !== void 0 && (I(e.template, { instancePath: l + "/template", parentData: e, parentDataProperty: "template", rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Lr.errors = r, t === 0;
}
var d = qr;
function U(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (B(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), U.errors = r, t === 0;
}
function Z(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (M(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), Z.errors = r, t === 0;
}
function qr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.regexp !== void 0 && (U(e.regexp, { instancePath: l + "/regexp", parentData: e, parentDataProperty: "regexp", rootData: n }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.transform !== void 0 && (Z(e.transform, { instancePath: l + "/transform", parentData: e, parentDataProperty: "transform", rootData: n }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return qr.errors = r, t === 0;
}
var J = Or;
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (zr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length)), G.errors = r, t === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), H.errors = r, t === 0;
}
function Or(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let o = { instancePath: l, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (Object.keys(e).length < 1) {
      let o = { instancePath: l, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.generatorRef !== void 0 && (G(e.generatorRef, { instancePath: l + "/generatorRef", parentData: e, parentDataProperty: "generatorRef", rootData: n }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.storeRef !== void 0 && (H(e.storeRef, { instancePath: l + "/storeRef", parentData: e, parentDataProperty: "storeRef", rootData: n }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Or.errors = r, t === 0;
}
var rr = _r;
function Q(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (m(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), Q.errors = r, t === 0;
}
function T(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && ($(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), T.errors = r, t === 0;
}
function W(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return d(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length), W.errors = r, t === 0;
}
function X(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) W(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length);
  }
  return X.errors = r, t === 0;
}
function Y(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (J(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), Y.errors = r, t === 0;
}
function _r(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.extract !== void 0 && (Q(e.extract, { instancePath: l + "/extract", parentData: e, parentDataProperty: "extract", rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), e.find !== void 0 && (T(e.find, { instancePath: l + "/find", parentData: e, parentDataProperty: "find", rootData: n }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.rewrite !== void 0 && (X(e.rewrite, { instancePath: l + "/rewrite", parentData: e, parentDataProperty: "rewrite", rootData: n }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.sourceRef !== void 0 && (Y(e.sourceRef, { instancePath: l + "/sourceRef", parentData: e, parentDataProperty: "sourceRef", rootData: n }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return _r.errors = r, t === 0;
}
var er = Vr;
var Gr = ["CreatedOnce", "Periodic", "OnChange"];
function Vr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "CreatedOnce" && e !== "Periodic" && e !== "OnChange") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Gr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Vr.errors = r, t === 0;
}
var tr = Cr;
var Hr = ["Owner", "Orphan", "Merge", "None"];
function Cr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Owner" && e !== "Orphan" && e !== "Merge" && e !== "None") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Hr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Cr.errors = r, t === 0;
}
var or = Fr;
var Jr = ["Delete", "Merge", "Retain"];
function Fr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Delete" && e !== "Merge" && e !== "Retain") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Jr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Fr.errors = r, t === 0;
}
var ir = Nr;
function lr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return tr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length), lr.errors = r, t === 0;
}
function nr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return or(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length), nr.errors = r, t === 0;
}
function sr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return sr.errors = r, t === 0;
}
var Qr = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function pr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let o = { instancePath: l, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (1 > ucs2length_default(e)) {
      let o = { instancePath: l, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (!Qr.test(e)) {
      let o = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [o] : r.push(o), t++;
    }
  }
  return pr.errors = r, t === 0;
}
function ar(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length)), ar.errors = r, t === 0;
}
function Nr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.creationPolicy !== void 0 && (lr(e.creationPolicy, { instancePath: l + "/creationPolicy", parentData: e, parentDataProperty: "creationPolicy", rootData: n }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), e.deletionPolicy !== void 0 && (nr(e.deletionPolicy, { instancePath: l + "/deletionPolicy", parentData: e, parentDataProperty: "deletionPolicy", rootData: n }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), e.immutable !== void 0 && (sr(e.immutable, { instancePath: l + "/immutable", parentData: e, parentDataProperty: "immutable", rootData: n }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length)), e.name !== void 0 && (pr(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), e.template !== void 0 && (ar(e.template, { instancePath: l + "/template", parentData: e, parentDataProperty: "template", rootData: n }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Nr.errors = r, t === 0;
}
var Ne = $r;
function ur(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return L(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length), ur.errors = r, t === 0;
}
function yr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) ur(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length);
  }
  return yr.errors = r, t === 0;
}
function cr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return rr(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length), cr.errors = r, t === 0;
}
function mr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) cr(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length);
  }
  return mr.errors = r, t === 0;
}
function hr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return hr.errors = r, t === 0;
}
function fr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return er(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length), fr.errors = r, t === 0;
}
function vr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), vr.errors = r, t === 0;
}
function gr(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ir(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length)), gr.errors = r, t === 0;
}
function $r(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.data !== void 0 && (yr(e.data, { instancePath: l + "/data", parentData: e, parentDataProperty: "data", rootData: n }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length)), e.dataFrom !== void 0 && (mr(e.dataFrom, { instancePath: l + "/dataFrom", parentData: e, parentDataProperty: "dataFrom", rootData: n }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.refreshInterval !== void 0 && (hr(e.refreshInterval, { instancePath: l + "/refreshInterval", parentData: e, parentDataProperty: "refreshInterval", rootData: n }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), e.refreshPolicy !== void 0 && (fr(e.refreshPolicy, { instancePath: l + "/refreshPolicy", parentData: e, parentDataProperty: "refreshPolicy", rootData: n }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length)), e.secretStoreRef !== void 0 && (vr(e.secretStoreRef, { instancePath: l + "/secretStoreRef", parentData: e, parentDataProperty: "secretStoreRef", rootData: n }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.target !== void 0 && (gr(e.target, { instancePath: l + "/target", parentData: e, parentDataProperty: "target", rootData: n }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return $r.errors = r, t === 0;
}

export {
  Ne
};
