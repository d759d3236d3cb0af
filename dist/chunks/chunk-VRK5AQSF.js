import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);

// schemas/capstan-config.schema.json
var capstan_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://capstan.dev/schemas/capstan-config.schema.json",
  title: "capstan.yaml",
  description: "capstan configuration: environments, the environment repository, capability sources and Kubernetes versions.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "environments"],
  properties: {
    apiVersion: {
      const: "capstan.dev/v1alpha1",
      description: "Always capstan.dev/v1alpha1."
    },
    kind: { const: "Config", description: "Always Config." },
    requiredVersion: {
      type: "string",
      description: 'capstan versions this repository works with, as a semver range, e.g. ">=0.1.0".'
    },
    apps: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: ["apps/**/*.yaml"],
      description: "Globs (relative to the source root) of files holding OAM Applications."
    },
    envRepo: {
      type: "object",
      additionalProperties: false,
      properties: {
        url: {
          type: "string",
          description: "The environment repository: a URL, owner/name on GitHub, or a local path."
        },
        branch: {
          type: "string",
          default: "main",
          description: "The branch Argo CD or Flux deploys."
        },
        root: {
          type: "string",
          default: "envs",
          pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
          description: "Folder of the environment repository that holds one folder per environment."
        }
      }
    },
    kubeVersion: { $ref: "#/definitions/kubeVersion" },
    environments: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/environment" }
    },
    capabilities: {
      type: "array",
      description: "Capability sources; later entries shadow earlier ones by whole capability name.",
      items: {
        oneOf: [
          { const: "builtin", description: "capstan's built-in capability pack." },
          {
            type: "object",
            additionalProperties: false,
            required: ["path"],
            properties: {
              path: {
                type: "string",
                description: "A folder of the source repository holding capabilities/<name>/<version>/."
              }
            }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["git", "ref"],
            properties: {
              git: { type: "string", description: "Git URL of a capability pack." },
              ref: {
                type: "string",
                description: "Tag, branch or commit; pinned by commit in capstan.lock."
              },
              path: {
                type: "string",
                description: "Folder inside the pack repository (default: its root)."
              }
            }
          }
        ]
      }
    },
    schemas: {
      type: "array",
      items: { type: "string" },
      description: "Globs of CustomResourceDefinition files, for kinds no bundled schema knows."
    }
  },
  definitions: {
    kubeVersion: {
      type: "string",
      pattern: "^1\\.[0-9]{1,2}$",
      description: 'A Kubernetes minor version as a quoted "MAJOR.MINOR" string, e.g. "1.31".'
    },
    environment: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          maxLength: 63,
          description: "Environment name (DNS-1123 label); its folder in the env repo."
        },
        autoDeploy: {
          type: "boolean",
          default: false,
          description: "Rendered and committed on every push to main."
        },
        approval: {
          enum: ["none", "pull-request"],
          default: "none",
          description: "pull-request: the render goes to a branch and a PR instead of a direct push."
        },
        promotesFrom: {
          type: "string",
          description: "Only reachable by promotion from this environment."
        },
        kubeVersion: { $ref: "#/definitions/kubeVersion" },
        policies: {
          type: "array",
          items: { type: "string" },
          description: "Topology policy names that mean this environment (default: [name])."
        },
        namespace: {
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          description: "Namespace used when the Application names none."
        },
        branch: {
          type: "string",
          description: "Branch-per-environment layout: the env repo branch for this environment."
        },
        allowLiteralSecrets: {
          type: "boolean",
          default: false,
          description: "Allow plain Secret objects with literal data."
        },
        createNamespaces: {
          type: "boolean",
          default: false,
          description: "Emit Namespace objects owned by capstan."
        },
        guardrails: {
          type: "array",
          description: "Policy capabilities applied to every object of this environment.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["type"],
            properties: {
              type: {
                type: "string",
                description: "A Policy capability, e.g. image-policy or image-policy@1."
              },
              properties: { type: "object", description: "The policy's parameters." }
            }
          }
        }
      }
    }
  }
};

export {
  capstan_config_schema_default
};
