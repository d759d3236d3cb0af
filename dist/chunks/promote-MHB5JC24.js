import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  tokenFromEnv
<<<<<<<< HEAD:dist/chunks/promote-MHB5JC24.js
<<<<<<<< HEAD:dist/chunks/promote-MHB5JC24.js
<<<<<<<< HEAD:dist/chunks/promote-MHB5JC24.js
} from "./chunk-HYYI4XDN.js";
import {
  promote,
  promoteLines
} from "./chunk-374T33GS.js";
import "./chunk-UJV2MVWK.js";
import "./chunk-Y4NUL54Q.js";
import "./chunk-WYIS3FSG.js";
import "./chunk-BYHSRYDB.js";
import "./chunk-I4ZM6LQS.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-QAFSSBBZ.js";
import "./chunk-R77WI4FJ.js";
import "./chunk-ZL4OEXNQ.js";
import "./chunk-3X5UP6IA.js";
========
} from "./chunk-Q2DULAC3.js";
import {
  promote,
  promoteLines
} from "./chunk-4YJSIGDZ.js";
import "./chunk-WSNQVE5H.js";
import "./chunk-ZDUL4ZUZ.js";
import "./chunk-HCY2RDJM.js";
import "./chunk-2W5EQXYJ.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-4UVRDUWS.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-ER5K6JTA.js";
import "./chunk-SQJ4ZNK3.js";
import "./chunk-75ZYMOTF.js";
>>>>>>>> i15a:dist/chunks/promote-cli-3EBAMOD5.js
import "./chunk-23SCBZZ6.js";
import "./chunk-2NF2QYZQ.js";
========
} from "./chunk-SHKNA6QD.js";
import {
  promote,
  promoteLines
} from "./chunk-VJ7JKGLO.js";
import "./chunk-PKMPVV45.js";
import "./chunk-YAZMYVWA.js";
import "./chunk-WLITL2OP.js";
import "./chunk-DGUPFWAF.js";
import "./chunk-Y3RIVKR5.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-JD3WBVE6.js";
import "./chunk-ZTFLD2BB.js";
import "./chunk-AL25DJY2.js";
import "./chunk-MJVUGJEI.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-Y5F23WUW.js";
>>>>>>>> i15b:dist/chunks/promote-cli-6YCN2V5I.js
import "./chunk-5SBUQFNJ.js";
========
} from "./chunk-SPLN3PLS.js";
import {
  promote,
  promoteLines
} from "./chunk-ZRTMQLXB.js";
import "./chunk-FXKJR5VR.js";
import "./chunk-56X5NLLI.js";
import "./chunk-P7P2PX7V.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-3SRIKC5W.js";
import "./chunk-IAZL6UQ2.js";
import "./chunk-364WKKB7.js";
import "./chunk-D24S4AL4.js";
>>>>>>>> i18:dist/chunks/promote-cli-K2Q6UCRV.js
import "./chunk-NXEJ7XQU.js";
import "./chunk-UDA7S276.js";
import "./chunk-OLPQ37OG.js";
import "./chunk-X5RCBLD3.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
<<<<<<<< HEAD:dist/chunks/promote-MHB5JC24.js
import "./chunk-RNWVDMOP.js";
import "./chunk-LHKSLKI3.js";
========
import "./chunk-VDMDQ7VV.js";
import "./chunk-NB3YUSRG.js";
>>>>>>>> i15b:dist/chunks/promote-cli-6YCN2V5I.js
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
