import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Ze,
  de,
  gr,
  ne
} from "./chunk-IYXRGNZ7.js";
import {
  c as c2
} from "./chunk-ZXUXJPVK.js";
import {
  D
} from "./chunk-6DFRGFP5.js";
import {
  g
} from "./chunk-Z432ABFI.js";
import {
  c
} from "./chunk-5S6KJGLG.js";
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/P73WOJOS.js
var Dr = Is;
function yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yr.errors = r, t === 0;
}
function vr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) yr(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? yr.errors : r.concat(yr.errors)).length);
  }
  return vr.errors = r, t === 0;
}
function hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (g(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), hr.errors = r, t === 0;
}
var Fa = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function fr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!Fa.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fr.errors = r, t === 0;
}
function mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) fr(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? fr.errors : r.concat(fr.errors)).length);
  }
  return mr.errors = r, t === 0;
}
function Is(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.namespaceRegexes !== void 0 && (vr(e.namespaceRegexes, { instancePath: o + "/namespaceRegexes", parentData: e, parentDataProperty: "namespaceRegexes", rootData: l }) || (t = (r = r === null ? vr.errors : r.concat(vr.errors)).length)), e.namespaceSelector !== void 0 && (hr(e.namespaceSelector, { instancePath: o + "/namespaceSelector", parentData: e, parentDataProperty: "namespaceSelector", rootData: l }) || (t = (r = r === null ? hr.errors : r.concat(hr.errors)).length)), e.namespaces !== void 0 && (mr(e.namespaces, { instancePath: o + "/namespaces", parentData: e, parentDataProperty: "namespaces", rootData: l }) || (t = (r = r === null ? mr.errors : r.concat(mr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Is.errors = r, t === 0;
}
var kr = Ks;
function R(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return R.errors = r, t === 0;
}
function gr2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), gr2.errors = r, t === 0;
}
function Pr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), Pr.errors = r, t === 0;
}
function Ks(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.accessID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.k8sConfName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "k8sConfName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.accessID !== void 0 && (R(e.accessID, { instancePath: o + "/accessID", parentData: e, parentDataProperty: "accessID", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.k8sConfName !== void 0 && (R(e.k8sConfName, { instancePath: o + "/k8sConfName", parentData: e, parentDataProperty: "k8sConfName", rootData: l }) || (t = (r = r === null ? R.errors : r.concat(R.errors)).length)), e.secretRef !== void 0 && (gr2(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? gr2.errors : r.concat(gr2.errors)).length)), e.serviceAccountRef !== void 0 && (Pr(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? Pr.errors : r.concat(Pr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ks.errors = r, t === 0;
}
var wr = Ts;
function m(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), m.errors = r, t === 0;
}
function Ts(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.accessID !== void 0 && (m(e.accessID, { instancePath: o + "/accessID", parentData: e, parentDataProperty: "accessID", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.accessType !== void 0 && (m(e.accessType, { instancePath: o + "/accessType", parentData: e, parentDataProperty: "accessType", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.accessTypeParam !== void 0 && (m(e.accessTypeParam, { instancePath: o + "/accessTypeParam", parentData: e, parentDataProperty: "accessTypeParam", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ts.errors = r, t === 0;
}
var Ar = Us;
function Er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (kr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? kr.errors : r.concat(kr.errors)).length)), Er.errors = r, t === 0;
}
function br(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (wr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? wr.errors : r.concat(wr.errors)).length)), br.errors = r, t === 0;
}
function Us(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.kubernetesAuth !== void 0 && (Er(e.kubernetesAuth, { instancePath: o + "/kubernetesAuth", parentData: e, parentDataProperty: "kubernetesAuth", rootData: l }) || (t = (r = r === null ? Er.errors : r.concat(Er.errors)).length)), e.secretRef !== void 0 && (br(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? br.errors : r.concat(br.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Us.errors = r, t === 0;
}
var Sr = zs;
function Rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rr.errors = r, t === 0;
}
function jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Ar(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ar.errors : r.concat(Ar.errors)).length), jr.errors = r, t === 0;
}
var Ha = formats.byte;
function dr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e), typeof e == "string" && !Ha.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "byte" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return dr.errors = r, t === 0;
}
function qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), qr.errors = r, t === 0;
}
function zs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.akeylessGWApiURL === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "akeylessGWApiURL" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.authSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.akeylessGWApiURL !== void 0 && (Rr(e.akeylessGWApiURL, { instancePath: o + "/akeylessGWApiURL", parentData: e, parentDataProperty: "akeylessGWApiURL", rootData: l }) || (t = (r = r === null ? Rr.errors : r.concat(Rr.errors)).length)), e.authSecretRef !== void 0 && (jr(e.authSecretRef, { instancePath: o + "/authSecretRef", parentData: e, parentDataProperty: "authSecretRef", rootData: l }) || (t = (r = r === null ? jr.errors : r.concat(jr.errors)).length)), e.caBundle !== void 0 && (dr(e.caBundle, { instancePath: o + "/caBundle", parentData: e, parentDataProperty: "caBundle", rootData: l }) || (t = (r = r === null ? dr.errors : r.concat(dr.errors)).length)), e.caProvider !== void 0 && (qr(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? qr.errors : r.concat(qr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zs.errors = r, t === 0;
}
var xr = Ls;
function v(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v.errors = r, t === 0;
}
function Ls(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.oidcProviderArn === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidcProviderArn" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.oidcTokenFilePath === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oidcTokenFilePath" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.roleArn === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roleArn" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.sessionName === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessionName" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.oidcProviderArn !== void 0 && (v(e.oidcProviderArn, { instancePath: o + "/oidcProviderArn", parentData: e, parentDataProperty: "oidcProviderArn", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.oidcTokenFilePath !== void 0 && (v(e.oidcTokenFilePath, { instancePath: o + "/oidcTokenFilePath", parentData: e, parentDataProperty: "oidcTokenFilePath", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.roleArn !== void 0 && (v(e.roleArn, { instancePath: o + "/roleArn", parentData: e, parentDataProperty: "roleArn", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.sessionName !== void 0 && (v(e.sessionName, { instancePath: o + "/sessionName", parentData: e, parentDataProperty: "sessionName", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ls.errors = r, t === 0;
}
var Ir = Cs;
function j(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), j.errors = r, t === 0;
}
function Cs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.accessKeyIDSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKeyIDSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.accessKeySecretSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKeySecretSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.accessKeyIDSecretRef !== void 0 && (j(e.accessKeyIDSecretRef, { instancePath: o + "/accessKeyIDSecretRef", parentData: e, parentDataProperty: "accessKeyIDSecretRef", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length)), e.accessKeySecretSecretRef !== void 0 && (j(e.accessKeySecretSecretRef, { instancePath: o + "/accessKeySecretSecretRef", parentData: e, parentDataProperty: "accessKeySecretSecretRef", rootData: l }) || (t = (r = r === null ? j.errors : r.concat(j.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cs.errors = r, t === 0;
}
var Ur = Ns;
function Kr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (xr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xr.errors : r.concat(xr.errors)).length)), Kr.errors = r, t === 0;
}
function Tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ir(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ir.errors : r.concat(Ir.errors)).length)), Tr.errors = r, t === 0;
}
function Ns(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.rrsa !== void 0 && (Kr(e.rrsa, { instancePath: o + "/rrsa", parentData: e, parentDataProperty: "rrsa", rootData: l }) || (t = (r = r === null ? Kr.errors : r.concat(Kr.errors)).length)), e.secretRef !== void 0 && (Tr(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Tr.errors : r.concat(Tr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ns.errors = r, t === 0;
}
var Cr = Bs;
function zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Ur(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ur.errors : r.concat(Ur.errors)).length), zr.errors = r, t === 0;
}
function Lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lr.errors = r, t === 0;
}
function Bs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.regionID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "regionID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (zr(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? zr.errors : r.concat(zr.errors)).length)), e.regionID !== void 0 && (Lr(e.regionID, { instancePath: o + "/regionID", parentData: e, parentDataProperty: "regionID", rootData: l }) || (t = (r = r === null ? Lr.errors : r.concat(Lr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Bs.errors = r, t === 0;
}
var Br = Fs;
function Nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), Nr.errors = r, t === 0;
}
function Fs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.serviceAccountRef !== void 0 && (Nr(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? Nr.errors : r.concat(Nr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fs.errors = r, t === 0;
}
var Fr = Ws;
function D2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), D2.errors = r, t === 0;
}
function Ws(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.accessKeyIDSecretRef !== void 0 && (D2(e.accessKeyIDSecretRef, { instancePath: o + "/accessKeyIDSecretRef", parentData: e, parentDataProperty: "accessKeyIDSecretRef", rootData: l }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length)), e.secretAccessKeySecretRef !== void 0 && (D2(e.secretAccessKeySecretRef, { instancePath: o + "/secretAccessKeySecretRef", parentData: e, parentDataProperty: "secretAccessKeySecretRef", rootData: l }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length)), e.sessionTokenSecretRef !== void 0 && (D2(e.sessionTokenSecretRef, { instancePath: o + "/sessionTokenSecretRef", parentData: e, parentDataProperty: "sessionTokenSecretRef", rootData: l }) || (t = (r = r === null ? D2.errors : r.concat(D2.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ws.errors = r, t === 0;
}
var Or = Hs;
function Wr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Br(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Br.errors : r.concat(Br.errors)).length)), Wr.errors = r, t === 0;
}
function Hr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Fr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Fr.errors : r.concat(Fr.errors)).length)), Hr.errors = r, t === 0;
}
function Hs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.jwt !== void 0 && (Wr(e.jwt, { instancePath: o + "/jwt", parentData: e, parentDataProperty: "jwt", rootData: l }) || (t = (r = r === null ? Wr.errors : r.concat(Wr.errors)).length)), e.secretRef !== void 0 && (Hr(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Hr.errors : r.concat(Hr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hs.errors = r, t === 0;
}
var Vr = Os;
function Gr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gr.errors = r, t === 0;
}
var Ga = formats.int64;
function Mr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Ga.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mr.errors = r, t === 0;
}
function Os(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.forceDeleteWithoutRecovery !== void 0 && (Gr(e.forceDeleteWithoutRecovery, { instancePath: o + "/forceDeleteWithoutRecovery", parentData: e, parentDataProperty: "forceDeleteWithoutRecovery", rootData: l }) || (t = (r = r === null ? Gr.errors : r.concat(Gr.errors)).length)), e.recoveryWindowInDays !== void 0 && (Mr(e.recoveryWindowInDays, { instancePath: o + "/recoveryWindowInDays", parentData: e, parentDataProperty: "recoveryWindowInDays", rootData: l }) || (t = (r = r === null ? Mr.errors : r.concat(Mr.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Os.errors = r, t === 0;
}
var $r = Gs;
var Ma = ["SecretsManager", "ParameterStore"];
function Gs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "SecretsManager" && e !== "ParameterStore") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Ma } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gs.errors = r, t === 0;
}
var _r = Ms;
function d(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return d.errors = r, t === 0;
}
function Ms(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.value === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (d(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), e.value !== void 0 && (d(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ms.errors = r, t === 0;
}
var re = Vs;
function S(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return S.errors = r, t === 0;
}
function q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) S(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length);
  }
  return q.errors = r, t === 0;
}
function Zr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Or(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Or.errors : r.concat(Or.errors)).length)), Zr.errors = r, t === 0;
}
function g2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return g2.errors = r, t === 0;
}
function Jr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Vr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Vr.errors : r.concat(Vr.errors)).length)), Jr.errors = r, t === 0;
}
function Qr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $r(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? $r.errors : r.concat($r.errors)).length), Qr.errors = r, t === 0;
}
function Xr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return _r(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _r.errors : r.concat(_r.errors)).length), Xr.errors = r, t === 0;
}
function Yr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) Xr(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? Xr.errors : r.concat(Xr.errors)).length);
  }
  return Yr.errors = r, t === 0;
}
function Vs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.region === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.service === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.additionalRoles !== void 0 && (q(e.additionalRoles, { instancePath: o + "/additionalRoles", parentData: e, parentDataProperty: "additionalRoles", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.auth !== void 0 && (Zr(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Zr.errors : r.concat(Zr.errors)).length)), e.externalID !== void 0 && (g2(e.externalID, { instancePath: o + "/externalID", parentData: e, parentDataProperty: "externalID", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.prefix !== void 0 && (g2(e.prefix, { instancePath: o + "/prefix", parentData: e, parentDataProperty: "prefix", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.region !== void 0 && (S(e.region, { instancePath: o + "/region", parentData: e, parentDataProperty: "region", rootData: l }) || (t = (r = r === null ? S.errors : r.concat(S.errors)).length)), e.role !== void 0 && (g2(e.role, { instancePath: o + "/role", parentData: e, parentDataProperty: "role", rootData: l }) || (t = (r = r === null ? g2.errors : r.concat(g2.errors)).length)), e.secretsManager !== void 0 && (Jr(e.secretsManager, { instancePath: o + "/secretsManager", parentData: e, parentDataProperty: "secretsManager", rootData: l }) || (t = (r = r === null ? Jr.errors : r.concat(Jr.errors)).length)), e.service !== void 0 && (Qr(e.service, { instancePath: o + "/service", parentData: e, parentDataProperty: "service", rootData: l }) || (t = (r = r === null ? Qr.errors : r.concat(Qr.errors)).length)), e.sessionTags !== void 0 && (Yr(e.sessionTags, { instancePath: o + "/sessionTags", parentData: e, parentDataProperty: "sessionTags", rootData: l }) || (t = (r = r === null ? Yr.errors : r.concat(Yr.errors)).length)), e.transitiveTagKeys !== void 0 && (q(e.transitiveTagKeys, { instancePath: o + "/transitiveTagKeys", parentData: e, parentDataProperty: "transitiveTagKeys", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vs.errors = r, t === 0;
}
var ee = $s;
function h(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), h.errors = r, t === 0;
}
function $s(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.clientCertificate !== void 0 && (h(e.clientCertificate, { instancePath: o + "/clientCertificate", parentData: e, parentDataProperty: "clientCertificate", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.clientId !== void 0 && (h(e.clientId, { instancePath: o + "/clientId", parentData: e, parentDataProperty: "clientId", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.clientSecret !== void 0 && (h(e.clientSecret, { instancePath: o + "/clientSecret", parentData: e, parentDataProperty: "clientSecret", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.tenantId !== void 0 && (h(e.tenantId, { instancePath: o + "/tenantId", parentData: e, parentDataProperty: "tenantId", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $s.errors = r, t === 0;
}
var te = _s;
var Va = ["ServicePrincipal", "ManagedIdentity", "WorkloadIdentity"];
function _s(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "ServicePrincipal" && e !== "ManagedIdentity" && e !== "WorkloadIdentity") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: Va } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _s.errors = r, t === 0;
}
var ae = Zs;
function oe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ee(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ee.errors : r.concat(ee.errors)).length)), oe.errors = r, t === 0;
}
function ne2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return te(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? te.errors : r.concat(te.errors)).length), ne2.errors = r, t === 0;
}
function le(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return de(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? de.errors : r.concat(de.errors)).length), le.errors = r, t === 0;
}
function x(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return x.errors = r, t === 0;
}
function se(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), se.errors = r, t === 0;
}
function pe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pe.errors = r, t === 0;
}
function Zs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.vaultUrl === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vaultUrl" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.authSecretRef !== void 0 && (oe(e.authSecretRef, { instancePath: o + "/authSecretRef", parentData: e, parentDataProperty: "authSecretRef", rootData: l }) || (t = (r = r === null ? oe.errors : r.concat(oe.errors)).length)), e.authType !== void 0 && (ne2(e.authType, { instancePath: o + "/authType", parentData: e, parentDataProperty: "authType", rootData: l }) || (t = (r = r === null ? ne2.errors : r.concat(ne2.errors)).length)), e.environmentType !== void 0 && (le(e.environmentType, { instancePath: o + "/environmentType", parentData: e, parentDataProperty: "environmentType", rootData: l }) || (t = (r = r === null ? le.errors : r.concat(le.errors)).length)), e.identityId !== void 0 && (x(e.identityId, { instancePath: o + "/identityId", parentData: e, parentDataProperty: "identityId", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.serviceAccountRef !== void 0 && (se(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? se.errors : r.concat(se.errors)).length)), e.tenantId !== void 0 && (x(e.tenantId, { instancePath: o + "/tenantId", parentData: e, parentDataProperty: "tenantId", rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length)), e.vaultUrl !== void 0 && (pe(e.vaultUrl, { instancePath: o + "/vaultUrl", parentData: e, parentDataProperty: "vaultUrl", rootData: l }) || (t = (r = r === null ? pe.errors : r.concat(pe.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zs.errors = r, t === 0;
}
var ce = Js;
function ie(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), ie.errors = r, t === 0;
}
function ue(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ue.errors = r, t === 0;
}
function Js(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (ie(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? ie.errors : r.concat(ie.errors)).length)), e.value !== void 0 && (ue(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? ue.errors : r.concat(ue.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Js.errors = r, t === 0;
}
var ye = Qs;
function y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ce(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ce.errors : r.concat(ce.errors)).length)), y.errors = r, t === 0;
}
function Qs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.apiKey !== void 0 && (y(e.apiKey, { instancePath: o + "/apiKey", parentData: e, parentDataProperty: "apiKey", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.certificate !== void 0 && (y(e.certificate, { instancePath: o + "/certificate", parentData: e, parentDataProperty: "certificate", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.certificateKey !== void 0 && (y(e.certificateKey, { instancePath: o + "/certificateKey", parentData: e, parentDataProperty: "certificateKey", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.clientId !== void 0 && (y(e.clientId, { instancePath: o + "/clientId", parentData: e, parentDataProperty: "clientId", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.clientSecret !== void 0 && (y(e.clientSecret, { instancePath: o + "/clientSecret", parentData: e, parentDataProperty: "clientSecret", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qs.errors = r, t === 0;
}
var me = Xs;
function ve(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ve.errors = r, t === 0;
}
function P(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return P.errors = r, t === 0;
}
function he(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return he.errors = r, t === 0;
}
function fe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fe.errors = r, t === 0;
}
function Xs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiUrl === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiUrl" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.verifyCA === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verifyCA" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiUrl !== void 0 && (ve(e.apiUrl, { instancePath: o + "/apiUrl", parentData: e, parentDataProperty: "apiUrl", rootData: l }) || (t = (r = r === null ? ve.errors : r.concat(ve.errors)).length)), e.apiVersion !== void 0 && (P(e.apiVersion, { instancePath: o + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.clientTimeOutSeconds !== void 0 && (he(e.clientTimeOutSeconds, { instancePath: o + "/clientTimeOutSeconds", parentData: e, parentDataProperty: "clientTimeOutSeconds", rootData: l }) || (t = (r = r === null ? he.errors : r.concat(he.errors)).length)), e.retrievalType !== void 0 && (P(e.retrievalType, { instancePath: o + "/retrievalType", parentData: e, parentDataProperty: "retrievalType", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.separator !== void 0 && (P(e.separator, { instancePath: o + "/separator", parentData: e, parentDataProperty: "separator", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.verifyCA !== void 0 && (fe(e.verifyCA, { instancePath: o + "/verifyCA", parentData: e, parentDataProperty: "verifyCA", rootData: l }) || (t = (r = r === null ? fe.errors : r.concat(fe.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xs.errors = r, t === 0;
}
var Pe = Ys;
function De(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ye(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ye.errors : r.concat(ye.errors)).length), De.errors = r, t === 0;
}
function ge(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return me(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? me.errors : r.concat(me.errors)).length), ge.errors = r, t === 0;
}
function Ys(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.server === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (De(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? De.errors : r.concat(De.errors)).length)), e.server !== void 0 && (ge(e.server, { instancePath: o + "/server", parentData: e, parentDataProperty: "server", rootData: l }) || (t = (r = r === null ? ge.errors : r.concat(ge.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ys.errors = r, t === 0;
}
var we = rp;
function ke(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), ke.errors = r, t === 0;
}
function rp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.credentials === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "credentials" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.credentials !== void 0 && (ke(e.credentials, { instancePath: o + "/credentials", parentData: e, parentDataProperty: "credentials", rootData: l }) || (t = (r = r === null ? ke.errors : r.concat(ke.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rp.errors = r, t === 0;
}
var be = ep;
function Ee(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return we(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? we.errors : r.concat(we.errors)).length), Ee.errors = r, t === 0;
}
function ep(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (Ee(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Ee.errors : r.concat(Ee.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ep.errors = r, t === 0;
}
var je = tp;
function f(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return f.errors = r, t === 0;
}
function Ae(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return be(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? be.errors : r.concat(be.errors)).length), Ae.errors = r, t === 0;
}
function Re(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), Re.errors = r, t === 0;
}
function I(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return I.errors = r, t === 0;
}
function tp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.organizationID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organizationID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.projectID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "projectID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiURL !== void 0 && (f(e.apiURL, { instancePath: o + "/apiURL", parentData: e, parentDataProperty: "apiURL", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.auth !== void 0 && (Ae(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Ae.errors : r.concat(Ae.errors)).length)), e.bitwardenServerSDKURL !== void 0 && (f(e.bitwardenServerSDKURL, { instancePath: o + "/bitwardenServerSDKURL", parentData: e, parentDataProperty: "bitwardenServerSDKURL", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.caBundle !== void 0 && (f(e.caBundle, { instancePath: o + "/caBundle", parentData: e, parentDataProperty: "caBundle", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.caProvider !== void 0 && (Re(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? Re.errors : r.concat(Re.errors)).length)), e.identityURL !== void 0 && (f(e.identityURL, { instancePath: o + "/identityURL", parentData: e, parentDataProperty: "identityURL", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.organizationID !== void 0 && (I(e.organizationID, { instancePath: o + "/organizationID", parentData: e, parentDataProperty: "organizationID", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length)), e.projectID !== void 0 && (I(e.projectID, { instancePath: o + "/projectID", parentData: e, parentDataProperty: "projectID", rootData: l }) || (t = (r = r === null ? I.errors : r.concat(I.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tp.errors = r, t === 0;
}
var qe = op;
function de2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), de2.errors = r, t === 0;
}
function op(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.privateKeySecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privateKeySecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.privateKeySecretRef !== void 0 && (de2(e.privateKeySecretRef, { instancePath: o + "/privateKeySecretRef", parentData: e, parentDataProperty: "privateKeySecretRef", rootData: l }) || (t = (r = r === null ? de2.errors : r.concat(de2.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return op.errors = r, t === 0;
}
var xe = np;
function Se(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return qe(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? qe.errors : r.concat(qe.errors)).length), Se.errors = r, t === 0;
}
function np(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (Se(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Se.errors : r.concat(Se.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return np.errors = r, t === 0;
}
var Ke = lp;
function Ie(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return xe(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xe.errors : r.concat(xe.errors)).length), Ie.errors = r, t === 0;
}
function K(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return K.errors = r, t === 0;
}
function lp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.serverUrl === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serverUrl" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.username === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (Ie(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Ie.errors : r.concat(Ie.errors)).length)), e.serverUrl !== void 0 && (K(e.serverUrl, { instancePath: o + "/serverUrl", parentData: e, parentDataProperty: "serverUrl", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length)), e.username !== void 0 && (K(e.username, { instancePath: o + "/username", parentData: e, parentDataProperty: "username", rootData: l }) || (t = (r = r === null ? K.errors : r.concat(K.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return lp.errors = r, t === 0;
}
var Te = sp;
function T(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), T.errors = r, t === 0;
}
function sp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.accessKeyIDSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKeyIDSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.accessKeySecretSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKeySecretSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.accessKeyIDSecretRef !== void 0 && (T(e.accessKeyIDSecretRef, { instancePath: o + "/accessKeyIDSecretRef", parentData: e, parentDataProperty: "accessKeyIDSecretRef", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length)), e.accessKeySecretSecretRef !== void 0 && (T(e.accessKeySecretSecretRef, { instancePath: o + "/accessKeySecretSecretRef", parentData: e, parentDataProperty: "accessKeySecretSecretRef", rootData: l }) || (t = (r = r === null ? T.errors : r.concat(T.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return sp.errors = r, t === 0;
}
var ze = pp;
function Ue(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Te(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Te.errors : r.concat(Te.errors)).length)), Ue.errors = r, t === 0;
}
function pp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (Ue(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Ue.errors : r.concat(Ue.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pp.errors = r, t === 0;
}
var Ne = ap;
function Le(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ze(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ze.errors : r.concat(ze.errors)).length), Le.errors = r, t === 0;
}
function Ce(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ce.errors = r, t === 0;
}
function ap(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (Le(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Le.errors : r.concat(Le.errors)).length)), e.projectID !== void 0 && (Ce(e.projectID, { instancePath: o + "/projectID", parentData: e, parentDataProperty: "projectID", rootData: l }) || (t = (r = r === null ? Ce.errors : r.concat(Ce.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ap.errors = r, t === 0;
}
var Fe = ip;
function Be(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Be.errors = r, t === 0;
}
function U(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), U.errors = r, t === 0;
}
function ip(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.account === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.apiKeyRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiKeyRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.userRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.account !== void 0 && (Be(e.account, { instancePath: o + "/account", parentData: e, parentDataProperty: "account", rootData: l }) || (t = (r = r === null ? Be.errors : r.concat(Be.errors)).length)), e.apiKeyRef !== void 0 && (U(e.apiKeyRef, { instancePath: o + "/apiKeyRef", parentData: e, parentDataProperty: "apiKeyRef", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length)), e.userRef !== void 0 && (U(e.userRef, { instancePath: o + "/userRef", parentData: e, parentDataProperty: "userRef", rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ip.errors = r, t === 0;
}
var Ge = up;
function z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return z.errors = r, t === 0;
}
function We(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return We.errors = r, t === 0;
}
function He(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), He.errors = r, t === 0;
}
function Oe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), Oe.errors = r, t === 0;
}
function up(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.account === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.serviceID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serviceID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.account !== void 0 && (z(e.account, { instancePath: o + "/account", parentData: e, parentDataProperty: "account", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length)), e.hostId !== void 0 && (We(e.hostId, { instancePath: o + "/hostId", parentData: e, parentDataProperty: "hostId", rootData: l }) || (t = (r = r === null ? We.errors : r.concat(We.errors)).length)), e.secretRef !== void 0 && (He(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? He.errors : r.concat(He.errors)).length)), e.serviceAccountRef !== void 0 && (Oe(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? Oe.errors : r.concat(Oe.errors)).length)), e.serviceID !== void 0 && (z(e.serviceID, { instancePath: o + "/serviceID", parentData: e, parentDataProperty: "serviceID", rootData: l }) || (t = (r = r === null ? z.errors : r.concat(z.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return up.errors = r, t === 0;
}
var $e = cp;
function Me(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Fe(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Fe.errors : r.concat(Fe.errors)).length)), Me.errors = r, t === 0;
}
function Ve(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ge(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ge.errors : r.concat(Ge.errors)).length)), Ve.errors = r, t === 0;
}
function cp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.apikey !== void 0 && (Me(e.apikey, { instancePath: o + "/apikey", parentData: e, parentDataProperty: "apikey", rootData: l }) || (t = (r = r === null ? Me.errors : r.concat(Me.errors)).length)), e.jwt !== void 0 && (Ve(e.jwt, { instancePath: o + "/jwt", parentData: e, parentDataProperty: "jwt", rootData: l }) || (t = (r = r === null ? Ve.errors : r.concat(Ve.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return cp.errors = r, t === 0;
}
var Xe = yp;
function _e(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return $e(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? $e.errors : r.concat($e.errors)).length), _e.errors = r, t === 0;
}
function Ze2(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ze2.errors = r, t === 0;
}
function Je(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), Je.errors = r, t === 0;
}
function Qe(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qe.errors = r, t === 0;
}
function yp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.url === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (_e(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? _e.errors : r.concat(_e.errors)).length)), e.caBundle !== void 0 && (Ze2(e.caBundle, { instancePath: o + "/caBundle", parentData: e, parentDataProperty: "caBundle", rootData: l }) || (t = (r = r === null ? Ze2.errors : r.concat(Ze2.errors)).length)), e.caProvider !== void 0 && (Je(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? Je.errors : r.concat(Je.errors)).length)), e.url !== void 0 && (Qe(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? Qe.errors : r.concat(Qe.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yp.errors = r, t === 0;
}
var et = vp;
function Ye(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Ye.errors = r, t === 0;
}
function rt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rt.errors = r, t === 0;
}
function vp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (Ye(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Ye.errors : r.concat(Ye.errors)).length)), e.value !== void 0 && (rt(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? rt.errors : r.concat(rt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vp.errors = r, t === 0;
}
var ot = hp;
function L(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return et(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? et.errors : r.concat(et.errors)).length), L.errors = r, t === 0;
}
function tt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tt.errors = r, t === 0;
}
function C(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return C.errors = r, t === 0;
}
function hp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.clientId === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientId" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.clientSecret === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientSecret" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.tenant === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenant" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.clientId !== void 0 && (L(e.clientId, { instancePath: o + "/clientId", parentData: e, parentDataProperty: "clientId", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.clientSecret !== void 0 && (L(e.clientSecret, { instancePath: o + "/clientSecret", parentData: e, parentDataProperty: "clientSecret", rootData: l }) || (t = (r = r === null ? L.errors : r.concat(L.errors)).length)), e.tenant !== void 0 && (tt(e.tenant, { instancePath: o + "/tenant", parentData: e, parentDataProperty: "tenant", rootData: l }) || (t = (r = r === null ? tt.errors : r.concat(tt.errors)).length)), e.tld !== void 0 && (C(e.tld, { instancePath: o + "/tld", parentData: e, parentDataProperty: "tld", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length)), e.urlTemplate !== void 0 && (C(e.urlTemplate, { instancePath: o + "/urlTemplate", parentData: e, parentDataProperty: "urlTemplate", rootData: l }) || (t = (r = r === null ? C.errors : r.concat(C.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return hp.errors = r, t === 0;
}
var lt = fp;
function nt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), nt.errors = r, t === 0;
}
function fp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.credentials !== void 0 && (nt(e.credentials, { instancePath: o + "/credentials", parentData: e, parentDataProperty: "credentials", rootData: l }) || (t = (r = r === null ? nt.errors : r.concat(nt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fp.errors = r, t === 0;
}
var pt = mp;
function st(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return lt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? lt.errors : r.concat(lt.errors)).length), st.errors = r, t === 0;
}
function mp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (st(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? st.errors : r.concat(st.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mp.errors = r, t === 0;
}
var ut = Dp;
function at(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return pt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? pt.errors : r.concat(pt.errors)).length), at.errors = r, t === 0;
}
function it(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return it.errors = r, t === 0;
}
function Dp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.host === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (at(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? at.errors : r.concat(at.errors)).length)), e.host !== void 0 && (it(e.host, { instancePath: o + "/host", parentData: e, parentDataProperty: "host", rootData: l }) || (t = (r = r === null ? it.errors : r.concat(it.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dp.errors = r, t === 0;
}
var yt = gp;
function ct(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), ct.errors = r, t === 0;
}
function gp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.dopplerToken === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dopplerToken" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.dopplerToken !== void 0 && (ct(e.dopplerToken, { instancePath: o + "/dopplerToken", parentData: e, parentDataProperty: "dopplerToken", rootData: l }) || (t = (r = r === null ? ct.errors : r.concat(ct.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return gp.errors = r, t === 0;
}
var ht = Pp;
function vt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return yt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? yt.errors : r.concat(yt.errors)).length), vt.errors = r, t === 0;
}
function Pp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (vt(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? vt.errors : r.concat(vt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pp.errors = r, t === 0;
}
var gt = kp;
function ft(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ht(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ht.errors : r.concat(ht.errors)).length), ft.errors = r, t === 0;
}
function N(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return N.errors = r, t === 0;
}
var $a = ["json", "dotnet-json", "env", "yaml", "docker"];
function mt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "json" && e !== "dotnet-json" && e !== "env" && e !== "yaml" && e !== "docker") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: $a } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return mt.errors = r, t === 0;
}
var _a = ["upper-camel", "camel", "lower-snake", "tf-var", "dotnet-env", "lower-kebab"];
function Dt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "upper-camel" && e !== "camel" && e !== "lower-snake" && e !== "tf-var" && e !== "dotnet-env" && e !== "lower-kebab") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: _a } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Dt.errors = r, t === 0;
}
function kp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (ft(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? ft.errors : r.concat(ft.errors)).length)), e.config !== void 0 && (N(e.config, { instancePath: o + "/config", parentData: e, parentDataProperty: "config", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length)), e.format !== void 0 && (mt(e.format, { instancePath: o + "/format", parentData: e, parentDataProperty: "format", rootData: l }) || (t = (r = r === null ? mt.errors : r.concat(mt.errors)).length)), e.nameTransformer !== void 0 && (Dt(e.nameTransformer, { instancePath: o + "/nameTransformer", parentData: e, parentDataProperty: "nameTransformer", rootData: l }) || (t = (r = r === null ? Dt.errors : r.concat(Dt.errors)).length)), e.project !== void 0 && (N(e.project, { instancePath: o + "/project", parentData: e, parentDataProperty: "project", rootData: l }) || (t = (r = r === null ? N.errors : r.concat(N.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return kp.errors = r, t === 0;
}
var kt = wp;
function B(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return B.errors = r, t === 0;
}
function Pt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pt.errors = r, t === 0;
}
function wp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.key === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.value === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (B(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), e.value !== void 0 && (B(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? B.errors : r.concat(B.errors)).length)), e.version !== void 0 && (Pt(e.version, { instancePath: o + "/version", parentData: e, parentDataProperty: "version", rootData: l }) || (t = (r = r === null ? Pt.errors : r.concat(Pt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wp.errors = r, t === 0;
}
var bt = Ep;
function wt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return kt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? kt.errors : r.concat(kt.errors)).length), wt.errors = r, t === 0;
}
function Et(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) wt(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? wt.errors : r.concat(wt.errors)).length);
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Et.errors = r, t === 0;
}
function Ep(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.data === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.data !== void 0 && (Et(e.data, { instancePath: o + "/data", parentData: e, parentDataProperty: "data", rootData: l }) || (t = (r = r === null ? Et.errors : r.concat(Et.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ep.errors = r, t === 0;
}
var Rt = bp;
function At(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), At.errors = r, t === 0;
}
function bp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (At(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? At.errors : r.concat(At.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return bp.errors = r, t === 0;
}
var qt = Ap;
function jt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Rt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Rt.errors : r.concat(Rt.errors)).length)), jt.errors = r, t === 0;
}
function dt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return dt.errors = r, t === 0;
}
function Ap(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.apiKey !== void 0 && (jt(e.apiKey, { instancePath: o + "/apiKey", parentData: e, parentDataProperty: "apiKey", rootData: l }) || (t = (r = r === null ? jt.errors : r.concat(jt.errors)).length)), e.apiUrl !== void 0 && (dt(e.apiUrl, { instancePath: o + "/apiUrl", parentData: e, parentDataProperty: "apiUrl", rootData: l }) || (t = (r = r === null ? dt.errors : r.concat(dt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ap.errors = r, t === 0;
}
var xt = Rp;
function St(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), St.errors = r, t === 0;
}
function Rp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretAccessKeySecretRef !== void 0 && (St(e.secretAccessKeySecretRef, { instancePath: o + "/secretAccessKeySecretRef", parentData: e, parentDataProperty: "secretAccessKeySecretRef", rootData: l }) || (t = (r = r === null ? St.errors : r.concat(St.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Rp.errors = r, t === 0;
}
var Kt = jp;
function k(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return k.errors = r, t === 0;
}
function It(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), It.errors = r, t === 0;
}
function jp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.serviceAccountRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serviceAccountRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.clusterLocation !== void 0 && (k(e.clusterLocation, { instancePath: o + "/clusterLocation", parentData: e, parentDataProperty: "clusterLocation", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.clusterName !== void 0 && (k(e.clusterName, { instancePath: o + "/clusterName", parentData: e, parentDataProperty: "clusterName", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.clusterProjectID !== void 0 && (k(e.clusterProjectID, { instancePath: o + "/clusterProjectID", parentData: e, parentDataProperty: "clusterProjectID", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length)), e.serviceAccountRef !== void 0 && (It(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? It.errors : r.concat(It.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return jp.errors = r, t === 0;
}
var zt = dp;
function Tt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (xt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xt.errors : r.concat(xt.errors)).length)), Tt.errors = r, t === 0;
}
function Ut(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Kt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Kt.errors : r.concat(Kt.errors)).length)), Ut.errors = r, t === 0;
}
function dp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (Tt(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Tt.errors : r.concat(Tt.errors)).length)), e.workloadIdentity !== void 0 && (Ut(e.workloadIdentity, { instancePath: o + "/workloadIdentity", parentData: e, parentDataProperty: "workloadIdentity", rootData: l }) || (t = (r = r === null ? Ut.errors : r.concat(Ut.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return dp.errors = r, t === 0;
}
var Ct = qp;
function Lt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (zt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? zt.errors : r.concat(zt.errors)).length)), Lt.errors = r, t === 0;
}
function F(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return F.errors = r, t === 0;
}
function qp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.auth !== void 0 && (Lt(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Lt.errors : r.concat(Lt.errors)).length)), e.location !== void 0 && (F(e.location, { instancePath: o + "/location", parentData: e, parentDataProperty: "location", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length)), e.projectID !== void 0 && (F(e.projectID, { instancePath: o + "/projectID", parentData: e, parentDataProperty: "projectID", rootData: l }) || (t = (r = r === null ? F.errors : r.concat(F.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qp.errors = r, t === 0;
}
var Bt = Sp;
function Nt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), Nt.errors = r, t === 0;
}
function Sp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.privateKey === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privateKey" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.privateKey !== void 0 && (Nt(e.privateKey, { instancePath: o + "/privateKey", parentData: e, parentDataProperty: "privateKey", rootData: l }) || (t = (r = r === null ? Nt.errors : r.concat(Nt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Sp.errors = r, t === 0;
}
var Ot = xp;
var Ja = formats.int64;
function W(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !Ja.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return W.errors = r, t === 0;
}
function Ft(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Bt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Bt.errors : r.concat(Bt.errors)).length), Ft.errors = r, t === 0;
}
function w(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return w.errors = r, t === 0;
}
function Wt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wt.errors = r, t === 0;
}
function Ht(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ht.errors = r, t === 0;
}
function xp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.appID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "appID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.installationID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "installationID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.organization === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organization" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.appID !== void 0 && (W(e.appID, { instancePath: o + "/appID", parentData: e, parentDataProperty: "appID", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.auth !== void 0 && (Ft(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Ft.errors : r.concat(Ft.errors)).length)), e.environment !== void 0 && (w(e.environment, { instancePath: o + "/environment", parentData: e, parentDataProperty: "environment", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.installationID !== void 0 && (W(e.installationID, { instancePath: o + "/installationID", parentData: e, parentDataProperty: "installationID", rootData: l }) || (t = (r = r === null ? W.errors : r.concat(W.errors)).length)), e.organization !== void 0 && (Wt(e.organization, { instancePath: o + "/organization", parentData: e, parentDataProperty: "organization", rootData: l }) || (t = (r = r === null ? Wt.errors : r.concat(Wt.errors)).length)), e.repository !== void 0 && (w(e.repository, { instancePath: o + "/repository", parentData: e, parentDataProperty: "repository", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.uploadURL !== void 0 && (w(e.uploadURL, { instancePath: o + "/uploadURL", parentData: e, parentDataProperty: "uploadURL", rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), e.url !== void 0 && (Ht(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? Ht.errors : r.concat(Ht.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xp.errors = r, t === 0;
}
var Mt = Ip;
function Gt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Gt.errors = r, t === 0;
}
function Ip(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.accessToken !== void 0 && (Gt(e.accessToken, { instancePath: o + "/accessToken", parentData: e, parentDataProperty: "accessToken", rootData: l }) || (t = (r = r === null ? Gt.errors : r.concat(Gt.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ip.errors = r, t === 0;
}
var $t = Kp;
function Vt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Mt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Mt.errors : r.concat(Mt.errors)).length), Vt.errors = r, t === 0;
}
function Kp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.SecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "SecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.SecretRef !== void 0 && (Vt(e.SecretRef, { instancePath: o + "/SecretRef", parentData: e, parentDataProperty: "SecretRef", rootData: l }) || (t = (r = r === null ? Vt.errors : r.concat(Vt.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Kp.errors = r, t === 0;
}
var Xt = Tp;
function _t(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return $t(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? $t.errors : r.concat($t.errors)).length), _t.errors = r, t === 0;
}
function E(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return E.errors = r, t === 0;
}
function Zt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zt.errors = r, t === 0;
}
function Jt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) Zt(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? Zt.errors : r.concat(Zt.errors)).length);
  }
  return Jt.errors = r, t === 0;
}
function Qt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qt.errors = r, t === 0;
}
function Tp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (_t(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? _t.errors : r.concat(_t.errors)).length)), e.environment !== void 0 && (E(e.environment, { instancePath: o + "/environment", parentData: e, parentDataProperty: "environment", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.groupIDs !== void 0 && (Jt(e.groupIDs, { instancePath: o + "/groupIDs", parentData: e, parentDataProperty: "groupIDs", rootData: l }) || (t = (r = r === null ? Jt.errors : r.concat(Jt.errors)).length)), e.inheritFromGroups !== void 0 && (Qt(e.inheritFromGroups, { instancePath: o + "/inheritFromGroups", parentData: e, parentDataProperty: "inheritFromGroups", rootData: l }) || (t = (r = r === null ? Qt.errors : r.concat(Qt.errors)).length)), e.projectID !== void 0 && (E(e.projectID, { instancePath: o + "/projectID", parentData: e, parentDataProperty: "projectID", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length)), e.url !== void 0 && (E(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tp.errors = r, t === 0;
}
var ro = Up;
function H(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return H.errors = r, t === 0;
}
function Yt(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yt.errors = r, t === 0;
}
function Up(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.profile === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.iamEndpoint !== void 0 && (H(e.iamEndpoint, { instancePath: o + "/iamEndpoint", parentData: e, parentDataProperty: "iamEndpoint", rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length)), e.profile !== void 0 && (Yt(e.profile, { instancePath: o + "/profile", parentData: e, parentDataProperty: "profile", rootData: l }) || (t = (r = r === null ? Yt.errors : r.concat(Yt.errors)).length)), e.tokenLocation !== void 0 && (H(e.tokenLocation, { instancePath: o + "/tokenLocation", parentData: e, parentDataProperty: "tokenLocation", rootData: l }) || (t = (r = r === null ? H.errors : r.concat(H.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Up.errors = r, t === 0;
}
var to = zp;
function eo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), eo.errors = r, t === 0;
}
function zp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretApiKeySecretRef !== void 0 && (eo(e.secretApiKeySecretRef, { instancePath: o + "/secretApiKeySecretRef", parentData: e, parentDataProperty: "secretApiKeySecretRef", rootData: l }) || (t = (r = r === null ? eo.errors : r.concat(eo.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return zp.errors = r, t === 0;
}
var lo = Lp;
function oo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ro(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ro.errors : r.concat(ro.errors)).length)), oo.errors = r, t === 0;
}
function no(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (to(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? to.errors : r.concat(to.errors)).length)), no.errors = r, t === 0;
}
function Lp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let n = { instancePath: o, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (Object.keys(e).length < 1) {
      let n = { instancePath: o, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.containerAuth !== void 0 && (oo(e.containerAuth, { instancePath: o + "/containerAuth", parentData: e, parentDataProperty: "containerAuth", rootData: l }) || (t = (r = r === null ? oo.errors : r.concat(oo.errors)).length)), e.secretRef !== void 0 && (no(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? no.errors : r.concat(no.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Lp.errors = r, t === 0;
}
var ao = Cp;
function so(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return lo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? lo.errors : r.concat(lo.errors)).length), so.errors = r, t === 0;
}
function po(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return po.errors = r, t === 0;
}
function Cp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (so(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? so.errors : r.concat(so.errors)).length)), e.serviceUrl !== void 0 && (po(e.serviceUrl, { instancePath: o + "/serviceUrl", parentData: e, parentDataProperty: "serviceUrl", rootData: l }) || (t = (r = r === null ? po.errors : r.concat(po.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Cp.errors = r, t === 0;
}
var io = Np;
function O(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), O.errors = r, t === 0;
}
function Np(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.clientId === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientId" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.clientSecret === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientSecret" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.clientId !== void 0 && (O(e.clientId, { instancePath: o + "/clientId", parentData: e, parentDataProperty: "clientId", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length)), e.clientSecret !== void 0 && (O(e.clientSecret, { instancePath: o + "/clientSecret", parentData: e, parentDataProperty: "clientSecret", rootData: l }) || (t = (r = r === null ? O.errors : r.concat(O.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Np.errors = r, t === 0;
}
var co = Bp;
function uo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (io(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? io.errors : r.concat(io.errors)).length)), uo.errors = r, t === 0;
}
function Bp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.universalAuthCredentials !== void 0 && (uo(e.universalAuthCredentials, { instancePath: o + "/universalAuthCredentials", parentData: e, parentDataProperty: "universalAuthCredentials", rootData: l }) || (t = (r = r === null ? uo.errors : r.concat(uo.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Bp.errors = r, t === 0;
}
var fo = Fp;
function G(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return G.errors = r, t === 0;
}
function yo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return yo.errors = r, t === 0;
}
function vo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return vo.errors = r, t === 0;
}
function ho(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ho.errors = r, t === 0;
}
function Fp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.environmentSlug === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environmentSlug" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.projectSlug === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "projectSlug" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.environmentSlug !== void 0 && (G(e.environmentSlug, { instancePath: o + "/environmentSlug", parentData: e, parentDataProperty: "environmentSlug", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.expandSecretReferences !== void 0 && (yo(e.expandSecretReferences, { instancePath: o + "/expandSecretReferences", parentData: e, parentDataProperty: "expandSecretReferences", rootData: l }) || (t = (r = r === null ? yo.errors : r.concat(yo.errors)).length)), e.projectSlug !== void 0 && (G(e.projectSlug, { instancePath: o + "/projectSlug", parentData: e, parentDataProperty: "projectSlug", rootData: l }) || (t = (r = r === null ? G.errors : r.concat(G.errors)).length)), e.recursive !== void 0 && (vo(e.recursive, { instancePath: o + "/recursive", parentData: e, parentDataProperty: "recursive", rootData: l }) || (t = (r = r === null ? vo.errors : r.concat(vo.errors)).length)), e.secretsPath !== void 0 && (ho(e.secretsPath, { instancePath: o + "/secretsPath", parentData: e, parentDataProperty: "secretsPath", rootData: l }) || (t = (r = r === null ? ho.errors : r.concat(ho.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fp.errors = r, t === 0;
}
var Po = Wp;
function mo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return co(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? co.errors : r.concat(co.errors)).length), mo.errors = r, t === 0;
}
function Do(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Do.errors = r, t === 0;
}
function go(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return fo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? fo.errors : r.concat(fo.errors)).length), go.errors = r, t === 0;
}
function Wp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.secretsScope === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretsScope" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (mo(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? mo.errors : r.concat(mo.errors)).length)), e.hostAPI !== void 0 && (Do(e.hostAPI, { instancePath: o + "/hostAPI", parentData: e, parentDataProperty: "hostAPI", rootData: l }) || (t = (r = r === null ? Do.errors : r.concat(Do.errors)).length)), e.secretsScope !== void 0 && (go(e.secretsScope, { instancePath: o + "/secretsScope", parentData: e, parentDataProperty: "secretsScope", rootData: l }) || (t = (r = r === null ? go.errors : r.concat(go.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wp.errors = r, t === 0;
}
var Eo = Hp;
function ko(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), ko.errors = r, t === 0;
}
function wo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wo.errors = r, t === 0;
}
function Hp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.authRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.folderID === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "folderID" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.authRef !== void 0 && (ko(e.authRef, { instancePath: o + "/authRef", parentData: e, parentDataProperty: "authRef", rootData: l }) || (t = (r = r === null ? ko.errors : r.concat(ko.errors)).length)), e.folderID !== void 0 && (wo(e.folderID, { instancePath: o + "/folderID", parentData: e, parentDataProperty: "folderID", rootData: l }) || (t = (r = r === null ? wo.errors : r.concat(wo.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Hp.errors = r, t === 0;
}
var bo = Op;
function M(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), M.errors = r, t === 0;
}
function Op(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.clientCert !== void 0 && (M(e.clientCert, { instancePath: o + "/clientCert", parentData: e, parentDataProperty: "clientCert", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length)), e.clientKey !== void 0 && (M(e.clientKey, { instancePath: o + "/clientKey", parentData: e, parentDataProperty: "clientKey", rootData: l }) || (t = (r = r === null ? M.errors : r.concat(M.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Op.errors = r, t === 0;
}
var Ro = Gp;
function Ao(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Ao.errors = r, t === 0;
}
function Gp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.bearerToken !== void 0 && (Ao(e.bearerToken, { instancePath: o + "/bearerToken", parentData: e, parentDataProperty: "bearerToken", rootData: l }) || (t = (r = r === null ? Ao.errors : r.concat(Ao.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Gp.errors = r, t === 0;
}
var xo = Mp;
function jo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (bo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? bo.errors : r.concat(bo.errors)).length)), jo.errors = r, t === 0;
}
function qo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), qo.errors = r, t === 0;
}
function So(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ro(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ro.errors : r.concat(Ro.errors)).length)), So.errors = r, t === 0;
}
function Mp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let n = { instancePath: o, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (Object.keys(e).length < 1) {
      let n = { instancePath: o, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.cert !== void 0 && (jo(e.cert, { instancePath: o + "/cert", parentData: e, parentDataProperty: "cert", rootData: l }) || (t = (r = r === null ? jo.errors : r.concat(jo.errors)).length)), e.serviceAccount !== void 0 && (qo(e.serviceAccount, { instancePath: o + "/serviceAccount", parentData: e, parentDataProperty: "serviceAccount", rootData: l }) || (t = (r = r === null ? qo.errors : r.concat(qo.errors)).length)), e.token !== void 0 && (So(e.token, { instancePath: o + "/token", parentData: e, parentDataProperty: "token", rootData: l }) || (t = (r = r === null ? So.errors : r.concat(So.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mp.errors = r, t === 0;
}
var Uo = Vp;
var Xa = formats.byte;
function Io(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e), typeof e == "string" && !Xa.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "byte" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Io.errors = r, t === 0;
}
function Ko(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gr.errors : r.concat(gr.errors)).length)), Ko.errors = r, t === 0;
}
function To(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return To.errors = r, t === 0;
}
function Vp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.caBundle !== void 0 && (Io(e.caBundle, { instancePath: o + "/caBundle", parentData: e, parentDataProperty: "caBundle", rootData: l }) || (t = (r = r === null ? Io.errors : r.concat(Io.errors)).length)), e.caProvider !== void 0 && (Ko(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? Ko.errors : r.concat(Ko.errors)).length)), e.url !== void 0 && (To(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? To.errors : r.concat(To.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Vp.errors = r, t === 0;
}
var Bo = _p;
function zo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (xo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? xo.errors : r.concat(xo.errors)).length)), zo.errors = r, t === 0;
}
function Lo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Lo.errors = r, t === 0;
}
var Ya = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function Co(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!Ya.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return Co.errors = r, t === 0;
}
function No(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Uo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Uo.errors : r.concat(Uo.errors)).length)), No.errors = r, t === 0;
}
function _p(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.auth !== void 0 && (zo(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? zo.errors : r.concat(zo.errors)).length)), e.authRef !== void 0 && (Lo(e.authRef, { instancePath: o + "/authRef", parentData: e, parentDataProperty: "authRef", rootData: l }) || (t = (r = r === null ? Lo.errors : r.concat(Lo.errors)).length)), e.remoteNamespace !== void 0 && (Co(e.remoteNamespace, { instancePath: o + "/remoteNamespace", parentData: e, parentDataProperty: "remoteNamespace", rootData: l }) || (t = (r = r === null ? Co.errors : r.concat(Co.errors)).length)), e.server !== void 0 && (No(e.server, { instancePath: o + "/server", parentData: e, parentDataProperty: "server", rootData: l }) || (t = (r = r === null ? No.errors : r.concat(No.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return _p.errors = r, t === 0;
}
var Fo = Zp;
function V(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), V.errors = r, t === 0;
}
function Zp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiKeyRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiKeyRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.passcodeRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passcodeRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiKeyRef !== void 0 && (V(e.apiKeyRef, { instancePath: o + "/apiKeyRef", parentData: e, parentDataProperty: "apiKeyRef", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length)), e.passcodeRef !== void 0 && (V(e.passcodeRef, { instancePath: o + "/passcodeRef", parentData: e, parentDataProperty: "passcodeRef", rootData: l }) || (t = (r = r === null ? V.errors : r.concat(V.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zp.errors = r, t === 0;
}
var Oo = Jp;
function Wo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Wo.errors = r, t === 0;
}
function Ho(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Fo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Fo.errors : r.concat(Fo.errors)).length), Ho.errors = r, t === 0;
}
function $(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $.errors = r, t === 0;
}
function Jp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.apiHost === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiHost" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.environment === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.project === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiHost !== void 0 && (Wo(e.apiHost, { instancePath: o + "/apiHost", parentData: e, parentDataProperty: "apiHost", rootData: l }) || (t = (r = r === null ? Wo.errors : r.concat(Wo.errors)).length)), e.auth !== void 0 && (Ho(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Ho.errors : r.concat(Ho.errors)).length)), e.environment !== void 0 && ($(e.environment, { instancePath: o + "/environment", parentData: e, parentDataProperty: "environment", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length)), e.project !== void 0 && ($(e.project, { instancePath: o + "/project", parentData: e, parentDataProperty: "project", rootData: l }) || (t = (r = r === null ? $.errors : r.concat($.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jp.errors = r, t === 0;
}
var Mo = Qp;
function Go(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), Go.errors = r, t === 0;
}
function Qp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.connectTokenSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connectTokenSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.connectTokenSecretRef !== void 0 && (Go(e.connectTokenSecretRef, { instancePath: o + "/connectTokenSecretRef", parentData: e, parentDataProperty: "connectTokenSecretRef", rootData: l }) || (t = (r = r === null ? Go.errors : r.concat(Go.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qp.errors = r, t === 0;
}
var $o = Xp;
function Vo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Mo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Mo.errors : r.concat(Mo.errors)).length), Vo.errors = r, t === 0;
}
function Xp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (Vo(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Vo.errors : r.concat(Vo.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Xp.errors = r, t === 0;
}
var Xo = Yp;
function _o(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return $o(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? $o.errors : r.concat($o.errors)).length), _o.errors = r, t === 0;
}
function Zo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Zo.errors = r, t === 0;
}
function Jo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Jo.errors = r, t === 0;
}
function Qo(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) Jo(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? Jo.errors : r.concat(Jo.errors)).length);
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Qo.errors = r, t === 0;
}
function Yp(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.connectHost === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connectHost" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.vaults === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vaults" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (_o(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? _o.errors : r.concat(_o.errors)).length)), e.connectHost !== void 0 && (Zo(e.connectHost, { instancePath: o + "/connectHost", parentData: e, parentDataProperty: "connectHost", rootData: l }) || (t = (r = r === null ? Zo.errors : r.concat(Zo.errors)).length)), e.vaults !== void 0 && (Qo(e.vaults, { instancePath: o + "/vaults", parentData: e, parentDataProperty: "vaults", rootData: l }) || (t = (r = r === null ? Qo.errors : r.concat(Qo.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Yp.errors = r, t === 0;
}
var Yo = ra;
function _(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), _.errors = r, t === 0;
}
function ra(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.fingerprint === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fingerprint" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.privatekey === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privatekey" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.fingerprint !== void 0 && (_(e.fingerprint, { instancePath: o + "/fingerprint", parentData: e, parentDataProperty: "fingerprint", rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length)), e.privatekey !== void 0 && (_(e.privatekey, { instancePath: o + "/privatekey", parentData: e, parentDataProperty: "privatekey", rootData: l }) || (t = (r = r === null ? _.errors : r.concat(_.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ra.errors = r, t === 0;
}
var en = ea;
function rn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Yo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Yo.errors : r.concat(Yo.errors)).length), rn.errors = r, t === 0;
}
function Z(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Z.errors = r, t === 0;
}
function ea(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.tenancy === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenancy" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.user === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (rn(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? rn.errors : r.concat(rn.errors)).length)), e.tenancy !== void 0 && (Z(e.tenancy, { instancePath: o + "/tenancy", parentData: e, parentDataProperty: "tenancy", rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length)), e.user !== void 0 && (Z(e.user, { instancePath: o + "/user", parentData: e, parentDataProperty: "user", rootData: l }) || (t = (r = r === null ? Z.errors : r.concat(Z.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ea.errors = r, t === 0;
}
var tn = ta;
var ri = ["", "UserPrincipal", "InstancePrincipal", "Workload"];
function ta(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e !== "" && e !== "UserPrincipal" && e !== "InstancePrincipal" && e !== "Workload") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ri } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ta.errors = r, t === 0;
}
var sn = oa;
function on(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (en(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? en.errors : r.concat(en.errors)).length)), on.errors = r, t === 0;
}
function J(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return J.errors = r, t === 0;
}
function nn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? tn.errors : r.concat(tn.errors)).length), nn.errors = r, t === 0;
}
function Q(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Q.errors = r, t === 0;
}
function ln(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (D(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), ln.errors = r, t === 0;
}
function oa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.region === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.vault === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vault" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (on(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? on.errors : r.concat(on.errors)).length)), e.compartment !== void 0 && (J(e.compartment, { instancePath: o + "/compartment", parentData: e, parentDataProperty: "compartment", rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.encryptionKey !== void 0 && (J(e.encryptionKey, { instancePath: o + "/encryptionKey", parentData: e, parentDataProperty: "encryptionKey", rootData: l }) || (t = (r = r === null ? J.errors : r.concat(J.errors)).length)), e.principalType !== void 0 && (nn(e.principalType, { instancePath: o + "/principalType", parentData: e, parentDataProperty: "principalType", rootData: l }) || (t = (r = r === null ? nn.errors : r.concat(nn.errors)).length)), e.region !== void 0 && (Q(e.region, { instancePath: o + "/region", parentData: e, parentDataProperty: "region", rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length)), e.serviceAccountRef !== void 0 && (ln(e.serviceAccountRef, { instancePath: o + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? ln.errors : r.concat(ln.errors)).length)), e.vault !== void 0 && (Q(e.vault, { instancePath: o + "/vault", parentData: e, parentDataProperty: "vault", rootData: l }) || (t = (r = r === null ? Q.errors : r.concat(Q.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return oa.errors = r, t === 0;
}
var pn = na;
function X(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), X.errors = r, t === 0;
}
function na(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.passwordSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passwordSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.privateKeySecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privateKeySecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.passwordSecretRef !== void 0 && (X(e.passwordSecretRef, { instancePath: o + "/passwordSecretRef", parentData: e, parentDataProperty: "passwordSecretRef", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length)), e.privateKeySecretRef !== void 0 && (X(e.privateKeySecretRef, { instancePath: o + "/privateKeySecretRef", parentData: e, parentDataProperty: "privateKeySecretRef", rootData: l }) || (t = (r = r === null ? X.errors : r.concat(X.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return na.errors = r, t === 0;
}
var cn = la;
function an(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return pn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? pn.errors : r.concat(pn.errors)).length), an.errors = r, t === 0;
}
function un(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return un.errors = r, t === 0;
}
function la(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.host === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (an(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? an.errors : r.concat(an.errors)).length)), e.host !== void 0 && (un(e.host, { instancePath: o + "/host", parentData: e, parentDataProperty: "host", rootData: l }) || (t = (r = r === null ? un.errors : r.concat(un.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return la.errors = r, t === 0;
}
var vn = sa;
function yn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), yn.errors = r, t === 0;
}
function sa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.credentials !== void 0 && (yn(e.credentials, { instancePath: o + "/credentials", parentData: e, parentDataProperty: "credentials", rootData: l }) || (t = (r = r === null ? yn.errors : r.concat(yn.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return sa.errors = r, t === 0;
}
var fn = pa;
function hn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return vn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? vn.errors : r.concat(vn.errors)).length), hn.errors = r, t === 0;
}
function pa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.secretRef !== void 0 && (hn(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? hn.errors : r.concat(hn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return pa.errors = r, t === 0;
}
var Dn = aa;
function mn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return fn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? fn.errors : r.concat(fn.errors)).length), mn.errors = r, t === 0;
}
function Y(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Y.errors = r, t === 0;
}
function aa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.database === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "database" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.host === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (mn(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? mn.errors : r.concat(mn.errors)).length)), e.database !== void 0 && (Y(e.database, { instancePath: o + "/database", parentData: e, parentDataProperty: "database", rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length)), e.host !== void 0 && (Y(e.host, { instancePath: o + "/host", parentData: e, parentDataProperty: "host", rootData: l }) || (t = (r = r === null ? Y.errors : r.concat(Y.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return aa.errors = r, t === 0;
}
var Pn = ia;
function gn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), gn.errors = r, t === 0;
}
function ia(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.accessToken === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessToken" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.accessToken !== void 0 && (gn(e.accessToken, { instancePath: o + "/accessToken", parentData: e, parentDataProperty: "accessToken", rootData: l }) || (t = (r = r === null ? gn.errors : r.concat(gn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ia.errors = r, t === 0;
}
var wn = ua;
function kn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Pn.errors : r.concat(Pn.errors)).length)), kn.errors = r, t === 0;
}
function ua(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (kn(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? kn.errors : r.concat(kn.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ua.errors = r, t === 0;
}
var An = ca;
function En(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return wn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? wn.errors : r.concat(wn.errors)).length), En.errors = r, t === 0;
}
function bn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return bn.errors = r, t === 0;
}
function ca(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (En(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? En.errors : r.concat(En.errors)).length)), e.baseUri !== void 0 && (bn(e.baseUri, { instancePath: o + "/baseUri", parentData: e, parentDataProperty: "baseUri", rootData: l }) || (t = (r = r === null ? bn.errors : r.concat(bn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ca.errors = r, t === 0;
}
var jn = ya;
function Rn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Rn.errors = r, t === 0;
}
function ya(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (Rn(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? Rn.errors : r.concat(Rn.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ya.errors = r, t === 0;
}
var Sn = va;
function dn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return jn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? jn.errors : r.concat(jn.errors)).length), dn.errors = r, t === 0;
}
function qn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qn.errors = r, t === 0;
}
function b(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return b.errors = r, t === 0;
}
function va(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.accessToken === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessToken" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.environment === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.organization === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organization" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.project === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.accessToken !== void 0 && (dn(e.accessToken, { instancePath: o + "/accessToken", parentData: e, parentDataProperty: "accessToken", rootData: l }) || (t = (r = r === null ? dn.errors : r.concat(dn.errors)).length)), e.apiUrl !== void 0 && (qn(e.apiUrl, { instancePath: o + "/apiUrl", parentData: e, parentDataProperty: "apiUrl", rootData: l }) || (t = (r = r === null ? qn.errors : r.concat(qn.errors)).length)), e.environment !== void 0 && (b(e.environment, { instancePath: o + "/environment", parentData: e, parentDataProperty: "environment", rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.organization !== void 0 && (b(e.organization, { instancePath: o + "/organization", parentData: e, parentDataProperty: "organization", rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length)), e.project !== void 0 && (b(e.project, { instancePath: o + "/project", parentData: e, parentDataProperty: "project", rootData: l }) || (t = (r = r === null ? b.errors : r.concat(b.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return va.errors = r, t === 0;
}
var Kn = ha;
function xn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), xn.errors = r, t === 0;
}
function In(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return In.errors = r, t === 0;
}
function ha(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (xn(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? xn.errors : r.concat(xn.errors)).length)), e.value !== void 0 && (In(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? In.errors : r.concat(In.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ha.errors = r, t === 0;
}
var Un = fa;
function rr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Kn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Kn.errors : r.concat(Kn.errors)).length), rr.errors = r, t === 0;
}
function Tn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Tn.errors = r, t === 0;
}
function er(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return er.errors = r, t === 0;
}
function fa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.accessKey === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKey" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.projectId === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "projectId" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.region === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.secretKey === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretKey" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.accessKey !== void 0 && (rr(e.accessKey, { instancePath: o + "/accessKey", parentData: e, parentDataProperty: "accessKey", rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length)), e.apiUrl !== void 0 && (Tn(e.apiUrl, { instancePath: o + "/apiUrl", parentData: e, parentDataProperty: "apiUrl", rootData: l }) || (t = (r = r === null ? Tn.errors : r.concat(Tn.errors)).length)), e.projectId !== void 0 && (er(e.projectId, { instancePath: o + "/projectId", parentData: e, parentDataProperty: "projectId", rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), e.region !== void 0 && (er(e.region, { instancePath: o + "/region", parentData: e, parentDataProperty: "region", rootData: l }) || (t = (r = r === null ? er.errors : r.concat(er.errors)).length)), e.secretKey !== void 0 && (rr(e.secretKey, { instancePath: o + "/secretKey", parentData: e, parentDataProperty: "secretKey", rootData: l }) || (t = (r = r === null ? rr.errors : r.concat(rr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return fa.errors = r, t === 0;
}
var Cn = ma;
function zn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), zn.errors = r, t === 0;
}
function Ln(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ln.errors = r, t === 0;
}
function ma(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.secretRef !== void 0 && (zn(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? zn.errors : r.concat(zn.errors)).length)), e.value !== void 0 && (Ln(e.value, { instancePath: o + "/value", parentData: e, parentDataProperty: "value", rootData: l }) || (t = (r = r === null ? Ln.errors : r.concat(Ln.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ma.errors = r, t === 0;
}
var Bn = Da;
function tr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Cn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Cn.errors : r.concat(Cn.errors)).length), tr.errors = r, t === 0;
}
function Nn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Nn.errors = r, t === 0;
}
function Da(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.password === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "password" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.serverURL === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serverURL" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.username === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.password !== void 0 && (tr(e.password, { instancePath: o + "/password", parentData: e, parentDataProperty: "password", rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length)), e.serverURL !== void 0 && (Nn(e.serverURL, { instancePath: o + "/serverURL", parentData: e, parentDataProperty: "serverURL", rootData: l }) || (t = (r = r === null ? Nn.errors : r.concat(Nn.errors)).length)), e.username !== void 0 && (tr(e.username, { instancePath: o + "/username", parentData: e, parentDataProperty: "username", rootData: l }) || (t = (r = r === null ? tr.errors : r.concat(tr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Da.errors = r, t === 0;
}
var Hn = ga;
function Fn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Fn.errors = r, t === 0;
}
function Wn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), Wn.errors = r, t === 0;
}
function ga(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.clientId === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientId" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.clientSecretSecretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientSecretSecretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.clientId !== void 0 && (Fn(e.clientId, { instancePath: o + "/clientId", parentData: e, parentDataProperty: "clientId", rootData: l }) || (t = (r = r === null ? Fn.errors : r.concat(Fn.errors)).length)), e.clientSecretSecretRef !== void 0 && (Wn(e.clientSecretSecretRef, { instancePath: o + "/clientSecretSecretRef", parentData: e, parentDataProperty: "clientSecretSecretRef", rootData: l }) || (t = (r = r === null ? Wn.errors : r.concat(Wn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ga.errors = r, t === 0;
}
var On = Pa;
function Pa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Pa.errors = r, t === 0;
}
var _n = ka;
function Gn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Hn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Hn.errors : r.concat(Hn.errors)).length), Gn.errors = r, t === 0;
}
function Mn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Mn.errors = r, t === 0;
}
function Vn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return On(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? On.errors : r.concat(On.errors)).length), Vn.errors = r, t === 0;
}
function $n(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return $n.errors = r, t === 0;
}
function ka(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.module === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.url === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (Gn(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? Gn.errors : r.concat(Gn.errors)).length)), e.ignoreSslCertificate !== void 0 && (Mn(e.ignoreSslCertificate, { instancePath: o + "/ignoreSslCertificate", parentData: e, parentDataProperty: "ignoreSslCertificate", rootData: l }) || (t = (r = r === null ? Mn.errors : r.concat(Mn.errors)).length)), e.module !== void 0 && (Vn(e.module, { instancePath: o + "/module", parentData: e, parentDataProperty: "module", rootData: l }) || (t = (r = r === null ? Vn.errors : r.concat(Vn.errors)).length)), e.url !== void 0 && ($n(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? $n.errors : r.concat($n.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ka.errors = r, t === 0;
}
var Zn = wa;
function or(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), or.errors = r, t === 0;
}
function wa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.passwordSecret === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passwordSecret" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.usernameSecret === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "usernameSecret" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.passwordSecret !== void 0 && (or(e.passwordSecret, { instancePath: o + "/passwordSecret", parentData: e, parentDataProperty: "passwordSecret", rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length)), e.usernameSecret !== void 0 && (or(e.usernameSecret, { instancePath: o + "/usernameSecret", parentData: e, parentDataProperty: "usernameSecret", rootData: l }) || (t = (r = r === null ? or.errors : r.concat(or.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wa.errors = r, t === 0;
}
var Qn = Ea;
function Jn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Zn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Zn.errors : r.concat(Zn.errors)).length)), Jn.errors = r, t === 0;
}
function Ea(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let n = { instancePath: o, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (Object.keys(e).length < 1) {
      let n = { instancePath: o, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.ntlm !== void 0 && (Jn(e.ntlm, { instancePath: o + "/ntlm", parentData: e, parentDataProperty: "ntlm", rootData: l }) || (t = (r = r === null ? Jn.errors : r.concat(Jn.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ea.errors = r, t === 0;
}
var Xn = ba;
function ba(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ba.errors = r, t === 0;
}
var ol = Aa;
var ei = RegExp("^[-._a-zA-Z0-9]+$", "u");
function Yn(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!ei.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-._a-zA-Z0-9]+$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return Yn.errors = r, t === 0;
}
var ti = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function rl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e == "string") {
    if (ucs2length_default(e) > 253) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!ti.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return rl.errors = r, t === 0;
}
var oi = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function el(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "string") {
    if (ucs2length_default(e) > 63) {
      let n = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (1 > ucs2length_default(e)) {
      let n = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (!oi.test(e)) {
      let n = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      r === null ? r = [n] : r.push(n), t++;
    }
  }
  return el.errors = r, t === 0;
}
var ni = ["Secret", "ConfigMap"];
function tl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Xn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Xn.errors : r.concat(Xn.errors)).length), e !== "Secret" && e !== "ConfigMap") {
    let n = { instancePath: o, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: ni } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return tl.errors = r, t === 0;
}
function Aa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.type === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.key !== void 0 && (Yn(e.key, { instancePath: o + "/key", parentData: e, parentDataProperty: "key", rootData: l }) || (t = (r = r === null ? Yn.errors : r.concat(Yn.errors)).length)), e.name !== void 0 && (rl(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? rl.errors : r.concat(rl.errors)).length)), e.namespace !== void 0 && (el(e.namespace, { instancePath: o + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: l }) || (t = (r = r === null ? el.errors : r.concat(el.errors)).length)), e.type !== void 0 && (tl(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? tl.errors : r.concat(tl.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Aa.errors = r, t === 0;
}
var ll = Ra;
function nl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return nl.errors = r, t === 0;
}
function Ra(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.jsonPath !== void 0 && (nl(e.jsonPath, { instancePath: o + "/jsonPath", parentData: e, parentDataProperty: "jsonPath", rootData: l }) || (t = (r = r === null ? nl.errors : r.concat(nl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ra.errors = r, t === 0;
}
var al = ja;
function sl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return sl.errors = r, t === 0;
}
function pl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), pl.errors = r, t === 0;
}
function ja(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.secretRef === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.name !== void 0 && (sl(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? sl.errors : r.concat(sl.errors)).length)), e.secretRef !== void 0 && (pl(e.secretRef, { instancePath: o + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: l }) || (t = (r = r === null ? pl.errors : r.concat(pl.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ja.errors = r, t === 0;
}
var ml = da;
function il(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Qn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Qn.errors : r.concat(Qn.errors)).length)), il.errors = r, t === 0;
}
function A(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return A.errors = r, t === 0;
}
var si = formats.byte;
function ul(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e), typeof e == "string" && !si.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "byte" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ul.errors = r, t === 0;
}
function cl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ol(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ol.errors : r.concat(ol.errors)).length)), cl.errors = r, t === 0;
}
function nr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return nr.errors = r, t === 0;
}
function yl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let n in e) nr(e[n], { instancePath: o + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: n, rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length);
  return yl.errors = r, t === 0;
}
function vl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return ll(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ll.errors : r.concat(ll.errors)).length), vl.errors = r, t === 0;
}
function hl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return al(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? al.errors : r.concat(al.errors)).length), hl.errors = r, t === 0;
}
function fl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) hl(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? hl.errors : r.concat(hl.errors)).length);
  }
  return fl.errors = r, t === 0;
}
function da(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.result === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (e.url === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.auth !== void 0 && (il(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? il.errors : r.concat(il.errors)).length)), e.body !== void 0 && (A(e.body, { instancePath: o + "/body", parentData: e, parentDataProperty: "body", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.caBundle !== void 0 && (ul(e.caBundle, { instancePath: o + "/caBundle", parentData: e, parentDataProperty: "caBundle", rootData: l }) || (t = (r = r === null ? ul.errors : r.concat(ul.errors)).length)), e.caProvider !== void 0 && (cl(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? cl.errors : r.concat(cl.errors)).length)), e.headers !== void 0 && (yl(e.headers, { instancePath: o + "/headers", parentData: e, parentDataProperty: "headers", rootData: l }) || (t = (r = r === null ? yl.errors : r.concat(yl.errors)).length)), e.method !== void 0 && (A(e.method, { instancePath: o + "/method", parentData: e, parentDataProperty: "method", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.result !== void 0 && (vl(e.result, { instancePath: o + "/result", parentData: e, parentDataProperty: "result", rootData: l }) || (t = (r = r === null ? vl.errors : r.concat(vl.errors)).length)), e.secrets !== void 0 && (fl(e.secrets, { instancePath: o + "/secrets", parentData: e, parentDataProperty: "secrets", rootData: l }) || (t = (r = r === null ? fl.errors : r.concat(fl.errors)).length)), e.timeout !== void 0 && (A(e.timeout, { instancePath: o + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.url !== void 0 && (nr(e.url, { instancePath: o + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? nr.errors : r.concat(nr.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return da.errors = r, t === 0;
}
var gl = qa;
function Dl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Dl.errors = r, t === 0;
}
function qa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.authorizedKeySecretRef !== void 0 && (Dl(e.authorizedKeySecretRef, { instancePath: o + "/authorizedKeySecretRef", parentData: e, parentDataProperty: "authorizedKeySecretRef", rootData: l }) || (t = (r = r === null ? Dl.errors : r.concat(Dl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return qa.errors = r, t === 0;
}
var kl = Sa;
function Pl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Pl.errors = r, t === 0;
}
function Sa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.certSecretRef !== void 0 && (Pl(e.certSecretRef, { instancePath: o + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? Pl.errors : r.concat(Pl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Sa.errors = r, t === 0;
}
var Al = xa;
function wl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return wl.errors = r, t === 0;
}
function El(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return gl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gl.errors : r.concat(gl.errors)).length), El.errors = r, t === 0;
}
function bl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (kl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? kl.errors : r.concat(kl.errors)).length)), bl.errors = r, t === 0;
}
function xa(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiEndpoint !== void 0 && (wl(e.apiEndpoint, { instancePath: o + "/apiEndpoint", parentData: e, parentDataProperty: "apiEndpoint", rootData: l }) || (t = (r = r === null ? wl.errors : r.concat(wl.errors)).length)), e.auth !== void 0 && (El(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? El.errors : r.concat(El.errors)).length)), e.caProvider !== void 0 && (bl(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? bl.errors : r.concat(bl.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return xa.errors = r, t === 0;
}
var jl = Ia;
function Rl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), Rl.errors = r, t === 0;
}
function Ia(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.authorizedKeySecretRef !== void 0 && (Rl(e.authorizedKeySecretRef, { instancePath: o + "/authorizedKeySecretRef", parentData: e, parentDataProperty: "authorizedKeySecretRef", rootData: l }) || (t = (r = r === null ? Rl.errors : r.concat(Rl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ia.errors = r, t === 0;
}
var ql = Ka;
function dl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c2(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length)), dl.errors = r, t === 0;
}
function Ka(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.certSecretRef !== void 0 && (dl(e.certSecretRef, { instancePath: o + "/certSecretRef", parentData: e, parentDataProperty: "certSecretRef", rootData: l }) || (t = (r = r === null ? dl.errors : r.concat(dl.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ka.errors = r, t === 0;
}
var Kl = Ta;
function Sl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Sl.errors = r, t === 0;
}
function xl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return jl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? jl.errors : r.concat(jl.errors)).length), xl.errors = r, t === 0;
}
function Il(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ql(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ql.errors : r.concat(ql.errors)).length)), Il.errors = r, t === 0;
}
function Ta(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.apiEndpoint !== void 0 && (Sl(e.apiEndpoint, { instancePath: o + "/apiEndpoint", parentData: e, parentDataProperty: "apiEndpoint", rootData: l }) || (t = (r = r === null ? Sl.errors : r.concat(Sl.errors)).length)), e.auth !== void 0 && (xl(e.auth, { instancePath: o + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? xl.errors : r.concat(xl.errors)).length)), e.caProvider !== void 0 && (Il(e.caProvider, { instancePath: o + "/caProvider", parentData: e, parentDataProperty: "caProvider", rootData: l }) || (t = (r = r === null ? Il.errors : r.concat(Il.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ta.errors = r, t === 0;
}
var hs = Ua;
function Tl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Sr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Sr.errors : r.concat(Sr.errors)).length)), Tl.errors = r, t === 0;
}
function Ul(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Cr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Cr.errors : r.concat(Cr.errors)).length)), Ul.errors = r, t === 0;
}
function zl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (re(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? re.errors : r.concat(re.errors)).length)), zl.errors = r, t === 0;
}
function Ll(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ae(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ae.errors : r.concat(ae.errors)).length)), Ll.errors = r, t === 0;
}
function Cl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Pe(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Pe.errors : r.concat(Pe.errors)).length)), Cl.errors = r, t === 0;
}
function Nl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (je(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? je.errors : r.concat(je.errors)).length)), Nl.errors = r, t === 0;
}
function Bl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ke(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ke.errors : r.concat(Ke.errors)).length)), Bl.errors = r, t === 0;
}
function Fl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ne(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ne.errors : r.concat(Ne.errors)).length)), Fl.errors = r, t === 0;
}
function Wl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Xe(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Xe.errors : r.concat(Xe.errors)).length)), Wl.errors = r, t === 0;
}
function Hl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ot(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ot.errors : r.concat(ot.errors)).length)), Hl.errors = r, t === 0;
}
function Ol(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ut(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ut.errors : r.concat(ut.errors)).length)), Ol.errors = r, t === 0;
}
function Gl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (gt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? gt.errors : r.concat(gt.errors)).length)), Gl.errors = r, t === 0;
}
function Ml(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (bt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? bt.errors : r.concat(bt.errors)).length)), Ml.errors = r, t === 0;
}
function Vl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (qt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? qt.errors : r.concat(qt.errors)).length)), Vl.errors = r, t === 0;
}
function $l(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ct(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ct.errors : r.concat(Ct.errors)).length)), $l.errors = r, t === 0;
}
function _l(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ot(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ot.errors : r.concat(Ot.errors)).length)), _l.errors = r, t === 0;
}
function Zl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Xt(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Xt.errors : r.concat(Xt.errors)).length)), Zl.errors = r, t === 0;
}
function Jl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ao(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ao.errors : r.concat(ao.errors)).length)), Jl.errors = r, t === 0;
}
function Ql(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Po(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Po.errors : r.concat(Po.errors)).length)), Ql.errors = r, t === 0;
}
function Xl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Eo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Eo.errors : r.concat(Eo.errors)).length)), Xl.errors = r, t === 0;
}
function Yl(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Bo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Bo.errors : r.concat(Bo.errors)).length)), Yl.errors = r, t === 0;
}
function rs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Oo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Oo.errors : r.concat(Oo.errors)).length)), rs.errors = r, t === 0;
}
function es(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Xo(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Xo.errors : r.concat(Xo.errors)).length)), es.errors = r, t === 0;
}
function ts(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (sn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? sn.errors : r.concat(sn.errors)).length)), ts.errors = r, t === 0;
}
function os(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (cn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? cn.errors : r.concat(cn.errors)).length)), os.errors = r, t === 0;
}
function ns(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Dn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Dn.errors : r.concat(Dn.errors)).length)), ns.errors = r, t === 0;
}
function ls(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (An(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? An.errors : r.concat(An.errors)).length)), ls.errors = r, t === 0;
}
function ss(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Sn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Sn.errors : r.concat(Sn.errors)).length)), ss.errors = r, t === 0;
}
function ps(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Un(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Un.errors : r.concat(Un.errors)).length)), ps.errors = r, t === 0;
}
function as(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Bn(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Bn.errors : r.concat(Bn.errors)).length)), as.errors = r, t === 0;
}
function is(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (_n(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? _n.errors : r.concat(_n.errors)).length)), is.errors = r, t === 0;
}
function us(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Ze(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Ze.errors : r.concat(Ze.errors)).length)), us.errors = r, t === 0;
}
function cs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ml(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ml.errors : r.concat(ml.errors)).length)), cs.errors = r, t === 0;
}
function ys(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Al(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Al.errors : r.concat(Al.errors)).length)), ys.errors = r, t === 0;
}
function vs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (Kl(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Kl.errors : r.concat(Kl.errors)).length)), vs.errors = r, t === 0;
}
function Ua(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (Object.keys(e).length > 1) {
      let n = { instancePath: o, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    if (Object.keys(e).length < 1) {
      let n = { instancePath: o, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.akeyless !== void 0 && (Tl(e.akeyless, { instancePath: o + "/akeyless", parentData: e, parentDataProperty: "akeyless", rootData: l }) || (t = (r = r === null ? Tl.errors : r.concat(Tl.errors)).length)), e.alibaba !== void 0 && (Ul(e.alibaba, { instancePath: o + "/alibaba", parentData: e, parentDataProperty: "alibaba", rootData: l }) || (t = (r = r === null ? Ul.errors : r.concat(Ul.errors)).length)), e.aws !== void 0 && (zl(e.aws, { instancePath: o + "/aws", parentData: e, parentDataProperty: "aws", rootData: l }) || (t = (r = r === null ? zl.errors : r.concat(zl.errors)).length)), e.azurekv !== void 0 && (Ll(e.azurekv, { instancePath: o + "/azurekv", parentData: e, parentDataProperty: "azurekv", rootData: l }) || (t = (r = r === null ? Ll.errors : r.concat(Ll.errors)).length)), e.beyondtrust !== void 0 && (Cl(e.beyondtrust, { instancePath: o + "/beyondtrust", parentData: e, parentDataProperty: "beyondtrust", rootData: l }) || (t = (r = r === null ? Cl.errors : r.concat(Cl.errors)).length)), e.bitwardensecretsmanager !== void 0 && (Nl(e.bitwardensecretsmanager, { instancePath: o + "/bitwardensecretsmanager", parentData: e, parentDataProperty: "bitwardensecretsmanager", rootData: l }) || (t = (r = r === null ? Nl.errors : r.concat(Nl.errors)).length)), e.chef !== void 0 && (Bl(e.chef, { instancePath: o + "/chef", parentData: e, parentDataProperty: "chef", rootData: l }) || (t = (r = r === null ? Bl.errors : r.concat(Bl.errors)).length)), e.cloudrusm !== void 0 && (Fl(e.cloudrusm, { instancePath: o + "/cloudrusm", parentData: e, parentDataProperty: "cloudrusm", rootData: l }) || (t = (r = r === null ? Fl.errors : r.concat(Fl.errors)).length)), e.conjur !== void 0 && (Wl(e.conjur, { instancePath: o + "/conjur", parentData: e, parentDataProperty: "conjur", rootData: l }) || (t = (r = r === null ? Wl.errors : r.concat(Wl.errors)).length)), e.delinea !== void 0 && (Hl(e.delinea, { instancePath: o + "/delinea", parentData: e, parentDataProperty: "delinea", rootData: l }) || (t = (r = r === null ? Hl.errors : r.concat(Hl.errors)).length)), e.device42 !== void 0 && (Ol(e.device42, { instancePath: o + "/device42", parentData: e, parentDataProperty: "device42", rootData: l }) || (t = (r = r === null ? Ol.errors : r.concat(Ol.errors)).length)), e.doppler !== void 0 && (Gl(e.doppler, { instancePath: o + "/doppler", parentData: e, parentDataProperty: "doppler", rootData: l }) || (t = (r = r === null ? Gl.errors : r.concat(Gl.errors)).length)), e.fake !== void 0 && (Ml(e.fake, { instancePath: o + "/fake", parentData: e, parentDataProperty: "fake", rootData: l }) || (t = (r = r === null ? Ml.errors : r.concat(Ml.errors)).length)), e.fortanix !== void 0 && (Vl(e.fortanix, { instancePath: o + "/fortanix", parentData: e, parentDataProperty: "fortanix", rootData: l }) || (t = (r = r === null ? Vl.errors : r.concat(Vl.errors)).length)), e.gcpsm !== void 0 && ($l(e.gcpsm, { instancePath: o + "/gcpsm", parentData: e, parentDataProperty: "gcpsm", rootData: l }) || (t = (r = r === null ? $l.errors : r.concat($l.errors)).length)), e.github !== void 0 && (_l(e.github, { instancePath: o + "/github", parentData: e, parentDataProperty: "github", rootData: l }) || (t = (r = r === null ? _l.errors : r.concat(_l.errors)).length)), e.gitlab !== void 0 && (Zl(e.gitlab, { instancePath: o + "/gitlab", parentData: e, parentDataProperty: "gitlab", rootData: l }) || (t = (r = r === null ? Zl.errors : r.concat(Zl.errors)).length)), e.ibm !== void 0 && (Jl(e.ibm, { instancePath: o + "/ibm", parentData: e, parentDataProperty: "ibm", rootData: l }) || (t = (r = r === null ? Jl.errors : r.concat(Jl.errors)).length)), e.infisical !== void 0 && (Ql(e.infisical, { instancePath: o + "/infisical", parentData: e, parentDataProperty: "infisical", rootData: l }) || (t = (r = r === null ? Ql.errors : r.concat(Ql.errors)).length)), e.keepersecurity !== void 0 && (Xl(e.keepersecurity, { instancePath: o + "/keepersecurity", parentData: e, parentDataProperty: "keepersecurity", rootData: l }) || (t = (r = r === null ? Xl.errors : r.concat(Xl.errors)).length)), e.kubernetes !== void 0 && (Yl(e.kubernetes, { instancePath: o + "/kubernetes", parentData: e, parentDataProperty: "kubernetes", rootData: l }) || (t = (r = r === null ? Yl.errors : r.concat(Yl.errors)).length)), e.onboardbase !== void 0 && (rs(e.onboardbase, { instancePath: o + "/onboardbase", parentData: e, parentDataProperty: "onboardbase", rootData: l }) || (t = (r = r === null ? rs.errors : r.concat(rs.errors)).length)), e.onepassword !== void 0 && (es(e.onepassword, { instancePath: o + "/onepassword", parentData: e, parentDataProperty: "onepassword", rootData: l }) || (t = (r = r === null ? es.errors : r.concat(es.errors)).length)), e.oracle !== void 0 && (ts(e.oracle, { instancePath: o + "/oracle", parentData: e, parentDataProperty: "oracle", rootData: l }) || (t = (r = r === null ? ts.errors : r.concat(ts.errors)).length)), e.passbolt !== void 0 && (os(e.passbolt, { instancePath: o + "/passbolt", parentData: e, parentDataProperty: "passbolt", rootData: l }) || (t = (r = r === null ? os.errors : r.concat(os.errors)).length)), e.passworddepot !== void 0 && (ns(e.passworddepot, { instancePath: o + "/passworddepot", parentData: e, parentDataProperty: "passworddepot", rootData: l }) || (t = (r = r === null ? ns.errors : r.concat(ns.errors)).length)), e.previder !== void 0 && (ls(e.previder, { instancePath: o + "/previder", parentData: e, parentDataProperty: "previder", rootData: l }) || (t = (r = r === null ? ls.errors : r.concat(ls.errors)).length)), e.pulumi !== void 0 && (ss(e.pulumi, { instancePath: o + "/pulumi", parentData: e, parentDataProperty: "pulumi", rootData: l }) || (t = (r = r === null ? ss.errors : r.concat(ss.errors)).length)), e.scaleway !== void 0 && (ps(e.scaleway, { instancePath: o + "/scaleway", parentData: e, parentDataProperty: "scaleway", rootData: l }) || (t = (r = r === null ? ps.errors : r.concat(ps.errors)).length)), e.secretserver !== void 0 && (as(e.secretserver, { instancePath: o + "/secretserver", parentData: e, parentDataProperty: "secretserver", rootData: l }) || (t = (r = r === null ? as.errors : r.concat(as.errors)).length)), e.senhasegura !== void 0 && (is(e.senhasegura, { instancePath: o + "/senhasegura", parentData: e, parentDataProperty: "senhasegura", rootData: l }) || (t = (r = r === null ? is.errors : r.concat(is.errors)).length)), e.vault !== void 0 && (us(e.vault, { instancePath: o + "/vault", parentData: e, parentDataProperty: "vault", rootData: l }) || (t = (r = r === null ? us.errors : r.concat(us.errors)).length)), e.webhook !== void 0 && (cs(e.webhook, { instancePath: o + "/webhook", parentData: e, parentDataProperty: "webhook", rootData: l }) || (t = (r = r === null ? cs.errors : r.concat(cs.errors)).length)), e.yandexcertificatemanager !== void 0 && (ys(e.yandexcertificatemanager, { instancePath: o + "/yandexcertificatemanager", parentData: e, parentDataProperty: "yandexcertificatemanager", rootData: l }) || (t = (r = r === null ? ys.errors : r.concat(ys.errors)).length)), e.yandexlockbox !== void 0 && (vs(e.yandexlockbox, { instancePath: o + "/yandexlockbox", parentData: e, parentDataProperty: "yandexlockbox", rootData: l }) || (t = (r = r === null ? vs.errors : r.concat(vs.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ua.errors = r, t === 0;
}
var Ph = za;
function fs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return Dr(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Dr.errors : r.concat(Dr.errors)).length), fs.errors = r, t === 0;
}
function ms(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) fs(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? fs.errors : r.concat(fs.errors)).length);
  }
  return ms.errors = r, t === 0;
}
function Ds(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ds.errors = r, t === 0;
}
function gs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return hs(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? hs.errors : r.concat(hs.errors)).length), gs.errors = r, t === 0;
}
function Ps(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ps.errors = r, t === 0;
}
function ks(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (ne(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ne.errors : r.concat(ne.errors)).length)), ks.errors = r, t === 0;
}
function za(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.provider === void 0) {
      let n = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" } };
      r === null ? r = [n] : r.push(n), t++;
    }
    e.conditions !== void 0 && (ms(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? ms.errors : r.concat(ms.errors)).length)), e.controller !== void 0 && (Ds(e.controller, { instancePath: o + "/controller", parentData: e, parentDataProperty: "controller", rootData: l }) || (t = (r = r === null ? Ds.errors : r.concat(Ds.errors)).length)), e.provider !== void 0 && (gs(e.provider, { instancePath: o + "/provider", parentData: e, parentDataProperty: "provider", rootData: l }) || (t = (r = r === null ? gs.errors : r.concat(gs.errors)).length)), e.refreshInterval !== void 0 && (Ps(e.refreshInterval, { instancePath: o + "/refreshInterval", parentData: e, parentDataProperty: "refreshInterval", rootData: l }) || (t = (r = r === null ? Ps.errors : r.concat(Ps.errors)).length)), e.retrySettings !== void 0 && (ks(e.retrySettings, { instancePath: o + "/retrySettings", parentData: e, parentDataProperty: "retrySettings", rootData: l }) || (t = (r = r === null ? ks.errors : r.concat(ks.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return za.errors = r, t === 0;
}
var ws = La;
function La(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return La.errors = r, t === 0;
}
var Es = Ca;
function Ca(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ca.errors = r, t === 0;
}
var js = Na;
function bs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (c(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), bs.errors = r, t === 0;
}
function lr(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return lr.errors = r, t === 0;
}
function As(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return As.errors = r, t === 0;
}
function Rs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Es(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? Es.errors : r.concat(Es.errors)).length), Rs.errors = r, t === 0;
}
function Na(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
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
    e.lastTransitionTime !== void 0 && (bs(e.lastTransitionTime, { instancePath: o + "/lastTransitionTime", parentData: e, parentDataProperty: "lastTransitionTime", rootData: l }) || (t = (r = r === null ? bs.errors : r.concat(bs.errors)).length)), e.message !== void 0 && (lr(e.message, { instancePath: o + "/message", parentData: e, parentDataProperty: "message", rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), e.reason !== void 0 && (lr(e.reason, { instancePath: o + "/reason", parentData: e, parentDataProperty: "reason", rootData: l }) || (t = (r = r === null ? lr.errors : r.concat(lr.errors)).length)), e.status !== void 0 && (As(e.status, { instancePath: o + "/status", parentData: e, parentDataProperty: "status", rootData: l }) || (t = (r = r === null ? As.errors : r.concat(As.errors)).length)), e.type !== void 0 && (Rs(e.type, { instancePath: o + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? Rs.errors : r.concat(Rs.errors)).length));
  } else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Na.errors = r, t === 0;
}
var Sh = Ba;
function ds(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return ws(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? ws.errors : r.concat(ws.errors)).length), ds.errors = r, t === 0;
}
function qs(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return js(e, { instancePath: o, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? js.errors : r.concat(js.errors)).length), qs.errors = r, t === 0;
}
function Ss(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let i = 0; i < n; i++) qs(e[i], { instancePath: o + "/" + i, parentData: e, parentDataProperty: i, rootData: l }) || (t = (r = r === null ? qs.errors : r.concat(qs.errors)).length);
  }
  return Ss.errors = r, t === 0;
}
function Ba(e, { instancePath: o = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.capabilities !== void 0 && (ds(e.capabilities, { instancePath: o + "/capabilities", parentData: e, parentDataProperty: "capabilities", rootData: l }) || (t = (r = r === null ? ds.errors : r.concat(ds.errors)).length)), e.conditions !== void 0 && (Ss(e.conditions, { instancePath: o + "/conditions", parentData: e, parentDataProperty: "conditions", rootData: l }) || (t = (r = r === null ? Ss.errors : r.concat(Ss.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return Ba.errors = r, t === 0;
}

export {
  Ph,
  Sh
};
