import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-J4TVJSBI.js";
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/admissionregistration_k8s_io_v1_MutatingAdmissionPolicyBinding.js
var y = w;
function p(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return p.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), m.errors = r, t === 0;
}
function w(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.name !== void 0 && (p(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.namespace !== void 0 && (p(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.parameterNotFoundAction !== void 0 && (p(e.parameterNotFoundAction, { instancePath: o + "/parameterNotFoundAction", parentData: e, parentDataProperty: "parameterNotFoundAction", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.selector !== void 0 && (m(e.selector, { instancePath: o + "/selector", parentData: e, parentDataProperty: "selector", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return w.errors = r, t === 0;
}
var g2 = A;
function v(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), v.errors = r, t === 0;
}
function h(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (y(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), h.errors = r, t === 0;
}
function f(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return f.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.matchResources !== void 0 && (v(e.matchResources, { instancePath: o + "/matchResources", parentData: e, parentDataProperty: "matchResources", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.paramRef !== void 0 && (h(e.paramRef, { instancePath: o + "/paramRef", parentData: e, parentDataProperty: "paramRef", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.policyName !== void 0 && (f(e.policyName, { instancePath: o + "/policyName", parentData: e, parentDataProperty: "policyName", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return A.errors = r, t === 0;
}
var N = E;
var R = ["admissionregistration.k8s.io/v1"];
function D(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "admissionregistration.k8s.io/v1") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: R } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return D.errors = r, t === 0;
}
var V = ["MutatingAdmissionPolicyBinding"];
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "MutatingAdmissionPolicyBinding") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: V } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
function k(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), k.errors = r, t === 0;
}
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g2(e, { instancePath: o, parentData: s, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), d.errors = r, t === 0;
}
function E(e, { instancePath: o = "", parentData: s, parentDataProperty: a, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (D(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.kind !== void 0 && (P(e.kind, { instancePath: o + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.metadata !== void 0 && (k(e.metadata, { instancePath: o + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.spec !== void 0 && (d(e.spec, { instancePath: o + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return E.errors = r, t === 0;
}
export {
  N as validate
};
