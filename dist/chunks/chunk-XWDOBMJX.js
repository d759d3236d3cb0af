import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  i
} from "./chunk-CC3KFF3Z.js";
import {
  c,
  w
} from "./chunk-W4OPESLT.js";

// src/generated/current/chunks/OUDSDBWX.js
var v = h;
function y(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return c(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length), y.errors = r, o === 0;
}
function m(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return w(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? w.errors : r.concat(w.errors)).length), m.errors = r, o === 0;
}
function g(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return i(e, { instancePath: l, parentData: s, parentDataProperty: p, rootData: n }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length), g.errors = r, o === 0;
}
function h(e, { instancePath: l = "", parentData: s, parentDataProperty: p, rootData: n = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.group === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.kind === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    if (e.name === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.group !== void 0 && (y(e.group, { instancePath: l + "/group", parentData: e, parentDataProperty: "group", rootData: n }) || (o = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.kind !== void 0 && (m(e.kind, { instancePath: l + "/kind", parentData: e, parentDataProperty: "kind", rootData: n }) || (o = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.name !== void 0 && (g(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: n }) || (o = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return h.errors = r, o === 0;
}

export {
  v
};
