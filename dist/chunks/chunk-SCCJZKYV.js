import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// src/flows/shared/env-repo-location.ts
import { resolve } from "node:path";
function envRepoLocation(value, serverUrl, base) {
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith("."))
    return `${serverUrl.replace(/\/+$/, "")}/${value.replace(/\.git$/, "")}.git`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[^/\\]+@[^/\\]+:/.test(value)) return value;
  return resolve(base, value);
}

export {
  envRepoLocation
};
