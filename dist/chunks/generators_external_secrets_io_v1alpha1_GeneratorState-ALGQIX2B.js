import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-WAOBDALS.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/generators_external_secrets_io_v1alpha1_GeneratorState.js
var h = T;
function v(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), v.errors = r, t === 0;
}
function i2(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return i(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), i2.errors = r, t === 0;
}
function T(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.resource === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.state === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.garbageCollectionDeadline !== void 0 && (v(e.garbageCollectionDeadline, { instancePath: o + "/garbageCollectionDeadline", parentData: e, parentDataProperty: "garbageCollectionDeadline", rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.resource !== void 0 && (i2(e.resource, { instancePath: o + "/resource", parentData: e, parentDataProperty: "resource", rootData: s }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.state !== void 0 && (i2(e.state, { instancePath: o + "/state", parentData: e, parentDataProperty: "state", rootData: s }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return T.errors = r, t === 0;
}
var f = V;
function V(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return V.errors = r, t === 0;
}
var k = C;
function g(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), g.errors = r, t === 0;
}
function u(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u.errors = r, t === 0;
}
function D(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return D.errors = r, t === 0;
}
function P(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return f(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), P.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.status === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.lastTransitionTime !== void 0 && (g(e.lastTransitionTime, { instancePath: o + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: s }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.message !== void 0 && (u(e.message, { instancePath: o + "/message", parentData: e, parentDataProperty: "message", rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.reason !== void 0 && (u(e.reason, { instancePath: o + "/reason", parentData: e, parentDataProperty: "reason", rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.status !== void 0 && (D(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.type !== void 0 && (P(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: s }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return C.errors = r, t === 0;
}
var E = G;
function d(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return k(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length), d.errors = r, t === 0;
}
function w(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let y = 0; y < n; y++) d(e[y], { instancePath: o + "/" + y, parentData: e, parentDataProperty: y, rootData: s }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length);
  }
  return w.errors = r, t === 0;
}
function G(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && (w(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: s }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return G.errors = r, t === 0;
}
var _ = S;
var z = ["generators.external-secrets.io/v1alpha1"];
function b(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "generators.external-secrets.io/v1alpha1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: z } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return b.errors = r, t === 0;
}
var B = ["GeneratorState"];
function q(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "GeneratorState") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: B } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return q.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), A.errors = r, t === 0;
}
function j(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (h(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), j.errors = r, t === 0;
}
function x(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: o, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), x.errors = r, t === 0;
}
function S(e, { instancePath: o = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
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
    e.apiVersion !== void 0 && (b(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: s }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.kind !== void 0 && (q(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: s }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.metadata !== void 0 && (A(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: s }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.spec !== void 0 && (j(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: s }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.status !== void 0 && (x(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: s }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return S.errors = r, t === 0;
}
export {
  _ as validate
};
