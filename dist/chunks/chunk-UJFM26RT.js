import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  c
} from "./chunk-5S6KJGLG.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// src/generated/current/chunks/HF62DOKY.js
var P = c2;
var v = RegExp("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$", "u");
function u(e, { instancePath: l = "", parentData: n, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (typeof e == "string") {
    if (!v.test(e)) {
      let t = { instancePath: l, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$" } };
      r === null ? r = [t] : r.push(t), o++;
    }
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return u.errors = r, o === 0;
}
function y(e, { instancePath: l = "", parentData: n, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, o = 0;
  return c(e, { instancePath: l, parentData: n, parentDataProperty: i, rootData: s }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length), y.errors = r, o === 0;
}
function p(e, { instancePath: l = "", parentData: n, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return p.errors = r, o === 0;
}
function m(e, { instancePath: l = "", parentData: n, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let t in e) p(e[t], { instancePath: l + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: s }) || (o = (r = r === null ? p.errors : r.concat(p.errors)).length);
  return m.errors = r, o === 0;
}
var g = formats.int64;
function h(e, { instancePath: l = "", parentData: n, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (typeof e == "number" && isFinite(e) && !g.validate(e)) {
    let t = { instancePath: l, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return h.errors = r, o === 0;
}
function c2(e, { instancePath: l = "", parentData: n, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.digest === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.lastUpdateTime === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastUpdateTime" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.path === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.revision === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "revision" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.url === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.digest !== void 0 && (u(e.digest, { instancePath: l + "/digest", parentData: e, parentDataProperty: "digest", rootData: s }) || (o = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.lastUpdateTime !== void 0 && (y(e.lastUpdateTime, { instancePath: l + "/lastUpdateTime", parentData: e, parentDataProperty: "lastUpdateTime", rootData: s }) || (o = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.metadata !== void 0 && (m(e.metadata, { instancePath: l + "/metadata", parentData: e, parentDataProperty: "metadata", rootData: s }) || (o = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.path !== void 0 && (p(e.path, { instancePath: l + "/path", parentData: e, parentDataProperty: "path", rootData: s }) || (o = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.revision !== void 0 && (p(e.revision, { instancePath: l + "/revision", parentData: e, parentDataProperty: "revision", rootData: s }) || (o = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.size !== void 0 && (h(e.size, { instancePath: l + "/size", parentData: e, parentDataProperty: "size", rootData: s }) || (o = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.url !== void 0 && (p(e.url, { instancePath: l + "/url", parentData: e, parentDataProperty: "url", rootData: s }) || (o = (r = r === null ? p.errors : r.concat(p.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return c2.errors = r, o === 0;
}

export {
  P
};
