import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/R2WWVOQG.js
var d = y;
function p(l, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: u = l } = {}) {
  let r = null, e = 0;
  if (!(typeof l == "number" && isFinite(l))) {
    let t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "number" } };
    r === null ? r = [t] : r.push(t), e++;
  }
  return p.errors = r, e === 0;
}
var c = formats.quantity;
function m(l, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: u = l } = {}) {
  let r = null, e = 0;
  if (typeof l == "number" && isFinite(l), typeof l == "string") {
    if (!c.validate.test(l)) {
      let t = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "quantity" } };
      r === null ? r = [t] : r.push(t), e++;
    }
  } else {
    let t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), e++;
  }
  return m.errors = r, e === 0;
}
function y(l, { instancePath: o = "", parentData: n, parentDataProperty: a, rootData: u = l } = {}) {
  let r = null, e = 0, t = false, s = null;
  p(l, { instancePath: o, parentData: n, parentDataProperty: a, rootData: u }) || (e = (r = r === null ? p.errors : r.concat(p.errors)).length);
  var i = e === 0;
  i && (t = true, s = 0);
  let v = e;
  m(l, { instancePath: o, parentData: n, parentDataProperty: a, rootData: u }) || (e = (r = r === null ? m.errors : r.concat(m.errors)).length);
  var i = v === e;
  if (i && t ? (t = false, s = [s, 1]) : i && (t = true, s = 1), t) e = 0, r !== null && (r = null);
  else {
    let f = { instancePath: o, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: s } };
    r === null ? r = [f] : r.push(f), e++;
  }
  return y.errors = r, e === 0;
}

export {
  d
};
