import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/LGBWCJCD.js
var h = n;
var s = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$", "u");
function n(t, { instancePath: p = "", parentData: m, parentDataProperty: o, rootData: z = t } = {}) {
  let r = null, a = 0;
  if (typeof t == "string") {
    if (ucs2length_default(t) > 253) {
      let e = { instancePath: p, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (1 > ucs2length_default(t)) {
      let e = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (!s.test(t)) {
      let e = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$" } };
      r === null ? r = [e] : r.push(e), a++;
    }
  } else {
    let e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), a++;
  }
  return n.errors = r, a === 0;
}

export {
  h
};
