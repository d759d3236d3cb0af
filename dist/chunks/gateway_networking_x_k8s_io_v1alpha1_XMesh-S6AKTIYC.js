import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  h
} from "./chunk-MYM5XKOW.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  D,
  c,
  w
} from "./chunk-W4OPESLT.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/gateway_networking_x_k8s_io_v1alpha1_XMesh.js
var P = _;
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), v.errors = r, t === 0;
}
function f2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), f2.errors = r, t === 0;
}
function g(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
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
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
function D2(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), D2.errors = r, t === 0;
}
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.group === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.group !== void 0 && (v(e.group, { instancePath: l + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.kind !== void 0 && (f2(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length)), e.name !== void 0 && (g(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.namespace !== void 0 && (D2(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return _.errors = r, t === 0;
}
var w2 = z;
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return h(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), k.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), d.errors = r, t === 0;
}
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.controllerName === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllerName" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.controllerName !== void 0 && (k(e.controllerName, { instancePath: l + "/controllerName", parentData: e, parentDataProperty: "controllerName", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.parametersRef !== void 0 && (d(e.parametersRef, { instancePath: l + "/parametersRef", parentData: e, parentDataProperty: "parametersRef", rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z.errors = r, t === 0;
}
var E = B;
function B(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return B.errors = r, t === 0;
}
var q = C;
function A(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), A.errors = r, t === 0;
}
function C(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.name !== void 0 && (A(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return C.errors = r, t === 0;
}
var N = G;
function x(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), x.errors = r, t === 0;
}
function b(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 8) {
      let p = { instancePath: l, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    let o = e.length;
    for (let p = 0; p < o; p++) x(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length);
  }
  return b.errors = r, t === 0;
}
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length), j.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    if (e.length > 64) {
      let p = { instancePath: l, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      r === null ? r = [p] : r.push(p), t++;
    }
    let o = e.length;
    for (let p = 0; p < o; p++) j(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length);
  }
  return V.errors = r, t === 0;
}
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && (b(e.conditions, { instancePath: l + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.supportedFeatures !== void 0 && (V(e.supportedFeatures, { instancePath: l + "/supportedFeatures", parentData: e, parentDataProperty: "supportedFeatures", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return G.errors = r, t === 0;
}
var J = H;
var K = ["gateway.networking.x-k8s.io/v1alpha1"];
function F(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "gateway.networking.x-k8s.io/v1alpha1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: K } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return F.errors = r, t === 0;
}
var O = ["XMesh"];
function I(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "XMesh") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: O } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return I.errors = r, t === 0;
}
function L(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), L.errors = r, t === 0;
}
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return w2(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? w2.errors : r.concat(w2.errors)).length), R.errors = r, t === 0;
}
function M(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (N(e, { instancePath: l, parentData: s, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), M.errors = r, t === 0;
}
function H(e, { instancePath: l = "", parentData: s, parentDataProperty: a, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.spec === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.apiVersion === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (F(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.kind !== void 0 && (I(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.metadata !== void 0 && (L(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.spec !== void 0 && (R(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.status !== void 0 && (M(e.status, { instancePath: l + "/status", parentData: e, parentDataProperty: "status", rootData: n }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return H.errors = r, t === 0;
}
export {
  J as validate
};
