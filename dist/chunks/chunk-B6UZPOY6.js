import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ucs2length_default
} from "./chunk-5YZJUWIY.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/LJLUHBHX.js
var y = l;
var u = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function l(t, { instancePath: o = "", parentData: s, parentDataProperty: i, rootData: m = t } = {}) {
  let r = null, a = 0;
  if (typeof t == "string") {
    if (ucs2length_default(t) > 253) {
      let e = { instancePath: o, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (1 > ucs2length_default(t)) {
      let e = { instancePath: o, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (!u.test(t)) {
      let e = { instancePath: o, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      r === null ? r = [e] : r.push(e), a++;
    }
  } else {
    let e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [e] : r.push(e), a++;
  }
  return l.errors = r, a === 0;
}
var v = n;
var h = formats.int32;
function n(t, { instancePath: o = "", parentData: s, parentDataProperty: i, rootData: m = t } = {}) {
  let r = null, a = 0;
  if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
    let e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [e] : r.push(e), a++;
  }
  if (typeof t == "number" && isFinite(t) && !h.validate(t)) {
    let e = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [e] : r.push(e), a++;
  }
  return n.errors = r, a === 0;
}

export {
  y,
  v
};
