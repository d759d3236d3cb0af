import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  m
} from "./chunk-MLU7DU5N.js";
import {
  i
} from "./chunk-LCBXDKMW.js";
import {
  i as i2
} from "./chunk-3VSKKYWK.js";
import {
  f
} from "./chunk-FAZITT6O.js";
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  Q,
  c
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/generated/current/image_toolkit_fluxcd_io_v1beta2_ImageUpdateAutomation.js
var E = fr;
function w(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return m(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length), w.errors = r, t === 0;
}
function fr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.ref === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.ref !== void 0 && (w(e.ref, { instancePath: n + "/ref", parentData: e, parentDataProperty: "ref", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return fr.errors = r, t === 0;
}
var j = gr;
function b(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
function gr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.email === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "email" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.email !== void 0 && (b(e.email, { instancePath: n + "/email", parentData: e, parentDataProperty: "email", rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.name !== void 0 && (A(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return gr.errors = r, t === 0;
}
var R = Dr;
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return i(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length), q.errors = r, t === 0;
}
function Dr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.secretRef !== void 0 && (q(e.secretRef, { instancePath: n + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Dr.errors = r, t === 0;
}
var G = Pr;
function d(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return j(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length), d.errors = r, t === 0;
}
function V(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return V.errors = r, t === 0;
}
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return x.errors = r, t === 0;
}
function T(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) x(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length);
  return T.errors = r, t === 0;
}
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (R(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), S.errors = r, t === 0;
}
function Pr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.author === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.author !== void 0 && (d(e.author, { instancePath: n + "/author", parentData: e, parentDataProperty: "author", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.messageTemplate !== void 0 && (V(e.messageTemplate, { instancePath: n + "/messageTemplate", parentData: e, parentDataProperty: "messageTemplate", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.messageTemplateValues !== void 0 && (T(e.messageTemplateValues, { instancePath: n + "/messageTemplateValues", parentData: e, parentDataProperty: "messageTemplateValues", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.signingKey !== void 0 && (S(e.signingKey, { instancePath: n + "/signingKey", parentData: e, parentDataProperty: "signingKey", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Pr.errors = r, t === 0;
}
var _ = kr;
function a(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return a.errors = r, t === 0;
}
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return C.errors = r, t === 0;
}
function K(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) C(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length);
  return K.errors = r, t === 0;
}
function kr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.branch !== void 0 && (a(e.branch, { instancePath: n + "/branch", parentData: e, parentDataProperty: "branch", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.options !== void 0 && (K(e.options, { instancePath: n + "/options", parentData: e, parentDataProperty: "options", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.refspec !== void 0 && (a(e.refspec, { instancePath: n + "/refspec", parentData: e, parentDataProperty: "refspec", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return kr.errors = r, t === 0;
}
var U = wr;
function F(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (E(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), F.errors = r, t === 0;
}
function I(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return G(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length), I.errors = r, t === 0;
}
function N(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (_(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), N.errors = r, t === 0;
}
function wr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.commit === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.checkout !== void 0 && (F(e.checkout, { instancePath: n + "/checkout", parentData: e, parentDataProperty: "checkout", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.commit !== void 0 && (I(e.commit, { instancePath: n + "/commit", parentData: e, parentDataProperty: "commit", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.push !== void 0 && (N(e.push, { instancePath: n + "/push", parentData: e, parentDataProperty: "push", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return wr.errors = r, t === 0;
}
var H = Er;
function i3(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i3.errors = r, t === 0;
}
var xr = ["GitRepository"];
function z(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "GitRepository") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: xr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return z.errors = r, t === 0;
}
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return B.errors = r, t === 0;
}
function Er(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (i3(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length)), e.kind !== void 0 && (z(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.name !== void 0 && (B(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), e.namespace !== void 0 && (i3(e.namespace, { instancePath: n + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? i3.errors : r.concat(i3.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Er.errors = r, t === 0;
}
var J = br;
var Tr = ["Setters"];
function br(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "Setters") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Tr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return br.errors = r, t === 0;
}
var O = Ar;
function L(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return L.errors = r, t === 0;
}
function M(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return J(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length), M.errors = r, t === 0;
}
function Ar(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.path !== void 0 && (L(e.path, { instancePath: n + "/path", parentData: e, parentDataProperty: "path", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.strategy !== void 0 && (M(e.strategy, { instancePath: n + "/strategy", parentData: e, parentDataProperty: "strategy", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Ar.errors = r, t === 0;
}
var rr = jr;
function Q2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (U(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), Q2.errors = r, t === 0;
}
function W(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return W.errors = r, t === 0;
}
function X(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), X.errors = r, t === 0;
}
function Y(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return H(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length), Y.errors = r, t === 0;
}
function Z(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Z.errors = r, t === 0;
}
function $(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (O(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), $.errors = r, t === 0;
}
function jr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.interval === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.sourceRef === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.git !== void 0 && (Q2(e.git, { instancePath: n + "/git", parentData: e, parentDataProperty: "git", rootData: l }) || (t = (r = r === null ? Q2.errors : r.concat(Q2.errors)).length)), e.interval !== void 0 && (W(e.interval, { instancePath: n + "/interval", parentData: e, parentDataProperty: "interval", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.policySelector !== void 0 && (X(e.policySelector, { instancePath: n + "/policySelector", parentData: e, parentDataProperty: "policySelector", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.sourceRef !== void 0 && (Y(e.sourceRef, { instancePath: n + "/sourceRef", parentData: e, parentDataProperty: "sourceRef", rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), e.suspend !== void 0 && (Z(e.suspend, { instancePath: n + "/suspend", parentData: e, parentDataProperty: "suspend", rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length)), e.update !== void 0 && ($(e.update, { instancePath: n + "/update", parentData: e, parentDataProperty: "update", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return jr.errors = r, t === 0;
}
var tr = qr;
function er(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return er.errors = r, t === 0;
}
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function qr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.tag === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.digest !== void 0 && (er(e.digest, { instancePath: n + "/digest", parentData: e, parentDataProperty: "digest", rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), e.name !== void 0 && (u(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.tag !== void 0 && (u(e.tag, { instancePath: n + "/tag", parentData: e, parentDataProperty: "tag", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return qr.errors = r, t === 0;
}
var nr = Rr;
function or(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return tr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length), or.errors = r, t === 0;
}
function Rr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) or(e[o], { instancePath: n + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length);
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Rr.errors = r, t === 0;
}
var ur = dr;
function lr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return i2(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length), lr.errors = r, t === 0;
}
function sr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), sr.errors = r, t === 0;
}
function pr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let m2 = 0; m2 < o; m2++) sr(e[m2], { instancePath: n + "/" + m2, parentData: e, parentDataProperty: m2, rootData: l }) || (t = (r = r === null ? sr.errors : r.concat(sr.errors)).length);
  }
  return pr.errors = r, t === 0;
}
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), y.errors = r, t === 0;
}
function c2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c2.errors = r, t === 0;
}
var Gr = formats.int64;
function ar(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Gr.validate(e)) {
    let o = { instancePath: n, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return ar.errors = r, t === 0;
}
function ir(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (nr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length)), ir.errors = r, t === 0;
}
function dr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (lr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.conditions !== void 0 && (pr(e.conditions, { instancePath: n + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? pr.errors : r.concat(pr.errors)).length)), e.lastAutomationRunTime !== void 0 && (y(e.lastAutomationRunTime, { instancePath: n + "/lastAutomationRunTime", parentData: e, parentDataProperty: "lastAutomationRunTime", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.lastPushCommit !== void 0 && (c2(e.lastPushCommit, { instancePath: n + "/lastPushCommit", parentData: e, parentDataProperty: "lastPushCommit", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), e.lastPushTime !== void 0 && (y(e.lastPushTime, { instancePath: n + "/lastPushTime", parentData: e, parentDataProperty: "lastPushTime", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.observedGeneration !== void 0 && (ar(e.observedGeneration, { instancePath: n + "/observedGeneration", parentData: e, parentDataProperty: "observedGeneration", rootData: l }) || (t = (r = r === null ? ar.errors : r.concat(ar.errors)).length)), e.observedPolicies !== void 0 && (ir(e.observedPolicies, { instancePath: n + "/observedPolicies", parentData: e, parentDataProperty: "observedPolicies", rootData: l }) || (t = (r = r === null ? ir.errors : r.concat(ir.errors)).length)), e.observedSourceRevision !== void 0 && (c2(e.observedSourceRevision, { instancePath: n + "/observedSourceRevision", parentData: e, parentDataProperty: "observedSourceRevision", rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return dr.errors = r, t === 0;
}
var Cr = Vr;
var Kr = ["image.toolkit.fluxcd.io/v1beta2"];
function yr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "image.toolkit.fluxcd.io/v1beta2") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Kr } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return yr.errors = r, t === 0;
}
var _r = ["ImageUpdateAutomation"];
function cr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "ImageUpdateAutomation") {
    let o = { instancePath: n, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: _r } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return cr.errors = r, t === 0;
}
function mr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Q(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), mr.errors = r, t === 0;
}
function vr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (rr(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), vr.errors = r, t === 0;
}
function hr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ur(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ur.errors : r.concat(ur.errors)).length)), hr.errors = r, t === 0;
}
function Vr(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.apiVersion !== void 0 && (yr(e.apiVersion, { instancePath: n + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length)), e.kind !== void 0 && (cr(e.kind, { instancePath: n + "/kind", parentData: e, parentDataProperty: "kind", rootData: l }) || (t = (r = r === null ? cr.errors : r.concat(cr.errors)).length)), e.metadata !== void 0 && (mr(e.metadata, { instancePath: n + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length)), e.spec !== void 0 && (vr(e.spec, { instancePath: n + "/spec", parentData: e, parentDataProperty: "spec", rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.status !== void 0 && (hr(e.status, { instancePath: n + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return Vr.errors = r, t === 0;
}
export {
  Cr as validate
};
