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
        verify: {
          type: "object",
          additionalProperties: false,
          description: "Promotion gates: what the promotesFrom environment must have proven (commit statuses on the env repo) before capstan promotes to this one (docs/promotion.md).",
          properties: {
            statuses: {
              type: "array",
              minItems: 1,
              items: { type: "string", minLength: 1 },
              description: "Commit-status contexts that must be success on the env-repo commit that last changed the source environment (or a later one): globs, * within one / segment, ** across, e.g. kustomization/capstan-staging/*."
            },
            minAge: {
              type: "string",
              pattern: "^([0-9]+[smhd])+$",
              description: "How long the source environment must have run the revision (since its gates first passed; without statuses, since the env-repo commit), e.g. 10m, 1h30m, 2d."
            }
          }
        },
        autoPromote: {
          type: "boolean",
          default: false,
          description: "Promotion pushes straight to this environment's branch when verified, instead of opening a pull request."
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
  application_schema_default,
  capstan_config_schema_default
};
