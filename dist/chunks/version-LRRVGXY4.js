import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  ACTION_REF,
  ACTION_TAG,
  CAPSTAN_REPO,
  CAPSTAN_VERSION,
  NPX_CLI
} from "./chunk-SID65HV4.js";
import "./chunk-XYNQLYSQ.js";
export {
  ACTION_REF,
  ACTION_TAG,
  CAPSTAN_REPO,
  CAPSTAN_VERSION,
  NPX_CLI
};
