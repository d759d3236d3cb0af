import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-ND6Q3VEL.js";
import {
  y
} from "./chunk-T4ZHOA3H.js";

// src/generated/current/chunks/YSXA5DBF.js
var f = v;
function o(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let u = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [u] : r.push(u), t++;
  }
  return o.errors = r, t === 0;
}
function c(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (y(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), c.errors = r, t === 0;
}
function y2(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (i(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), y2.errors = r, t === 0;
}
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.CACerts !== void 0 && (o(e.CACerts, { instancePath: n + "/CACerts", parentData: e, parentDataProperty: "CACerts", rootData: l }) || (t = (r = r === null ? o.errors : r.concat(o.errors)).length)), e.audience !== void 0 && (o(e.audience, { instancePath: n + "/audience", parentData: e, parentDataProperty: "audience", rootData: l }) || (t = (r = r === null ? o.errors : r.concat(o.errors)).length)), e.ref !== void 0 && (c(e.ref, { instancePath: n + "/ref", parentData: e, parentDataProperty: "ref", rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.uri !== void 0 && (y2(e.uri, { instancePath: n + "/uri", parentData: e, parentDataProperty: "uri", rootData: l }) || (t = (r = r === null ? y2.errors : r.concat(y2.errors)).length));
  else {
    let u = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [u] : r.push(u), t++;
  }
  return v.errors = r, t === 0;
}

export {
  f
};
