import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  fetchGitPacks
} from "./chunk-C6UQBQU6.js";
import {
  readConfigFile,
  readSource,
  readText
} from "./chunk-6FEQDPUU.js";
import {
  loadSource
} from "./chunk-QPSHCA5V.js";
import {
  loadConfig
} from "./chunk-QSMJWJ5Y.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-SNFHAH6X.js";

// src/flows/shared/load.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
async function loadFromDir(opts) {
  const configFile = readConfigFile(opts.source);
  const config = loadConfig(configFile);
  let gitPacks = opts.gitPacks;
  if (!gitPacks && config.capabilities.some((c) => c.kind === "git")) {
    const lockText = existsSync(join(opts.source, LOCK_FILE)) ? readText(join(opts.source, LOCK_FILE), LOCK_FILE, []) : void 0;
    const lock = lockText ? parseLock({ file: LOCK_FILE, text: lockText }).lock : void 0;
    gitPacks = await fetchGitPacks(config, {
      sourceDir: opts.source,
      lock,
      refresh: opts.refreshGitPacks,
      token: opts.gitToken
    });
  }
  const input = readSource(
    opts.source,
    config,
    configFile,
    { sourceRepo: opts.sourceRepo, commit: opts.commit },
    gitPacks
  );
  return loadSource(input);
}

export {
  loadFromDir
};
