import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/6KFL2X6W.js
var m = s;
function t(e, { instancePath: o = "", parentData: a, parentDataProperty: c, rootData: p = e } = {}) {
  let r = null, n = 0;
  if (typeof e != "string" && e !== null) {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [l] : r.push(l), n++;
  }
  return t.errors = r, n === 0;
}
function s(e, { instancePath: o = "", parentData: a, parentDataProperty: c, rootData: p = e } = {}) {
  let r = null, n = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.branch !== void 0 && (t(e.branch, { instancePath: o + "/branch", parentData: e, parentDataProperty: "branch", rootData: p }) || (n = (r = r === null ? t.errors : r.concat(t.errors)).length)), e.commit !== void 0 && (t(e.commit, { instancePath: o + "/commit", parentData: e, parentDataProperty: "commit", rootData: p }) || (n = (r = r === null ? t.errors : r.concat(t.errors)).length)), e.name !== void 0 && (t(e.name, { instancePath: o + "/name", parentData: e, parentDataProperty: "name", rootData: p }) || (n = (r = r === null ? t.errors : r.concat(t.errors)).length)), e.semver !== void 0 && (t(e.semver, { instancePath: o + "/semver", parentData: e, parentDataProperty: "semver", rootData: p }) || (n = (r = r === null ? t.errors : r.concat(t.errors)).length)), e.tag !== void 0 && (t(e.tag, { instancePath: o + "/tag", parentData: e, parentDataProperty: "tag", rootData: p }) || (n = (r = r === null ? t.errors : r.concat(t.errors)).length));
  else {
    let l = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [l] : r.push(l), n++;
  }
  return s.errors = r, n === 0;
}

export {
  m
};
