import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/KHFWSP46.js
var i = s;
function a(r, { instancePath: n = "", parentData: p, parentDataProperty: c, rootData: o = r } = {}) {
  let e = null, t = 0;
  if (typeof r != "string" && r !== null) {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    e === null ? e = [l] : e.push(l), t++;
  }
  return a.errors = e, t === 0;
}
function s(r, { instancePath: n = "", parentData: p, parentDataProperty: c, rootData: o = r } = {}) {
  let e = null, t = 0;
  if (r && typeof r == "object" && !Array.isArray(r)) r.lastHandledReconcileAt !== void 0 && (a(r.lastHandledReconcileAt, { instancePath: n + "/lastHandledReconcileAt", parentData: r, parentDataProperty: "lastHandledReconcileAt", rootData: o }) || (t = (e = e === null ? a.errors : e.concat(a.errors)).length));
  else {
    let l = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    e === null ? e = [l] : e.push(l), t++;
  }
  return s.errors = e, t === 0;
}

export {
  i
};
