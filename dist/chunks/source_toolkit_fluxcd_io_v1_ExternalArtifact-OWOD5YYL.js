import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  P
} from "./chunk-UJFM26RT.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/source_toolkit_fluxcd_io_v1_ExternalArtifact.js
var v = x;
function p(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function i(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.apiVersion !== void 0 && (p(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.kind !== void 0 && (i(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.name !== void 0 && (i(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.namespace !== void 0 && (p(e.namespace, { instancePath: n + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x.errors = r, t === 0;
}
var f2 = b;
function h(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (v(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), h.errors = r, t === 0;
}
function b(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.sourceRef !== void 0 && (h(e.sourceRef, { instancePath: n + "/sourceRef", parentData: e, parentDataProperty: "sourceRef", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b.errors = r, t === 0;
}
var k = j;
function D(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), D.errors = r, t === 0;
}
function P2(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), P2.errors = r, t === 0;
}
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let u = 0; u < o; u++) P2(e[u], { instancePath: n + "/" + u, parentData: e, parentDataProperty: u, rootData: l }) || (t = (r = r === null ? P2.errors : r.concat(P2.errors)).length);
  }
  return g.errors = r, t === 0;
}
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.artifact !== void 0 && (D(e.artifact, { instancePath: n + "/artifact", parentData: e, parentDataProperty: "artifact", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.conditions !== void 0 && (g(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var R = q;
var _ = ["source.toolkit.fluxcd.io/v1"];
function d(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "source.toolkit.fluxcd.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: _ } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d.errors = r, t === 0;
}
var z = ["ExternalArtifact"];
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ExternalArtifact") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: z } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), E.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f2(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length)), A.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (k(e, { instancePath: n, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), V.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (d(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.kind !== void 0 && (w(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.metadata !== void 0 && (E(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.spec !== void 0 && (A(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.status !== void 0 && (V(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}
export {
  R as validate
};
