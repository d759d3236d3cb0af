import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/core/model/version.ts
var CAPSTAN_VERSION = "0.1.0";
var CAPSTAN_REPO = "capstan-dev/capstan";
var ACTION_TAG = `v${CAPSTAN_VERSION.split(".")[0]}`;
var ACTION_REF = `${CAPSTAN_REPO}@${ACTION_TAG}`;
var NPX_CLI = `npx --yes github:${CAPSTAN_REPO}#${ACTION_TAG}`;

export {
  CAPSTAN_VERSION,
  CAPSTAN_REPO,
  ACTION_TAG,
  ACTION_REF,
  NPX_CLI
};
