import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  changedApps,
  computePreview,
  runDiff
<<<<<<<< HEAD:dist/chunks/diff-GXAL4EQ7.js
<<<<<<<< HEAD:dist/chunks/diff-GXAL4EQ7.js
} from "./chunk-J3JXPV7Z.js";
import "./chunk-Y4NUL54Q.js";
import "./chunk-BYHSRYDB.js";
import "./chunk-I4ZM6LQS.js";
import "./chunk-BB75IWMQ.js";
import "./chunk-QAFSSBBZ.js";
import "./chunk-R77WI4FJ.js";
import "./chunk-ZL4OEXNQ.js";
import "./chunk-3X5UP6IA.js";
========
} from "./chunk-6U4IRXH2.js";
import "./chunk-ZDUL4ZUZ.js";
import "./chunk-2W5EQXYJ.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-4UVRDUWS.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-ER5K6JTA.js";
import "./chunk-SQJ4ZNK3.js";
import "./chunk-75ZYMOTF.js";
>>>>>>>> i15a:dist/chunks/diff-5JV7TTES.js
import "./chunk-23SCBZZ6.js";
import "./chunk-2NF2QYZQ.js";
import "./chunk-5SBUQFNJ.js";
========
} from "./chunk-5LTFLSLF.js";
import "./chunk-56X5NLLI.js";
import "./chunk-P7P2PX7V.js";
import "./chunk-GNDDQ7SV.js";
import "./chunk-IAZL6UQ2.js";
import "./chunk-364WKKB7.js";
import "./chunk-D24S4AL4.js";
>>>>>>>> i18:dist/chunks/diff-VELK5GOZ.js
import "./chunk-NXEJ7XQU.js";
import "./chunk-UDA7S276.js";
import "./chunk-OLPQ37OG.js";
import "./chunk-X5RCBLD3.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-RNWVDMOP.js";
import "./chunk-LHKSLKI3.js";
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
