import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
<<<<<<<< HEAD:dist/chunks/render-repo-MUY5PY7U.js
} from "./chunk-3U5V45CS.js";
import "./chunk-J7WLH52B.js";
import "./chunk-5W2CSBIZ.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-6WKANMBZ.js";
import "./chunk-2RHYZSOI.js";
import "./chunk-AJ653PDU.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-VMYRRX5X.js";
import "./chunk-4QGOFGSH.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-5SBUQFNJ.js";
========
} from "./chunk-SSPIEHDS.js";
import "./chunk-X62BYHB6.js";
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
>>>>>>>> i20:dist/chunks/render-repo-X6GUK6FA.js
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
export {
  DEFAULT_TOKEN_ENV,
  renderRepoCli,
  tokenFromEnv
};
