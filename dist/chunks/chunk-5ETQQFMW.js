import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/core/common/text.ts
import * as crypto from "node:crypto";
var oneShot = crypto.hash;
function sha256(text) {
  return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  sha256,
  cmp
};
