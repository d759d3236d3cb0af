import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/FKNFIRDT.js
var d = b;
function D(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return D.errors = r, t === 0;
}
function b(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.name === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.name !== void 0 && (D(e.name, { instancePath: n + "/name", parentData: e, parentDataProperty: "name", rootData: l }) || (t = (r = r === null ? D.errors : r.concat(D.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return b.errors = r, t === 0;
}
var w = B;
function k(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (d(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? d.errors : r.concat(d.errors)).length)), k.errors = r, t === 0;
}
function B(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.ref !== void 0 && (k(e.ref, { instancePath: n + "/ref", parentData: e, parentDataProperty: "ref", rootData: l }) || (t = (r = r === null ? k.errors : r.concat(k.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return B.errors = r, t === 0;
}
var T = R;
function u(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return u.errors = r, t === 0;
}
function q(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return e !== null && (w(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? w.errors : r.concat(w.errors)).length)), q.errors = r, t === 0;
}
function R(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) e.accessKey !== void 0 && (u(e.accessKey, { instancePath: n + "/accessKey", parentData: e, parentDataProperty: "accessKey", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.secret !== void 0 && (q(e.secret, { instancePath: n + "/secret", parentData: e, parentDataProperty: "secret", rootData: l }) || (t = (r = r === null ? q.errors : r.concat(q.errors)).length)), e.secretKey !== void 0 && (u(e.secretKey, { instancePath: n + "/secretKey", parentData: e, parentDataProperty: "secretKey", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length)), e.serviceAccountName !== void 0 && (u(e.serviceAccountName, { instancePath: n + "/serviceAccountName", parentData: e, parentDataProperty: "serviceAccountName", rootData: l }) || (t = (r = r === null ? u.errors : r.concat(u.errors)).length));
  else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return R.errors = r, t === 0;
}
var c = S;
function A(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return A.errors = r, t === 0;
}
function h(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return h.errors = r, t === 0;
}
function S(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (e && typeof e == "object" && !Array.isArray(e)) {
    if (e.overrideEndpoint === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "overrideEndpoint" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.overrideEndpoint !== void 0 && (A(e.overrideEndpoint, { instancePath: n + "/overrideEndpoint", parentData: e, parentDataProperty: "overrideEndpoint", rootData: l }) || (t = (r = r === null ? A.errors : r.concat(A.errors)).length)), e.region !== void 0 && (h(e.region, { instancePath: n + "/region", parentData: e, parentDataProperty: "region", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length)), e.uriEndpointOverride !== void 0 && (h(e.uriEndpointOverride, { instancePath: n + "/uriEndpointOverride", parentData: e, parentDataProperty: "uriEndpointOverride", rootData: l }) || (t = (r = r === null ? h.errors : r.concat(h.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return S.errors = r, t === 0;
}
var U = j;
function E(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), E.errors = r, t === 0;
}
function i(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return i.errors = r, t === 0;
}
function a(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return a.errors = r, t === 0;
}
function m(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return m.errors = r, t === 0;
}
function j(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (E(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? E.errors : r.concat(E.errors)).length), e && typeof e == "object" && !Array.isArray(e)) {
    if (e.autoCreateBucket === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autoCreateBucket" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.delay === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "delay" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.deleteAfterRead === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deleteAfterRead" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.forcePathStyle === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "forcePathStyle" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.ignoreBody === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ignoreBody" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.maxMessagesPerPoll === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxMessagesPerPoll" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.moveAfterRead === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "moveAfterRead" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.arn !== void 0 && (i(e.arn, { instancePath: n + "/arn", parentData: e, parentDataProperty: "arn", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.autoCreateBucket !== void 0 && (a(e.autoCreateBucket, { instancePath: n + "/autoCreateBucket", parentData: e, parentDataProperty: "autoCreateBucket", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.delay !== void 0 && (m(e.delay, { instancePath: n + "/delay", parentData: e, parentDataProperty: "delay", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.deleteAfterRead !== void 0 && (a(e.deleteAfterRead, { instancePath: n + "/deleteAfterRead", parentData: e, parentDataProperty: "deleteAfterRead", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.destinationBucket !== void 0 && (i(e.destinationBucket, { instancePath: n + "/destinationBucket", parentData: e, parentDataProperty: "destinationBucket", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.destinationBucketPrefix !== void 0 && (i(e.destinationBucketPrefix, { instancePath: n + "/destinationBucketPrefix", parentData: e, parentDataProperty: "destinationBucketPrefix", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.destinationBucketSuffix !== void 0 && (i(e.destinationBucketSuffix, { instancePath: n + "/destinationBucketSuffix", parentData: e, parentDataProperty: "destinationBucketSuffix", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length)), e.forcePathStyle !== void 0 && (a(e.forcePathStyle, { instancePath: n + "/forcePathStyle", parentData: e, parentDataProperty: "forcePathStyle", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.ignoreBody !== void 0 && (a(e.ignoreBody, { instancePath: n + "/ignoreBody", parentData: e, parentDataProperty: "ignoreBody", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.maxMessagesPerPoll !== void 0 && (m(e.maxMessagesPerPoll, { instancePath: n + "/maxMessagesPerPoll", parentData: e, parentDataProperty: "maxMessagesPerPoll", rootData: l }) || (t = (r = r === null ? m.errors : r.concat(m.errors)).length)), e.moveAfterRead !== void 0 && (a(e.moveAfterRead, { instancePath: n + "/moveAfterRead", parentData: e, parentDataProperty: "moveAfterRead", rootData: l }) || (t = (r = r === null ? a.errors : r.concat(a.errors)).length)), e.prefix !== void 0 && (i(e.prefix, { instancePath: n + "/prefix", parentData: e, parentDataProperty: "prefix", rootData: l }) || (t = (r = r === null ? i.errors : r.concat(i.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return j.errors = r, t === 0;
}
var G = C;
function x(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  return c(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? c.errors : r.concat(c.errors)).length), x.errors = r, t === 0;
}
function v(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string" && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return v.errors = r, t === 0;
}
function y(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "boolean") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return y.errors = r, t === 0;
}
function f(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return f.errors = r, t === 0;
}
function P(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (typeof e != "string") {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return P.errors = r, t === 0;
}
function g(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return g.errors = r, t === 0;
}
function C(e, { instancePath: n = "", parentData: s, parentDataProperty: p, rootData: l = e } = {}) {
  let r = null, t = 0;
  if (x(e, { instancePath: n, parentData: s, parentDataProperty: p, rootData: l }) || (t = (r = r === null ? x.errors : r.concat(x.errors)).length), e && typeof e == "object" && !Array.isArray(e)) {
    if (e.autoCreateQueue === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autoCreateQueue" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.delay === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "delay" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.deleteAfterRead === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deleteAfterRead" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.greedy === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "greedy" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.host === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.maxMessagesPerPoll === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxMessagesPerPoll" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    if (e.protocol === void 0) {
      let o = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" } };
      r === null ? r = [o] : r.push(o), t++;
    }
    e.arn !== void 0 && (v(e.arn, { instancePath: n + "/arn", parentData: e, parentDataProperty: "arn", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.autoCreateQueue !== void 0 && (y(e.autoCreateQueue, { instancePath: n + "/autoCreateQueue", parentData: e, parentDataProperty: "autoCreateQueue", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.delay !== void 0 && (f(e.delay, { instancePath: n + "/delay", parentData: e, parentDataProperty: "delay", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.deleteAfterRead !== void 0 && (y(e.deleteAfterRead, { instancePath: n + "/deleteAfterRead", parentData: e, parentDataProperty: "deleteAfterRead", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.greedy !== void 0 && (y(e.greedy, { instancePath: n + "/greedy", parentData: e, parentDataProperty: "greedy", rootData: l }) || (t = (r = r === null ? y.errors : r.concat(y.errors)).length)), e.host !== void 0 && (P(e.host, { instancePath: n + "/host", parentData: e, parentDataProperty: "host", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.maxMessagesPerPoll !== void 0 && (f(e.maxMessagesPerPoll, { instancePath: n + "/maxMessagesPerPoll", parentData: e, parentDataProperty: "maxMessagesPerPoll", rootData: l }) || (t = (r = r === null ? f.errors : r.concat(f.errors)).length)), e.protocol !== void 0 && (P(e.protocol, { instancePath: n + "/protocol", parentData: e, parentDataProperty: "protocol", rootData: l }) || (t = (r = r === null ? P.errors : r.concat(P.errors)).length)), e.queueURL !== void 0 && (v(e.queueURL, { instancePath: n + "/queueURL", parentData: e, parentDataProperty: "queueURL", rootData: l }) || (t = (r = r === null ? v.errors : r.concat(v.errors)).length)), e.visibilityTimeout !== void 0 && (g(e.visibilityTimeout, { instancePath: n + "/visibilityTimeout", parentData: e, parentDataProperty: "visibilityTimeout", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length)), e.waitTimeSeconds !== void 0 && (g(e.waitTimeSeconds, { instancePath: n + "/waitTimeSeconds", parentData: e, parentDataProperty: "waitTimeSeconds", rootData: l }) || (t = (r = r === null ? g.errors : r.concat(g.errors)).length));
  } else {
    let o = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    r === null ? r = [o] : r.push(o), t++;
  }
  return C.errors = r, t === 0;
}

export {
  T,
  c,
  U,
  G
};
