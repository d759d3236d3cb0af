import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/VFCGLVMB.js
var y = a;
function a(r, { instancePath: p = "", parentData: l, parentDataProperty: n, rootData: s = r } = {}) {
  let e = null, t = 0;
  if (!(r && typeof r == "object" && !Array.isArray(r))) {
    let o = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    e === null ? e = [o] : e.push(o), t++;
  }
  return a.errors = e, t === 0;
}

export {
  y
};
