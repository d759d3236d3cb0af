import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";

// src/generated/current/chunks/3MT7NJ7P.js
var i = o;
function o(t, { instancePath: a = "", parentData: p, parentDataProperty: m, rootData: s = t } = {}) {
  let r = null, l = 0;
  if (typeof t == "string") {
    if (ucs2length_default(t) > 4096) {
      let e = { instancePath: a, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      r === null ? r = [e] : r.push(e), l++;
    }
    if (0 > ucs2length_default(t)) {
      let e = { instancePath: a, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 0 } };
      r === null ? r = [e] : r.push(e), l++;
    }
  } else {
    let e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), l++;
  }
  return o.errors = r, l === 0;
}

export {
  i
};
