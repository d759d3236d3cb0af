import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-7THVBI7G.js";
import {
  promoteFanOut,
  promoteLines
} from "./chunk-ZEK4BGIN.js";
import "./chunk-JH6NNRCH.js";
import "./chunk-6K7MWYK3.js";
import "./chunk-SLY6QFBD.js";
import "./chunk-UFVQT22N.js";
import "./chunk-FBD6FKAS.js";
import "./chunk-HXAMYBJ6.js";
import "./chunk-XPNUREDR.js";
import "./chunk-PO5UJMUO.js";
import "./chunk-BGECMNBX.js";
import "./chunk-WMICZHRX.js";
import "./chunk-NDDTM6QH.js";
import "./chunk-M5QIZD36.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-REWEPDC7.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-PU2QS5BC.js";
import "./chunk-HCVWLPNI.js";
import "./chunk-3IFGO55J.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-PYU4LQ64.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/cli/promote.ts
async function promoteCli(opts, tokenEnv, reporter) {
  const t0 = performance.now();
  const results = await promoteFanOut(
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
  for (const r of results) for (const line of promoteLines(r)) reporter.info(line);
  const secs = ((performance.now() - t0) / 1e3).toFixed(2);
  reporter.info(`${results[0]?.envRepo ?? ""}: ${results.map(verb).join("; ")} in ${secs} s`);
  return 0;
}
function verb(r) {
  const what = r.status === "nothing-to-promote" ? "nothing to promote" : r.status === "unverified" ? "not verified, nothing promoted" : r.direct ? `pushed ${r.base} (autoPromote)` : r.pushed ? `pushed ${r.branch}` : r.mode === "in-place" ? `committed ${r.branch} in place` : "dry run, nothing pushed";
  return what;
}
export {
  promoteCli
};
