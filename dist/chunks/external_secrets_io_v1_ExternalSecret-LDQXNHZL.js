import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  u
} from "./chunk-6XLXOWN5.js";
import {
  Ne
} from "./chunk-L2FHJV3W.js";
import "./chunk-F5PYK26C.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import "./chunk-5YZJUWIY.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/external_secrets_io_v1_ExternalSecret.js
var v = j;
function j(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var D = R;
function h(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), h.errors = r, t === 0;
}
function p(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function f(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
function g(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length), g.errors = r, t === 0;
}
function R(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.status === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.type === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.lastTransitionTime !== void 0 && (h(e.lastTransitionTime, { instancePath: n + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.message !== void 0 && (p(e.message, { instancePath: n + "/message", parentData: e, parentDataProperty: "message", rootData: s }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.reason !== void 0 && (p(e.reason, { instancePath: n + "/reason", parentData: e, parentDataProperty: "reason", rootData: s }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.status !== void 0 && (f(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.type !== void 0 && (g(e.type, { instancePath: n + "/type", parentData: e, parentDataProperty: "type", rootData: s }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return R.errors = r, t === 0;
}
var T = S;
function P(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), P.errors = r, t === 0;
}
function k(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return D(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), k.errors = r, t === 0;
}
function d(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let u2 = 0; u2 < o; u2++) k(e[u2], { instancePath: n + "/" + u2, parentData: e, parentDataProperty: u2, rootData: s }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length);
  }
  return d.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), E.errors = r, t === 0;
}
function w(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function S(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.binding !== void 0 && (P(e.binding, { instancePath: n + "/binding", parentData: e, parentDataProperty: "binding", rootData: s }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.conditions !== void 0 && (d(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: s }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.refreshTime !== void 0 && (E(e.refreshTime, { instancePath: n + "/refreshTime", parentData: e, parentDataProperty: "refreshTime", rootData: s }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.syncedResourceVersion !== void 0 && (w(e.syncedResourceVersion, { instancePath: n + "/syncedResourceVersion", parentData: e, parentDataProperty: "syncedResourceVersion", rootData: s }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
var z = _;
var B = ["external-secrets.io/v1"];
function V(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "external-secrets.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: B } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return V.errors = r, t === 0;
}
var C = ["ExternalSecret"];
function b(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ExternalSecret") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: C } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), A.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ne(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? Ne.errors : r.concat(Ne.errors)).length)), x.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (T(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), q.errors = r, t === 0;
}
function _(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
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
    e.apiVersion !== void 0 && (V(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: s }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.kind !== void 0 && (b(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: s }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.metadata !== void 0 && (A(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: s }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.spec !== void 0 && (x(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: s }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.status !== void 0 && (q(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: s }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return _.errors = r, t === 0;
}
export {
  z as validate
};
