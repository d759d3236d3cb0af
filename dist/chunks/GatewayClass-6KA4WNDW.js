import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Model,
  addSchema,
  createTypeMetaGuard,
  register,
  setSchema
} from "./chunk-I446PVI7.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-LBQISY46.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1alpha2/GatewayClass.mjs
var schemaId = "gateway.networking.k8s.io.v1alpha2.GatewayClass";
var schema = {
  "type": "object",
  "properties": {
    "apiVersion": {
      "type": "string",
      "enum": [
        "gateway.networking.k8s.io/v1alpha2"
      ]
    },
    "kind": {
      "type": "string",
      "enum": [
        "GatewayClass"
      ]
    },
    "metadata": {
      "oneOf": [
        {
          "$ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"
        },
        {
          "type": "null"
        }
      ]
    },
    "spec": {
      "properties": {
        "controllerName": {
          "maxLength": 253,
          "minLength": 1,
          "type": "string",
          "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$"
        },
        "parametersRef": {
          "properties": {
            "group": {
              "maxLength": 253,
              "type": "string",
              "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
            },
            "kind": {
              "maxLength": 63,
              "minLength": 1,
              "type": "string",
              "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"
            },
            "name": {
              "maxLength": 253,
              "minLength": 1,
              "type": "string"
            },
            "namespace": {
              "maxLength": 63,
              "minLength": 1,
              "type": "string",
              "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
              "nullable": true
            }
          },
          "required": [
            "group",
            "kind",
            "name"
          ],
          "type": "object",
          "nullable": true
        }
      },
      "required": [
        "controllerName"
      ],
      "type": "object"
    },
    "status": {
      "default": {
        "conditions": [
          {
            "lastTransitionTime": "1970-01-01T00:00:00Z",
            "message": "Waiting for controller",
            "reason": "Waiting",
            "status": "Unknown",
            "type": "Accepted"
          }
        ]
      },
      "properties": {
        "conditions": {
          "default": [
            {
              "lastTransitionTime": "1970-01-01T00:00:00Z",
              "message": "Waiting for controller",
              "reason": "Pending",
              "status": "Unknown",
              "type": "Accepted"
            }
          ],
          "items": {
            "properties": {
              "lastTransitionTime": {
                "format": "date-time",
                "type": "string"
              },
              "message": {
                "maxLength": 32768,
                "type": "string"
              },
              "observedGeneration": {
                "format": "int64",
                "type": "integer",
                "minimum": 0,
                "nullable": true
              },
              "reason": {
                "maxLength": 1024,
                "minLength": 1,
                "type": "string",
                "pattern": "^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$"
              },
              "status": {
                "enum": [
                  "True",
                  "False",
                  "Unknown"
                ],
                "type": "string"
              },
              "type": {
                "maxLength": 316,
                "type": "string",
                "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$"
              }
            },
            "required": [
              "lastTransitionTime",
              "message",
              "reason",
              "status",
              "type"
            ],
            "type": "object"
          },
          "maxItems": 8,
          "type": "array",
          "nullable": true
        }
      },
      "type": "object",
      "nullable": true
    }
  },
  "required": [
    "spec",
    "apiVersion",
    "kind"
  ]
};
var GatewayClass = class _GatewayClass extends Model {
  constructor(data) {
    super({
      apiVersion: _GatewayClass.apiVersion,
      kind: _GatewayClass.kind,
      ...data
    });
  }
};
GatewayClass.apiVersion = "gateway.networking.k8s.io/v1alpha2";
GatewayClass.kind = "GatewayClass";
GatewayClass.is = createTypeMetaGuard(GatewayClass);
setSchema(GatewayClass, schemaId, () => {
  addSchema();
  register(schemaId, schema);
});
export {
  GatewayClass
};
