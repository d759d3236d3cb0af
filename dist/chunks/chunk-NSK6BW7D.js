import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-LCBXDKMW.js";

// src/generated/current/chunks/MRUQMGEG.js
var y = f;
function i2(e, { instancePath: s = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i2.errors = r, t === 0;
}
function f(e, { instancePath: s = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.issuer === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "issuer" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.subject === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.issuer !== void 0 && (i2(e.issuer, { instancePath: s + "/issuer", parentData: e, parentDataProperty: "issuer", rootData: n }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length)), e.subject !== void 0 && (i2(e.subject, { instancePath: s + "/subject", parentData: e, parentDataProperty: "subject", rootData: n }) || (t = (r = r === null ? i2.errors : r.concat(i2.errors)).length));
  } else {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
var b = D;
function c(e, { instancePath: s = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return y(e, { instancePath: s, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), c.errors = r, t === 0;
}
function h(e, { instancePath: s = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) c(e[a], { instancePath: s + "/" + a, parentData: e, parentDataProperty: a, rootData: n }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length);
  }
  return h.errors = r, t === 0;
}
var P = ["cosign", "notation"];
function v(e, { instancePath: s = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e !== "cosign" && e !== "notation") {
    let o = { instancePath: s, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: P } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
function m(e, { instancePath: s = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: s, parentData: l, parentDataProperty: p, rootData: n }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), m.errors = r, t === 0;
}
function D(e, { instancePath: s = "", parentData: l, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.provider === void 0) {
      let o = { instancePath: s, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.matchOIDCIdentity !== void 0 && (h(e.matchOIDCIdentity, { instancePath: s + "/matchOIDCIdentity", parentData: e, parentDataProperty: "matchOIDCIdentity", rootData: n }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.provider !== void 0 && (v(e.provider, { instancePath: s + "/provider", parentData: e, parentDataProperty: "provider", rootData: n }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.secretRef !== void 0 && (m(e.secretRef, { instancePath: s + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: n }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  } else {
    let o = { instancePath: s, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}

export {
  b
};
