import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  GitHubApi,
  parseGitHubRepoUrl,
  stickyMarker
} from "./chunk-OINZ5D5A.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-N5T7JROX.js";
import "./chunk-XYNQLYSQ.js";
export {
  GitHubApi,
  parseGitHubRepoUrl,
  stickyMarker
};
