import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/T2I3OBTX.js
var c = q;
var L = formats["date-time"];
function q(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e == "number" && isFinite(e), typeof e == "string") {
    if (!L.validate(e)) {
      let o = { instancePath: t, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } };
      r === null ? r = [o] : r.push(o), n++;
    }
  } else {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return q.errors = r, n === 0;
}
var g = F;
function F(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e))) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return F.errors = r, n === 0;
}
var w = N;
function u(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return u.errors = r, n === 0;
}
function P(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  return e !== null && (g(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (n = (r = r === null ? g.errors : r.concat(g.errors)).length)), P.errors = r, n === 0;
}
function k(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  return e !== null && (c(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (n = (r = r === null ? c.errors : r.concat(c.errors)).length)), k.errors = r, n === 0;
}
function N(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.apiVersion !== void 0 && (u(e.apiVersion, { instancePath: t + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (n = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.fieldsType !== void 0 && (u(e.fieldsType, { instancePath: t + "/fieldsType", parentData: e, parentDataProperty: "fieldsType", rootData: l }) || (n = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.fieldsV1 !== void 0 && (P(e.fieldsV1, { instancePath: t + "/fieldsV1", parentData: e, parentDataProperty: "fieldsV1", rootData: l }) || (n = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.manager !== void 0 && (u(e.manager, { instancePath: t + "/manager", parentData: e, parentDataProperty: "manager", rootData: l }) || (n = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.operation !== void 0 && (u(e.operation, { instancePath: t + "/operation", parentData: e, parentDataProperty: "operation", rootData: l }) || (n = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.subresource !== void 0 && (u(e.subresource, { instancePath: t + "/subresource", parentData: e, parentDataProperty: "subresource", rootData: l }) || (n = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.time !== void 0 && (k(e.time, { instancePath: t + "/time", parentData: e, parentDataProperty: "time", rootData: l }) || (n = (r = r === null ? k.errors : r.concat(k.errors)).length));
  else {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return N.errors = r, n === 0;
}
var b = x;
function y(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return y.errors = r, n === 0;
}
function m(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return m.errors = r, n === 0;
}
function x(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiVersion === void 0) {
      let o = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      r === null ? r = [o] : r.push(o), n++;
    }
    if (e.kind === void 0) {
      let o = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [o] : r.push(o), n++;
    }
    if (e.name === void 0) {
      let o = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), n++;
    }
    if (e.uid === void 0) {
      let o = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" } };
      r === null ? r = [o] : r.push(o), n++;
    }
    e.apiVersion !== void 0 && (y(e.apiVersion, { instancePath: t + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (n = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.blockOwnerDeletion !== void 0 && (m(e.blockOwnerDeletion, { instancePath: t + "/blockOwnerDeletion", parentData: e, parentDataProperty: "blockOwnerDeletion", rootData: l }) || (n = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.controller !== void 0 && (m(e.controller, { instancePath: t + "/controller", parentData: e, parentDataProperty: "controller", rootData: l }) || (n = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.kind !== void 0 && (y(e.kind, { instancePath: t + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (n = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.name !== void 0 && (y(e.name, { instancePath: t + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (n = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.uid !== void 0 && (y(e.uid, { instancePath: t + "/uid", parentData: e, parentDataProperty: "uid", rootData: l }) || (n = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return x.errors = r, n === 0;
}
var Q = z;
function D(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return D.errors = r, n === 0;
}
function f(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) D(e[o], { instancePath: t + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (n = (r = r === null ? D.errors : r.concat(D.errors)).length);
  return f.errors = r, n === 0;
}
function h(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  return e !== null && (c(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (n = (r = r === null ? c.errors : r.concat(c.errors)).length)), h.errors = r, n === 0;
}
var R = formats.int64;
function v(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  if (typeof e == "number" && isFinite(e) && !R.validate(e)) {
    let o = { instancePath: t, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return v.errors = r, n === 0;
}
function A(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) D(e[a], { instancePath: t + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (n = (r = r === null ? D.errors : r.concat(D.errors)).length);
  }
  return A.errors = r, n === 0;
}
function i(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return i.errors = r, n === 0;
}
function E(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  return w(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (n = (r = r === null ? w.errors : r.concat(w.errors)).length), E.errors = r, n === 0;
}
function V(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) E(e[a], { instancePath: t + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (n = (r = r === null ? E.errors : r.concat(E.errors)).length);
  }
  return V.errors = r, n === 0;
}
function T(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  return b(e, { instancePath: t, parentData: s, parentDataProperty: p, rootData: l }) || (n = (r = r === null ? b.errors : r.concat(b.errors)).length), T.errors = r, n === 0;
}
function j(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) T(e[a], { instancePath: t + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (n = (r = r === null ? T.errors : r.concat(T.errors)).length);
  }
  return j.errors = r, n === 0;
}
function z(e, { instancePath: t = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.annotations !== void 0 && (f(e.annotations, { instancePath: t + "/annotations", parentData: e, parentDataProperty: "annotations", rootData: l }) || (n = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.creationTimestamp !== void 0 && (h(e.creationTimestamp, { instancePath: t + "/creationTimestamp", parentData: e, parentDataProperty: "creationTimestamp", rootData: l }) || (n = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.deletionGracePeriodSeconds !== void 0 && (v(e.deletionGracePeriodSeconds, { instancePath: t + "/deletionGracePeriodSeconds", parentData: e, parentDataProperty: "deletionGracePeriodSeconds", rootData: l }) || (n = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.deletionTimestamp !== void 0 && (h(e.deletionTimestamp, { instancePath: t + "/deletionTimestamp", parentData: e, parentDataProperty: "deletionTimestamp", rootData: l }) || (n = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.finalizers !== void 0 && (A(e.finalizers, { instancePath: t + "/finalizers", parentData: e, parentDataProperty: "finalizers", rootData: l }) || (n = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.generateName !== void 0 && (i(e.generateName, { instancePath: t + "/generateName", parentData: e, parentDataProperty: "generateName", rootData: l }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.generation !== void 0 && (v(e.generation, { instancePath: t + "/generation", parentData: e, parentDataProperty: "generation", rootData: l }) || (n = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.labels !== void 0 && (f(e.labels, { instancePath: t + "/labels", parentData: e, parentDataProperty: "labels", rootData: l }) || (n = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.managedFields !== void 0 && (V(e.managedFields, { instancePath: t + "/managedFields", parentData: e, parentDataProperty: "managedFields", rootData: l }) || (n = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.name !== void 0 && (i(e.name, { instancePath: t + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.namespace !== void 0 && (i(e.namespace, { instancePath: t + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.ownerReferences !== void 0 && (j(e.ownerReferences, { instancePath: t + "/ownerReferences", parentData: e, parentDataProperty: "ownerReferences", rootData: l }) || (n = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.resourceVersion !== void 0 && (i(e.resourceVersion, { instancePath: t + "/resourceVersion", parentData: e, parentDataProperty: "resourceVersion", rootData: l }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.selfLink !== void 0 && (i(e.selfLink, { instancePath: t + "/selfLink", parentData: e, parentDataProperty: "selfLink", rootData: l }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.uid !== void 0 && (i(e.uid, { instancePath: t + "/uid", parentData: e, parentDataProperty: "uid", rootData: l }) || (n = (r = r === null ? i.errors : r.concat(i.errors)).length));
  else {
    let o = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), n++;
  }
  return z.errors = r, n === 0;
}

export {
  c,
  Q
};
