import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-FZS7GZLO.js";
import {
  promote,
  promoteLines
} from "./chunk-VFQGT767.js";
import "./chunk-OZYNPKIN.js";
import "./chunk-3L3HPUSG.js";
import "./chunk-SSJFMW22.js";
import "./chunk-HBIA4S6H.js";
import "./chunk-SWVAK7LB.js";
import "./chunk-HDNIPKMD.js";
import "./chunk-QT4GTATZ.js";
import "./chunk-CMXZZGXU.js";
import "./chunk-ZT4S6I2E.js";
import "./chunk-GZ47FPBD.js";
import "./chunk-5QGPLNTT.js";
import "./chunk-35XF5YGG.js";
import "./chunk-VRK5AQSF.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-2IVFU7EI.js";
import "./chunk-JNRZWGKW.js";
import "./chunk-26D6SPF5.js";
import "./chunk-B7X3UZU7.js";
import "./chunk-25T5DTZY.js";
import "./chunk-GSGQ2ZSK.js";
import "./chunk-6XFIWXZH.js";
import "./chunk-OTU23BBD.js";
import "./chunk-JVSLN557.js";

// src/commands/promote-cli.ts
async function promoteCli(opts, tokenEnv, reporter) {
  const t0 = performance.now();
  const r = await promote(
    {
      ...opts,
      token: tokenFromEnv(tokenEnv),
      github: {
        apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
        serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com"
      }
    },
    reporter
  );
  for (const line of promoteLines(r)) reporter.info(line);
  const verb = r.status === "nothing-to-promote" ? "nothing to promote" : r.pushed ? `pushed ${r.branch}` : r.mode === "in-place" ? `committed ${r.branch} in place` : "dry run, nothing pushed";
  reporter.info(`${r.envRepo}: ${verb} in ${((performance.now() - t0) / 1e3).toFixed(2)} s`);
  return 0;
}
export {
  promoteCli
};
