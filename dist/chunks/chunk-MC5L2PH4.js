import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  validate as validate8
} from "./chunk-I2MQNA5P.js";
import {
  validate as validate12
} from "./chunk-HYYDVGLW.js";
import {
  validate as validate4,
  validate10 as validate18,
  validate11 as validate19,
  validate12 as validate20,
  validate13 as validate21,
  validate2 as validate5,
  validate3 as validate10,
  validate4 as validate11,
  validate5 as validate13,
  validate6 as validate14,
  validate7 as validate15,
  validate8 as validate16,
  validate9 as validate17
} from "./chunk-HPELQZKA.js";
import {
  validate as validate9
} from "./chunk-IA4YWS45.js";
import {
  validate as validate3
} from "./chunk-POZFPX5S.js";
import {
  validate as validate7
} from "./chunk-ZH5TEYRN.js";
import {
  validate as validate6
} from "./chunk-HIJ4OX23.js";
import {
  validate as validate2
} from "./chunk-B3B7T7ZY.js";
import {
  validate2 as validate
} from "./chunk-KVUVNQAX.js";
import {
  formats
} from "./chunk-QDS3T4MF.js";

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PreferredSchedulingTerm.mjs
var validate22 = function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.weight) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.preference) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "preference" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.preference || validate222(data.preference, { instancePath: instancePath + "/preference", parentData: data, parentDataProperty: "preference", rootData }) || (errors = (vErrors = null === vErrors ? validate222.errors : vErrors.concat(validate222.errors)).length), void 0 === data.weight || validate26(data.weight, { instancePath: instancePath + "/weight", parentData: data, parentDataProperty: "weight", rootData }) || (errors = (vErrors = null === vErrors ? validate26.errors : vErrors.concat(validate26.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate212.errors = vErrors, 0 === errors;
};
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate4(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length), validate222.errors = vErrors, 0 === errors;
}
var formats0 = formats.int32;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats0.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate26.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1NodeAffinity.mjs
var validate23 = function validate213(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.preferredDuringSchedulingIgnoredDuringExecution || validate223(data.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData }) || (errors = (vErrors = null === vErrors ? validate223.errors : vErrors.concat(validate223.errors)).length), void 0 === data.requiredDuringSchedulingIgnoredDuringExecution || validate28(data.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData }) || (errors = (vErrors = null === vErrors ? validate28.errors : vErrors.concat(validate28.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate213.errors = vErrors, 0 === errors;
};
function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate22(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate22.errors : vErrors.concat(validate22.errors)).length), validate232.errors = vErrors, 0 === errors;
}
function validate223(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate232(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate232.errors : vErrors.concat(validate232.errors)).length);
  }
  return validate223.errors = vErrors, 0 === errors;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate5(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length), validate28.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodAffinityTerm.mjs
var validate24 = function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.topologyKey) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.labelSelector || validate242(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData }) || (errors = (vErrors = null === vErrors ? validate242.errors : vErrors.concat(validate242.errors)).length), void 0 === data.matchLabelKeys || validate214(data.matchLabelKeys, { instancePath: instancePath + "/matchLabelKeys", parentData: data, parentDataProperty: "matchLabelKeys", rootData }) || (errors = (vErrors = null === vErrors ? validate214.errors : vErrors.concat(validate214.errors)).length), void 0 === data.mismatchLabelKeys || validate214(data.mismatchLabelKeys, { instancePath: instancePath + "/mismatchLabelKeys", parentData: data, parentDataProperty: "mismatchLabelKeys", rootData }) || (errors = (vErrors = null === vErrors ? validate214.errors : vErrors.concat(validate214.errors)).length), void 0 === data.namespaceSelector || validate242(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData }) || (errors = (vErrors = null === vErrors ? validate242.errors : vErrors.concat(validate242.errors)).length), void 0 === data.namespaces || validate214(data.namespaces, { instancePath: instancePath + "/namespaces", parentData: data, parentDataProperty: "namespaces", rootData }) || (errors = (vErrors = null === vErrors ? validate214.errors : vErrors.concat(validate214.errors)).length), void 0 === data.topologyKey || validate224(data.topologyKey, { instancePath: instancePath + "/topologyKey", parentData: data, parentDataProperty: "topologyKey", rootData }) || (errors = (vErrors = null === vErrors ? validate224.errors : vErrors.concat(validate224.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate27.errors = vErrors, 0 === errors;
};
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length), validate242.errors = vErrors, 0 === errors;
}
function validate224(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate224.errors = vErrors, 0 === errors;
}
function validate214(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate224(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate224.errors : vErrors.concat(validate224.errors)).length);
  }
  return validate214.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1WeightedPodAffinityTerm.mjs
var validate25 = function validate215(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.weight) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.podAffinityTerm) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "podAffinityTerm" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.podAffinityTerm || validate225(data.podAffinityTerm, { instancePath: instancePath + "/podAffinityTerm", parentData: data, parentDataProperty: "podAffinityTerm", rootData }) || (errors = (vErrors = null === vErrors ? validate225.errors : vErrors.concat(validate225.errors)).length), void 0 === data.weight || validate262(data.weight, { instancePath: instancePath + "/weight", parentData: data, parentDataProperty: "weight", rootData }) || (errors = (vErrors = null === vErrors ? validate262.errors : vErrors.concat(validate262.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate215.errors = vErrors, 0 === errors;
};
function validate225(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), validate225.errors = vErrors, 0 === errors;
}
var formats02 = formats.int32;
function validate262(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats02.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate262.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodAffinity.mjs
var validate29 = function validate216(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.preferredDuringSchedulingIgnoredDuringExecution || validate226(data.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData }) || (errors = (vErrors = null === vErrors ? validate226.errors : vErrors.concat(validate226.errors)).length), void 0 === data.requiredDuringSchedulingIgnoredDuringExecution || validate282(data.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData }) || (errors = (vErrors = null === vErrors ? validate282.errors : vErrors.concat(validate282.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate216.errors = vErrors, 0 === errors;
};
function validate233(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate25.errors : vErrors.concat(validate25.errors)).length), validate233.errors = vErrors, 0 === errors;
}
function validate226(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate233(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate233.errors : vErrors.concat(validate233.errors)).length);
  }
  return validate226.errors = vErrors, 0 === errors;
}
function validate292(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), validate292.errors = vErrors, 0 === errors;
}
function validate282(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate292(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate292.errors : vErrors.concat(validate292.errors)).length);
  }
  return validate282.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodAntiAffinity.mjs
var validate30 = function validate217(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.preferredDuringSchedulingIgnoredDuringExecution || validate227(data.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData }) || (errors = (vErrors = null === vErrors ? validate227.errors : vErrors.concat(validate227.errors)).length), void 0 === data.requiredDuringSchedulingIgnoredDuringExecution || validate283(data.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData }) || (errors = (vErrors = null === vErrors ? validate283.errors : vErrors.concat(validate283.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate217.errors = vErrors, 0 === errors;
};
function validate234(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate25.errors : vErrors.concat(validate25.errors)).length), validate234.errors = vErrors, 0 === errors;
}
function validate227(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate234(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate234.errors : vErrors.concat(validate234.errors)).length);
  }
  return validate227.errors = vErrors, 0 === errors;
}
function validate293(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), validate293.errors = vErrors, 0 === errors;
}
function validate283(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate293(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate293.errors : vErrors.concat(validate293.errors)).length);
  }
  return validate283.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Affinity.mjs
var validate31 = function validate218(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.nodeAffinity || validate228(data.nodeAffinity, { instancePath: instancePath + "/nodeAffinity", parentData: data, parentDataProperty: "nodeAffinity", rootData }) || (errors = (vErrors = null === vErrors ? validate228.errors : vErrors.concat(validate228.errors)).length), void 0 === data.podAffinity || validate263(data.podAffinity, { instancePath: instancePath + "/podAffinity", parentData: data, parentDataProperty: "podAffinity", rootData }) || (errors = (vErrors = null === vErrors ? validate263.errors : vErrors.concat(validate263.errors)).length), void 0 === data.podAntiAffinity || validate302(data.podAntiAffinity, { instancePath: instancePath + "/podAntiAffinity", parentData: data, parentDataProperty: "podAntiAffinity", rootData }) || (errors = (vErrors = null === vErrors ? validate302.errors : vErrors.concat(validate302.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate218.errors = vErrors, 0 === errors;
};
function validate228(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate23(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate23.errors : vErrors.concat(validate23.errors)).length), validate228.errors = vErrors, 0 === errors;
}
function validate263(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate29(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate29.errors : vErrors.concat(validate29.errors)).length), validate263.errors = vErrors, 0 === errors;
}
function validate302(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate30(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate30.errors : vErrors.concat(validate30.errors)).length), validate302.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapKeySelector.mjs
var validate32 = function validate219(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.key) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.key || validate229(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData }) || (errors = (vErrors = null === vErrors ? validate229.errors : vErrors.concat(validate229.errors)).length), void 0 === data.name || validate243(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate243.errors : vErrors.concat(validate243.errors)).length), void 0 === data.optional || validate264(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate264.errors : vErrors.concat(validate264.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate219.errors = vErrors, 0 === errors;
};
function validate229(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate229.errors = vErrors, 0 === errors;
}
function validate243(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate243.errors = vErrors, 0 === errors;
}
function validate264(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate264.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ObjectFieldSelector.mjs
var validate33 = function validate2110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.fieldPath) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fieldPath" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.apiVersion || validate2210(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate2210.errors : vErrors.concat(validate2210.errors)).length), void 0 === data.fieldPath || validate244(data.fieldPath, { instancePath: instancePath + "/fieldPath", parentData: data, parentDataProperty: "fieldPath", rootData }) || (errors = (vErrors = null === vErrors ? validate244.errors : vErrors.concat(validate244.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2110.errors = vErrors, 0 === errors;
};
function validate2210(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2210.errors = vErrors, 0 === errors;
}
function validate244(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate244.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ResourceFieldSelector.mjs
var validate34 = function validate2111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.resource) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.containerName || validate2211(data.containerName, { instancePath: instancePath + "/containerName", parentData: data, parentDataProperty: "containerName", rootData }) || (errors = (vErrors = null === vErrors ? validate2211.errors : vErrors.concat(validate2211.errors)).length), void 0 === data.divisor || validate245(data.divisor, { instancePath: instancePath + "/divisor", parentData: data, parentDataProperty: "divisor", rootData }) || (errors = (vErrors = null === vErrors ? validate245.errors : vErrors.concat(validate245.errors)).length), void 0 === data.resource || validate284(data.resource, { instancePath: instancePath + "/resource", parentData: data, parentDataProperty: "resource", rootData }) || (errors = (vErrors = null === vErrors ? validate284.errors : vErrors.concat(validate284.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2111.errors = vErrors, 0 === errors;
};
function validate2211(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2211.errors = vErrors, 0 === errors;
}
function validate245(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length), validate245.errors = vErrors, 0 === errors;
}
function validate284(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate284.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretKeySelector.mjs
var validate35 = function validate2112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.key) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.key || validate2212(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData }) || (errors = (vErrors = null === vErrors ? validate2212.errors : vErrors.concat(validate2212.errors)).length), void 0 === data.name || validate246(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate246.errors : vErrors.concat(validate246.errors)).length), void 0 === data.optional || validate265(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate265.errors : vErrors.concat(validate265.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2112.errors = vErrors, 0 === errors;
};
function validate2212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2212.errors = vErrors, 0 === errors;
}
function validate246(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate246.errors = vErrors, 0 === errors;
}
function validate265(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate265.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EnvVarSource.mjs
var validate36 = function validate2113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.configMapKeyRef || validate2213(data.configMapKeyRef, { instancePath: instancePath + "/configMapKeyRef", parentData: data, parentDataProperty: "configMapKeyRef", rootData }) || (errors = (vErrors = null === vErrors ? validate2213.errors : vErrors.concat(validate2213.errors)).length), void 0 === data.fieldRef || validate266(data.fieldRef, { instancePath: instancePath + "/fieldRef", parentData: data, parentDataProperty: "fieldRef", rootData }) || (errors = (vErrors = null === vErrors ? validate266.errors : vErrors.concat(validate266.errors)).length), void 0 === data.resourceFieldRef || validate303(data.resourceFieldRef, { instancePath: instancePath + "/resourceFieldRef", parentData: data, parentDataProperty: "resourceFieldRef", rootData }) || (errors = (vErrors = null === vErrors ? validate303.errors : vErrors.concat(validate303.errors)).length), void 0 === data.secretKeyRef || validate342(data.secretKeyRef, { instancePath: instancePath + "/secretKeyRef", parentData: data, parentDataProperty: "secretKeyRef", rootData }) || (errors = (vErrors = null === vErrors ? validate342.errors : vErrors.concat(validate342.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2113.errors = vErrors, 0 === errors;
};
function validate2213(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate32(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length), validate2213.errors = vErrors, 0 === errors;
}
function validate266(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate266.errors = vErrors, 0 === errors;
}
function validate303(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate34(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate34.errors : vErrors.concat(validate34.errors)).length), validate303.errors = vErrors, 0 === errors;
}
function validate342(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate342.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EnvVar.mjs
var validate37 = function validate2114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.name || validate2214(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2214.errors : vErrors.concat(validate2214.errors)).length), void 0 === data.value || validate247(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate247.errors : vErrors.concat(validate247.errors)).length), void 0 === data.valueFrom || validate267(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData }) || (errors = (vErrors = null === vErrors ? validate267.errors : vErrors.concat(validate267.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2114.errors = vErrors, 0 === errors;
};
function validate2214(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2214.errors = vErrors, 0 === errors;
}
function validate247(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate247.errors = vErrors, 0 === errors;
}
function validate267(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate36(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length), validate267.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapEnvSource.mjs
var validate38 = function validate2115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.name || validate2215(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2215.errors : vErrors.concat(validate2215.errors)).length), void 0 === data.optional || validate248(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate248.errors : vErrors.concat(validate248.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2115.errors = vErrors, 0 === errors;
};
function validate2215(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2215.errors = vErrors, 0 === errors;
}
function validate248(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate248.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretEnvSource.mjs
var validate39 = function validate2116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.name || validate2216(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2216.errors : vErrors.concat(validate2216.errors)).length), void 0 === data.optional || validate249(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate249.errors : vErrors.concat(validate249.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2116.errors = vErrors, 0 === errors;
};
function validate2216(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2216.errors = vErrors, 0 === errors;
}
function validate249(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate249.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EnvFromSource.mjs
var validate40 = function validate2117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.configMapRef || validate2217(data.configMapRef, { instancePath: instancePath + "/configMapRef", parentData: data, parentDataProperty: "configMapRef", rootData }) || (errors = (vErrors = null === vErrors ? validate2217.errors : vErrors.concat(validate2217.errors)).length), void 0 === data.prefix || validate268(data.prefix, { instancePath: instancePath + "/prefix", parentData: data, parentDataProperty: "prefix", rootData }) || (errors = (vErrors = null === vErrors ? validate268.errors : vErrors.concat(validate268.errors)).length), void 0 === data.secretRef || validate285(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate285.errors : vErrors.concat(validate285.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2117.errors = vErrors, 0 === errors;
};
function validate2217(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate38(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate38.errors : vErrors.concat(validate38.errors)).length), validate2217.errors = vErrors, 0 === errors;
}
function validate268(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate268.errors = vErrors, 0 === errors;
}
function validate285(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length), validate285.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ExecAction.mjs
var validate41 = function validate2118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.command || validate2218(data.command, { instancePath: instancePath + "/command", parentData: data, parentDataProperty: "command", rootData }) || (errors = (vErrors = null === vErrors ? validate2218.errors : vErrors.concat(validate2218.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2118.errors = vErrors, 0 === errors;
};
function validate235(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate235.errors = vErrors, 0 === errors;
}
function validate2218(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate235(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate235.errors : vErrors.concat(validate235.errors)).length);
  }
  return validate2218.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1HTTPHeader.mjs
var validate42 = function validate2219(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.name || validate2119(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2119.errors : vErrors.concat(validate2119.errors)).length), void 0 === data.value || validate2119(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate2119.errors : vErrors.concat(validate2119.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2219.errors = vErrors, 0 === errors;
};
function validate2119(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2119.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1HTTPGetAction.mjs
var validate43 = function validate2220(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.port) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.host || validate2120(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData }) || (errors = (vErrors = null === vErrors ? validate2120.errors : vErrors.concat(validate2120.errors)).length), void 0 === data.httpHeaders || validate2410(data.httpHeaders, { instancePath: instancePath + "/httpHeaders", parentData: data, parentDataProperty: "httpHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate2410.errors : vErrors.concat(validate2410.errors)).length), void 0 === data.path || validate2120(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate2120.errors : vErrors.concat(validate2120.errors)).length), void 0 === data.port || validate312(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate312.errors : vErrors.concat(validate312.errors)).length), void 0 === data.scheme || validate352(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData }) || (errors = (vErrors = null === vErrors ? validate352.errors : vErrors.concat(validate352.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2220.errors = vErrors, 0 === errors;
};
function validate2120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2120.errors = vErrors, 0 === errors;
}
function validate252(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate42(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate42.errors : vErrors.concat(validate42.errors)).length), validate252.errors = vErrors, 0 === errors;
}
function validate2410(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate252(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate252.errors : vErrors.concat(validate252.errors)).length);
  }
  return validate2410.errors = vErrors, 0 === errors;
}
function validate312(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length), validate312.errors = vErrors, 0 === errors;
}
var schema13 = { enum: ["HTTP", "HTTPS"] };
function validate352(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("HTTP" === data || "HTTPS" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate352.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SleepAction.mjs
var validate44 = function validate2121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.seconds) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seconds" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.seconds || validate2221(data.seconds, { instancePath: instancePath + "/seconds", parentData: data, parentDataProperty: "seconds", rootData }) || (errors = (vErrors = null === vErrors ? validate2221.errors : vErrors.concat(validate2221.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2121.errors = vErrors, 0 === errors;
};
var formats03 = formats.int64;
function validate2221(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats03.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2221.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1TCPSocketAction.mjs
var validate45 = function validate2122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.port) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.host || validate2222(data.host, { instancePath: instancePath + "/host", parentData: data, parentDataProperty: "host", rootData }) || (errors = (vErrors = null === vErrors ? validate2222.errors : vErrors.concat(validate2222.errors)).length), void 0 === data.port || validate2411(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate2411.errors : vErrors.concat(validate2411.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2122.errors = vErrors, 0 === errors;
};
function validate2222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2222.errors = vErrors, 0 === errors;
}
function validate2411(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length), validate2411.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1LifecycleHandler.mjs
var validate46 = function validate2123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.exec || validate2223(data.exec, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData }) || (errors = (vErrors = null === vErrors ? validate2223.errors : vErrors.concat(validate2223.errors)).length), void 0 === data.httpGet || validate269(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData }) || (errors = (vErrors = null === vErrors ? validate269.errors : vErrors.concat(validate269.errors)).length), void 0 === data.sleep || validate304(data.sleep, { instancePath: instancePath + "/sleep", parentData: data, parentDataProperty: "sleep", rootData }) || (errors = (vErrors = null === vErrors ? validate304.errors : vErrors.concat(validate304.errors)).length), void 0 === data.tcpSocket || validate343(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData }) || (errors = (vErrors = null === vErrors ? validate343.errors : vErrors.concat(validate343.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2123.errors = vErrors, 0 === errors;
};
function validate2223(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate41(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate41.errors : vErrors.concat(validate41.errors)).length), validate2223.errors = vErrors, 0 === errors;
}
function validate269(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate43(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate43.errors : vErrors.concat(validate43.errors)).length), validate269.errors = vErrors, 0 === errors;
}
function validate304(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate44(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate44.errors : vErrors.concat(validate44.errors)).length), validate304.errors = vErrors, 0 === errors;
}
function validate343(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate45(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate45.errors : vErrors.concat(validate45.errors)).length), validate343.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Lifecycle.mjs
var validate47 = function validate2412(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.postStart || validate2124(data.postStart, { instancePath: instancePath + "/postStart", parentData: data, parentDataProperty: "postStart", rootData }) || (errors = (vErrors = null === vErrors ? validate2124.errors : vErrors.concat(validate2124.errors)).length), void 0 === data.preStop || validate2124(data.preStop, { instancePath: instancePath + "/preStop", parentData: data, parentDataProperty: "preStop", rootData }) || (errors = (vErrors = null === vErrors ? validate2124.errors : vErrors.concat(validate2124.errors)).length), void 0 === data.stopSignal || validate272(data.stopSignal, { instancePath: instancePath + "/stopSignal", parentData: data, parentDataProperty: "stopSignal", rootData }) || (errors = (vErrors = null === vErrors ? validate272.errors : vErrors.concat(validate272.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2412.errors = vErrors, 0 === errors;
};
function validate2124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate46(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate46.errors : vErrors.concat(validate46.errors)).length), validate2124.errors = vErrors, 0 === errors;
}
var schema9 = { enum: ["SIGABRT", "SIGALRM", "SIGBUS", "SIGCHLD", "SIGCLD", "SIGCONT", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT", "SIGIO", "SIGIOT", "SIGKILL", "SIGPIPE", "SIGPOLL", "SIGPROF", "SIGPWR", "SIGQUIT", "SIGRTMAX", "SIGRTMAX-1", "SIGRTMAX-10", "SIGRTMAX-11", "SIGRTMAX-12", "SIGRTMAX-13", "SIGRTMAX-14", "SIGRTMAX-2", "SIGRTMAX-3", "SIGRTMAX-4", "SIGRTMAX-5", "SIGRTMAX-6", "SIGRTMAX-7", "SIGRTMAX-8", "SIGRTMAX-9", "SIGRTMIN", "SIGRTMIN+1", "SIGRTMIN+10", "SIGRTMIN+11", "SIGRTMIN+12", "SIGRTMIN+13", "SIGRTMIN+14", "SIGRTMIN+15", "SIGRTMIN+2", "SIGRTMIN+3", "SIGRTMIN+4", "SIGRTMIN+5", "SIGRTMIN+6", "SIGRTMIN+7", "SIGRTMIN+8", "SIGRTMIN+9", "SIGSEGV", "SIGSTKFLT", "SIGSTOP", "SIGSYS", "SIGTERM", "SIGTRAP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGUSR1", "SIGUSR2", "SIGVTALRM", "SIGWINCH", "SIGXCPU", "SIGXFSZ"] };
function validate272(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("SIGABRT" === data || "SIGALRM" === data || "SIGBUS" === data || "SIGCHLD" === data || "SIGCLD" === data || "SIGCONT" === data || "SIGFPE" === data || "SIGHUP" === data || "SIGILL" === data || "SIGINT" === data || "SIGIO" === data || "SIGIOT" === data || "SIGKILL" === data || "SIGPIPE" === data || "SIGPOLL" === data || "SIGPROF" === data || "SIGPWR" === data || "SIGQUIT" === data || "SIGRTMAX" === data || "SIGRTMAX-1" === data || "SIGRTMAX-10" === data || "SIGRTMAX-11" === data || "SIGRTMAX-12" === data || "SIGRTMAX-13" === data || "SIGRTMAX-14" === data || "SIGRTMAX-2" === data || "SIGRTMAX-3" === data || "SIGRTMAX-4" === data || "SIGRTMAX-5" === data || "SIGRTMAX-6" === data || "SIGRTMAX-7" === data || "SIGRTMAX-8" === data || "SIGRTMAX-9" === data || "SIGRTMIN" === data || "SIGRTMIN+1" === data || "SIGRTMIN+10" === data || "SIGRTMIN+11" === data || "SIGRTMIN+12" === data || "SIGRTMIN+13" === data || "SIGRTMIN+14" === data || "SIGRTMIN+15" === data || "SIGRTMIN+2" === data || "SIGRTMIN+3" === data || "SIGRTMIN+4" === data || "SIGRTMIN+5" === data || "SIGRTMIN+6" === data || "SIGRTMIN+7" === data || "SIGRTMIN+8" === data || "SIGRTMIN+9" === data || "SIGSEGV" === data || "SIGSTKFLT" === data || "SIGSTOP" === data || "SIGSYS" === data || "SIGTERM" === data || "SIGTRAP" === data || "SIGTSTP" === data || "SIGTTIN" === data || "SIGTTOU" === data || "SIGURG" === data || "SIGUSR1" === data || "SIGUSR2" === data || "SIGVTALRM" === data || "SIGWINCH" === data || "SIGXCPU" === data || "SIGXFSZ" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate272.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1GRPCAction.mjs
var validate48 = function validate2125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.port) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.port || validate2224(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate2224.errors : vErrors.concat(validate2224.errors)).length), void 0 === data.service || validate2413(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData }) || (errors = (vErrors = null === vErrors ? validate2413.errors : vErrors.concat(validate2413.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2125.errors = vErrors, 0 === errors;
};
var formats04 = formats.int32;
function validate2224(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats04.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2224.errors = vErrors, 0 === errors;
}
function validate2413(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2413.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Probe.mjs
var validate49 = function validate2225(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.exec || validate236(data.exec, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData }) || (errors = (vErrors = null === vErrors ? validate236.errors : vErrors.concat(validate236.errors)).length), void 0 === data.failureThreshold || validate2126(data.failureThreshold, { instancePath: instancePath + "/failureThreshold", parentData: data, parentDataProperty: "failureThreshold", rootData }) || (errors = (vErrors = null === vErrors ? validate2126.errors : vErrors.concat(validate2126.errors)).length), void 0 === data.grpc || validate286(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData }) || (errors = (vErrors = null === vErrors ? validate286.errors : vErrors.concat(validate286.errors)).length), void 0 === data.httpGet || validate322(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData }) || (errors = (vErrors = null === vErrors ? validate322.errors : vErrors.concat(validate322.errors)).length), void 0 === data.initialDelaySeconds || validate2126(data.initialDelaySeconds, { instancePath: instancePath + "/initialDelaySeconds", parentData: data, parentDataProperty: "initialDelaySeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate2126.errors : vErrors.concat(validate2126.errors)).length), void 0 === data.periodSeconds || validate2126(data.periodSeconds, { instancePath: instancePath + "/periodSeconds", parentData: data, parentDataProperty: "periodSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate2126.errors : vErrors.concat(validate2126.errors)).length), void 0 === data.successThreshold || validate2126(data.successThreshold, { instancePath: instancePath + "/successThreshold", parentData: data, parentDataProperty: "successThreshold", rootData }) || (errors = (vErrors = null === vErrors ? validate2126.errors : vErrors.concat(validate2126.errors)).length), void 0 === data.tcpSocket || validate392(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData }) || (errors = (vErrors = null === vErrors ? validate392.errors : vErrors.concat(validate392.errors)).length), void 0 === data.terminationGracePeriodSeconds || validate432(data.terminationGracePeriodSeconds, { instancePath: instancePath + "/terminationGracePeriodSeconds", parentData: data, parentDataProperty: "terminationGracePeriodSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate432.errors : vErrors.concat(validate432.errors)).length), void 0 === data.timeoutSeconds || validate2126(data.timeoutSeconds, { instancePath: instancePath + "/timeoutSeconds", parentData: data, parentDataProperty: "timeoutSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate2126.errors : vErrors.concat(validate2126.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2225.errors = vErrors, 0 === errors;
};
function validate236(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate41(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate41.errors : vErrors.concat(validate41.errors)).length), validate236.errors = vErrors, 0 === errors;
}
var formats05 = formats.int32;
function validate2126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats05.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2126.errors = vErrors, 0 === errors;
}
function validate286(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate48(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length), validate286.errors = vErrors, 0 === errors;
}
function validate322(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate43(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate43.errors : vErrors.concat(validate43.errors)).length), validate322.errors = vErrors, 0 === errors;
}
function validate392(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate45(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate45.errors : vErrors.concat(validate45.errors)).length), validate392.errors = vErrors, 0 === errors;
}
var formats2 = formats.int64;
function validate432(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats2.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate432.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ContainerPort.mjs
var validate50 = function validate2226(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.containerPort) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerPort" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.containerPort || validate237(data.containerPort, { instancePath: instancePath + "/containerPort", parentData: data, parentDataProperty: "containerPort", rootData }) || (errors = (vErrors = null === vErrors ? validate237.errors : vErrors.concat(validate237.errors)).length), void 0 === data.hostIP || validate2127(data.hostIP, { instancePath: instancePath + "/hostIP", parentData: data, parentDataProperty: "hostIP", rootData }) || (errors = (vErrors = null === vErrors ? validate2127.errors : vErrors.concat(validate2127.errors)).length), void 0 === data.hostPort || validate2610(data.hostPort, { instancePath: instancePath + "/hostPort", parentData: data, parentDataProperty: "hostPort", rootData }) || (errors = (vErrors = null === vErrors ? validate2610.errors : vErrors.concat(validate2610.errors)).length), void 0 === data.name || validate2127(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2127.errors : vErrors.concat(validate2127.errors)).length), void 0 === data.protocol || validate294(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }) || (errors = (vErrors = null === vErrors ? validate294.errors : vErrors.concat(validate294.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2226.errors = vErrors, 0 === errors;
};
var formats06 = formats.int32;
function validate237(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats06.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate237.errors = vErrors, 0 === errors;
}
function validate2127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2127.errors = vErrors, 0 === errors;
}
function validate2610(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats06.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2610.errors = vErrors, 0 === errors;
}
var schema10 = { enum: ["SCTP", "TCP", "UDP"] };
function validate294(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("SCTP" === data || "TCP" === data || "UDP" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema10.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate294.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ContainerResizePolicy.mjs
var validate51 = function validate2227(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.resourceName) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceName" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.restartPolicy) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "restartPolicy" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.resourceName || validate2128(data.resourceName, { instancePath: instancePath + "/resourceName", parentData: data, parentDataProperty: "resourceName", rootData }) || (errors = (vErrors = null === vErrors ? validate2128.errors : vErrors.concat(validate2128.errors)).length), void 0 === data.restartPolicy || validate2128(data.restartPolicy, { instancePath: instancePath + "/restartPolicy", parentData: data, parentDataProperty: "restartPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate2128.errors : vErrors.concat(validate2128.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2227.errors = vErrors, 0 === errors;
};
function validate2128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2128.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ResourceClaim.mjs
var validate52 = function validate2129(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.name || validate2228(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2228.errors : vErrors.concat(validate2228.errors)).length), void 0 === data.request || validate2414(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData }) || (errors = (vErrors = null === vErrors ? validate2414.errors : vErrors.concat(validate2414.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2129.errors = vErrors, 0 === errors;
};
function validate2228(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2228.errors = vErrors, 0 === errors;
}
function validate2414(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2414.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ResourceRequirements.mjs
var validate53 = function validate2611(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.claims || validate273(data.claims, { instancePath: instancePath + "/claims", parentData: data, parentDataProperty: "claims", rootData }) || (errors = (vErrors = null === vErrors ? validate273.errors : vErrors.concat(validate273.errors)).length), void 0 === data.limits || validate2130(data.limits, { instancePath: instancePath + "/limits", parentData: data, parentDataProperty: "limits", rootData }) || (errors = (vErrors = null === vErrors ? validate2130.errors : vErrors.concat(validate2130.errors)).length), void 0 === data.requests || validate2130(data.requests, { instancePath: instancePath + "/requests", parentData: data, parentDataProperty: "requests", rootData }) || (errors = (vErrors = null === vErrors ? validate2130.errors : vErrors.concat(validate2130.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2611.errors = vErrors, 0 === errors;
};
function validate287(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate52(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate52.errors : vErrors.concat(validate52.errors)).length), validate287.errors = vErrors, 0 === errors;
}
function validate273(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate287(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate287.errors : vErrors.concat(validate287.errors)).length);
  }
  return validate273.errors = vErrors, 0 === errors;
}
function validate2229(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length), validate2229.errors = vErrors, 0 === errors;
}
function validate2130(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate2229(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate2229.errors : vErrors.concat(validate2229.errors)).length);
  return validate2130.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1AppArmorProfile.mjs
var validate54 = function validate2131(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.localhostProfile || validate2230(data.localhostProfile, { instancePath: instancePath + "/localhostProfile", parentData: data, parentDataProperty: "localhostProfile", rootData }) || (errors = (vErrors = null === vErrors ? validate2230.errors : vErrors.concat(validate2230.errors)).length), void 0 === data.type || validate2415(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate2415.errors : vErrors.concat(validate2415.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2131.errors = vErrors, 0 === errors;
};
function validate2230(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2230.errors = vErrors, 0 === errors;
}
var schema8 = { enum: ["Localhost", "RuntimeDefault", "Unconfined"] };
function validate2415(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Localhost" === data || "RuntimeDefault" === data || "Unconfined" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema8.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2415.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Capabilities.mjs
var validate55 = function validate2416(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.add || validate2132(data.add, { instancePath: instancePath + "/add", parentData: data, parentDataProperty: "add", rootData }) || (errors = (vErrors = null === vErrors ? validate2132.errors : vErrors.concat(validate2132.errors)).length), void 0 === data.drop || validate2132(data.drop, { instancePath: instancePath + "/drop", parentData: data, parentDataProperty: "drop", rootData }) || (errors = (vErrors = null === vErrors ? validate2132.errors : vErrors.concat(validate2132.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2416.errors = vErrors, 0 === errors;
};
function validate2231(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2231.errors = vErrors, 0 === errors;
}
function validate2132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2231(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2231.errors : vErrors.concat(validate2231.errors)).length);
  }
  return validate2132.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SeccompProfile.mjs
var validate56 = function validate2133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.localhostProfile || validate2232(data.localhostProfile, { instancePath: instancePath + "/localhostProfile", parentData: data, parentDataProperty: "localhostProfile", rootData }) || (errors = (vErrors = null === vErrors ? validate2232.errors : vErrors.concat(validate2232.errors)).length), void 0 === data.type || validate2417(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate2417.errors : vErrors.concat(validate2417.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2133.errors = vErrors, 0 === errors;
};
function validate2232(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2232.errors = vErrors, 0 === errors;
}
var schema82 = { enum: ["Localhost", "RuntimeDefault", "Unconfined"] };
function validate2417(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Localhost" === data || "RuntimeDefault" === data || "Unconfined" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema82.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2417.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1WindowsSecurityContextOptions.mjs
var validate57 = function validate2233(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.gmsaCredentialSpec || validate2134(data.gmsaCredentialSpec, { instancePath: instancePath + "/gmsaCredentialSpec", parentData: data, parentDataProperty: "gmsaCredentialSpec", rootData }) || (errors = (vErrors = null === vErrors ? validate2134.errors : vErrors.concat(validate2134.errors)).length), void 0 === data.gmsaCredentialSpecName || validate2134(data.gmsaCredentialSpecName, { instancePath: instancePath + "/gmsaCredentialSpecName", parentData: data, parentDataProperty: "gmsaCredentialSpecName", rootData }) || (errors = (vErrors = null === vErrors ? validate2134.errors : vErrors.concat(validate2134.errors)).length), void 0 === data.hostProcess || validate253(data.hostProcess, { instancePath: instancePath + "/hostProcess", parentData: data, parentDataProperty: "hostProcess", rootData }) || (errors = (vErrors = null === vErrors ? validate253.errors : vErrors.concat(validate253.errors)).length), void 0 === data.runAsUserName || validate2134(data.runAsUserName, { instancePath: instancePath + "/runAsUserName", parentData: data, parentDataProperty: "runAsUserName", rootData }) || (errors = (vErrors = null === vErrors ? validate2134.errors : vErrors.concat(validate2134.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2233.errors = vErrors, 0 === errors;
};
function validate2134(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2134.errors = vErrors, 0 === errors;
}
function validate253(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate253.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecurityContext.mjs
var validate58 = function validate238(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.allowPrivilegeEscalation || validate2135(data.allowPrivilegeEscalation, { instancePath: instancePath + "/allowPrivilegeEscalation", parentData: data, parentDataProperty: "allowPrivilegeEscalation", rootData }) || (errors = (vErrors = null === vErrors ? validate2135.errors : vErrors.concat(validate2135.errors)).length), void 0 === data.appArmorProfile || validate254(data.appArmorProfile, { instancePath: instancePath + "/appArmorProfile", parentData: data, parentDataProperty: "appArmorProfile", rootData }) || (errors = (vErrors = null === vErrors ? validate254.errors : vErrors.concat(validate254.errors)).length), void 0 === data.capabilities || validate295(data.capabilities, { instancePath: instancePath + "/capabilities", parentData: data, parentDataProperty: "capabilities", rootData }) || (errors = (vErrors = null === vErrors ? validate295.errors : vErrors.concat(validate295.errors)).length), void 0 === data.privileged || validate2135(data.privileged, { instancePath: instancePath + "/privileged", parentData: data, parentDataProperty: "privileged", rootData }) || (errors = (vErrors = null === vErrors ? validate2135.errors : vErrors.concat(validate2135.errors)).length), void 0 === data.procMount || validate344(data.procMount, { instancePath: instancePath + "/procMount", parentData: data, parentDataProperty: "procMount", rootData }) || (errors = (vErrors = null === vErrors ? validate344.errors : vErrors.concat(validate344.errors)).length), void 0 === data.readOnlyRootFilesystem || validate2135(data.readOnlyRootFilesystem, { instancePath: instancePath + "/readOnlyRootFilesystem", parentData: data, parentDataProperty: "readOnlyRootFilesystem", rootData }) || (errors = (vErrors = null === vErrors ? validate2135.errors : vErrors.concat(validate2135.errors)).length), void 0 === data.runAsGroup || validate2234(data.runAsGroup, { instancePath: instancePath + "/runAsGroup", parentData: data, parentDataProperty: "runAsGroup", rootData }) || (errors = (vErrors = null === vErrors ? validate2234.errors : vErrors.concat(validate2234.errors)).length), void 0 === data.runAsNonRoot || validate2135(data.runAsNonRoot, { instancePath: instancePath + "/runAsNonRoot", parentData: data, parentDataProperty: "runAsNonRoot", rootData }) || (errors = (vErrors = null === vErrors ? validate2135.errors : vErrors.concat(validate2135.errors)).length), void 0 === data.runAsUser || validate2234(data.runAsUser, { instancePath: instancePath + "/runAsUser", parentData: data, parentDataProperty: "runAsUser", rootData }) || (errors = (vErrors = null === vErrors ? validate2234.errors : vErrors.concat(validate2234.errors)).length), void 0 === data.seLinuxOptions || validate402(data.seLinuxOptions, { instancePath: instancePath + "/seLinuxOptions", parentData: data, parentDataProperty: "seLinuxOptions", rootData }) || (errors = (vErrors = null === vErrors ? validate402.errors : vErrors.concat(validate402.errors)).length), void 0 === data.seccompProfile || validate442(data.seccompProfile, { instancePath: instancePath + "/seccompProfile", parentData: data, parentDataProperty: "seccompProfile", rootData }) || (errors = (vErrors = null === vErrors ? validate442.errors : vErrors.concat(validate442.errors)).length), void 0 === data.windowsOptions || validate482(data.windowsOptions, { instancePath: instancePath + "/windowsOptions", parentData: data, parentDataProperty: "windowsOptions", rootData }) || (errors = (vErrors = null === vErrors ? validate482.errors : vErrors.concat(validate482.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate238.errors = vErrors, 0 === errors;
};
function validate2135(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2135.errors = vErrors, 0 === errors;
}
function validate254(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate54(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length), validate254.errors = vErrors, 0 === errors;
}
function validate295(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate55(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate55.errors : vErrors.concat(validate55.errors)).length), validate295.errors = vErrors, 0 === errors;
}
var schema132 = { enum: ["Default", "Unmasked"] };
function validate344(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Default" === data || "Unmasked" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema132.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate344.errors = vErrors, 0 === errors;
}
var formats07 = formats.int64;
function validate2234(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats07.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2234.errors = vErrors, 0 === errors;
}
function validate402(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length), validate402.errors = vErrors, 0 === errors;
}
function validate442(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate56(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate56.errors : vErrors.concat(validate56.errors)).length), validate442.errors = vErrors, 0 === errors;
}
function validate482(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate57(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate57.errors : vErrors.concat(validate57.errors)).length), validate482.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VolumeDevice.mjs
var validate59 = function validate2235(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.devicePath) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "devicePath" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.devicePath || validate2136(data.devicePath, { instancePath: instancePath + "/devicePath", parentData: data, parentDataProperty: "devicePath", rootData }) || (errors = (vErrors = null === vErrors ? validate2136.errors : vErrors.concat(validate2136.errors)).length), void 0 === data.name || validate2136(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2136.errors : vErrors.concat(validate2136.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2235.errors = vErrors, 0 === errors;
};
function validate2136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2136.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VolumeMount.mjs
var validate60 = function validate239(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.mountPath) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.mountPath || validate2137(data.mountPath, { instancePath: instancePath + "/mountPath", parentData: data, parentDataProperty: "mountPath", rootData }) || (errors = (vErrors = null === vErrors ? validate2137.errors : vErrors.concat(validate2137.errors)).length), void 0 === data.mountPropagation || validate255(data.mountPropagation, { instancePath: instancePath + "/mountPropagation", parentData: data, parentDataProperty: "mountPropagation", rootData }) || (errors = (vErrors = null === vErrors ? validate255.errors : vErrors.concat(validate255.errors)).length), void 0 === data.name || validate2137(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2137.errors : vErrors.concat(validate2137.errors)).length), void 0 === data.readOnly || validate288(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate288.errors : vErrors.concat(validate288.errors)).length), void 0 === data.recursiveReadOnly || validate2236(data.recursiveReadOnly, { instancePath: instancePath + "/recursiveReadOnly", parentData: data, parentDataProperty: "recursiveReadOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2236.errors : vErrors.concat(validate2236.errors)).length), void 0 === data.subPath || validate2236(data.subPath, { instancePath: instancePath + "/subPath", parentData: data, parentDataProperty: "subPath", rootData }) || (errors = (vErrors = null === vErrors ? validate2236.errors : vErrors.concat(validate2236.errors)).length), void 0 === data.subPathExpr || validate2236(data.subPathExpr, { instancePath: instancePath + "/subPathExpr", parentData: data, parentDataProperty: "subPathExpr", rootData }) || (errors = (vErrors = null === vErrors ? validate2236.errors : vErrors.concat(validate2236.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate239.errors = vErrors, 0 === errors;
};
function validate2137(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2137.errors = vErrors, 0 === errors;
}
var schema92 = { enum: ["Bidirectional", "HostToContainer", "None"] };
function validate255(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Bidirectional" === data || "HostToContainer" === data || "None" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema92.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate255.errors = vErrors, 0 === errors;
}
function validate288(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate288.errors = vErrors, 0 === errors;
}
function validate2236(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2236.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Container.mjs
var validate61 = function validate296(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.args || validate2138(data.args, { instancePath: instancePath + "/args", parentData: data, parentDataProperty: "args", rootData }) || (errors = (vErrors = null === vErrors ? validate2138.errors : vErrors.concat(validate2138.errors)).length), void 0 === data.command || validate2138(data.command, { instancePath: instancePath + "/command", parentData: data, parentDataProperty: "command", rootData }) || (errors = (vErrors = null === vErrors ? validate2138.errors : vErrors.concat(validate2138.errors)).length), void 0 === data.env || validate323(data.env, { instancePath: instancePath + "/env", parentData: data, parentDataProperty: "env", rootData }) || (errors = (vErrors = null === vErrors ? validate323.errors : vErrors.concat(validate323.errors)).length), void 0 === data.envFrom || validate382(data.envFrom, { instancePath: instancePath + "/envFrom", parentData: data, parentDataProperty: "envFrom", rootData }) || (errors = (vErrors = null === vErrors ? validate382.errors : vErrors.concat(validate382.errors)).length), void 0 === data.image || validate274(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData }) || (errors = (vErrors = null === vErrors ? validate274.errors : vErrors.concat(validate274.errors)).length), void 0 === data.imagePullPolicy || validate452(data.imagePullPolicy, { instancePath: instancePath + "/imagePullPolicy", parentData: data, parentDataProperty: "imagePullPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate452.errors : vErrors.concat(validate452.errors)).length), void 0 === data.lifecycle || validate472(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData }) || (errors = (vErrors = null === vErrors ? validate472.errors : vErrors.concat(validate472.errors)).length), void 0 === data.livenessProbe || validate2418(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData }) || (errors = (vErrors = null === vErrors ? validate2418.errors : vErrors.concat(validate2418.errors)).length), void 0 === data.name || validate2237(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2237.errors : vErrors.concat(validate2237.errors)).length), void 0 === data.ports || validate532(data.ports, { instancePath: instancePath + "/ports", parentData: data, parentDataProperty: "ports", rootData }) || (errors = (vErrors = null === vErrors ? validate532.errors : vErrors.concat(validate532.errors)).length), void 0 === data.readinessProbe || validate2418(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData }) || (errors = (vErrors = null === vErrors ? validate2418.errors : vErrors.concat(validate2418.errors)).length), void 0 === data.resizePolicy || validate602(data.resizePolicy, { instancePath: instancePath + "/resizePolicy", parentData: data, parentDataProperty: "resizePolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate602.errors : vErrors.concat(validate602.errors)).length), void 0 === data.resources || validate66(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData }) || (errors = (vErrors = null === vErrors ? validate66.errors : vErrors.concat(validate66.errors)).length), void 0 === data.restartPolicy || validate274(data.restartPolicy, { instancePath: instancePath + "/restartPolicy", parentData: data, parentDataProperty: "restartPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate274.errors : vErrors.concat(validate274.errors)).length), void 0 === data.securityContext || validate71(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData }) || (errors = (vErrors = null === vErrors ? validate71.errors : vErrors.concat(validate71.errors)).length), void 0 === data.startupProbe || validate2418(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData }) || (errors = (vErrors = null === vErrors ? validate2418.errors : vErrors.concat(validate2418.errors)).length), void 0 === data.stdin || validate289(data.stdin, { instancePath: instancePath + "/stdin", parentData: data, parentDataProperty: "stdin", rootData }) || (errors = (vErrors = null === vErrors ? validate289.errors : vErrors.concat(validate289.errors)).length), void 0 === data.stdinOnce || validate289(data.stdinOnce, { instancePath: instancePath + "/stdinOnce", parentData: data, parentDataProperty: "stdinOnce", rootData }) || (errors = (vErrors = null === vErrors ? validate289.errors : vErrors.concat(validate289.errors)).length), void 0 === data.terminationMessagePath || validate274(data.terminationMessagePath, { instancePath: instancePath + "/terminationMessagePath", parentData: data, parentDataProperty: "terminationMessagePath", rootData }) || (errors = (vErrors = null === vErrors ? validate274.errors : vErrors.concat(validate274.errors)).length), void 0 === data.terminationMessagePolicy || validate79(data.terminationMessagePolicy, { instancePath: instancePath + "/terminationMessagePolicy", parentData: data, parentDataProperty: "terminationMessagePolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate79.errors : vErrors.concat(validate79.errors)).length), void 0 === data.tty || validate289(data.tty, { instancePath: instancePath + "/tty", parentData: data, parentDataProperty: "tty", rootData }) || (errors = (vErrors = null === vErrors ? validate289.errors : vErrors.concat(validate289.errors)).length), void 0 === data.volumeDevices || validate82(data.volumeDevices, { instancePath: instancePath + "/volumeDevices", parentData: data, parentDataProperty: "volumeDevices", rootData }) || (errors = (vErrors = null === vErrors ? validate82.errors : vErrors.concat(validate82.errors)).length), void 0 === data.volumeMounts || validate88(data.volumeMounts, { instancePath: instancePath + "/volumeMounts", parentData: data, parentDataProperty: "volumeMounts", rootData }) || (errors = (vErrors = null === vErrors ? validate88.errors : vErrors.concat(validate88.errors)).length), void 0 === data.workingDir || validate274(data.workingDir, { instancePath: instancePath + "/workingDir", parentData: data, parentDataProperty: "workingDir", rootData }) || (errors = (vErrors = null === vErrors ? validate274.errors : vErrors.concat(validate274.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate296.errors = vErrors, 0 === errors;
};
function validate2237(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2237.errors = vErrors, 0 === errors;
}
function validate2138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2237(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2237.errors : vErrors.concat(validate2237.errors)).length);
  }
  return validate2138.errors = vErrors, 0 === errors;
}
function validate332(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate37(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate37.errors : vErrors.concat(validate37.errors)).length), validate332.errors = vErrors, 0 === errors;
}
function validate323(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate332(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate332.errors : vErrors.concat(validate332.errors)).length);
  }
  return validate323.errors = vErrors, 0 === errors;
}
function validate393(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate40(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length), validate393.errors = vErrors, 0 === errors;
}
function validate382(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate393(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate393.errors : vErrors.concat(validate393.errors)).length);
  }
  return validate382.errors = vErrors, 0 === errors;
}
function validate274(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate274.errors = vErrors, 0 === errors;
}
var schema19 = { enum: ["Always", "IfNotPresent", "Never"] };
function validate452(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Always" === data || "IfNotPresent" === data || "Never" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema19.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate452.errors = vErrors, 0 === errors;
}
function validate472(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate47(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length), validate472.errors = vErrors, 0 === errors;
}
function validate2418(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate2418.errors = vErrors, 0 === errors;
}
function validate542(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate50(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length), validate542.errors = vErrors, 0 === errors;
}
function validate532(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate542(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate542.errors : vErrors.concat(validate542.errors)).length);
  }
  return validate532.errors = vErrors, 0 === errors;
}
function validate612(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate51(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate51.errors : vErrors.concat(validate51.errors)).length), validate612.errors = vErrors, 0 === errors;
}
function validate602(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate612(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate612.errors : vErrors.concat(validate612.errors)).length);
  }
  return validate602.errors = vErrors, 0 === errors;
}
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate53(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length), validate66.errors = vErrors, 0 === errors;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate58(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate58.errors : vErrors.concat(validate58.errors)).length), validate71.errors = vErrors, 0 === errors;
}
function validate289(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate289.errors = vErrors, 0 === errors;
}
var schema32 = { enum: ["FallbackToLogsOnError", "File"] };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("FallbackToLogsOnError" === data || "File" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema32.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate79.errors = vErrors, 0 === errors;
}
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate59(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length), validate83.errors = vErrors, 0 === errors;
}
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate83(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate83.errors : vErrors.concat(validate83.errors)).length);
  }
  return validate82.errors = vErrors, 0 === errors;
}
function validate89(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate60(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate60.errors : vErrors.concat(validate60.errors)).length), validate89.errors = vErrors, 0 === errors;
}
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate89(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate89.errors : vErrors.concat(validate89.errors)).length);
  }
  return validate88.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodDNSConfigOption.mjs
var validate62 = function validate2238(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.name || validate2139(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2139.errors : vErrors.concat(validate2139.errors)).length), void 0 === data.value || validate2139(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate2139.errors : vErrors.concat(validate2139.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2238.errors = vErrors, 0 === errors;
};
function validate2139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2139.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodDNSConfig.mjs
var validate63 = function validate2419(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.nameservers || validate2140(data.nameservers, { instancePath: instancePath + "/nameservers", parentData: data, parentDataProperty: "nameservers", rootData }) || (errors = (vErrors = null === vErrors ? validate2140.errors : vErrors.concat(validate2140.errors)).length), void 0 === data.options || validate2612(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (errors = (vErrors = null === vErrors ? validate2612.errors : vErrors.concat(validate2612.errors)).length), void 0 === data.searches || validate2140(data.searches, { instancePath: instancePath + "/searches", parentData: data, parentDataProperty: "searches", rootData }) || (errors = (vErrors = null === vErrors ? validate2140.errors : vErrors.concat(validate2140.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2419.errors = vErrors, 0 === errors;
};
function validate2239(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2239.errors = vErrors, 0 === errors;
}
function validate2140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2239(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2239.errors : vErrors.concat(validate2239.errors)).length);
  }
  return validate2140.errors = vErrors, 0 === errors;
}
function validate275(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate62(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length), validate275.errors = vErrors, 0 === errors;
}
function validate2612(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate275(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate275.errors : vErrors.concat(validate275.errors)).length);
  }
  return validate2612.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EphemeralContainer.mjs
var validate64 = function validate297(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.args || validate2141(data.args, { instancePath: instancePath + "/args", parentData: data, parentDataProperty: "args", rootData }) || (errors = (vErrors = null === vErrors ? validate2141.errors : vErrors.concat(validate2141.errors)).length), void 0 === data.command || validate2141(data.command, { instancePath: instancePath + "/command", parentData: data, parentDataProperty: "command", rootData }) || (errors = (vErrors = null === vErrors ? validate2141.errors : vErrors.concat(validate2141.errors)).length), void 0 === data.env || validate324(data.env, { instancePath: instancePath + "/env", parentData: data, parentDataProperty: "env", rootData }) || (errors = (vErrors = null === vErrors ? validate324.errors : vErrors.concat(validate324.errors)).length), void 0 === data.envFrom || validate383(data.envFrom, { instancePath: instancePath + "/envFrom", parentData: data, parentDataProperty: "envFrom", rootData }) || (errors = (vErrors = null === vErrors ? validate383.errors : vErrors.concat(validate383.errors)).length), void 0 === data.image || validate276(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData }) || (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length), void 0 === data.imagePullPolicy || validate453(data.imagePullPolicy, { instancePath: instancePath + "/imagePullPolicy", parentData: data, parentDataProperty: "imagePullPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate453.errors : vErrors.concat(validate453.errors)).length), void 0 === data.lifecycle || validate473(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData }) || (errors = (vErrors = null === vErrors ? validate473.errors : vErrors.concat(validate473.errors)).length), void 0 === data.livenessProbe || validate2420(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData }) || (errors = (vErrors = null === vErrors ? validate2420.errors : vErrors.concat(validate2420.errors)).length), void 0 === data.name || validate2240(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2240.errors : vErrors.concat(validate2240.errors)).length), void 0 === data.ports || validate533(data.ports, { instancePath: instancePath + "/ports", parentData: data, parentDataProperty: "ports", rootData }) || (errors = (vErrors = null === vErrors ? validate533.errors : vErrors.concat(validate533.errors)).length), void 0 === data.readinessProbe || validate2420(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData }) || (errors = (vErrors = null === vErrors ? validate2420.errors : vErrors.concat(validate2420.errors)).length), void 0 === data.resizePolicy || validate603(data.resizePolicy, { instancePath: instancePath + "/resizePolicy", parentData: data, parentDataProperty: "resizePolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate603.errors : vErrors.concat(validate603.errors)).length), void 0 === data.resources || validate662(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData }) || (errors = (vErrors = null === vErrors ? validate662.errors : vErrors.concat(validate662.errors)).length), void 0 === data.restartPolicy || validate276(data.restartPolicy, { instancePath: instancePath + "/restartPolicy", parentData: data, parentDataProperty: "restartPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length), void 0 === data.securityContext || validate712(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData }) || (errors = (vErrors = null === vErrors ? validate712.errors : vErrors.concat(validate712.errors)).length), void 0 === data.startupProbe || validate2420(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData }) || (errors = (vErrors = null === vErrors ? validate2420.errors : vErrors.concat(validate2420.errors)).length), void 0 === data.stdin || validate2810(data.stdin, { instancePath: instancePath + "/stdin", parentData: data, parentDataProperty: "stdin", rootData }) || (errors = (vErrors = null === vErrors ? validate2810.errors : vErrors.concat(validate2810.errors)).length), void 0 === data.stdinOnce || validate2810(data.stdinOnce, { instancePath: instancePath + "/stdinOnce", parentData: data, parentDataProperty: "stdinOnce", rootData }) || (errors = (vErrors = null === vErrors ? validate2810.errors : vErrors.concat(validate2810.errors)).length), void 0 === data.targetContainerName || validate276(data.targetContainerName, { instancePath: instancePath + "/targetContainerName", parentData: data, parentDataProperty: "targetContainerName", rootData }) || (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length), void 0 === data.terminationMessagePath || validate276(data.terminationMessagePath, { instancePath: instancePath + "/terminationMessagePath", parentData: data, parentDataProperty: "terminationMessagePath", rootData }) || (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length), void 0 === data.terminationMessagePolicy || validate80(data.terminationMessagePolicy, { instancePath: instancePath + "/terminationMessagePolicy", parentData: data, parentDataProperty: "terminationMessagePolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate80.errors : vErrors.concat(validate80.errors)).length), void 0 === data.tty || validate2810(data.tty, { instancePath: instancePath + "/tty", parentData: data, parentDataProperty: "tty", rootData }) || (errors = (vErrors = null === vErrors ? validate2810.errors : vErrors.concat(validate2810.errors)).length), void 0 === data.volumeDevices || validate832(data.volumeDevices, { instancePath: instancePath + "/volumeDevices", parentData: data, parentDataProperty: "volumeDevices", rootData }) || (errors = (vErrors = null === vErrors ? validate832.errors : vErrors.concat(validate832.errors)).length), void 0 === data.volumeMounts || validate892(data.volumeMounts, { instancePath: instancePath + "/volumeMounts", parentData: data, parentDataProperty: "volumeMounts", rootData }) || (errors = (vErrors = null === vErrors ? validate892.errors : vErrors.concat(validate892.errors)).length), void 0 === data.workingDir || validate276(data.workingDir, { instancePath: instancePath + "/workingDir", parentData: data, parentDataProperty: "workingDir", rootData }) || (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate297.errors = vErrors, 0 === errors;
};
function validate2240(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2240.errors = vErrors, 0 === errors;
}
function validate2141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2240(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2240.errors : vErrors.concat(validate2240.errors)).length);
  }
  return validate2141.errors = vErrors, 0 === errors;
}
function validate333(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate37(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate37.errors : vErrors.concat(validate37.errors)).length), validate333.errors = vErrors, 0 === errors;
}
function validate324(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate333(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate333.errors : vErrors.concat(validate333.errors)).length);
  }
  return validate324.errors = vErrors, 0 === errors;
}
function validate394(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate40(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length), validate394.errors = vErrors, 0 === errors;
}
function validate383(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate394(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate394.errors : vErrors.concat(validate394.errors)).length);
  }
  return validate383.errors = vErrors, 0 === errors;
}
function validate276(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate276.errors = vErrors, 0 === errors;
}
var schema192 = { enum: ["Always", "IfNotPresent", "Never"] };
function validate453(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Always" === data || "IfNotPresent" === data || "Never" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema192.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate453.errors = vErrors, 0 === errors;
}
function validate473(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate47(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length), validate473.errors = vErrors, 0 === errors;
}
function validate2420(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate2420.errors = vErrors, 0 === errors;
}
function validate543(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate50(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length), validate543.errors = vErrors, 0 === errors;
}
function validate533(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate543(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate543.errors : vErrors.concat(validate543.errors)).length);
  }
  return validate533.errors = vErrors, 0 === errors;
}
function validate613(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate51(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate51.errors : vErrors.concat(validate51.errors)).length), validate613.errors = vErrors, 0 === errors;
}
function validate603(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate613(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate613.errors : vErrors.concat(validate613.errors)).length);
  }
  return validate603.errors = vErrors, 0 === errors;
}
function validate662(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate53(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length), validate662.errors = vErrors, 0 === errors;
}
function validate712(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate58(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate58.errors : vErrors.concat(validate58.errors)).length), validate712.errors = vErrors, 0 === errors;
}
function validate2810(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2810.errors = vErrors, 0 === errors;
}
var schema322 = { enum: ["FallbackToLogsOnError", "File"] };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("FallbackToLogsOnError" === data || "File" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema322.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate80.errors = vErrors, 0 === errors;
}
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate59(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length), validate84.errors = vErrors, 0 === errors;
}
function validate832(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate84(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate84.errors : vErrors.concat(validate84.errors)).length);
  }
  return validate832.errors = vErrors, 0 === errors;
}
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate60(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate60.errors : vErrors.concat(validate60.errors)).length), validate90.errors = vErrors, 0 === errors;
}
function validate892(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate90(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate90.errors : vErrors.concat(validate90.errors)).length);
  }
  return validate892.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1HostAlias.mjs
var validate65 = function validate2241(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.ip) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ip" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.hostnames || validate2310(data.hostnames, { instancePath: instancePath + "/hostnames", parentData: data, parentDataProperty: "hostnames", rootData }) || (errors = (vErrors = null === vErrors ? validate2310.errors : vErrors.concat(validate2310.errors)).length), void 0 === data.ip || validate2142(data.ip, { instancePath: instancePath + "/ip", parentData: data, parentDataProperty: "ip", rootData }) || (errors = (vErrors = null === vErrors ? validate2142.errors : vErrors.concat(validate2142.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2241.errors = vErrors, 0 === errors;
};
function validate2142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2142.errors = vErrors, 0 === errors;
}
function validate2310(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2142(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2142.errors : vErrors.concat(validate2142.errors)).length);
  }
  return validate2310.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodOS.mjs
var validate67 = function validate2143(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.name || validate2242(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2242.errors : vErrors.concat(validate2242.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2143.errors = vErrors, 0 === errors;
};
function validate2242(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2242.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodReadinessGate.mjs
var validate68 = function validate2144(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.conditionType) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditionType" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.conditionType || validate2243(data.conditionType, { instancePath: instancePath + "/conditionType", parentData: data, parentDataProperty: "conditionType", rootData }) || (errors = (vErrors = null === vErrors ? validate2243.errors : vErrors.concat(validate2243.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2144.errors = vErrors, 0 === errors;
};
function validate2243(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2243.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodResourceClaim.mjs
var validate69 = function validate2244(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.name || validate2311(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2311.errors : vErrors.concat(validate2311.errors)).length), void 0 === data.resourceClaimName || validate2145(data.resourceClaimName, { instancePath: instancePath + "/resourceClaimName", parentData: data, parentDataProperty: "resourceClaimName", rootData }) || (errors = (vErrors = null === vErrors ? validate2145.errors : vErrors.concat(validate2145.errors)).length), void 0 === data.resourceClaimTemplateName || validate2145(data.resourceClaimTemplateName, { instancePath: instancePath + "/resourceClaimTemplateName", parentData: data, parentDataProperty: "resourceClaimTemplateName", rootData }) || (errors = (vErrors = null === vErrors ? validate2145.errors : vErrors.concat(validate2145.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2244.errors = vErrors, 0 === errors;
};
function validate2311(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2311.errors = vErrors, 0 === errors;
}
function validate2145(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2145.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodSchedulingGate.mjs
var validate70 = function validate2146(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.name || validate2245(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2245.errors : vErrors.concat(validate2245.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2146.errors = vErrors, 0 === errors;
};
function validate2245(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2245.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Sysctl.mjs
var validate72 = function validate2246(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.name || validate2147(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2147.errors : vErrors.concat(validate2147.errors)).length), void 0 === data.value || validate2147(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate2147.errors : vErrors.concat(validate2147.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2246.errors = vErrors, 0 === errors;
};
function validate2147(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2147.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodSecurityContext.mjs
var validate73 = function validate2247(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.appArmorProfile || validate2312(data.appArmorProfile, { instancePath: instancePath + "/appArmorProfile", parentData: data, parentDataProperty: "appArmorProfile", rootData }) || (errors = (vErrors = null === vErrors ? validate2312.errors : vErrors.concat(validate2312.errors)).length), void 0 === data.fsGroup || validate2148(data.fsGroup, { instancePath: instancePath + "/fsGroup", parentData: data, parentDataProperty: "fsGroup", rootData }) || (errors = (vErrors = null === vErrors ? validate2148.errors : vErrors.concat(validate2148.errors)).length), void 0 === data.fsGroupChangePolicy || validate2811(data.fsGroupChangePolicy, { instancePath: instancePath + "/fsGroupChangePolicy", parentData: data, parentDataProperty: "fsGroupChangePolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate2811.errors : vErrors.concat(validate2811.errors)).length), void 0 === data.runAsGroup || validate2148(data.runAsGroup, { instancePath: instancePath + "/runAsGroup", parentData: data, parentDataProperty: "runAsGroup", rootData }) || (errors = (vErrors = null === vErrors ? validate2148.errors : vErrors.concat(validate2148.errors)).length), void 0 === data.runAsNonRoot || validate313(data.runAsNonRoot, { instancePath: instancePath + "/runAsNonRoot", parentData: data, parentDataProperty: "runAsNonRoot", rootData }) || (errors = (vErrors = null === vErrors ? validate313.errors : vErrors.concat(validate313.errors)).length), void 0 === data.runAsUser || validate2148(data.runAsUser, { instancePath: instancePath + "/runAsUser", parentData: data, parentDataProperty: "runAsUser", rootData }) || (errors = (vErrors = null === vErrors ? validate2148.errors : vErrors.concat(validate2148.errors)).length), void 0 === data.seLinuxChangePolicy || validate345(data.seLinuxChangePolicy, { instancePath: instancePath + "/seLinuxChangePolicy", parentData: data, parentDataProperty: "seLinuxChangePolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate345.errors : vErrors.concat(validate345.errors)).length), void 0 === data.seLinuxOptions || validate362(data.seLinuxOptions, { instancePath: instancePath + "/seLinuxOptions", parentData: data, parentDataProperty: "seLinuxOptions", rootData }) || (errors = (vErrors = null === vErrors ? validate362.errors : vErrors.concat(validate362.errors)).length), void 0 === data.seccompProfile || validate403(data.seccompProfile, { instancePath: instancePath + "/seccompProfile", parentData: data, parentDataProperty: "seccompProfile", rootData }) || (errors = (vErrors = null === vErrors ? validate403.errors : vErrors.concat(validate403.errors)).length), void 0 === data.supplementalGroups || validate443(data.supplementalGroups, { instancePath: instancePath + "/supplementalGroups", parentData: data, parentDataProperty: "supplementalGroups", rootData }) || (errors = (vErrors = null === vErrors ? validate443.errors : vErrors.concat(validate443.errors)).length), void 0 === data.supplementalGroupsPolicy || validate483(data.supplementalGroupsPolicy, { instancePath: instancePath + "/supplementalGroupsPolicy", parentData: data, parentDataProperty: "supplementalGroupsPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate483.errors : vErrors.concat(validate483.errors)).length), void 0 === data.sysctls || validate502(data.sysctls, { instancePath: instancePath + "/sysctls", parentData: data, parentDataProperty: "sysctls", rootData }) || (errors = (vErrors = null === vErrors ? validate502.errors : vErrors.concat(validate502.errors)).length), void 0 === data.windowsOptions || validate562(data.windowsOptions, { instancePath: instancePath + "/windowsOptions", parentData: data, parentDataProperty: "windowsOptions", rootData }) || (errors = (vErrors = null === vErrors ? validate562.errors : vErrors.concat(validate562.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2247.errors = vErrors, 0 === errors;
};
function validate2312(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate54(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length), validate2312.errors = vErrors, 0 === errors;
}
var formats08 = formats.int64;
function validate2148(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats08.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2148.errors = vErrors, 0 === errors;
}
var schema102 = { enum: ["Always", "OnRootMismatch"] };
function validate2811(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Always" === data || "OnRootMismatch" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema102.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2811.errors = vErrors, 0 === errors;
}
function validate313(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate313.errors = vErrors, 0 === errors;
}
function validate345(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate345.errors = vErrors, 0 === errors;
}
function validate362(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length), validate362.errors = vErrors, 0 === errors;
}
function validate403(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate56(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate56.errors : vErrors.concat(validate56.errors)).length), validate403.errors = vErrors, 0 === errors;
}
function validate454(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats08.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate454.errors = vErrors, 0 === errors;
}
function validate443(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate454(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate454.errors : vErrors.concat(validate454.errors)).length);
  }
  return validate443.errors = vErrors, 0 === errors;
}
var schema193 = { enum: ["Merge", "Strict"] };
function validate483(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Merge" === data || "Strict" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema193.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate483.errors = vErrors, 0 === errors;
}
function validate512(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate72(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate72.errors : vErrors.concat(validate72.errors)).length), validate512.errors = vErrors, 0 === errors;
}
function validate502(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate512(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate512.errors : vErrors.concat(validate512.errors)).length);
  }
  return validate502.errors = vErrors, 0 === errors;
}
function validate562(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate57(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate57.errors : vErrors.concat(validate57.errors)).length), validate562.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1TopologySpreadConstraint.mjs
var validate74 = function validate2313(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.maxSkew) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxSkew" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.topologyKey) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.whenUnsatisfiable) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "whenUnsatisfiable" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 === data.labelSelector || validate2421(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData }) || (errors = (vErrors = null === vErrors ? validate2421.errors : vErrors.concat(validate2421.errors)).length), void 0 === data.matchLabelKeys || validate2812(data.matchLabelKeys, { instancePath: instancePath + "/matchLabelKeys", parentData: data, parentDataProperty: "matchLabelKeys", rootData }) || (errors = (vErrors = null === vErrors ? validate2812.errors : vErrors.concat(validate2812.errors)).length), void 0 === data.maxSkew || validate314(data.maxSkew, { instancePath: instancePath + "/maxSkew", parentData: data, parentDataProperty: "maxSkew", rootData }) || (errors = (vErrors = null === vErrors ? validate314.errors : vErrors.concat(validate314.errors)).length), void 0 === data.minDomains || validate334(data.minDomains, { instancePath: instancePath + "/minDomains", parentData: data, parentDataProperty: "minDomains", rootData }) || (errors = (vErrors = null === vErrors ? validate334.errors : vErrors.concat(validate334.errors)).length), void 0 === data.nodeAffinityPolicy || validate2149(data.nodeAffinityPolicy, { instancePath: instancePath + "/nodeAffinityPolicy", parentData: data, parentDataProperty: "nodeAffinityPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate2149.errors : vErrors.concat(validate2149.errors)).length), void 0 === data.nodeTaintsPolicy || validate2149(data.nodeTaintsPolicy, { instancePath: instancePath + "/nodeTaintsPolicy", parentData: data, parentDataProperty: "nodeTaintsPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate2149.errors : vErrors.concat(validate2149.errors)).length), void 0 === data.topologyKey || validate2248(data.topologyKey, { instancePath: instancePath + "/topologyKey", parentData: data, parentDataProperty: "topologyKey", rootData }) || (errors = (vErrors = null === vErrors ? validate2248.errors : vErrors.concat(validate2248.errors)).length), void 0 === data.whenUnsatisfiable || validate384(data.whenUnsatisfiable, { instancePath: instancePath + "/whenUnsatisfiable", parentData: data, parentDataProperty: "whenUnsatisfiable", rootData }) || (errors = (vErrors = null === vErrors ? validate384.errors : vErrors.concat(validate384.errors)).length);
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate2313.errors = vErrors, 0 === errors;
};
function validate2421(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length), validate2421.errors = vErrors, 0 === errors;
}
function validate2248(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2248.errors = vErrors, 0 === errors;
}
function validate2812(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2248(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2248.errors : vErrors.concat(validate2248.errors)).length);
  }
  return validate2812.errors = vErrors, 0 === errors;
}
var formats09 = formats.int32;
function validate314(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats09.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate314.errors = vErrors, 0 === errors;
}
function validate334(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats09.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate334.errors = vErrors, 0 === errors;
}
var schema6 = { enum: ["Honor", "Ignore"] };
function validate2149(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Honor" === data || "Ignore" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema6.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2149.errors = vErrors, 0 === errors;
}
var schema14 = { enum: ["DoNotSchedule", "ScheduleAnyway"] };
function validate384(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("DoNotSchedule" === data || "ScheduleAnyway" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema14.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate384.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1AzureFileVolumeSource.mjs
var validate75 = function validate2249(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.secretName) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretName" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.shareName) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shareName" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.readOnly || validate2314(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2314.errors : vErrors.concat(validate2314.errors)).length), void 0 === data.secretName || validate2150(data.secretName, { instancePath: instancePath + "/secretName", parentData: data, parentDataProperty: "secretName", rootData }) || (errors = (vErrors = null === vErrors ? validate2150.errors : vErrors.concat(validate2150.errors)).length), void 0 === data.shareName || validate2150(data.shareName, { instancePath: instancePath + "/shareName", parentData: data, parentDataProperty: "shareName", rootData }) || (errors = (vErrors = null === vErrors ? validate2150.errors : vErrors.concat(validate2150.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2249.errors = vErrors, 0 === errors;
};
function validate2314(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2314.errors = vErrors, 0 === errors;
}
function validate2150(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2150.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1CephFSVolumeSource.mjs
var validate76 = function validate2250(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.monitors) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.monitors || validate2315(data.monitors, { instancePath: instancePath + "/monitors", parentData: data, parentDataProperty: "monitors", rootData }) || (errors = (vErrors = null === vErrors ? validate2315.errors : vErrors.concat(validate2315.errors)).length), void 0 === data.path || validate2151(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate2151.errors : vErrors.concat(validate2151.errors)).length), void 0 === data.readOnly || validate2813(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2813.errors : vErrors.concat(validate2813.errors)).length), void 0 === data.secretFile || validate2151(data.secretFile, { instancePath: instancePath + "/secretFile", parentData: data, parentDataProperty: "secretFile", rootData }) || (errors = (vErrors = null === vErrors ? validate2151.errors : vErrors.concat(validate2151.errors)).length), void 0 === data.secretRef || validate315(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate315.errors : vErrors.concat(validate315.errors)).length), void 0 === data.user || validate2151(data.user, { instancePath: instancePath + "/user", parentData: data, parentDataProperty: "user", rootData }) || (errors = (vErrors = null === vErrors ? validate2151.errors : vErrors.concat(validate2151.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2250.errors = vErrors, 0 === errors;
};
function validate2422(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2422.errors = vErrors, 0 === errors;
}
function validate2315(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2422(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2422.errors : vErrors.concat(validate2422.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2315.errors = vErrors, 0 === errors;
}
function validate2151(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2151.errors = vErrors, 0 === errors;
}
function validate2813(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2813.errors = vErrors, 0 === errors;
}
function validate315(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate315.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1CinderVolumeSource.mjs
var validate77 = function validate2152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.volumeID) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.fsType || validate2251(data.fsType, { instancePath: instancePath + "/fsType", parentData: data, parentDataProperty: "fsType", rootData }) || (errors = (vErrors = null === vErrors ? validate2251.errors : vErrors.concat(validate2251.errors)).length), void 0 === data.readOnly || validate2423(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2423.errors : vErrors.concat(validate2423.errors)).length), void 0 === data.secretRef || validate2613(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate2613.errors : vErrors.concat(validate2613.errors)).length), void 0 === data.volumeID || validate305(data.volumeID, { instancePath: instancePath + "/volumeID", parentData: data, parentDataProperty: "volumeID", rootData }) || (errors = (vErrors = null === vErrors ? validate305.errors : vErrors.concat(validate305.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2152.errors = vErrors, 0 === errors;
};
function validate2251(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2251.errors = vErrors, 0 === errors;
}
function validate2423(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2423.errors = vErrors, 0 === errors;
}
function validate2613(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate2613.errors = vErrors, 0 === errors;
}
function validate305(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate305.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1KeyToPath.mjs
var validate78 = function validate2252(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.key) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.path) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.key || validate2153(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData }) || (errors = (vErrors = null === vErrors ? validate2153.errors : vErrors.concat(validate2153.errors)).length), void 0 === data.mode || validate2424(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData }) || (errors = (vErrors = null === vErrors ? validate2424.errors : vErrors.concat(validate2424.errors)).length), void 0 === data.path || validate2153(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate2153.errors : vErrors.concat(validate2153.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2252.errors = vErrors, 0 === errors;
};
function validate2153(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2153.errors = vErrors, 0 === errors;
}
var formats010 = formats.int32;
function validate2424(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats010.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2424.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapVolumeSource.mjs
var validate81 = function validate2154(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.defaultMode || validate2253(data.defaultMode, { instancePath: instancePath + "/defaultMode", parentData: data, parentDataProperty: "defaultMode", rootData }) || (errors = (vErrors = null === vErrors ? validate2253.errors : vErrors.concat(validate2253.errors)).length), void 0 === data.items || validate2425(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate2425.errors : vErrors.concat(validate2425.errors)).length), void 0 === data.name || validate306(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate306.errors : vErrors.concat(validate306.errors)).length), void 0 === data.optional || validate325(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate325.errors : vErrors.concat(validate325.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2154.errors = vErrors, 0 === errors;
};
var formats011 = formats.int32;
function validate2253(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats011.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2253.errors = vErrors, 0 === errors;
}
function validate256(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate78(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length), validate256.errors = vErrors, 0 === errors;
}
function validate2425(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate256(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate256.errors : vErrors.concat(validate256.errors)).length);
  }
  return validate2425.errors = vErrors, 0 === errors;
}
function validate306(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate306.errors = vErrors, 0 === errors;
}
function validate325(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate325.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1CSIVolumeSource.mjs
var validate85 = function validate2254(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.driver) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.driver || validate2155(data.driver, { instancePath: instancePath + "/driver", parentData: data, parentDataProperty: "driver", rootData }) || (errors = (vErrors = null === vErrors ? validate2155.errors : vErrors.concat(validate2155.errors)).length), void 0 === data.fsType || validate2426(data.fsType, { instancePath: instancePath + "/fsType", parentData: data, parentDataProperty: "fsType", rootData }) || (errors = (vErrors = null === vErrors ? validate2426.errors : vErrors.concat(validate2426.errors)).length), void 0 === data.nodePublishSecretRef || validate2614(data.nodePublishSecretRef, { instancePath: instancePath + "/nodePublishSecretRef", parentData: data, parentDataProperty: "nodePublishSecretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate2614.errors : vErrors.concat(validate2614.errors)).length), void 0 === data.readOnly || validate307(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate307.errors : vErrors.concat(validate307.errors)).length), void 0 === data.volumeAttributes || validate326(data.volumeAttributes, { instancePath: instancePath + "/volumeAttributes", parentData: data, parentDataProperty: "volumeAttributes", rootData }) || (errors = (vErrors = null === vErrors ? validate326.errors : vErrors.concat(validate326.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2254.errors = vErrors, 0 === errors;
};
function validate2155(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2155.errors = vErrors, 0 === errors;
}
function validate2426(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2426.errors = vErrors, 0 === errors;
}
function validate2614(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate2614.errors = vErrors, 0 === errors;
}
function validate307(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate307.errors = vErrors, 0 === errors;
}
function validate326(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate2155(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate2155.errors : vErrors.concat(validate2155.errors)).length);
  return validate326.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1DownwardAPIVolumeFile.mjs
var validate86 = function validate2156(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.path) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.fieldRef || validate2255(data.fieldRef, { instancePath: instancePath + "/fieldRef", parentData: data, parentDataProperty: "fieldRef", rootData }) || (errors = (vErrors = null === vErrors ? validate2255.errors : vErrors.concat(validate2255.errors)).length), void 0 === data.mode || validate2615(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData }) || (errors = (vErrors = null === vErrors ? validate2615.errors : vErrors.concat(validate2615.errors)).length), void 0 === data.path || validate2814(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate2814.errors : vErrors.concat(validate2814.errors)).length), void 0 === data.resourceFieldRef || validate308(data.resourceFieldRef, { instancePath: instancePath + "/resourceFieldRef", parentData: data, parentDataProperty: "resourceFieldRef", rootData }) || (errors = (vErrors = null === vErrors ? validate308.errors : vErrors.concat(validate308.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2156.errors = vErrors, 0 === errors;
};
function validate2255(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate2255.errors = vErrors, 0 === errors;
}
var formats012 = formats.int32;
function validate2615(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats012.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2615.errors = vErrors, 0 === errors;
}
function validate2814(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2814.errors = vErrors, 0 === errors;
}
function validate308(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate34(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate34.errors : vErrors.concat(validate34.errors)).length), validate308.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1DownwardAPIVolumeSource.mjs
var validate87 = function validate2157(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.defaultMode || validate2256(data.defaultMode, { instancePath: instancePath + "/defaultMode", parentData: data, parentDataProperty: "defaultMode", rootData }) || (errors = (vErrors = null === vErrors ? validate2256.errors : vErrors.concat(validate2256.errors)).length), void 0 === data.items || validate2427(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate2427.errors : vErrors.concat(validate2427.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2157.errors = vErrors, 0 === errors;
};
var formats013 = formats.int32;
function validate2256(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats013.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2256.errors = vErrors, 0 === errors;
}
function validate257(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate86(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate86.errors : vErrors.concat(validate86.errors)).length), validate257.errors = vErrors, 0 === errors;
}
function validate2427(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate257(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate257.errors : vErrors.concat(validate257.errors)).length);
  }
  return validate2427.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EmptyDirVolumeSource.mjs
var validate91 = function validate2158(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.medium || validate2257(data.medium, { instancePath: instancePath + "/medium", parentData: data, parentDataProperty: "medium", rootData }) || (errors = (vErrors = null === vErrors ? validate2257.errors : vErrors.concat(validate2257.errors)).length), void 0 === data.sizeLimit || validate2428(data.sizeLimit, { instancePath: instancePath + "/sizeLimit", parentData: data, parentDataProperty: "sizeLimit", rootData }) || (errors = (vErrors = null === vErrors ? validate2428.errors : vErrors.concat(validate2428.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2158.errors = vErrors, 0 === errors;
};
function validate2257(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2257.errors = vErrors, 0 === errors;
}
function validate2428(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length), validate2428.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaimTemplate.mjs
var validate92 = function validate2159(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.metadata || validate2258(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate2258.errors : vErrors.concat(validate2258.errors)).length), void 0 === data.spec || validate2616(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate2616.errors : vErrors.concat(validate2616.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2159.errors = vErrors, 0 === errors;
};
function validate2258(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate.errors : vErrors.concat(validate.errors)).length), validate2258.errors = vErrors, 0 === errors;
}
function validate2616(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate12(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate12.errors : vErrors.concat(validate12.errors)).length), validate2616.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EphemeralVolumeSource.mjs
var validate93 = function validate2160(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.volumeClaimTemplate || validate2259(data.volumeClaimTemplate, { instancePath: instancePath + "/volumeClaimTemplate", parentData: data, parentDataProperty: "volumeClaimTemplate", rootData }) || (errors = (vErrors = null === vErrors ? validate2259.errors : vErrors.concat(validate2259.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2160.errors = vErrors, 0 === errors;
};
function validate2259(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate92(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate92.errors : vErrors.concat(validate92.errors)).length), validate2259.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1FlexVolumeSource.mjs
var validate94 = function validate2260(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.driver) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.driver || validate2161(data.driver, { instancePath: instancePath + "/driver", parentData: data, parentDataProperty: "driver", rootData }) || (errors = (vErrors = null === vErrors ? validate2161.errors : vErrors.concat(validate2161.errors)).length), void 0 === data.fsType || validate2429(data.fsType, { instancePath: instancePath + "/fsType", parentData: data, parentDataProperty: "fsType", rootData }) || (errors = (vErrors = null === vErrors ? validate2429.errors : vErrors.concat(validate2429.errors)).length), void 0 === data.options || validate2617(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (errors = (vErrors = null === vErrors ? validate2617.errors : vErrors.concat(validate2617.errors)).length), void 0 === data.readOnly || validate298(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate298.errors : vErrors.concat(validate298.errors)).length), void 0 === data.secretRef || validate316(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate316.errors : vErrors.concat(validate316.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2260.errors = vErrors, 0 === errors;
};
function validate2161(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2161.errors = vErrors, 0 === errors;
}
function validate2429(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2429.errors = vErrors, 0 === errors;
}
function validate2617(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate2161(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate2161.errors : vErrors.concat(validate2161.errors)).length);
  return validate2617.errors = vErrors, 0 === errors;
}
function validate298(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate298.errors = vErrors, 0 === errors;
}
function validate316(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate316.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1GitRepoVolumeSource.mjs
var validate95 = function validate2261(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.repository) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.directory || validate2162(data.directory, { instancePath: instancePath + "/directory", parentData: data, parentDataProperty: "directory", rootData }) || (errors = (vErrors = null === vErrors ? validate2162.errors : vErrors.concat(validate2162.errors)).length), void 0 === data.repository || validate2430(data.repository, { instancePath: instancePath + "/repository", parentData: data, parentDataProperty: "repository", rootData }) || (errors = (vErrors = null === vErrors ? validate2430.errors : vErrors.concat(validate2430.errors)).length), void 0 === data.revision || validate2162(data.revision, { instancePath: instancePath + "/revision", parentData: data, parentDataProperty: "revision", rootData }) || (errors = (vErrors = null === vErrors ? validate2162.errors : vErrors.concat(validate2162.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2261.errors = vErrors, 0 === errors;
};
function validate2162(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2162.errors = vErrors, 0 === errors;
}
function validate2430(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2430.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1GlusterfsVolumeSource.mjs
var validate96 = function validate2262(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.endpoints) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.path) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.endpoints || validate2163(data.endpoints, { instancePath: instancePath + "/endpoints", parentData: data, parentDataProperty: "endpoints", rootData }) || (errors = (vErrors = null === vErrors ? validate2163.errors : vErrors.concat(validate2163.errors)).length), void 0 === data.path || validate2163(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate2163.errors : vErrors.concat(validate2163.errors)).length), void 0 === data.readOnly || validate258(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate258.errors : vErrors.concat(validate258.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2262.errors = vErrors, 0 === errors;
};
function validate2163(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2163.errors = vErrors, 0 === errors;
}
function validate258(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate258.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ImageVolumeSource.mjs
var validate97 = function validate2164(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.pullPolicy || validate2263(data.pullPolicy, { instancePath: instancePath + "/pullPolicy", parentData: data, parentDataProperty: "pullPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate2263.errors : vErrors.concat(validate2263.errors)).length), void 0 === data.reference || validate2431(data.reference, { instancePath: instancePath + "/reference", parentData: data, parentDataProperty: "reference", rootData }) || (errors = (vErrors = null === vErrors ? validate2431.errors : vErrors.concat(validate2431.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2164.errors = vErrors, 0 === errors;
};
var schema7 = { enum: ["Always", "IfNotPresent", "Never"] };
function validate2263(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Always" === data || "IfNotPresent" === data || "Never" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema7.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2263.errors = vErrors, 0 === errors;
}
function validate2431(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2431.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ISCSIVolumeSource.mjs
var validate98 = function validate2432(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.targetPortal) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetPortal" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.iqn) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iqn" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.lun) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lun" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 === data.chapAuthDiscovery || validate2165(data.chapAuthDiscovery, { instancePath: instancePath + "/chapAuthDiscovery", parentData: data, parentDataProperty: "chapAuthDiscovery", rootData }) || (errors = (vErrors = null === vErrors ? validate2165.errors : vErrors.concat(validate2165.errors)).length), void 0 === data.chapAuthSession || validate2165(data.chapAuthSession, { instancePath: instancePath + "/chapAuthSession", parentData: data, parentDataProperty: "chapAuthSession", rootData }) || (errors = (vErrors = null === vErrors ? validate2165.errors : vErrors.concat(validate2165.errors)).length), void 0 === data.fsType || validate2264(data.fsType, { instancePath: instancePath + "/fsType", parentData: data, parentDataProperty: "fsType", rootData }) || (errors = (vErrors = null === vErrors ? validate2264.errors : vErrors.concat(validate2264.errors)).length), void 0 === data.initiatorName || validate2264(data.initiatorName, { instancePath: instancePath + "/initiatorName", parentData: data, parentDataProperty: "initiatorName", rootData }) || (errors = (vErrors = null === vErrors ? validate2264.errors : vErrors.concat(validate2264.errors)).length), void 0 === data.iqn || validate2316(data.iqn, { instancePath: instancePath + "/iqn", parentData: data, parentDataProperty: "iqn", rootData }) || (errors = (vErrors = null === vErrors ? validate2316.errors : vErrors.concat(validate2316.errors)).length), void 0 === data.iscsiInterface || validate2264(data.iscsiInterface, { instancePath: instancePath + "/iscsiInterface", parentData: data, parentDataProperty: "iscsiInterface", rootData }) || (errors = (vErrors = null === vErrors ? validate2264.errors : vErrors.concat(validate2264.errors)).length), void 0 === data.lun || validate317(data.lun, { instancePath: instancePath + "/lun", parentData: data, parentDataProperty: "lun", rootData }) || (errors = (vErrors = null === vErrors ? validate317.errors : vErrors.concat(validate317.errors)).length), void 0 === data.portals || validate335(data.portals, { instancePath: instancePath + "/portals", parentData: data, parentDataProperty: "portals", rootData }) || (errors = (vErrors = null === vErrors ? validate335.errors : vErrors.concat(validate335.errors)).length), void 0 === data.readOnly || validate2165(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2165.errors : vErrors.concat(validate2165.errors)).length), void 0 === data.secretRef || validate372(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate372.errors : vErrors.concat(validate372.errors)).length), void 0 === data.targetPortal || validate2316(data.targetPortal, { instancePath: instancePath + "/targetPortal", parentData: data, parentDataProperty: "targetPortal", rootData }) || (errors = (vErrors = null === vErrors ? validate2316.errors : vErrors.concat(validate2316.errors)).length);
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate2432.errors = vErrors, 0 === errors;
};
function validate2165(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2165.errors = vErrors, 0 === errors;
}
function validate2264(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2264.errors = vErrors, 0 === errors;
}
function validate2316(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2316.errors = vErrors, 0 === errors;
}
var formats014 = formats.int32;
function validate317(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats014.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate317.errors = vErrors, 0 === errors;
}
function validate335(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2316(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2316.errors : vErrors.concat(validate2316.errors)).length);
  }
  return validate335.errors = vErrors, 0 === errors;
}
function validate372(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate372.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaimVolumeSource.mjs
var validate99 = function validate2166(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.claimName) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claimName" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.claimName || validate2265(data.claimName, { instancePath: instancePath + "/claimName", parentData: data, parentDataProperty: "claimName", rootData }) || (errors = (vErrors = null === vErrors ? validate2265.errors : vErrors.concat(validate2265.errors)).length), void 0 === data.readOnly || validate2433(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2433.errors : vErrors.concat(validate2433.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2166.errors = vErrors, 0 === errors;
};
function validate2265(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2265.errors = vErrors, 0 === errors;
}
function validate2433(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2433.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ClusterTrustBundleProjection.mjs
var validate100 = function validate2266(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.path) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.labelSelector || validate2317(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData }) || (errors = (vErrors = null === vErrors ? validate2317.errors : vErrors.concat(validate2317.errors)).length), void 0 === data.name || validate2167(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2167.errors : vErrors.concat(validate2167.errors)).length), void 0 === data.optional || validate2815(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate2815.errors : vErrors.concat(validate2815.errors)).length), void 0 === data.path || validate309(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate309.errors : vErrors.concat(validate309.errors)).length), void 0 === data.signerName || validate2167(data.signerName, { instancePath: instancePath + "/signerName", parentData: data, parentDataProperty: "signerName", rootData }) || (errors = (vErrors = null === vErrors ? validate2167.errors : vErrors.concat(validate2167.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2266.errors = vErrors, 0 === errors;
};
function validate2317(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length), validate2317.errors = vErrors, 0 === errors;
}
function validate2167(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2167.errors = vErrors, 0 === errors;
}
function validate2815(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2815.errors = vErrors, 0 === errors;
}
function validate309(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate309.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapProjection.mjs
var validate101 = function validate2168(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.items || validate2267(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate2267.errors : vErrors.concat(validate2267.errors)).length), void 0 === data.name || validate2816(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2816.errors : vErrors.concat(validate2816.errors)).length), void 0 === data.optional || validate3010(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate3010.errors : vErrors.concat(validate3010.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2168.errors = vErrors, 0 === errors;
};
function validate2318(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate78(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length), validate2318.errors = vErrors, 0 === errors;
}
function validate2267(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2318(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2318.errors : vErrors.concat(validate2318.errors)).length);
  }
  return validate2267.errors = vErrors, 0 === errors;
}
function validate2816(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2816.errors = vErrors, 0 === errors;
}
function validate3010(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate3010.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1DownwardAPIProjection.mjs
var validate102 = function validate2169(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.items || validate2268(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate2268.errors : vErrors.concat(validate2268.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2169.errors = vErrors, 0 === errors;
};
function validate2319(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate86(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate86.errors : vErrors.concat(validate86.errors)).length), validate2319.errors = vErrors, 0 === errors;
}
function validate2268(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2319(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2319.errors : vErrors.concat(validate2319.errors)).length);
  }
  return validate2268.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretProjection.mjs
var validate103 = function validate2170(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.items || validate2269(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate2269.errors : vErrors.concat(validate2269.errors)).length), void 0 === data.name || validate2817(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate2817.errors : vErrors.concat(validate2817.errors)).length), void 0 === data.optional || validate3011(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate3011.errors : vErrors.concat(validate3011.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2170.errors = vErrors, 0 === errors;
};
function validate2320(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate78(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length), validate2320.errors = vErrors, 0 === errors;
}
function validate2269(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2320(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2320.errors : vErrors.concat(validate2320.errors)).length);
  }
  return validate2269.errors = vErrors, 0 === errors;
}
function validate2817(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2817.errors = vErrors, 0 === errors;
}
function validate3011(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate3011.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccountTokenProjection.mjs
var validate104 = function validate2171(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.path) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.audience || validate2270(data.audience, { instancePath: instancePath + "/audience", parentData: data, parentDataProperty: "audience", rootData }) || (errors = (vErrors = null === vErrors ? validate2270.errors : vErrors.concat(validate2270.errors)).length), void 0 === data.expirationSeconds || validate2434(data.expirationSeconds, { instancePath: instancePath + "/expirationSeconds", parentData: data, parentDataProperty: "expirationSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate2434.errors : vErrors.concat(validate2434.errors)).length), void 0 === data.path || validate2618(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate2618.errors : vErrors.concat(validate2618.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2171.errors = vErrors, 0 === errors;
};
function validate2270(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2270.errors = vErrors, 0 === errors;
}
var formats015 = formats.int64;
function validate2434(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats015.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2434.errors = vErrors, 0 === errors;
}
function validate2618(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2618.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VolumeProjection.mjs
var validate105 = function validate2172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.clusterTrustBundle || validate2271(data.clusterTrustBundle, { instancePath: instancePath + "/clusterTrustBundle", parentData: data, parentDataProperty: "clusterTrustBundle", rootData }) || (errors = (vErrors = null === vErrors ? validate2271.errors : vErrors.concat(validate2271.errors)).length), void 0 === data.configMap || validate2619(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData }) || (errors = (vErrors = null === vErrors ? validate2619.errors : vErrors.concat(validate2619.errors)).length), void 0 === data.downwardAPI || validate3012(data.downwardAPI, { instancePath: instancePath + "/downwardAPI", parentData: data, parentDataProperty: "downwardAPI", rootData }) || (errors = (vErrors = null === vErrors ? validate3012.errors : vErrors.concat(validate3012.errors)).length), void 0 === data.secret || validate346(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData }) || (errors = (vErrors = null === vErrors ? validate346.errors : vErrors.concat(validate346.errors)).length), void 0 === data.serviceAccountToken || validate385(data.serviceAccountToken, { instancePath: instancePath + "/serviceAccountToken", parentData: data, parentDataProperty: "serviceAccountToken", rootData }) || (errors = (vErrors = null === vErrors ? validate385.errors : vErrors.concat(validate385.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2172.errors = vErrors, 0 === errors;
};
function validate2271(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate100(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate100.errors : vErrors.concat(validate100.errors)).length), validate2271.errors = vErrors, 0 === errors;
}
function validate2619(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate101(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate101.errors : vErrors.concat(validate101.errors)).length), validate2619.errors = vErrors, 0 === errors;
}
function validate3012(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate102(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate102.errors : vErrors.concat(validate102.errors)).length), validate3012.errors = vErrors, 0 === errors;
}
function validate346(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate103(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate103.errors : vErrors.concat(validate103.errors)).length), validate346.errors = vErrors, 0 === errors;
}
function validate385(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate104(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length), validate385.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ProjectedVolumeSource.mjs
var validate106 = function validate2173(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.defaultMode || validate2272(data.defaultMode, { instancePath: instancePath + "/defaultMode", parentData: data, parentDataProperty: "defaultMode", rootData }) || (errors = (vErrors = null === vErrors ? validate2272.errors : vErrors.concat(validate2272.errors)).length), void 0 === data.sources || validate2435(data.sources, { instancePath: instancePath + "/sources", parentData: data, parentDataProperty: "sources", rootData }) || (errors = (vErrors = null === vErrors ? validate2435.errors : vErrors.concat(validate2435.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2173.errors = vErrors, 0 === errors;
};
var formats016 = formats.int32;
function validate2272(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats016.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2272.errors = vErrors, 0 === errors;
}
function validate259(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate105(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate105.errors : vErrors.concat(validate105.errors)).length), validate259.errors = vErrors, 0 === errors;
}
function validate2435(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate259(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate259.errors : vErrors.concat(validate259.errors)).length);
  }
  return validate2435.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1RBDVolumeSource.mjs
var validate107 = function validate2321(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.monitors) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.image) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 === data.fsType || validate2174(data.fsType, { instancePath: instancePath + "/fsType", parentData: data, parentDataProperty: "fsType", rootData }) || (errors = (vErrors = null === vErrors ? validate2174.errors : vErrors.concat(validate2174.errors)).length), void 0 === data.image || validate2273(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData }) || (errors = (vErrors = null === vErrors ? validate2273.errors : vErrors.concat(validate2273.errors)).length), void 0 === data.keyring || validate2174(data.keyring, { instancePath: instancePath + "/keyring", parentData: data, parentDataProperty: "keyring", rootData }) || (errors = (vErrors = null === vErrors ? validate2174.errors : vErrors.concat(validate2174.errors)).length), void 0 === data.monitors || validate277(data.monitors, { instancePath: instancePath + "/monitors", parentData: data, parentDataProperty: "monitors", rootData }) || (errors = (vErrors = null === vErrors ? validate277.errors : vErrors.concat(validate277.errors)).length), void 0 === data.pool || validate2174(data.pool, { instancePath: instancePath + "/pool", parentData: data, parentDataProperty: "pool", rootData }) || (errors = (vErrors = null === vErrors ? validate2174.errors : vErrors.concat(validate2174.errors)).length), void 0 === data.readOnly || validate318(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate318.errors : vErrors.concat(validate318.errors)).length), void 0 === data.secretRef || validate336(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate336.errors : vErrors.concat(validate336.errors)).length), void 0 === data.user || validate2174(data.user, { instancePath: instancePath + "/user", parentData: data, parentDataProperty: "user", rootData }) || (errors = (vErrors = null === vErrors ? validate2174.errors : vErrors.concat(validate2174.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate2321.errors = vErrors, 0 === errors;
};
function validate2174(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2174.errors = vErrors, 0 === errors;
}
function validate2273(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2273.errors = vErrors, 0 === errors;
}
function validate277(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2273(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2273.errors : vErrors.concat(validate2273.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate277.errors = vErrors, 0 === errors;
}
function validate318(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate318.errors = vErrors, 0 === errors;
}
function validate336(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate336.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ScaleIOVolumeSource.mjs
var validate108 = function validate2436(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.gateway) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gateway" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.system) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "system" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.secretRef) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 === data.fsType || validate2175(data.fsType, { instancePath: instancePath + "/fsType", parentData: data, parentDataProperty: "fsType", rootData }) || (errors = (vErrors = null === vErrors ? validate2175.errors : vErrors.concat(validate2175.errors)).length), void 0 === data.gateway || validate2322(data.gateway, { instancePath: instancePath + "/gateway", parentData: data, parentDataProperty: "gateway", rootData }) || (errors = (vErrors = null === vErrors ? validate2322.errors : vErrors.concat(validate2322.errors)).length), void 0 === data.protectionDomain || validate2175(data.protectionDomain, { instancePath: instancePath + "/protectionDomain", parentData: data, parentDataProperty: "protectionDomain", rootData }) || (errors = (vErrors = null === vErrors ? validate2175.errors : vErrors.concat(validate2175.errors)).length), void 0 === data.readOnly || validate2274(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2274.errors : vErrors.concat(validate2274.errors)).length), void 0 === data.secretRef || validate299(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate299.errors : vErrors.concat(validate299.errors)).length), void 0 === data.sslEnabled || validate2274(data.sslEnabled, { instancePath: instancePath + "/sslEnabled", parentData: data, parentDataProperty: "sslEnabled", rootData }) || (errors = (vErrors = null === vErrors ? validate2274.errors : vErrors.concat(validate2274.errors)).length), void 0 === data.storageMode || validate2175(data.storageMode, { instancePath: instancePath + "/storageMode", parentData: data, parentDataProperty: "storageMode", rootData }) || (errors = (vErrors = null === vErrors ? validate2175.errors : vErrors.concat(validate2175.errors)).length), void 0 === data.storagePool || validate2175(data.storagePool, { instancePath: instancePath + "/storagePool", parentData: data, parentDataProperty: "storagePool", rootData }) || (errors = (vErrors = null === vErrors ? validate2175.errors : vErrors.concat(validate2175.errors)).length), void 0 === data.system || validate2322(data.system, { instancePath: instancePath + "/system", parentData: data, parentDataProperty: "system", rootData }) || (errors = (vErrors = null === vErrors ? validate2322.errors : vErrors.concat(validate2322.errors)).length), void 0 === data.volumeName || validate2175(data.volumeName, { instancePath: instancePath + "/volumeName", parentData: data, parentDataProperty: "volumeName", rootData }) || (errors = (vErrors = null === vErrors ? validate2175.errors : vErrors.concat(validate2175.errors)).length);
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate2436.errors = vErrors, 0 === errors;
};
function validate2175(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2175.errors = vErrors, 0 === errors;
}
function validate2322(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2322.errors = vErrors, 0 === errors;
}
function validate2274(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2274.errors = vErrors, 0 === errors;
}
function validate299(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate299.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretVolumeSource.mjs
var validate109 = function validate2176(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.defaultMode || validate2275(data.defaultMode, { instancePath: instancePath + "/defaultMode", parentData: data, parentDataProperty: "defaultMode", rootData }) || (errors = (vErrors = null === vErrors ? validate2275.errors : vErrors.concat(validate2275.errors)).length), void 0 === data.items || validate2437(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate2437.errors : vErrors.concat(validate2437.errors)).length), void 0 === data.optional || validate3013(data.optional, { instancePath: instancePath + "/optional", parentData: data, parentDataProperty: "optional", rootData }) || (errors = (vErrors = null === vErrors ? validate3013.errors : vErrors.concat(validate3013.errors)).length), void 0 === data.secretName || validate327(data.secretName, { instancePath: instancePath + "/secretName", parentData: data, parentDataProperty: "secretName", rootData }) || (errors = (vErrors = null === vErrors ? validate327.errors : vErrors.concat(validate327.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2176.errors = vErrors, 0 === errors;
};
var formats017 = formats.int32;
function validate2275(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats017.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2275.errors = vErrors, 0 === errors;
}
function validate2510(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate78(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length), validate2510.errors = vErrors, 0 === errors;
}
function validate2437(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2510(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2510.errors : vErrors.concat(validate2510.errors)).length);
  }
  return validate2437.errors = vErrors, 0 === errors;
}
function validate3013(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate3013.errors = vErrors, 0 === errors;
}
function validate327(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate327.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1StorageOSVolumeSource.mjs
var validate110 = function validate2276(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 === data.fsType || validate2177(data.fsType, { instancePath: instancePath + "/fsType", parentData: data, parentDataProperty: "fsType", rootData }) || (errors = (vErrors = null === vErrors ? validate2177.errors : vErrors.concat(validate2177.errors)).length), void 0 === data.readOnly || validate2438(data.readOnly, { instancePath: instancePath + "/readOnly", parentData: data, parentDataProperty: "readOnly", rootData }) || (errors = (vErrors = null === vErrors ? validate2438.errors : vErrors.concat(validate2438.errors)).length), void 0 === data.secretRef || validate2620(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData }) || (errors = (vErrors = null === vErrors ? validate2620.errors : vErrors.concat(validate2620.errors)).length), void 0 === data.volumeName || validate2177(data.volumeName, { instancePath: instancePath + "/volumeName", parentData: data, parentDataProperty: "volumeName", rootData }) || (errors = (vErrors = null === vErrors ? validate2177.errors : vErrors.concat(validate2177.errors)).length), void 0 === data.volumeNamespace || validate2177(data.volumeNamespace, { instancePath: instancePath + "/volumeNamespace", parentData: data, parentDataProperty: "volumeNamespace", rootData }) || (errors = (vErrors = null === vErrors ? validate2177.errors : vErrors.concat(validate2177.errors)).length);
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2276.errors = vErrors, 0 === errors;
};
function validate2177(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2177.errors = vErrors, 0 === errors;
}
function validate2438(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2438.errors = vErrors, 0 === errors;
}
function validate2620(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate2620.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Volume.mjs
var validate111 = function validate2178(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.awsElasticBlockStore || validate2277(data.awsElasticBlockStore, { instancePath: instancePath + "/awsElasticBlockStore", parentData: data, parentDataProperty: "awsElasticBlockStore", rootData }) || (errors = (vErrors = null === vErrors ? validate2277.errors : vErrors.concat(validate2277.errors)).length), void 0 === data.azureDisk || validate2621(data.azureDisk, { instancePath: instancePath + "/azureDisk", parentData: data, parentDataProperty: "azureDisk", rootData }) || (errors = (vErrors = null === vErrors ? validate2621.errors : vErrors.concat(validate2621.errors)).length), void 0 === data.azureFile || validate3014(data.azureFile, { instancePath: instancePath + "/azureFile", parentData: data, parentDataProperty: "azureFile", rootData }) || (errors = (vErrors = null === vErrors ? validate3014.errors : vErrors.concat(validate3014.errors)).length), void 0 === data.cephfs || validate347(data.cephfs, { instancePath: instancePath + "/cephfs", parentData: data, parentDataProperty: "cephfs", rootData }) || (errors = (vErrors = null === vErrors ? validate347.errors : vErrors.concat(validate347.errors)).length), void 0 === data.cinder || validate386(data.cinder, { instancePath: instancePath + "/cinder", parentData: data, parentDataProperty: "cinder", rootData }) || (errors = (vErrors = null === vErrors ? validate386.errors : vErrors.concat(validate386.errors)).length), void 0 === data.configMap || validate422(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData }) || (errors = (vErrors = null === vErrors ? validate422.errors : vErrors.concat(validate422.errors)).length), void 0 === data.csi || validate462(data.csi, { instancePath: instancePath + "/csi", parentData: data, parentDataProperty: "csi", rootData }) || (errors = (vErrors = null === vErrors ? validate462.errors : vErrors.concat(validate462.errors)).length), void 0 === data.downwardAPI || validate503(data.downwardAPI, { instancePath: instancePath + "/downwardAPI", parentData: data, parentDataProperty: "downwardAPI", rootData }) || (errors = (vErrors = null === vErrors ? validate503.errors : vErrors.concat(validate503.errors)).length), void 0 === data.emptyDir || validate544(data.emptyDir, { instancePath: instancePath + "/emptyDir", parentData: data, parentDataProperty: "emptyDir", rootData }) || (errors = (vErrors = null === vErrors ? validate544.errors : vErrors.concat(validate544.errors)).length), void 0 === data.ephemeral || validate582(data.ephemeral, { instancePath: instancePath + "/ephemeral", parentData: data, parentDataProperty: "ephemeral", rootData }) || (errors = (vErrors = null === vErrors ? validate582.errors : vErrors.concat(validate582.errors)).length), void 0 === data.fc || validate622(data.fc, { instancePath: instancePath + "/fc", parentData: data, parentDataProperty: "fc", rootData }) || (errors = (vErrors = null === vErrors ? validate622.errors : vErrors.concat(validate622.errors)).length), void 0 === data.flexVolume || validate663(data.flexVolume, { instancePath: instancePath + "/flexVolume", parentData: data, parentDataProperty: "flexVolume", rootData }) || (errors = (vErrors = null === vErrors ? validate663.errors : vErrors.concat(validate663.errors)).length), void 0 === data.flocker || validate702(data.flocker, { instancePath: instancePath + "/flocker", parentData: data, parentDataProperty: "flocker", rootData }) || (errors = (vErrors = null === vErrors ? validate702.errors : vErrors.concat(validate702.errors)).length), void 0 === data.gcePersistentDisk || validate742(data.gcePersistentDisk, { instancePath: instancePath + "/gcePersistentDisk", parentData: data, parentDataProperty: "gcePersistentDisk", rootData }) || (errors = (vErrors = null === vErrors ? validate742.errors : vErrors.concat(validate742.errors)).length), void 0 === data.gitRepo || validate782(data.gitRepo, { instancePath: instancePath + "/gitRepo", parentData: data, parentDataProperty: "gitRepo", rootData }) || (errors = (vErrors = null === vErrors ? validate782.errors : vErrors.concat(validate782.errors)).length), void 0 === data.glusterfs || validate822(data.glusterfs, { instancePath: instancePath + "/glusterfs", parentData: data, parentDataProperty: "glusterfs", rootData }) || (errors = (vErrors = null === vErrors ? validate822.errors : vErrors.concat(validate822.errors)).length), void 0 === data.hostPath || validate862(data.hostPath, { instancePath: instancePath + "/hostPath", parentData: data, parentDataProperty: "hostPath", rootData }) || (errors = (vErrors = null === vErrors ? validate862.errors : vErrors.concat(validate862.errors)).length), void 0 === data.image || validate902(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData }) || (errors = (vErrors = null === vErrors ? validate902.errors : vErrors.concat(validate902.errors)).length), void 0 === data.iscsi || validate942(data.iscsi, { instancePath: instancePath + "/iscsi", parentData: data, parentDataProperty: "iscsi", rootData }) || (errors = (vErrors = null === vErrors ? validate942.errors : vErrors.concat(validate942.errors)).length), void 0 === data.name || validate982(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate982.errors : vErrors.concat(validate982.errors)).length), void 0 === data.nfs || validate1002(data.nfs, { instancePath: instancePath + "/nfs", parentData: data, parentDataProperty: "nfs", rootData }) || (errors = (vErrors = null === vErrors ? validate1002.errors : vErrors.concat(validate1002.errors)).length), void 0 === data.persistentVolumeClaim || validate1042(data.persistentVolumeClaim, { instancePath: instancePath + "/persistentVolumeClaim", parentData: data, parentDataProperty: "persistentVolumeClaim", rootData }) || (errors = (vErrors = null === vErrors ? validate1042.errors : vErrors.concat(validate1042.errors)).length), void 0 === data.photonPersistentDisk || validate1082(data.photonPersistentDisk, { instancePath: instancePath + "/photonPersistentDisk", parentData: data, parentDataProperty: "photonPersistentDisk", rootData }) || (errors = (vErrors = null === vErrors ? validate1082.errors : vErrors.concat(validate1082.errors)).length), void 0 === data.portworxVolume || validate112(data.portworxVolume, { instancePath: instancePath + "/portworxVolume", parentData: data, parentDataProperty: "portworxVolume", rootData }) || (errors = (vErrors = null === vErrors ? validate112.errors : vErrors.concat(validate112.errors)).length), void 0 === data.projected || validate116(data.projected, { instancePath: instancePath + "/projected", parentData: data, parentDataProperty: "projected", rootData }) || (errors = (vErrors = null === vErrors ? validate116.errors : vErrors.concat(validate116.errors)).length), void 0 === data.quobyte || validate120(data.quobyte, { instancePath: instancePath + "/quobyte", parentData: data, parentDataProperty: "quobyte", rootData }) || (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length), void 0 === data.rbd || validate124(data.rbd, { instancePath: instancePath + "/rbd", parentData: data, parentDataProperty: "rbd", rootData }) || (errors = (vErrors = null === vErrors ? validate124.errors : vErrors.concat(validate124.errors)).length), void 0 === data.scaleIO || validate128(data.scaleIO, { instancePath: instancePath + "/scaleIO", parentData: data, parentDataProperty: "scaleIO", rootData }) || (errors = (vErrors = null === vErrors ? validate128.errors : vErrors.concat(validate128.errors)).length), void 0 === data.secret || validate132(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData }) || (errors = (vErrors = null === vErrors ? validate132.errors : vErrors.concat(validate132.errors)).length), void 0 === data.storageos || validate136(data.storageos, { instancePath: instancePath + "/storageos", parentData: data, parentDataProperty: "storageos", rootData }) || (errors = (vErrors = null === vErrors ? validate136.errors : vErrors.concat(validate136.errors)).length), void 0 === data.vsphereVolume || validate140(data.vsphereVolume, { instancePath: instancePath + "/vsphereVolume", parentData: data, parentDataProperty: "vsphereVolume", rootData }) || (errors = (vErrors = null === vErrors ? validate140.errors : vErrors.concat(validate140.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2178.errors = vErrors, 0 === errors;
};
function validate2277(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate2277.errors = vErrors, 0 === errors;
}
function validate2621(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate11(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length), validate2621.errors = vErrors, 0 === errors;
}
function validate3014(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate75(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate75.errors : vErrors.concat(validate75.errors)).length), validate3014.errors = vErrors, 0 === errors;
}
function validate347(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate76(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate76.errors : vErrors.concat(validate76.errors)).length), validate347.errors = vErrors, 0 === errors;
}
function validate386(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate77(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate77.errors : vErrors.concat(validate77.errors)).length), validate386.errors = vErrors, 0 === errors;
}
function validate422(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate81(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate81.errors : vErrors.concat(validate81.errors)).length), validate422.errors = vErrors, 0 === errors;
}
function validate462(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate85(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate85.errors : vErrors.concat(validate85.errors)).length), validate462.errors = vErrors, 0 === errors;
}
function validate503(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate87(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate87.errors : vErrors.concat(validate87.errors)).length), validate503.errors = vErrors, 0 === errors;
}
function validate544(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate91(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate91.errors : vErrors.concat(validate91.errors)).length), validate544.errors = vErrors, 0 === errors;
}
function validate582(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate93(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate93.errors : vErrors.concat(validate93.errors)).length), validate582.errors = vErrors, 0 === errors;
}
function validate622(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate13(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length), validate622.errors = vErrors, 0 === errors;
}
function validate663(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate94(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate94.errors : vErrors.concat(validate94.errors)).length), validate663.errors = vErrors, 0 === errors;
}
function validate702(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate14(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length), validate702.errors = vErrors, 0 === errors;
}
function validate742(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate15(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate15.errors : vErrors.concat(validate15.errors)).length), validate742.errors = vErrors, 0 === errors;
}
function validate782(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate95(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate95.errors : vErrors.concat(validate95.errors)).length), validate782.errors = vErrors, 0 === errors;
}
function validate822(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate96(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate96.errors : vErrors.concat(validate96.errors)).length), validate822.errors = vErrors, 0 === errors;
}
function validate862(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length), validate862.errors = vErrors, 0 === errors;
}
function validate902(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate97(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate97.errors : vErrors.concat(validate97.errors)).length), validate902.errors = vErrors, 0 === errors;
}
function validate942(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate98(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate98.errors : vErrors.concat(validate98.errors)).length), validate942.errors = vErrors, 0 === errors;
}
function validate982(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate982.errors = vErrors, 0 === errors;
}
function validate1002(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate17(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate17.errors : vErrors.concat(validate17.errors)).length), validate1002.errors = vErrors, 0 === errors;
}
function validate1042(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate99(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate99.errors : vErrors.concat(validate99.errors)).length), validate1042.errors = vErrors, 0 === errors;
}
function validate1082(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate18.errors : vErrors.concat(validate18.errors)).length), validate1082.errors = vErrors, 0 === errors;
}
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate19(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate19.errors : vErrors.concat(validate19.errors)).length), validate112.errors = vErrors, 0 === errors;
}
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate106(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate106.errors : vErrors.concat(validate106.errors)).length), validate116.errors = vErrors, 0 === errors;
}
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate120.errors = vErrors, 0 === errors;
}
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate107(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate107.errors : vErrors.concat(validate107.errors)).length), validate124.errors = vErrors, 0 === errors;
}
function validate128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate108(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length), validate128.errors = vErrors, 0 === errors;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate109(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate109.errors : vErrors.concat(validate109.errors)).length), validate132.errors = vErrors, 0 === errors;
}
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate110(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate110.errors : vErrors.concat(validate110.errors)).length), validate136.errors = vErrors, 0 === errors;
}
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate140.errors = vErrors, 0 === errors;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodSpec.mjs
var validate113 = function validate278(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.containers) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containers" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 === data.activeDeadlineSeconds || validate2622(data.activeDeadlineSeconds, { instancePath: instancePath + "/activeDeadlineSeconds", parentData: data, parentDataProperty: "activeDeadlineSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate2622.errors : vErrors.concat(validate2622.errors)).length), void 0 === data.affinity || validate2910(data.affinity, { instancePath: instancePath + "/affinity", parentData: data, parentDataProperty: "affinity", rootData }) || (errors = (vErrors = null === vErrors ? validate2910.errors : vErrors.concat(validate2910.errors)).length), void 0 === data.automountServiceAccountToken || validate2179(data.automountServiceAccountToken, { instancePath: instancePath + "/automountServiceAccountToken", parentData: data, parentDataProperty: "automountServiceAccountToken", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.containers || validate348(data.containers, { instancePath: instancePath + "/containers", parentData: data, parentDataProperty: "containers", rootData }) || (errors = (vErrors = null === vErrors ? validate348.errors : vErrors.concat(validate348.errors)).length), void 0 === data.dnsConfig || validate373(data.dnsConfig, { instancePath: instancePath + "/dnsConfig", parentData: data, parentDataProperty: "dnsConfig", rootData }) || (errors = (vErrors = null === vErrors ? validate373.errors : vErrors.concat(validate373.errors)).length), void 0 === data.dnsPolicy || validate412(data.dnsPolicy, { instancePath: instancePath + "/dnsPolicy", parentData: data, parentDataProperty: "dnsPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate412.errors : vErrors.concat(validate412.errors)).length), void 0 === data.enableServiceLinks || validate2179(data.enableServiceLinks, { instancePath: instancePath + "/enableServiceLinks", parentData: data, parentDataProperty: "enableServiceLinks", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.ephemeralContainers || validate444(data.ephemeralContainers, { instancePath: instancePath + "/ephemeralContainers", parentData: data, parentDataProperty: "ephemeralContainers", rootData }) || (errors = (vErrors = null === vErrors ? validate444.errors : vErrors.concat(validate444.errors)).length), void 0 === data.hostAliases || validate504(data.hostAliases, { instancePath: instancePath + "/hostAliases", parentData: data, parentDataProperty: "hostAliases", rootData }) || (errors = (vErrors = null === vErrors ? validate504.errors : vErrors.concat(validate504.errors)).length), void 0 === data.hostIPC || validate2179(data.hostIPC, { instancePath: instancePath + "/hostIPC", parentData: data, parentDataProperty: "hostIPC", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.hostNetwork || validate2179(data.hostNetwork, { instancePath: instancePath + "/hostNetwork", parentData: data, parentDataProperty: "hostNetwork", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.hostPID || validate2179(data.hostPID, { instancePath: instancePath + "/hostPID", parentData: data, parentDataProperty: "hostPID", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.hostUsers || validate2179(data.hostUsers, { instancePath: instancePath + "/hostUsers", parentData: data, parentDataProperty: "hostUsers", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.hostname || validate2511(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.imagePullSecrets || validate614(data.imagePullSecrets, { instancePath: instancePath + "/imagePullSecrets", parentData: data, parentDataProperty: "imagePullSecrets", rootData }) || (errors = (vErrors = null === vErrors ? validate614.errors : vErrors.concat(validate614.errors)).length), void 0 === data.initContainers || validate672(data.initContainers, { instancePath: instancePath + "/initContainers", parentData: data, parentDataProperty: "initContainers", rootData }) || (errors = (vErrors = null === vErrors ? validate672.errors : vErrors.concat(validate672.errors)).length), void 0 === data.nodeName || validate2511(data.nodeName, { instancePath: instancePath + "/nodeName", parentData: data, parentDataProperty: "nodeName", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.nodeSelector || validate713(data.nodeSelector, { instancePath: instancePath + "/nodeSelector", parentData: data, parentDataProperty: "nodeSelector", rootData }) || (errors = (vErrors = null === vErrors ? validate713.errors : vErrors.concat(validate713.errors)).length), void 0 === data.os || validate752(data.os, { instancePath: instancePath + "/os", parentData: data, parentDataProperty: "os", rootData }) || (errors = (vErrors = null === vErrors ? validate752.errors : vErrors.concat(validate752.errors)).length), void 0 === data.overhead || validate792(data.overhead, { instancePath: instancePath + "/overhead", parentData: data, parentDataProperty: "overhead", rootData }) || (errors = (vErrors = null === vErrors ? validate792.errors : vErrors.concat(validate792.errors)).length), void 0 === data.preemptionPolicy || validate852(data.preemptionPolicy, { instancePath: instancePath + "/preemptionPolicy", parentData: data, parentDataProperty: "preemptionPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate852.errors : vErrors.concat(validate852.errors)).length), void 0 === data.priority || validate872(data.priority, { instancePath: instancePath + "/priority", parentData: data, parentDataProperty: "priority", rootData }) || (errors = (vErrors = null === vErrors ? validate872.errors : vErrors.concat(validate872.errors)).length), void 0 === data.priorityClassName || validate2511(data.priorityClassName, { instancePath: instancePath + "/priorityClassName", parentData: data, parentDataProperty: "priorityClassName", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.readinessGates || validate903(data.readinessGates, { instancePath: instancePath + "/readinessGates", parentData: data, parentDataProperty: "readinessGates", rootData }) || (errors = (vErrors = null === vErrors ? validate903.errors : vErrors.concat(validate903.errors)).length), void 0 === data.resourceClaims || validate962(data.resourceClaims, { instancePath: instancePath + "/resourceClaims", parentData: data, parentDataProperty: "resourceClaims", rootData }) || (errors = (vErrors = null === vErrors ? validate962.errors : vErrors.concat(validate962.errors)).length), void 0 === data.resources || validate1022(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData }) || (errors = (vErrors = null === vErrors ? validate1022.errors : vErrors.concat(validate1022.errors)).length), void 0 === data.restartPolicy || validate1062(data.restartPolicy, { instancePath: instancePath + "/restartPolicy", parentData: data, parentDataProperty: "restartPolicy", rootData }) || (errors = (vErrors = null === vErrors ? validate1062.errors : vErrors.concat(validate1062.errors)).length), void 0 === data.runtimeClassName || validate2511(data.runtimeClassName, { instancePath: instancePath + "/runtimeClassName", parentData: data, parentDataProperty: "runtimeClassName", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.schedulerName || validate2511(data.schedulerName, { instancePath: instancePath + "/schedulerName", parentData: data, parentDataProperty: "schedulerName", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.schedulingGates || validate1102(data.schedulingGates, { instancePath: instancePath + "/schedulingGates", parentData: data, parentDataProperty: "schedulingGates", rootData }) || (errors = (vErrors = null === vErrors ? validate1102.errors : vErrors.concat(validate1102.errors)).length), void 0 === data.securityContext || validate1162(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData }) || (errors = (vErrors = null === vErrors ? validate1162.errors : vErrors.concat(validate1162.errors)).length), void 0 === data.serviceAccount || validate2511(data.serviceAccount, { instancePath: instancePath + "/serviceAccount", parentData: data, parentDataProperty: "serviceAccount", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.serviceAccountName || validate2511(data.serviceAccountName, { instancePath: instancePath + "/serviceAccountName", parentData: data, parentDataProperty: "serviceAccountName", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.setHostnameAsFQDN || validate2179(data.setHostnameAsFQDN, { instancePath: instancePath + "/setHostnameAsFQDN", parentData: data, parentDataProperty: "setHostnameAsFQDN", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.shareProcessNamespace || validate2179(data.shareProcessNamespace, { instancePath: instancePath + "/shareProcessNamespace", parentData: data, parentDataProperty: "shareProcessNamespace", rootData }) || (errors = (vErrors = null === vErrors ? validate2179.errors : vErrors.concat(validate2179.errors)).length), void 0 === data.subdomain || validate2511(data.subdomain, { instancePath: instancePath + "/subdomain", parentData: data, parentDataProperty: "subdomain", rootData }) || (errors = (vErrors = null === vErrors ? validate2511.errors : vErrors.concat(validate2511.errors)).length), void 0 === data.terminationGracePeriodSeconds || validate2622(data.terminationGracePeriodSeconds, { instancePath: instancePath + "/terminationGracePeriodSeconds", parentData: data, parentDataProperty: "terminationGracePeriodSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate2622.errors : vErrors.concat(validate2622.errors)).length), void 0 === data.tolerations || validate126(data.tolerations, { instancePath: instancePath + "/tolerations", parentData: data, parentDataProperty: "tolerations", rootData }) || (errors = (vErrors = null === vErrors ? validate126.errors : vErrors.concat(validate126.errors)).length), void 0 === data.topologySpreadConstraints || validate1322(data.topologySpreadConstraints, { instancePath: instancePath + "/topologySpreadConstraints", parentData: data, parentDataProperty: "topologySpreadConstraints", rootData }) || (errors = (vErrors = null === vErrors ? validate1322.errors : vErrors.concat(validate1322.errors)).length), void 0 === data.volumes || validate138(data.volumes, { instancePath: instancePath + "/volumes", parentData: data, parentDataProperty: "volumes", rootData }) || (errors = (vErrors = null === vErrors ? validate138.errors : vErrors.concat(validate138.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate278.errors = vErrors, 0 === errors;
};
var formats018 = formats.int64;
function validate2622(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats018.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate2622.errors = vErrors, 0 === errors;
}
function validate2910(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length), validate2910.errors = vErrors, 0 === errors;
}
function validate2179(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2179.errors = vErrors, 0 === errors;
}
function validate2278(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate61(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate61.errors : vErrors.concat(validate61.errors)).length), validate2278.errors = vErrors, 0 === errors;
}
function validate348(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2278(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2278.errors : vErrors.concat(validate2278.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate348.errors = vErrors, 0 === errors;
}
function validate373(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate63(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate63.errors : vErrors.concat(validate63.errors)).length), validate373.errors = vErrors, 0 === errors;
}
var schema17 = { enum: ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"] };
function validate412(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("ClusterFirst" === data || "ClusterFirstWithHostNet" === data || "Default" === data || "None" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema17.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate412.errors = vErrors, 0 === errors;
}
function validate455(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length), validate455.errors = vErrors, 0 === errors;
}
function validate444(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate455(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate455.errors : vErrors.concat(validate455.errors)).length);
  }
  return validate444.errors = vErrors, 0 === errors;
}
function validate513(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate65(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate65.errors : vErrors.concat(validate65.errors)).length), validate513.errors = vErrors, 0 === errors;
}
function validate504(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate513(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate513.errors : vErrors.concat(validate513.errors)).length);
  }
  return validate504.errors = vErrors, 0 === errors;
}
function validate2511(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate2511.errors = vErrors, 0 === errors;
}
function validate623(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length), validate623.errors = vErrors, 0 === errors;
}
function validate614(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate623(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate623.errors : vErrors.concat(validate623.errors)).length);
  }
  return validate614.errors = vErrors, 0 === errors;
}
function validate672(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate2278(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate2278.errors : vErrors.concat(validate2278.errors)).length);
  }
  return validate672.errors = vErrors, 0 === errors;
}
function validate722(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate722.errors = vErrors, 0 === errors;
}
function validate713(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate722(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate722.errors : vErrors.concat(validate722.errors)).length);
  return validate713.errors = vErrors, 0 === errors;
}
function validate752(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate67(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate67.errors : vErrors.concat(validate67.errors)).length), validate752.errors = vErrors, 0 === errors;
}
function validate802(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length), validate802.errors = vErrors, 0 === errors;
}
function validate792(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate802(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate802.errors : vErrors.concat(validate802.errors)).length);
  return validate792.errors = vErrors, 0 === errors;
}
var schema35 = { enum: ["Never", "PreemptLowerPriority"] };
function validate852(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Never" === data || "PreemptLowerPriority" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema35.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate852.errors = vErrors, 0 === errors;
}
var formats22 = formats.int32;
function validate872(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats22.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate872.errors = vErrors, 0 === errors;
}
function validate912(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate68(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate68.errors : vErrors.concat(validate68.errors)).length), validate912.errors = vErrors, 0 === errors;
}
function validate903(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate912(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate912.errors : vErrors.concat(validate912.errors)).length);
  }
  return validate903.errors = vErrors, 0 === errors;
}
function validate972(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate69(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate69.errors : vErrors.concat(validate69.errors)).length), validate972.errors = vErrors, 0 === errors;
}
function validate962(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate972(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate972.errors : vErrors.concat(validate972.errors)).length);
  }
  return validate962.errors = vErrors, 0 === errors;
}
function validate1022(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate53(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length), validate1022.errors = vErrors, 0 === errors;
}
var schema45 = { enum: ["Always", "Never", "OnFailure"] };
function validate1062(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (!("Always" === data || "Never" === data || "OnFailure" === data)) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema45.enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1062.errors = vErrors, 0 === errors;
}
function validate1112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate70(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate70.errors : vErrors.concat(validate70.errors)).length), validate1112.errors = vErrors, 0 === errors;
}
function validate1102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1112(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1112.errors : vErrors.concat(validate1112.errors)).length);
  }
  return validate1102.errors = vErrors, 0 === errors;
}
function validate1162(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null === data || validate73(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length), validate1162.errors = vErrors, 0 === errors;
}
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate127.errors = vErrors, 0 === errors;
}
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate127(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate127.errors : vErrors.concat(validate127.errors)).length);
  }
  return validate126.errors = vErrors, 0 === errors;
}
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate74(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length), validate133.errors = vErrors, 0 === errors;
}
function validate1322(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate133(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate133.errors : vErrors.concat(validate133.errors)).length);
  }
  return validate1322.errors = vErrors, 0 === errors;
}
function validate139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate111(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate111.errors : vErrors.concat(validate111.errors)).length), validate139.errors = vErrors, 0 === errors;
}
function validate138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate139(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate139.errors : vErrors.concat(validate139.errors)).length);
  }
  return validate138.errors = vErrors, 0 === errors;
}

export {
  validate53 as validate,
  validate113 as validate2
};
