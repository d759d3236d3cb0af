import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  b
} from "./chunk-NSK6BW7D.js";
import {
  P
} from "./chunk-UJFM26RT.js";
import "./chunk-LCBXDKMW.js";
import {
  i
} from "./chunk-3VSKKYWK.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  Q
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/source_toolkit_fluxcd_io_v1_HelmChart.js
var k = z;
function D(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
var L = ["HelmRepository", "GitRepository", "Bucket"];
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "HelmRepository" && e !== "GitRepository" && e !== "Bucket") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: L } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
function P2(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P2.errors = r, t === 0;
}
function z(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (D(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.kind !== void 0 && (g(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.name !== void 0 && (P2(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? P2.errors : r.concat(P2.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z.errors = r, t === 0;
}
var d = I;
function p(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y.errors = r, t === 0;
}
var O = ["ChartVersion", "Revision"];
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ChartVersion" && e !== "Revision") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: O } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
function b2(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return k(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length), b2.errors = r, t === 0;
}
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) p(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length);
  }
  return E.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (b(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), A.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return V.errors = r, t === 0;
}
function I(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.chart === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chart" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.interval === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.sourceRef === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.chart !== void 0 && (p(e.chart, { instancePath: n + "/chart", parentData: e, parentDataProperty: "chart", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.ignoreMissingValuesFiles !== void 0 && (y(e.ignoreMissingValuesFiles, { instancePath: n + "/ignoreMissingValuesFiles", parentData: e, parentDataProperty: "ignoreMissingValuesFiles", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.interval !== void 0 && (p(e.interval, { instancePath: n + "/interval", parentData: e, parentDataProperty: "interval", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.reconcileStrategy !== void 0 && (w(e.reconcileStrategy, { instancePath: n + "/reconcileStrategy", parentData: e, parentDataProperty: "reconcileStrategy", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.sourceRef !== void 0 && (b2(e.sourceRef, { instancePath: n + "/sourceRef", parentData: e, parentDataProperty: "sourceRef", rootData: l }) || (t = (r = r === null ? b2.errors : r.concat(b2.errors)).length)), e.suspend !== void 0 && (y(e.suspend, { instancePath: n + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.valuesFiles !== void 0 && (E(e.valuesFiles, { instancePath: n + "/valuesFiles", parentData: e, parentDataProperty: "valuesFiles", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.verify !== void 0 && (A(e.verify, { instancePath: n + "/verify", parentData: e, parentDataProperty: "verify", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.version !== void 0 && (V(e.version, { instancePath: n + "/version", parentData: e, parentDataProperty: "version", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return I.errors = r, t === 0;
}
var G = J;
function R(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return i(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), R.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (P(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), q.errors = r, t === 0;
}
function F(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), F.errors = r, t === 0;
}
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) F(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length);
  }
  return j.errors = r, t === 0;
}
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
var T = formats.int64;
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !T.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return C.errors = r, t === 0;
}
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) S(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length);
  }
  return x.errors = r, t === 0;
}
function J(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (R(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.artifact !== void 0 && (q(e.artifact, { instancePath: n + "/artifact", parentData: e, parentDataProperty: "artifact", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.conditions !== void 0 && (j(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.observedChartName !== void 0 && (u(e.observedChartName, { instancePath: n + "/observedChartName", parentData: e, parentDataProperty: "observedChartName", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.observedGeneration !== void 0 && (C(e.observedGeneration, { instancePath: n + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.observedSourceArtifactRevision !== void 0 && (u(e.observedSourceArtifactRevision, { instancePath: n + "/observedSourceArtifactRevision", parentData: e, parentDataProperty: "observedSourceArtifactRevision", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.observedValuesFiles !== void 0 && (x(e.observedValuesFiles, { instancePath: n + "/observedValuesFiles", parentData: e, parentDataProperty: "observedValuesFiles", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.url !== void 0 && (u(e.url, { instancePath: n + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return J.errors = r, t === 0;
}
var U = K;
var W = ["source.toolkit.fluxcd.io/v1"];
function N(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "source.toolkit.fluxcd.io/v1") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: W } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return N.errors = r, t === 0;
}
var X = ["HelmChart"];
function H(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "HelmChart") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: X } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return H.errors = r, t === 0;
}
function M(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), M.errors = r, t === 0;
}
function _(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), _.errors = r, t === 0;
}
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (G(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), B.errors = r, t === 0;
}
function K(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (N(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.kind !== void 0 && (H(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.metadata !== void 0 && (M(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.spec !== void 0 && (_(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.status !== void 0 && (B(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return K.errors = r, t === 0;
}
export {
  U as validate
};
