import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/NAQS5POI.js
var i = o;
function o(t, { instancePath: n = "", parentData: p, parentDataProperty: s, rootData: l = t } = {}) {
  let r = null, e = 0;
  if (typeof t != "string") {
    let a = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [a] : r.push(a), e++;
  }
  return o.errors = r, e === 0;
}

export {
  i
};
