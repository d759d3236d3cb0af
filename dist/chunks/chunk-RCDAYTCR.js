import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/23WH2TRG.js
var v = i;
function l(e, { instancePath: o = "", parentData: u, parentDataProperty: y, rootData: a = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return l.errors = r, t === 0;
}
function p(e, { instancePath: o = "", parentData: u, parentDataProperty: y, rootData: a = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return p.errors = r, t === 0;
}
function c(e, { instancePath: o = "", parentData: u, parentDataProperty: y, rootData: a = e } = {}) {
  let r = null, t = 0;
  if (!Array.isArray(e) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (Array.isArray(e)) {
    let n = e.length;
    for (let s = 0; s < n; s++) p(e[s], { instancePath: o + "/" + s, parentData: e, parentDataProperty: s, rootData: a }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length);
  }
  return c.errors = r, t === 0;
}
function i(e, { instancePath: o = "", parentData: u, parentDataProperty: y, rootData: a = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.serviceAccountName !== void 0 && (l(e.serviceAccountName, { instancePath: o + "/serviceAccountName", parentData: e, parentDataProperty: "serviceAccountName", rootData: a }) || (t = (r = r === null ? l.errors : r.concat(l.errors)).length)), e.serviceAccountNames !== void 0 && (c(e.serviceAccountNames, { instancePath: o + "/serviceAccountNames", parentData: e, parentDataProperty: "serviceAccountNames", rootData: a }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return i.errors = r, t === 0;
}

export {
  v
};
