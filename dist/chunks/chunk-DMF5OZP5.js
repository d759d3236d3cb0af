import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  f
} from "./chunk-Z5V7EDLD.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/BAWNHPBQ.js
var y = h;
function h(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return h.errors = r, t === 0;
}
var u = D;
function D(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return D.errors = r, t === 0;
}
var x = g;
function a(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return a.errors = r, t === 0;
}
function f2(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return y(e, { instancePath: o, parentData: p, parentDataProperty: s, rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length), f2.errors = r, t === 0;
}
function c(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: o, parentData: p, parentDataProperty: s, rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), c.errors = r, t === 0;
}
function m(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return u(e, { instancePath: o, parentData: p, parentDataProperty: s, rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length), m.errors = r, t === 0;
}
var k = formats.int32;
function v(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  if (typeof e == "number" && isFinite(e) && !k.validate(e)) {
    let n = { instancePath: o, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return v.errors = r, t === 0;
}
function g(e, { instancePath: o = "", parentData: p, parentDataProperty: s, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.backoffDelay !== void 0 && (a(e.backoffDelay, { instancePath: o + "/backoffDelay", parentData: e, parentDataProperty: "backoffDelay", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.backoffPolicy !== void 0 && (f2(e.backoffPolicy, { instancePath: o + "/backoffPolicy", parentData: e, parentDataProperty: "backoffPolicy", rootData: l }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length)), e.deadLetterSink !== void 0 && (c(e.deadLetterSink, { instancePath: o + "/deadLetterSink", parentData: e, parentDataProperty: "deadLetterSink", rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length)), e.format !== void 0 && (m(e.format, { instancePath: o + "/format", parentData: e, parentDataProperty: "format", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.retry !== void 0 && (v(e.retry, { instancePath: o + "/retry", parentData: e, parentDataProperty: "retry", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.retryAfterMax !== void 0 && (a(e.retryAfterMax, { instancePath: o + "/retryAfterMax", parentData: e, parentDataProperty: "retryAfterMax", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.timeout !== void 0 && (a(e.timeout, { instancePath: o + "/timeout", parentData: e, parentDataProperty: "timeout", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length));
  else {
    let n = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [n] : r.push(n), t++;
  }
  return g.errors = r, t === 0;
}

export {
  x
};
