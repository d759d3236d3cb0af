import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  v
} from "./chunk-RCDAYTCR.js";
import {
  i
} from "./chunk-ND6Q3VEL.js";
import {
  U
} from "./chunk-DVLG2RZL.js";

// src/generated/current/chunks/MFLEPQMI.js
var h = k;
function p(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function k(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.source !== void 0 && (p(e.source, { instancePath: n + "/source", parentData: e, parentDataProperty: "source", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.type !== void 0 && (p(e.type, { instancePath: n + "/type", parentData: e, parentDataProperty: "type", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
var b = P;
function f(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return U(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? U.errors : r.concat(U.errors)).length), f.errors = r, t === 0;
}
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (v(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), A.errors = r, t === 0;
}
function D(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return h(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), D.errors = r, t === 0;
}
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) D(e[a], { instancePath: n + "/" + a, parentData: e, parentDataProperty: a, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length);
  }
  return g.errors = r, t === 0;
}
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), m.errors = r, t === 0;
}
function P(e, { instancePath: n = "", parentData: s, parentDataProperty: i2, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (f(e, { instancePath: n, parentData: s, parentDataProperty: i2, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), e && typeof e == "object" && !Array.isArray(e)) e.auth !== void 0 && (A(e.auth, { instancePath: n + "/auth", parentData: e, parentDataProperty: "auth", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.ceAttributes !== void 0 && (g(e.ceAttributes, { instancePath: n + "/ceAttributes", parentData: e, parentDataProperty: "ceAttributes", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.sinkAudience !== void 0 && (u(e.sinkAudience, { instancePath: n + "/sinkAudience", parentData: e, parentDataProperty: "sinkAudience", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.sinkCACerts !== void 0 && (u(e.sinkCACerts, { instancePath: n + "/sinkCACerts", parentData: e, parentDataProperty: "sinkCACerts", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.sinkUri !== void 0 && (m(e.sinkUri, { instancePath: n + "/sinkUri", parentData: e, parentDataProperty: "sinkUri", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P.errors = r, t === 0;
}

export {
  b
};
