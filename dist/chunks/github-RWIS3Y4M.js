import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  GitHubApi,
  parseGitHubRepoUrl,
  stickyMarker
} from "./chunk-H7EPVWR2.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-XYNQLYSQ.js";
export {
  GitHubApi,
  parseGitHubRepoUrl,
  stickyMarker
};
