import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-IH6NMAXY.js";
import {
  promoteFanOut,
  promoteLines
} from "./chunk-QT2QL6VU.js";
import "./chunk-CVKLW6N3.js";
import "./chunk-FNHWC7KG.js";
import "./chunk-3NZUV5WK.js";
import "./chunk-WXGDUOFA.js";
import "./chunk-5GIKJJSJ.js";
import "./chunk-HYYMVPMC.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-VOLLVHUJ.js";
import "./chunk-A5KVHFUA.js";
import "./chunk-IIO5ECKD.js";
import "./chunk-A3AUD6VE.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-RNWVDMOP.js";
import "./chunk-LHKSLKI3.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-YFFIHJJG.js";
import "./chunk-TJCCMP7P.js";
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
