import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  GitHubApi,
  parseGitHubRepoUrl,
  stickyMarker
} from "./chunk-PYU4LQ64.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-25T5DTZY.js";
import "./chunk-XYNQLYSQ.js";
export {
  GitHubApi,
  parseGitHubRepoUrl,
  stickyMarker
};
