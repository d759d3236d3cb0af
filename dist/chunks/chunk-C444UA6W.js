import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  v
} from "./chunk-XWDOBMJX.js";
import {
  i
} from "./chunk-U7F7ZY2J.js";
import {
  i as i2
} from "./chunk-KFLXNRHT.js";
import {
  F
} from "./chunk-QGLZ3EDZ.js";
import {
  y
} from "./chunk-B6UZPOY6.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/WLRWTWT6.js
var v2 = $;
function c(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return F(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length), c.errors = r, t === 0;
}
function f(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return y(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), f.errors = r, t === 0;
}
function $(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (c(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.sectionName !== void 0 && (f(e.sectionName, { instancePath: o + "/sectionName", parentData: e, parentDataProperty: "sectionName", rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return $.errors = r, t === 0;
}
var g = H;
var M = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function H(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (1 > ucs2length_default(e)) {
      let l = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!M.test(e)) {
      let l = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return H.errors = r, t === 0;
}
var D = S;
var Q = ["Hostname", "URI"];
function S(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e !== "Hostname" && e !== "URI") {
    let l = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Q } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return S.errors = r, t === 0;
}
var w = O;
var T = RegExp("^(([^:/?#]+):)(//([^/?#]*))([^?#]*)(\\?([^#]*))?(#(.*))?", "u");
function O(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (1 > ucs2length_default(e)) {
      let l = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!T.test(e)) {
      let l = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(([^:/?#]+):)(//([^/?#]*))([^?#]*)(\\?([^#]*))?(#(.*))?" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return O.errors = r, t === 0;
}
var z = V;
function P(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i2(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), P.errors = r, t === 0;
}
function k(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return D(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), k.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return w(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), A.errors = r, t === 0;
}
function V(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.type === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.hostname !== void 0 && (P(e.hostname, { instancePath: o + "/hostname", parentData: e, parentDataProperty: "hostname", rootData: s }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.type !== void 0 && (k(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: s }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.uri !== void 0 && (A(e.uri, { instancePath: o + "/uri", parentData: e, parentDataProperty: "uri", rootData: s }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return V.errors = r, t === 0;
}
var E = F2;
var W = RegExp("^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$", "u");
function F2(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let l = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (1 > ucs2length_default(e)) {
      let l = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (!W.test(e)) {
      let l = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$" } };
      r === null ? r = [l] : r.push(l), t++;
    }
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return F2.errors = r, t === 0;
}
var I = G;
function x(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return v(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length), x.errors = r, t === 0;
}
function b(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let p = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    let l = e.length;
    for (let p = 0; p < l; p++) x(e[p], { instancePath: o + "/" + p, parentData: e, parentDataProperty: p, rootData: s }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length);
  }
  return b.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return g(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), j.errors = r, t === 0;
}
function R(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return z(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length), R.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 5) {
      let p = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 5 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    let l = e.length;
    for (let p = 0; p < l; p++) R(e[p], { instancePath: o + "/" + p, parentData: e, parentDataProperty: p, rootData: s }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length);
  }
  return C.errors = r, t === 0;
}
function L(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return E(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), L.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.hostname === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.caCertificateRefs !== void 0 && (b(e.caCertificateRefs, { instancePath: o + "/caCertificateRefs", parentData: e, parentDataProperty: "caCertificateRefs", rootData: s }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.hostname !== void 0 && (j(e.hostname, { instancePath: o + "/hostname", parentData: e, parentDataProperty: "hostname", rootData: s }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.subjectAltNames !== void 0 && (C(e.subjectAltNames, { instancePath: o + "/subjectAltNames", parentData: e, parentDataProperty: "subjectAltNames", rootData: s }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.wellKnownCACertificates !== void 0 && (L(e.wellKnownCACertificates, { instancePath: o + "/wellKnownCACertificates", parentData: e, parentDataProperty: "wellKnownCACertificates", rootData: s }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return G.errors = r, t === 0;
}
var gr = J;
function q(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return i(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), q.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 16) {
      let l = { instancePath: o, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 16 } };
      r === null ? r = [l] : r.push(l), t++;
    }
    for (let l in e) q(e[l], { instancePath: o + "/" + l.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: l, rootData: s }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length);
  }
  return N.errors = r, t === 0;
}
function Z(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return v2(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? v2.errors : r.concat(v2.errors)).length), Z.errors = r, t === 0;
}
function d(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let p = { instancePath: o, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    if (e.length < 1) {
      let p = { instancePath: o, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    let l = e.length;
    for (let p = 0; p < l; p++) Z(e[p], { instancePath: o + "/" + p, parentData: e, parentDataProperty: p, rootData: s }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length);
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return d.errors = r, t === 0;
}
function K(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return I(e, { instancePath: o, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length), K.errors = r, t === 0;
}
function J(e, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.targetRefs === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetRefs" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    if (e.validation === void 0) {
      let l = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "validation" } };
      r === null ? r = [l] : r.push(l), t++;
    }
    e.options !== void 0 && (N(e.options, { instancePath: o + "/options", parentData: e, parentDataProperty: "options", rootData: s }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.targetRefs !== void 0 && (d(e.targetRefs, { instancePath: o + "/targetRefs", parentData: e, parentDataProperty: "targetRefs", rootData: s }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.validation !== void 0 && (K(e.validation, { instancePath: o + "/validation", parentData: e, parentDataProperty: "validation", rootData: s }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length));
  } else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), t++;
  }
  return J.errors = r, t === 0;
}

export {
  gr
};
