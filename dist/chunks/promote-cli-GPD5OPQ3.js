import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-H36TM3VL.js";
import {
  promote,
  promoteLines
} from "./chunk-S55OURMQ.js";
import "./chunk-FNTLSU5E.js";
import "./chunk-CQNSYKCP.js";
import "./chunk-GPRPVNVM.js";
import "./chunk-EDG7PESY.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-4XBLL33F.js";
import "./chunk-GT6DZO67.js";
import "./chunk-NULAUMAV.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-M4GBSLQE.js";
import "./chunk-TMS2S4CU.js";
import "./chunk-7EPZIX6B.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-HKRIPZIO.js";
import "./chunk-XH4FY27A.js";
import "./chunk-Z24NO3ZU.js";
import "./chunk-D2RVUTLC.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

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
