import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
} from "./chunk-TJ3FJNYL.js";
import {
  promoteFanOut,
  promoteLines
} from "./chunk-I3ZICTLR.js";
import "./chunk-TKUBY6KC.js";
import "./chunk-AA7B2AOO.js";
import "./chunk-DMFYGGHK.js";
import "./chunk-FCP2IWXA.js";
import "./chunk-RUPXGUGG.js";
import "./chunk-IOBEII3D.js";
import "./chunk-JBLNTRAF.js";
import "./chunk-3427PZOU.js";
import "./chunk-SSJMW5PP.js";
import "./chunk-DFIP6AYO.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-NAEY2JMF.js";
import "./chunk-UTJQZLM3.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-SID65HV4.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-PBLSRAXX.js";
import "./chunk-HX64S4PU.js";
import "./chunk-5ETQQFMW.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-OINZ5D5A.js";
import "./chunk-FN2YLOUV.js";
import "./chunk-N5T7JROX.js";
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
