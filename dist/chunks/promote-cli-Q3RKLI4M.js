import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-MDCQDBV3.js";
import {
  promote,
  promoteLines
} from "./chunk-IK7L3F4W.js";
import "./chunk-HMXDR2VM.js";
import "./chunk-4T5PVL6H.js";
import "./chunk-HWZSCXIN.js";
import "./chunk-ZWYI4LIJ.js";
import "./chunk-FLXSM4UU.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-U2EU47JS.js";
import "./chunk-Y6E6O4EV.js";
import "./chunk-P6EJMT6R.js";
import "./chunk-7ML2XLCI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
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
