import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/QZTSFUC5.js
var u = l;
function o(e, { instancePath: a = "", parentData: s, parentDataProperty: y, rootData: p = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return o.errors = r, t === 0;
}
function l(e, { instancePath: a = "", parentData: s, parentDataProperty: y, rootData: p = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.name !== void 0 && (o(e.name, { instancePath: a + "/name", parentData: e, parentDataProperty: "name", rootData: p }) || (t = (r = r === null ? o.errors : r.concat(o.errors)).length));
  else {
    let n = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return l.errors = r, t === 0;
}

export {
  u
};
