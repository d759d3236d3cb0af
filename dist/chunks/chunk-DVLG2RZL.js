import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/5BEYSXMG.js
var u = T;
function T(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return T.errors = r, t === 0;
}
var y = j;
function j(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var c = x;
function x(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x.errors = r, t === 0;
}
var D = q;
function v(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (u(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), v.errors = r, t === 0;
}
function p(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function m(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), m.errors = r, t === 0;
}
function f(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
function h(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), h.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
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
    e.lastTransitionTime !== void 0 && (v(e.lastTransitionTime, { instancePath: n + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.message !== void 0 && (p(e.message, { instancePath: n + "/message", parentData: e, parentDataProperty: "message", rootData: s }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.reason !== void 0 && (p(e.reason, { instancePath: n + "/reason", parentData: e, parentDataProperty: "reason", rootData: s }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.severity !== void 0 && (m(e.severity, { instancePath: n + "/severity", parentData: e, parentDataProperty: "severity", rootData: s }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.status !== void 0 && (f(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.type !== void 0 && (h(e.type, { instancePath: n + "/type", parentData: e, parentDataProperty: "type", rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}
var P = G;
function g(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return D(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), g.errors = r, t === 0;
}
function G(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let o = e.length;
    for (let i = 0; i < o; i++) g(e[i], { instancePath: n + "/" + i, parentData: e, parentDataProperty: i, rootData: s }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length);
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return G.errors = r, t === 0;
}
var k = F;
function F(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return P(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length), F.errors = r, t === 0;
}
var U = N;
function E(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return E.errors = r, t === 0;
}
function w(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) E(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: s }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length);
  return w.errors = r, t === 0;
}
function b(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (k(e, { instancePath: n, parentData: l, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), b.errors = r, t === 0;
}
var z = formats.int64;
function A(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !z.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
function N(e, { instancePath: n = "", parentData: l, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotations !== void 0 && (w(e.annotations, { instancePath: n + "/annotations", parentData: e, parentDataProperty: "annotations", rootData: s }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.conditions !== void 0 && (b(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: s }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.observedGeneration !== void 0 && (A(e.observedGeneration, { instancePath: n + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: s }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return N.errors = r, t === 0;
}

export {
  U
};
