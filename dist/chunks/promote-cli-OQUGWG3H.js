import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-CL3AHDT6.js";
import {
  promote,
  promoteLines
} from "./chunk-C2JK4BMX.js";
import "./chunk-C7NKRN6V.js";
import "./chunk-SR3ST3CK.js";
import "./chunk-4ITEKIBD.js";
import "./chunk-KENUJSPA.js";
import "./chunk-L2XMDILF.js";
import "./chunk-6HN4PLOU.js";
import "./chunk-WPBO7CMI.js";
import "./chunk-RKFZYPYL.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-PGXYFUKH.js";
import "./chunk-HWSQUULS.js";
import "./chunk-T27TFQE2.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-FQH6KQ5R.js";
import "./chunk-EAQEKXIK.js";
import "./chunk-XTRED4QM.js";
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
