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

// src/tools/schema-gen.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var SCHEMA_FILES = {
  application: "application.schema.json",
  config: "capstan.schema.json"
};
var BUILTIN_SCHEMA_FILES = {
  application: "application.builtin.schema.json",
  config: "capstan-config.builtin.schema.json"
};
var clone = (v) => JSON.parse(JSON.stringify(v));
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var defKey = (c) => `${c.name}@${c.version}`;
function selectors(registry, name, kind) {
  const out = [];
  const versions = registry.versions(name).filter((c) => c.kind === kind);
  const n = escapeRe(name);
  const pick = (ref) => {
    const r = registry.resolve(ref, kind);
    return "error" in r ? void 0 : r;
  };
  const bare = pick(name);
  if (versions.length === 1 && bare) return [[`^${n}(@.*)?$`, bare]];
  if (bare) out.push([`^${n}$`, bare]);
  const majors = [...new Set(versions.map((c) => c.semver.major))];
  for (const M of majors) {
    const c = pick(`${name}@${M}`);
    if (c) out.push([`^${n}@v?${M}$`, c]);
    const minors = [
      ...new Set(versions.filter((v) => v.semver.major === M).map((v) => v.semver.minor))
    ];
    for (const m of minors) {
      const cm = pick(`${name}@${M}.${m}`);
      if (cm) out.push([`^${n}@v?${M}\\.${m}$`, cm]);
    }
  }
  for (const c of versions) out.push([`^${n}@v?${escapeRe(c.version)}$`, c]);
  return out;
}
function addParameters(defs, c) {
  const key = defKey(c);
  if (defs[key]) return key;
  const schema = clone(c.parameters);
  const local = schema.$defs ?? schema.definitions ?? {};
  delete schema.$defs;
  delete schema.definitions;
  const rewrite = (v) => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (!v || typeof v !== "object") return v;
    const o = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "$ref" && typeof x === "string") {
        const m = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(x);
        o[k] = m ? `#/definitions/${key}.${m[1]}` : x === "#" ? `#/definitions/${key}` : x;
      } else o[k] = rewrite(x);
    }
    return o;
  };
  defs[key] = rewrite(schema);
  for (const [k, v] of Object.entries(local)) defs[`${key}.${k}`] = rewrite(v);
  return key;
}
function discriminate(registry, kind, defs) {
  const out = [];
  for (const name of registry.names(kind)) {
    for (const [pattern, cap] of selectors(registry, name, kind)) {
      const key = addParameters(defs, cap);
      out.push({
        if: { required: ["type"], properties: { type: { type: "string", pattern } } },
        then: {
          properties: {
            properties: { $ref: `#/definitions/${key}` }
          }
        }
      });
    }
  }
  return out;
}
function typeField(registry, kind, description) {
  const names = registry.names(kind);
  if (!names.length) return { $ref: "#/definitions/typeRef" };
  const alt = names.map(escapeRe).join("|");
  return {
    type: "string",
    description,
    anyOf: [
      { enum: names },
      {
        pattern: `^(${alt})@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?$`
      }
    ]
  };
}
function describe(registry, kind) {
  const word = kind === "ComponentType" ? "component type" : kind === "Trait" ? "trait" : "policy";
  return `A ${word}: ${registry.names(kind).join(", ")} (optionally name@1, name@1.2 or name@1.2.3).`;
}
function applicationSchema(registry, id) {
  const s = clone(application_schema_default);
  s.$id = id;
  const defs = s.definitions;
  const comp = defs.component;
  const props = comp.properties;
  props.type = typeField(registry, "ComponentType", describe(registry, "ComponentType"));
  const traits = props.traits;
  const traitItem = traits.items;
  traitItem.properties.type = typeField(registry, "Trait", describe(registry, "Trait"));
  comp.allOf = discriminate(registry, "ComponentType", defs);
  traitItem.allOf = discriminate(registry, "Trait", defs);
  return strip(s);
}
function configSchema(registry, id) {
  const s = clone(capstan_config_schema_default);
  s.$id = id;
  const defs = s.definitions;
  const env = defs.environment;
  const guard = env.properties.guardrails.items;
  if (registry.names("Policy").length) {
    guard.properties.type = typeField(registry, "Policy", describe(registry, "Policy"));
    guard.allOf = discriminate(registry, "Policy", defs);
  }
  defs.typeRef ??= {
    type: "string",
    pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$"
  };
  return strip(s);
}
function strip(v) {
  return JSON.parse(JSON.stringify(v));
}
function schemaTexts(registry, names = SCHEMA_FILES) {
  const text = (v) => JSON.stringify(v, null, 2) + "\n";
  return /* @__PURE__ */ new Map([
    [
      names.application,
      text(applicationSchema(registry, `https://capstan.dev/schemas/${names.application}`))
    ],
    [names.config, text(configSchema(registry, `https://capstan.dev/schemas/${names.config}`))]
  ]);
}
function writeSchemas(registry, out, names = SCHEMA_FILES) {
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const [name, text] of schemaTexts(registry, names)) {
    const p = join(out, name);
    if (!existsSync(p) || readFileSync(p, "utf8") !== text) writeFileSync(p, text);
    written.push(p);
  }
  return written;
}

export {
  SCHEMA_FILES,
  BUILTIN_SCHEMA_FILES,
  applicationSchema,
  configSchema,
  schemaTexts,
  writeSchemas
};
