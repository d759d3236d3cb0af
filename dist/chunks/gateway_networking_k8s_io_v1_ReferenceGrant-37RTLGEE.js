import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-CC3KFF3Z.js";
import {
  D,
  c,
  w
} from "./chunk-W4OPESLT.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/gateway_networking_k8s_io_v1_ReferenceGrant.js
var g = G;
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), h.errors = r, t === 0;
}
function v(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), v.errors = r, t === 0;
}
function f(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), f.errors = r, t === 0;
}
function G(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
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
    if (e.namespace === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.group !== void 0 && (h(e.group, { instancePath: l + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.kind !== void 0 && (v(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.namespace !== void 0 && (f(e.namespace, { instancePath: l + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: n }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return G.errors = r, t === 0;
}
var D2 = R;
function k(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), k.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length), d.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), P.errors = r, t === 0;
}
function R(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
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
    e.group !== void 0 && (k(e.group, { instancePath: l + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.kind !== void 0 && (d(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.name !== void 0 && (P(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return R.errors = r, t === 0;
}
var x = _;
function w2(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return g(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length), w2.errors = r, t === 0;
}
function q(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let i2 = { instancePath: l, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    if (e.length < 1) {
      let i2 = { instancePath: l, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    let o = e.length;
    for (let i2 = 0; i2 < o; i2++) w2(e[i2], { instancePath: l + "/" + i2, parentData: e, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? w2.errors : r.concat(w2.errors)).length);
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}
function E(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return D2(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length), E.errors = r, t === 0;
}
function A(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    if (e.length > 16) {
      let i2 = { instancePath: l, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    if (e.length < 1) {
      let i2 = { instancePath: l, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      r === null ? r = [i2] : r.push(i2), t++;
    }
    let o = e.length;
    for (let i2 = 0; i2 < o; i2++) E(e[i2], { instancePath: l + "/" + i2, parentData: e, parentDataProperty: i2, rootData: n }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length);
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
function _(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.from === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.to === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.from !== void 0 && (q(e.from, { instancePath: l + "/from", parentData: e, parentDataProperty: "from", rootData: n }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.to !== void 0 && (A(e.to, { instancePath: l + "/to", parentData: e, parentDataProperty: "to", rootData: n }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return _.errors = r, t === 0;
}
var B = z;
var C = ["gateway.networking.k8s.io/v1"];
function b(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "gateway.networking.k8s.io/v1") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: C } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b.errors = r, t === 0;
}
var F = ["ReferenceGrant"];
function j(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ReferenceGrant") {
    let o = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: F } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
function I(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), I.errors = r, t === 0;
}
function V(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (x(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), V.errors = r, t === 0;
}
function z(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
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
    e.apiVersion !== void 0 && (b(e.apiVersion, { instancePath: l + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: n }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.kind !== void 0 && (j(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.metadata !== void 0 && (I(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: n }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.spec !== void 0 && (V(e.spec, { instancePath: l + "/spec", parentData: e, parentDataProperty: "spec", rootData: n }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z.errors = r, t === 0;
}
export {
  B as validate
};
