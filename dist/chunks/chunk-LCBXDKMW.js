import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/GH5UGJ6H.js
var i = s;
function o(e, { instancePath: n = "", parentData: l, parentDataProperty: y, rootData: p = e } = {}) {
  let r = null, a = 0;
  if (typeof e != "string") {
    let t = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), a++;
  }
  return o.errors = r, a === 0;
}
function s(e, { instancePath: n = "", parentData: l, parentDataProperty: y, rootData: p = e } = {}) {
  let r = null, a = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let t = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), a++;
    }
    e.name !== void 0 && (o(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: p }) || (a = (r = r === null ? o.errors : r.concat(o.errors)).length));
  } else {
    let t = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), a++;
  }
  return s.errors = r, a === 0;
}

export {
  i
};
