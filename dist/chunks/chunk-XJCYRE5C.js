import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  c
} from "./chunk-ZXUXJPVK.js";

// src/generated/current/chunks/ZDZOLBO6.js
var c2 = g;
function y(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  return c(e, { instancePath: l, parentData: p, parentDataProperty: i, rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), y.errors = r, t === 0;
}
function g(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.secretRef === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.secretRef !== void 0 && (y(e.secretRef, { instancePath: l + "/secretRef", parentData: e, parentDataProperty: "secretRef", rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
var v = A;
function h(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  return c2(e, { instancePath: l, parentData: p, parentDataProperty: i, rootData: s }) || (t = (r = r === null ? c2.errors : r.concat(c2.errors)).length), h.errors = r, t === 0;
}
function A(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.privateKey === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "privateKey" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.privateKey !== void 0 && (h(e.privateKey, { instancePath: l + "/privateKey", parentData: e, parentDataProperty: "privateKey", rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
var b = k;
function n(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return n.errors = r, t === 0;
}
function D(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  return v(e, { instancePath: l, parentData: p, parentDataProperty: i, rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length), D.errors = r, t === 0;
}
function f(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let o in e) n(e[o], { instancePath: l + "/" + o.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: o, rootData: s }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length);
  return f.errors = r, t === 0;
}
function m(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  if (Array.isArray(e)) {
    let o = e.length;
    for (let a = 0; a < o; a++) n(e[a], { instancePath: l + "/" + a, parentData: e, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length);
  }
  return m.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P.errors = r, t === 0;
}
function k(e, { instancePath: l = "", parentData: p, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.appID === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "appID" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.auth === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.installID === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "installID" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.appID !== void 0 && (n(e.appID, { instancePath: l + "/appID", parentData: e, parentDataProperty: "appID", rootData: s }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length)), e.auth !== void 0 && (D(e.auth, { instancePath: l + "/auth", parentData: e, parentDataProperty: "auth", rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.installID !== void 0 && (n(e.installID, { instancePath: l + "/installID", parentData: e, parentDataProperty: "installID", rootData: s }) || (t = (r = r === null ? n.errors : r.concat(n.errors)).length)), e.permissions !== void 0 && (f(e.permissions, { instancePath: l + "/permissions", parentData: e, parentDataProperty: "permissions", rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.repositories !== void 0 && (m(e.repositories, { instancePath: l + "/repositories", parentData: e, parentDataProperty: "repositories", rootData: s }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.url !== void 0 && (P(e.url, { instancePath: l + "/url", parentData: e, parentDataProperty: "url", rootData: s }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}

export {
  b
};
