import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
<<<<<<<< HEAD:dist/chunks/promote-H773TTFY.js
} from "./chunk-3U5V45CS.js";
import {
  promote,
  promoteLines
} from "./chunk-VMLB6PPA.js";
import "./chunk-J7WLH52B.js";
import "./chunk-A233TASN.js";
import "./chunk-4O7HZDQN.js";
import "./chunk-5W2CSBIZ.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-6WKANMBZ.js";
import "./chunk-2RHYZSOI.js";
import "./chunk-AJ653PDU.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-HWHYYQZB.js";
import "./chunk-VMYRRX5X.js";
import "./chunk-4QGOFGSH.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-5SBUQFNJ.js";
========
} from "./chunk-SSPIEHDS.js";
import {
  promote,
  promoteLines
} from "./chunk-ONM42W2H.js";
import "./chunk-X62BYHB6.js";
import "./chunk-J3T6QMFX.js";
import "./chunk-6DKP5FT7.js";
import "./chunk-FEFXYHOZ.js";
import "./chunk-7TFXQO6M.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-RVXEV2LT.js";
import "./chunk-WO55VD3J.js";
import "./chunk-FTVXGWNC.js";
import "./chunk-3TWFL2JJ.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-Y5F23WUW.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-BGECMNBX.js";
>>>>>>>> i20:dist/chunks/promote-6DFZYQVR.js
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
