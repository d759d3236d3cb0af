import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// schemas/application.schema.json
var application_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://capstan.dev/schemas/application.schema.json",
  title: "OAM Application (core.oam.dev/v1beta1)",
  description: "A KubeVela-compatible OAM Application as capstan renders it.",
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: { const: "core.oam.dev/v1beta1" },
    kind: { const: "Application" },
    metadata: {
      type: "object",
      required: ["name"],
      properties: {
        name: {
          type: "string",
          description: "Application name (DNS-1123 label): its folder in each environment."
        },
        namespace: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
        labels: { type: "object", additionalProperties: { type: "string" } },
        annotations: { type: "object", additionalProperties: { type: "string" } }
      }
    },
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["components"],
      properties: {
        components: { type: "array", items: { $ref: "#/definitions/component" } },
        policies: { type: "array", items: { $ref: "#/definitions/policy" } },
        workflow: {
          type: "object",
          properties: {
            steps: { type: "array", items: { $ref: "#/definitions/step" } },
            mode: { type: "object" },
            ref: { type: "string" }
          }
        }
      }
    },
    status: {}
  },
  definitions: {
    typeRef: {
      type: "string",
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$",
      description: "A capability name, optionally with a version: name, name@1, name@v1, name@1.2, name@1.2.3."
    },
    component: {
      type: "object",
      additionalProperties: false,
      required: ["name", "type"],
      properties: {
        name: { type: "string", description: "Component name (DNS-1123 label)." },
        type: { $ref: "#/definitions/typeRef" },
        properties: { type: "object", description: "Parameters of the component type." },
        traits: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["type"],
            properties: {
              type: { $ref: "#/definitions/typeRef" },
              properties: { type: "object" }
            }
          }
        },
        dependsOn: { type: "array", items: { type: "string" } },
        inputs: { type: "array" },
        outputs: { type: "array" },
        externalRevision: { type: "string" },
        scopes: { type: "object" }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      required: ["name", "type"],
      properties: {
        name: { type: "string" },
        type: { type: "string" },
        properties: { type: "object" }
      }
    },
    step: {
      type: "object",
      required: ["name", "type"],
      properties: {
        name: { type: "string" },
        type: { type: "string" },
        properties: { type: "object" },
        dependsOn: { type: "array", items: { type: "string" } },
        inputs: { type: "array" },
        outputs: { type: "array" },
        if: { type: "string" },
        timeout: { type: "string" },
        subSteps: { type: "array" }
      }
    }
  }
};

export {
  application_schema_default
};
