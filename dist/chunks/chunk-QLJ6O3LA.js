import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/EZPPX2EO.js
var i = m;
function c(e, { instancePath: l = "", parentData: n, parentDataProperty: s, rootData: a = e } = {}) {
  let r = null, o = 0;
  if (typeof e != "string") {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return c.errors = r, o === 0;
}
function y(e, { instancePath: l = "", parentData: n, parentDataProperty: s, rootData: a = e } = {}) {
  let r = null, o = 0;
  if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  if (e && typeof e == "object" && !Array.isArray(e)) for (let t in e) c(e[t], { instancePath: l + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: a }) || (o = (r = r === null ? c.errors : r.concat(c.errors)).length);
  return y.errors = r, o === 0;
}
function m(e, { instancePath: l = "", parentData: n, parentDataProperty: s, rootData: a = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.matchLabels !== void 0 && (y(e.matchLabels, { instancePath: l + "/matchLabels", parentData: e, parentDataProperty: "matchLabels", rootData: a }) || (o = (r = r === null ? y.errors : r.concat(y.errors)).length));
  else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return m.errors = r, o === 0;
}
var D = f;
function u(e, { instancePath: l = "", parentData: n, parentDataProperty: s, rootData: a = e } = {}) {
  let r = null, o = 0;
  return i(e, { instancePath: l, parentData: n, parentDataProperty: s, rootData: a }) || (o = (r = r === null ? i.errors : r.concat(i.errors)).length), u.errors = r, o === 0;
}
function h(e, { instancePath: l = "", parentData: n, parentDataProperty: s, rootData: a = e } = {}) {
  let r = null, o = 0;
  if (Array.isArray(e)) {
    let t = e.length;
    for (let p = 0; p < t; p++) u(e[p], { instancePath: l + "/" + p, parentData: e, parentDataProperty: p, rootData: a }) || (o = (r = r === null ? u.errors : r.concat(u.errors)).length);
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return h.errors = r, o === 0;
}
function f(e, { instancePath: l = "", parentData: n, parentDataProperty: s, rootData: a = e } = {}) {
  let r = null, o = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.namespaceSelectors === void 0) {
      let t = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespaceSelectors" } };
      r === null ? r = [t] : r.push(t), o++;
    }
    e.namespaceSelectors !== void 0 && (h(e.namespaceSelectors, { instancePath: l + "/namespaceSelectors", parentData: e, parentDataProperty: "namespaceSelectors", rootData: a }) || (o = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [t] : r.push(t), o++;
  }
  return f.errors = r, o === 0;
}

export {
  D
};
