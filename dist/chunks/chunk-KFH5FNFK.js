import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  fetchGitPacks
<<<<<<<< HEAD:dist/chunks/chunk-KFH5FNFK.js
<<<<<<<< HEAD:dist/chunks/chunk-KFH5FNFK.js
} from "./chunk-3SRIKC5W.js";
import {
  loadSource
} from "./chunk-IAZL6UQ2.js";
import {
  loadConfig
} from "./chunk-364WKKB7.js";
========
} from "./chunk-HCY2RDJM.js";
import {
  loadSource
} from "./chunk-4UVRDUWS.js";
import {
  loadConfig
} from "./chunk-ER5K6JTA.js";
>>>>>>>> i15a:dist/chunks/chunk-HFE5JKRP.js
========
} from "./chunk-WLITL2OP.js";
>>>>>>>> i15b:dist/chunks/chunk-IL4PQOHJ.js
import {
  readConfigFile,
  readSource,
  readText
<<<<<<<< HEAD:dist/chunks/chunk-KFH5FNFK.js
<<<<<<<< HEAD:dist/chunks/chunk-KFH5FNFK.js
} from "./chunk-UDA7S276.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-X5RCBLD3.js";
========
} from "./chunk-SQJ4ZNK3.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-75ZYMOTF.js";
>>>>>>>> i15a:dist/chunks/chunk-HFE5JKRP.js
========
} from "./chunk-DGUPFWAF.js";
import {
  loadSource
} from "./chunk-JD3WBVE6.js";
import {
  loadConfig
} from "./chunk-AL25DJY2.js";
import {
  LOCK_FILE,
  parseLock
} from "./chunk-MJVUGJEI.js";
>>>>>>>> i15b:dist/chunks/chunk-IL4PQOHJ.js

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
