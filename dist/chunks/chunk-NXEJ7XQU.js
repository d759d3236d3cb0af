import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/core/version.ts
var CAPSTAN_VERSION = "0.1.0";

export {
  CAPSTAN_VERSION
};
