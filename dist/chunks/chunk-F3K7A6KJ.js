import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  D
} from "./chunk-6DFRGFP5.js";

// src/generated/current/chunks/55CL5XWE.js
var v = y;
function p(e, { instancePath: n = "", parentData: s, parentDataProperty: c, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return p.errors = r, t === 0;
}
function i(e, { instancePath: n = "", parentData: s, parentDataProperty: c, rootData: l = e } = {}) {
  let r = null, t = 0;
  return D(e, { instancePath: n, parentData: s, parentDataProperty: c, rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length), i.errors = r, t === 0;
}
function a(e, { instancePath: n = "", parentData: s, parentDataProperty: c, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return a.errors = r, t === 0;
}
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: c, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.robotAccount === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "robotAccount" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.serviceAccountRef === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serviceAccountRef" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.robotAccount !== void 0 && (p(e.robotAccount, { instancePath: n + "/robotAccount", parentData: e, parentDataProperty: "robotAccount", rootData: l }) || (t = (r = r === null ? p.errors : r.concat(p.errors)).length)), e.serviceAccountRef !== void 0 && (i(e.serviceAccountRef, { instancePath: n + "/serviceAccountRef", parentData: e, parentDataProperty: "serviceAccountRef", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.url !== void 0 && (a(e.url, { instancePath: n + "/url", parentData: e, parentDataProperty: "url", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y.errors = r, t === 0;
}

export {
  v
};
