import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-SCDEJSH5.js";
import {
  promote,
  promoteLines
} from "./chunk-53BSP5Y3.js";
import "./chunk-QVGM4UJ6.js";
import "./chunk-KV7NB6YP.js";
import "./chunk-G4JINHP3.js";
import "./chunk-AVPOJC3T.js";
import "./chunk-EFWEABGR.js";
import "./chunk-L2XMDILF.js";
import "./chunk-3YAU27FO.js";
import "./chunk-EEHM54QC.js";
import "./chunk-STYVR3MZ.js";
import "./chunk-GZ5BODPP.js";
import "./chunk-ECH4NH6Z.js";
import "./chunk-2OTNRUMI.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-VZID5EFK.js";
import "./chunk-3IIP3542.js";
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
