import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/generated/current/chunks/TL3GOTX4.js
var i = t;
function t(a, { instancePath: r = "", parentData: e, parentDataProperty: n, rootData: o = a } = {}) {
  return t.errors = null, true;
}

export {
  i
};
