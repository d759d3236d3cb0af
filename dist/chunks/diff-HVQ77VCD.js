import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
<<<<<<<< HEAD:dist/chunks/diff-HVQ77VCD.js
} from "./chunk-OACKMI4Y.js";
import "./chunk-A233TASN.js";
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
} from "./chunk-EVZ6UYOF.js";
import "./chunk-J3T6QMFX.js";
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
>>>>>>>> i20:dist/chunks/diff-PWIAG6Q6.js
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-UG6HWLC5.js";
import "./chunk-NB3YUSRG.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-TJCCMP7P.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  changedApps,
  computePreview,
  runDiff
};
