import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-DMR7CHA2.js";
import {
  promote,
  promoteLines
} from "./chunk-J7HD6KOC.js";
import "./chunk-XRCH7AYT.js";
import "./chunk-AZH2PEBF.js";
import "./chunk-HWZSCXIN.js";
import "./chunk-ZWYI4LIJ.js";
import "./chunk-EBLOQ3RF.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-OL5UD3M2.js";
import "./chunk-Y6E6O4EV.js";
import "./chunk-P6EJMT6R.js";
import "./chunk-7ML2XLCI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-G6J47SFS.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-LGHO3HPS.js";
import "./chunk-GYNWXAND.js";
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
