import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-POJU6CAG.js";
import {
  promote,
  promoteLines
} from "./chunk-7ZJAQ576.js";
import "./chunk-4GUZ46OF.js";
import "./chunk-XWWH5UV5.js";
import "./chunk-5QSBI6PZ.js";
import "./chunk-7MKJRI7D.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-OTM6RDDD.js";
import "./chunk-7DR4OZY2.js";
import "./chunk-OLUA33XR.js";
import "./chunk-BGECMNBX.js";
import "./chunk-H3DSJAKB.js";
import "./chunk-WHFLAO7D.js";
import "./chunk-JA3C57HL.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-UG6HWLC5.js";
import "./chunk-NB3YUSRG.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-H7EPVWR2.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/cli/promote.ts
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
