import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  f
} from "./chunk-7VN7QVZV.js";

// src/generated/current/chunks/XKL2KDFQ.js
var y = d;
function i(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return f(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length), i.errors = r, t === 0;
}
function c(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return c.errors = r, t === 0;
}
function d(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.password === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "password" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.username === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.password !== void 0 && (i(e.password, { instancePath: l + "/password", parentData: e, parentDataProperty: "password", rootData: s }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.username !== void 0 && (c(e.username, { instancePath: l + "/username", parentData: e, parentDataProperty: "username", rootData: s }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return d.errors = r, t === 0;
}
var h = w;
function v(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (y(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), v.errors = r, t === 0;
}
function m(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return e !== null && (f(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), m.errors = r, t === 0;
}
function w(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.basic !== void 0 && (v(e.basic, { instancePath: l + "/basic", parentData: e, parentDataProperty: "basic", rootData: s }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.token !== void 0 && (m(e.token, { instancePath: l + "/token", parentData: e, parentDataProperty: "token", rootData: s }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length));
  else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return w.errors = r, t === 0;
}
var f2 = k;
function u(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function k(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.role === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.name !== void 0 && (u(e.name, { instancePath: l + "/name", parentData: e, parentDataProperty: "name", rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.role !== void 0 && (u(e.role, { instancePath: l + "/role", parentData: e, parentDataProperty: "role", rootData: s }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return k.errors = r, t === 0;
}
var B = q;
function D(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return h(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length), D.errors = r, t === 0;
}
function P(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  return f2(e, { instancePath: l, parentData: n, parentDataProperty: a, rootData: s }) || (t = (r = r === null ? f2.errors : r.concat(f2.errors)).length), P.errors = r, t === 0;
}
function g(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
function q(e, { instancePath: l = "", parentData: n, parentDataProperty: a, rootData: s = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.auth === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.serviceAccount === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serviceAccount" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.url === void 0) {
      let o = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.auth !== void 0 && (D(e.auth, { instancePath: l + "/auth", parentData: e, parentDataProperty: "auth", rootData: s }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length)), e.serviceAccount !== void 0 && (P(e.serviceAccount, { instancePath: l + "/serviceAccount", parentData: e, parentDataProperty: "serviceAccount", rootData: s }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.url !== void 0 && (g(e.url, { instancePath: l + "/url", parentData: e, parentDataProperty: "url", rootData: s }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let o = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return q.errors = r, t === 0;
}

export {
  B
};
