import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validateAll
<<<<<<<< HEAD:dist/chunks/validate-AW6S6CTO.js
<<<<<<<< HEAD:dist/chunks/validate-AW6S6CTO.js
} from "./chunk-JKQENLU3.js";
import "./chunk-QAFSSBBZ.js";
import "./chunk-R77WI4FJ.js";
import "./chunk-ZL4OEXNQ.js";
import "./chunk-3X5UP6IA.js";
========
} from "./chunk-RPW3ECAZ.js";
import "./chunk-4UVRDUWS.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-ER5K6JTA.js";
import "./chunk-75ZYMOTF.js";
>>>>>>>> i15a:dist/chunks/validate-PR7MY5DK.js
import "./chunk-23SCBZZ6.js";
import "./chunk-2NF2QYZQ.js";
import "./chunk-5SBUQFNJ.js";
========
} from "./chunk-H6CW3C42.js";
import "./chunk-IAZL6UQ2.js";
import "./chunk-364WKKB7.js";
import "./chunk-D24S4AL4.js";
>>>>>>>> i18:dist/chunks/validate-5I7GNJUD.js
import "./chunk-NXEJ7XQU.js";
import "./chunk-OLPQ37OG.js";
import "./chunk-X5RCBLD3.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-LHKSLKI3.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";
export {
  validateAll
};
