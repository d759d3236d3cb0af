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

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1alpha2/ReferenceGrant.mjs
var schemaId = "gateway.networking.k8s.io.v1alpha2.ReferenceGrant";
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
        "ReferenceGrant"
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
        "from": {
          "items": {
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
              "namespace": {
                "maxLength": 63,
                "minLength": 1,
                "type": "string",
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
              }
            },
            "required": [
              "group",
              "kind",
              "namespace"
            ],
            "type": "object"
          },
          "maxItems": 16,
          "minItems": 1,
          "type": "array"
        },
        "to": {
          "items": {
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
                "type": "string",
                "nullable": true
              }
            },
            "required": [
              "group",
              "kind"
            ],
            "type": "object"
          },
          "maxItems": 16,
          "minItems": 1,
          "type": "array"
        }
      },
      "required": [
        "from",
        "to"
      ],
      "type": "object",
      "nullable": true
    }
  },
  "required": [
    "apiVersion",
    "kind"
  ]
};
var ReferenceGrant = class _ReferenceGrant extends Model {
  constructor(data) {
    super({
      apiVersion: _ReferenceGrant.apiVersion,
      kind: _ReferenceGrant.kind,
      ...data
    });
  }
};
ReferenceGrant.apiVersion = "gateway.networking.k8s.io/v1alpha2";
ReferenceGrant.kind = "ReferenceGrant";
ReferenceGrant.is = createTypeMetaGuard(ReferenceGrant);
setSchema(ReferenceGrant, schemaId, () => {
  addSchema();
  register(schemaId, schema);
});
export {
  ReferenceGrant
};
