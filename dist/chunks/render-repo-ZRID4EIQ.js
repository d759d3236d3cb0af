import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
<<<<<<<< HEAD:dist/chunks/render-repo-ZRID4EIQ.js
<<<<<<<< HEAD:dist/chunks/render-repo-ZRID4EIQ.js
} from "./chunk-HYYI4XDN.js";
import "./chunk-UJV2MVWK.js";
import "./chunk-I4ZM6LQS.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-QAFSSBBZ.js";
import "./chunk-R77WI4FJ.js";
import "./chunk-ZL4OEXNQ.js";
import "./chunk-3X5UP6IA.js";
========
} from "./chunk-Q2DULAC3.js";
import "./chunk-WSNQVE5H.js";
import "./chunk-2W5EQXYJ.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-4UVRDUWS.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-ER5K6JTA.js";
import "./chunk-75ZYMOTF.js";
>>>>>>>> i15a:dist/chunks/render-repo-A2JVYJNE.js
import "./chunk-23SCBZZ6.js";
import "./chunk-2NF2QYZQ.js";
import "./chunk-5SBUQFNJ.js";
========
} from "./chunk-SPLN3PLS.js";
import "./chunk-FXKJR5VR.js";
import "./chunk-P7P2PX7V.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-IAZL6UQ2.js";
import "./chunk-364WKKB7.js";
import "./chunk-D24S4AL4.js";
>>>>>>>> i18:dist/chunks/render-repo-JV63JMYK.js
import "./chunk-NXEJ7XQU.js";
import "./chunk-OLPQ37OG.js";
import "./chunk-X5RCBLD3.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-RNWVDMOP.js";
import "./chunk-LHKSLKI3.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-H7EPVWR2.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
};
