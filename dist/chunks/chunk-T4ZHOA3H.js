import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/XYBZDVYI.js
var y = u;
function o(e, { instancePath: p = "", parentData: l, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return o.errors = r, n === 0;
}
function a(e, { instancePath: p = "", parentData: l, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string") {
    let t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return a.errors = r, n === 0;
}
function u(e, { instancePath: p = "", parentData: l, parentDataProperty: i, rootData: s = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.kind === void 0) {
      let t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (e.name === void 0) {
      let t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [t] : r.push(t), n++;
    }
    e.address !== void 0 && (o(e.address, { instancePath: p + "/address", parentData: e, parentDataProperty: "address", rootData: s }) || (n = (r = r === null ? o.errors : r.concat(o.errors)).length)), e.apiVersion !== void 0 && (o(e.apiVersion, { instancePath: p + "/apiVersion", parentData: e, parentDataProperty: "apiVersion", rootData: s }) || (n = (r = r === null ? o.errors : r.concat(o.errors)).length)), e.group !== void 0 && (o(e.group, { instancePath: p + "/group", parentData: e, parentDataProperty: "group", rootData: s }) || (n = (r = r === null ? o.errors : r.concat(o.errors)).length)), e.kind !== void 0 && (a(e.kind, { instancePath: p + "/kind", parentData: e, parentDataProperty: "kind", rootData: s }) || (n = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.name !== void 0 && (a(e.name, { instancePath: p + "/name", parentData: e, parentDataProperty: "name", rootData: s }) || (n = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.namespace !== void 0 && (o(e.namespace, { instancePath: p + "/namespace", parentData: e, parentDataProperty: "namespace", rootData: s }) || (n = (r = r === null ? o.errors : r.concat(o.errors)).length));
  } else {
    let t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), n++;
  }
  return u.errors = r, n === 0;
}

export {
  y
};
