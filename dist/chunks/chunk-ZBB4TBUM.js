import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  commitMeta,
  fetchGitPacks
} from "./chunk-XMQXCFNV.js";
import {
  loadSource,
  warmAppFiles
} from "./chunk-P6TV2BCB.js";
import {
  loadConfig
} from "./chunk-57B3EGXY.js";
import {
  readConfigFile,
  readSource,
  readText
} from "./chunk-KE7YNZZS.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-BLDWXD4J.js";

// src/flows/shared/load.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var SLICE = 50;
async function loadFromDir(opts) {
  const configFile = readConfigFile(opts.source);
  const config = loadConfig(configFile);
  opts.onConfig?.(config);
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
  input.commitMeta = await commitMeta(opts.source, opts.commit, opts.sourceRepo);
  if (opts.onConfig)
    for (let i = 0; i < input.apps.length; i += SLICE) {
      warmAppFiles(input.apps.slice(i, i + SLICE));
      await new Promise((r) => setImmediate(r));
    }
  return loadSource(input);
}

export {
  loadFromDir
};
