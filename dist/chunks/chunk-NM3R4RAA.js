import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  fetchGitPacks
<<<<<<<< HEAD:dist/chunks/chunk-NM3R4RAA.js
} from "./chunk-4O7HZDQN.js";
import {
  loadSource
} from "./chunk-6WKANMBZ.js";
import {
  loadConfig
} from "./chunk-2RHYZSOI.js";
========
} from "./chunk-6DKP5FT7.js";
>>>>>>>> i20:dist/chunks/chunk-7KAOSPCE.js
import {
  readConfigFile,
  readSource,
  readText
<<<<<<<< HEAD:dist/chunks/chunk-NM3R4RAA.js
} from "./chunk-HWHYYQZB.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-4QGOFGSH.js";
========
} from "./chunk-FEFXYHOZ.js";
import {
  loadSource
} from "./chunk-RVXEV2LT.js";
import {
  loadConfig
} from "./chunk-FTVXGWNC.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-3TWFL2JJ.js";
>>>>>>>> i20:dist/chunks/chunk-7KAOSPCE.js

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
