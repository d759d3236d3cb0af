import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Registry,
  capId,
  checkLabelName,
  checkObjectName,
  loadPack,
  parameterValidator
} from "./chunk-3427PZOU.js";
import {
  loadConfig
} from "./chunk-SSJMW5PP.js";
import {
  LOCK_FILE,
  ajvProblems,
  checkLock,
  compareSemVer,
  didYouMean,
  ownValidators,
  parseLock,
  pointerToPath,
  problemAt,
  schemaProperties
} from "./chunk-DFIP6AYO.js";
import {
  YamlError,
  countPath,
  parseYaml,
  parseYamlWithDocs,
  referenceMode
} from "./chunk-NAEY2JMF.js";
import {
  canValidate,
  emptyCrdSet,
  isBundledKind,
  kindInfo,
  loadCrds,
  namespaceNameProblem,
  preloadKinds,
  validateObject
} from "./chunk-UTJQZLM3.js";
import {
  CAPSTAN_VERSION
} from "./chunk-SID65HV4.js";
import {
  APPS_DIR,
  DETAILS_DIR,
  STATE_FILE,
  STATE_SCHEMA_VERSION,
  appDetailPath,
  appFiles,
  appFilesWithHashes,
  detailPath,
  detailText,
  eachIdentity,
  emitIndex,
  indexed,
  isSafeRelPath,
  kustomization,
  needsIdentities,
  objectCount,
  objectIdentity,
  readIndex,
  shardOf,
  shardPath,
  shardText,
  sortedKeys
} from "./chunk-HX64S4PU.js";
import {
  cmp,
  sha256
} from "./chunk-5ETQQFMW.js";
import {
  emitYaml
} from "./chunk-UUCA4ZKB.js";
import {
  Problems,
  UserError
} from "./chunk-N5T7JROX.js";

// src/core/model/app.ts
function loadApps(files) {
  const problems = [];
  const apps = [];
  const seen = /* @__PURE__ */ new Map();
  for (const f of files) {
    const parsed = parseAppFile(f);
    problems.push(...parsed.problems);
    for (const app of parsed.apps) {
      const prev = seen.get(app.name);
      if (prev) {
        problems.push(
          problemAt(
            app.doc,
            ["metadata", "name"],
            `duplicate application "${app.name}" (also in ${prev.doc.file})`,
            "duplicate-app"
          )
        );
        continue;
      }
      seen.set(app.name, app);
      apps.push(app);
    }
  }
  apps.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { apps, problems };
}
var parsedFiles = /* @__PURE__ */ new Map();
var PARSED_FILES_MAX = 2e4;
function warmAppFiles(files) {
  for (const f of files) parseAppFile(f);
}
function parseAppFile(f) {
  const key = f.file + "\0" + f.text;
  const hit = parsedFiles.get(key);
  if (hit) return hit;
  const r = parseAppFileUncached(f);
  if (parsedFiles.size >= PARSED_FILES_MAX) parsedFiles.clear();
  parsedFiles.set(key, r);
  return r;
}
function parseAppFileUncached(f) {
  const problems = [];
  const apps = [];
  let docs;
  try {
    docs = parseYamlWithDocs(f.text);
  } catch (e) {
    if (e instanceof YamlError) {
      problems.push({ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message });
      return { apps, problems };
    }
    throw e;
  }
  docs.forEach((d, docIndex) => {
    const doc = { file: f.file, text: f.text, docIndex };
    if (d.value === null || d.value === void 0) return;
    const v = d.value;
    if (typeof v !== "object" || Array.isArray(v)) {
      problems.push(
        problemAt(
          doc,
          [],
          "expected an Application (a mapping with apiVersion: core.oam.dev/v1beta1, kind: Application)",
          "schema"
        )
      );
      return;
    }
    if (v.kind !== "Application" || v.apiVersion !== "core.oam.dev/v1beta1") {
      problems.push(
        problemAt(
          doc,
          v.kind !== "Application" ? ["kind"] : ["apiVersion"],
          `expected apiVersion: core.oam.dev/v1beta1, kind: Application; found ${String(v.apiVersion)} ${String(v.kind)}`,
          "schema"
        )
      );
      return;
    }
    const validate = ownValidators.app;
    if (!validate(v)) {
      problems.push(...ajvProblems(doc, [], validate.errors));
      return;
    }
    const app = toApp(v, doc, d.text, problems);
    if (app) apps.push(app);
  });
  return { apps, problems };
}
function toApp(v, doc, docText, problems) {
  const { metadata: meta, spec } = v;
  const bad = checkLabelName(meta.name);
  if (bad) {
    problems.push(problemAt(doc, ["metadata", "name"], `application name ${bad}`, "name"));
    return void 0;
  }
  const before = problems.length;
  const components = toComponents(spec.components, doc, problems);
  const policies = toPolicies(spec.policies ?? [], doc, problems);
  const rawSteps = spec.workflow?.steps;
  const steps = rawSteps ? toSteps(rawSteps, doc, problems) : void 0;
  if (problems.length > before) return void 0;
  return {
    name: meta.name,
    namespace: meta.namespace,
    labels: meta.labels ?? {},
    annotations: meta.annotations ?? {},
    doc,
    docText,
    components,
    policies,
    steps
  };
}
function toComponents(raw, doc, problems) {
  const names2 = /* @__PURE__ */ new Set();
  return raw.map((c, index) => {
    const badName = checkLabelName(c.name);
    if (badName)
      problems.push(
        problemAt(doc, ["spec", "components", index, "name"], `component name ${badName}`, "name")
      );
    if (names2.has(c.name))
      problems.push(
        problemAt(
          doc,
          ["spec", "components", index, "name"],
          `duplicate component name "${c.name}"`,
          "duplicate-component"
        )
      );
    names2.add(c.name);
    for (const runtimeOnly of ["dependsOn", "inputs", "outputs"]) {
      if (c[runtimeOnly] !== void 0)
        problems.push(
          problemAt(
            doc,
            ["spec", "components", index, runtimeOnly],
            `"${runtimeOnly}" needs KubeVela's cluster runtime (health-gated ordering and data passing); capstan renders offline and cannot honour it \u2014 remove it, or order rollout with sync waves in the env repo`,
            "runtime-only"
          )
        );
    }
    return {
      name: c.name,
      type: c.type,
      properties: c.properties ?? {},
      traits: (c.traits ?? []).map((t) => ({ type: t.type, properties: t.properties ?? {} })),
      index
    };
  });
}
function toPolicies(raw, doc, problems) {
  const policyNames = /* @__PURE__ */ new Set();
  return raw.map((p, index) => {
    if (policyNames.has(p.name))
      problems.push(
        problemAt(
          doc,
          ["spec", "policies", index, "name"],
          `duplicate policy name "${p.name}"`,
          "duplicate-policy"
        )
      );
    policyNames.add(p.name);
    return { name: p.name, type: p.type, properties: p.properties ?? {}, index };
  });
}
function toSteps(raw, doc, problems) {
  return raw.map((s, index) => {
    for (const runtimeOnly of ["dependsOn", "inputs", "outputs", "if"]) {
      if (s[runtimeOnly] !== void 0)
        problems.push(
          problemAt(
            doc,
            ["spec", "workflow", "steps", index, runtimeOnly],
            `workflow step "${runtimeOnly}" needs KubeVela's cluster runtime; capstan renders offline and cannot honour it`,
            "runtime-only"
          )
        );
    }
    return {
      name: s.name,
      type: s.type,
      properties: s.properties ?? {},
      index,
      raw: s
    };
  });
}

// src/core/common/json.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/render/patch.ts
function setKey(o, k, v) {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
function clone(v) {
  if (Array.isArray(v)) return v.map(clone);
  if (isObj(v)) {
    const o = {};
    for (const k of Object.keys(v)) setKey(o, k, clone(v[k]));
    return o;
  }
  return v;
}
function mergeKeyFor(prop, items) {
  switch (prop) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "volumeClaimTemplates":
      return "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "hostAliases":
      return "ip";
    case "ports": {
      const first = items.find(isObj);
      if (first && "containerPort" in first) return "containerPort";
      if (first && "port" in first) return "port";
      return void 0;
    }
    default:
      return void 0;
  }
}
function strategicMerge(target, patch, prop) {
  if (isObj(patch)) {
    const base = isObj(target) ? target : {};
    const out = {};
    for (const k of Object.keys(base)) setKey(out, k, base[k]);
    for (const k of Object.keys(patch)) {
      const pv = patch[k];
      if (pv === null) delete out[k];
      else setKey(out, k, strategicMerge(base[k], pv, k));
    }
    return out;
  }
  if (Array.isArray(patch) && Array.isArray(target)) {
    const key = mergeKeyFor(prop, [...patch, ...target]);
    if (!key) return clone(patch);
    const out = target.map((x) => x);
    for (const item of patch) {
      if (!isObj(item) || !(key in item)) {
        out.push(clone(item));
        continue;
      }
      const i = out.findIndex((t) => isObj(t) && t[key] === item[key]);
      if (i >= 0) {
        if (item.$patch === "delete") out.splice(i, 1);
        else out[i] = strategicMerge(out[i], item, void 0);
      } else if (item.$patch !== "delete") out.push(clone(item));
    }
    return out;
  }
  return clone(patch);
}
function mergePatch(target, patch) {
  if (!isObj(patch)) return clone(patch);
  const base = isObj(target) ? target : {};
  const out = {};
  for (const k of Object.keys(base)) setKey(out, k, base[k]);
  for (const k of Object.keys(patch)) {
    if (patch[k] === null) delete out[k];
    else setKey(out, k, mergePatch(base[k], patch[k]));
  }
  return out;
}
var PatchError = class extends Error {
};
function jsonPatch(doc, ops, notes) {
  if (!Array.isArray(ops)) throw new PatchError("jsonPatch must be a list of operations");
  let cur = doc;
  ops.forEach((op, i) => {
    if (!isObj(op) || typeof op.op !== "string" || typeof op.path !== "string")
      throw new PatchError(`operation ${i}: needs "op" and "path"`);
    const where = `operation ${i} (${op.op} ${op.path})`;
    try {
      switch (op.op) {
        case "add":
          cur = put(cur, parsePointer(op.path), clone(op.value), "add");
          break;
        case "remove":
          cur = del(cur, parsePointer(op.path));
          break;
        case "replace": {
          const path = parsePointer(op.path);
          if (missingMember(cur, path)) {
            notes?.push(
              `${where}: ${op.path} does not exist yet; replaced as add, as KubeVela does (RFC 6902 would fail)`
            );
            cur = put(cur, path, clone(op.value), "add");
            break;
          }
          get(cur, path);
          cur = put(cur, path, clone(op.value), "replace");
          break;
        }
        case "move": {
          const from = parsePointer(String(op.from));
          const v = get(cur, from);
          cur = put(del(cur, from), parsePointer(op.path), v, "add");
          break;
        }
        case "copy":
          cur = put(
            cur,
            parsePointer(op.path),
            clone(get(cur, parsePointer(String(op.from)))),
            "add"
          );
          break;
        case "test":
          if (JSON.stringify(get(cur, parsePointer(op.path))) !== JSON.stringify(op.value))
            throw new PatchError("test failed");
          break;
        default:
          throw new PatchError(`unknown op "${op.op}"`);
      }
    } catch (e) {
      throw new PatchError(`${where}: ${e.message}`);
    }
  });
  return cur;
}
function missingMember(doc, path) {
  if (!path.length) return false;
  let parent;
  try {
    parent = get(doc, path.slice(0, -1));
  } catch {
    return false;
  }
  return isObj(parent) && !Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]);
}
function parsePointer(p) {
  if (p === "") return [];
  if (!p.startsWith("/")) throw new PatchError(`"${p}" is not a JSON pointer`);
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function get(doc, path) {
  let cur = doc;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      const i = Number(seg);
      if (!/^\d+$/.test(seg) || i >= cur.length) throw new PatchError(`no element ${seg}`);
      cur = cur[i];
    } else if (isObj(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else throw new PatchError(`path does not exist at "${seg}"`);
  }
  return cur;
}
function put(doc, path, value, mode) {
  if (!path.length) return value;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) {
    const out = doc.slice();
    const i = head === "-" ? out.length : Number(head);
    if (!(head === "-" || /^\d+$/.test(head)) || i > out.length)
      throw new PatchError(`bad index ${head}`);
    if (rest.length) out[i] = put(out[i], rest, value, mode);
    else if (mode === "add") out.splice(i, 0, value);
    else out[i] = value;
    return out;
  }
  if (isObj(doc)) {
    const out = {};
    for (const k of Object.keys(doc)) setKey(out, k, doc[k]);
    if (rest.length && !Object.prototype.hasOwnProperty.call(doc, head))
      throw new PatchError(`path does not exist at "${head}"`);
    setKey(out, head, rest.length ? put(doc[head], rest, value, mode) : value);
    return out;
  }
  throw new PatchError(`cannot add to a ${doc === null ? "null" : typeof doc}`);
}
function del(doc, path) {
  if (!path.length) throw new PatchError("cannot remove the whole document");
  const [head, ...rest] = path;
  if (Array.isArray(doc)) {
    const i = Number(head);
    if (!/^\d+$/.test(head) || i >= doc.length) throw new PatchError(`no element ${head}`);
    const out = doc.slice();
    if (rest.length) out[i] = del(out[i], rest);
    else out.splice(i, 1);
    return out;
  }
  if (isObj(doc) && Object.prototype.hasOwnProperty.call(doc, head)) {
    const out = {};
    for (const k of Object.keys(doc)) setKey(out, k, doc[k]);
    if (rest.length) setKey(out, head, del(doc[head], rest));
    else delete out[head];
    return out;
  }
  throw new PatchError(`path does not exist at "${head}"`);
}

// src/core/model/binding.ts
var RUNTIME_POLICY_TYPES = /* @__PURE__ */ new Set([
  "garbage-collect",
  "apply-once",
  "shared-resource",
  "take-over",
  "read-only",
  "replication",
  "resource-update",
  "debug"
]);
function topologyNamespaceProblem(ns) {
  if (ns === void 0) return void 0;
  if (typeof ns !== "string") return `namespace must be a string, got ${JSON.stringify(ns)}`;
  return namespaceNameProblem(ns);
}
function bindApp(app, envs) {
  const problems = [];
  const notices = [];
  const { topology, overrides } = sortPolicies(app, problems, notices);
  const binder = { app, envs, topology, overrides, problems, notices, bindings: [] };
  if (app.steps) for (const s of app.steps) bindStep(binder, s);
  else bindTopologies(binder);
  const bindings2 = binder.bindings;
  bindings2.sort((a, b) => a.env.index - b.env.index);
  return { bindings: bindings2, problems, notices };
}
function sortPolicies(app, problems, notices) {
  const topology = /* @__PURE__ */ new Map();
  const overrides = /* @__PURE__ */ new Map();
  for (const p of app.policies) {
    if (p.type === "topology") {
      topology.set(p.name, p);
      const bad = topologyNamespaceProblem(p.properties.namespace);
      if (bad)
        problems.push(
          problemAt(
            app.doc,
            ["spec", "policies", p.index, "properties", "namespace"],
            bad,
            "namespace",
            {
              app: app.name
            }
          )
        );
      if (p.properties.clusters !== void 0 || p.properties.clusterLabelSelector !== void 0 || p.properties.clusterSelector !== void 0)
        notices.push(
          `${app.doc.file}: app ${app.name}: topology policy "${p.name}" selects clusters; capstan ignores that \u2014 a capstan environment is the deployment target`
        );
    } else if (p.type === "override") overrides.set(p.name, p);
    else if (RUNTIME_POLICY_TYPES.has(p.type))
      notices.push(
        `${app.doc.file}: app ${app.name}: policy "${p.name}" (${p.type}) steers KubeVela's runtime and does not change rendered manifests; ignored`
      );
    else
      problems.push(
        problemAt(
          app.doc,
          ["spec", "policies", p.index, "type"],
          `policy type "${p.type}" is not supported (topology and override shape rendering; ${[...RUNTIME_POLICY_TYPES].join(", ")} are accepted and ignored)`,
          "policy"
        )
      );
  }
  return { topology, overrides };
}
function envForPolicy(envs, name) {
  return envs.find((e) => e.policies.includes(name));
}
function namespaceFor(app, env, topo) {
  return (typeof topo?.properties.namespace === "string" ? topo.properties.namespace : void 0) ?? app.namespace ?? env.namespace ?? "default";
}
function bindStep(b, s) {
  const app = b.app;
  if (s.type === "suspend") {
    b.notices.push(
      `${app.doc.file}: app ${app.name}: workflow step "${s.name}" (suspend) \u2014 approval and promotion are capstan's gates; the step is not needed`
    );
    return;
  }
  if (s.type !== "deploy") {
    b.problems.push(
      problemAt(
        app.doc,
        ["spec", "workflow", "steps", s.index, "type"],
        `workflow step type "${s.type}" is not supported offline; capstan understands deploy and suspend steps`,
        "workflow"
      )
    );
    return;
  }
  const { topos, ovs, unknown } = stepPolicies(b, s);
  if (unknown && !topos.length) return;
  const targets = topos.length ? topos : [void 0];
  for (const t of targets) bindStepTarget(b, s, t, ovs);
}
function stepPolicies(b, s) {
  const { topology, overrides } = b;
  const names2 = Array.isArray(s.properties.policies) ? s.properties.policies : [];
  const topos = [];
  const ovs = [];
  let unknown = false;
  names2.forEach((n, i) => {
    const name = String(n);
    const path = ["spec", "workflow", "steps", s.index, "properties", "policies", i];
    if (topology.has(name)) topos.push(topology.get(name));
    else if (overrides.has(name)) ovs.push(overrides.get(name));
    else {
      unknown = true;
      b.problems.push(
        problemAt(
          b.app.doc,
          path,
          `deploy step "${s.name}" names policy "${name}", which the application does not define${didYouMean(name, [...topology.keys(), ...overrides.keys()])}`,
          "workflow"
        )
      );
    }
  });
  return { topos, ovs, unknown };
}
function bindStepTarget(b, s, t, ovs) {
  const { app, envs, bindings: bindings2 } = b;
  const env = t ? envForPolicy(envs, t.name) : void 0;
  if (t && !env) {
    b.problems.push(
      problemAt(
        app.doc,
        ["spec", "workflow", "steps", s.index, "properties", "policies"],
        `deploy step "${s.name}" targets topology policy "${t.name}", but no environment in capstan.yaml claims it (environments and their policies: ${envs.map((e) => `${e.name} [${e.policies.join(", ")}]`).join("; ")})${didYouMean(
          t.name,
          envs.flatMap((e) => e.policies)
        )}`,
        "unknown-env"
      )
    );
    return;
  }
  const selected = env ? [env] : envs.filter((e) => !bindings2.some((x) => x.env === e));
  for (const e of selected) {
    if (bindings2.some((x) => x.env === e)) {
      b.problems.push(
        problemAt(
          app.doc,
          ["spec", "workflow", "steps", s.index],
          `environment "${e.name}" is targeted by more than one deploy step`,
          "workflow"
        )
      );
      continue;
    }
    bindings2.push({ env: e, namespace: namespaceFor(app, e, t), overrides: ovs });
  }
}
function bindTopologies(b) {
  const { app, envs, bindings: bindings2 } = b;
  const mapped = [...b.topology.values()].map((t) => ({ t, env: envForPolicy(envs, t.name) })).filter((x) => x.env);
  const allOverrides = [...b.overrides.values()];
  if (mapped.length)
    for (const { t, env } of mapped)
      bindings2.push({ env, namespace: namespaceFor(app, env, t), overrides: allOverrides });
  else
    for (const e of envs)
      bindings2.push({ env: e, namespace: namespaceFor(app, e), overrides: allOverrides });
}
function applyOverrides(app, overrides) {
  let comps = app.components;
  for (const ov of overrides) {
    const list = Array.isArray(ov.properties.components) ? ov.properties.components : [];
    comps = comps.map((c) => {
      let out = c;
      for (const raw of list) {
        if (!isObj(raw)) continue;
        if (typeof raw.name === "string" && raw.name !== c.name) continue;
        if (typeof raw.type === "string" && raw.type !== c.type && raw.type.split("@")[0] !== c.type.split("@")[0])
          continue;
        out = overrideOne(out, raw);
      }
      return out;
    });
    if (Array.isArray(ov.properties.selector)) {
      const keep = new Set(ov.properties.selector.map(String));
      comps = comps.filter((c) => keep.has(c.name));
    }
  }
  return comps;
}
function overrideOne(c, o) {
  const properties = isObj(o.properties) ? mergePatch(c.properties, o.properties) : c.properties;
  let traits = c.traits;
  if (Array.isArray(o.traits)) {
    traits = traits.slice();
    for (const t of o.traits) {
      if (!isObj(t) || typeof t.type !== "string") continue;
      const i = traits.findIndex((x) => x.type === t.type);
      if (t.disable === true) {
        if (i >= 0) traits.splice(i, 1);
        continue;
      }
      const props = isObj(t.properties) ? t.properties : {};
      if (i >= 0)
        traits[i] = {
          type: traits[i].type,
          properties: mergePatch(traits[i].properties, props)
        };
      else traits.push({ type: t.type, properties: clone(props) });
    }
  }
  return { ...c, properties, traits };
}

// src/core/model/version-hint.ts
function newerVersionHints(registry, cap, ref, errors) {
  const hints = /* @__PURE__ */ new Map();
  const newer = registry.versions(cap.name).filter((c) => c.kind === cap.kind && compareSemVer(c.semver, cap.semver) > 0);
  if (!newer.length) return hints;
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const prop = String(e.params.additionalProperty);
    const has = [...newer].reverse().find((c) => schemaProperties(c.parameters, e.instancePath).includes(prop));
    if (!has) continue;
    const how = ref.includes("@") ? `write ${cap.name}@${has.version} (the application names ${ref})` : `capstan.lock holds ${cap.version}: capstan lock --update moves to the newest version`;
    hints.set(prop, `; ${cap.name}@${has.version} has "${prop}" \u2014 ${how}`);
  }
  return hints;
}
function withHints(problems, hints) {
  if (!hints.size) return problems;
  return problems.map((p) => {
    const m = /^unknown property "([^"]*)"/.exec(p.message);
    const hint = m ? hints.get(m[1]) : void 0;
    return hint ? { ...p, message: p.message + hint } : p;
  });
}

// src/core/render/pod-template.ts
var BY_KIND = {
  "apps|Deployment": "spec.template",
  "apps|StatefulSet": "spec.template",
  "apps|DaemonSet": "spec.template",
  "apps|ReplicaSet": "spec.template",
  "|ReplicationController": "spec.template",
  "batch|Job": "spec.template",
  "batch|CronJob": "spec.jobTemplate.spec.template",
  "argoproj.io|Rollout": "spec.template",
  "serving.knative.dev|Service": "spec.template"
};
var known = /* @__PURE__ */ new Map();
function defaultPodTemplate(apiVersion, kind) {
  let byKind = known.get(apiVersion);
  if (byKind === void 0) known.set(apiVersion, byKind = /* @__PURE__ */ new Map());
  if (byKind.has(kind)) return byKind.get(kind);
  const slash = apiVersion.indexOf("/");
  const path = BY_KIND[`${slash < 0 ? "" : apiVersion.slice(0, slash)}|${kind}`];
  byKind.set(kind, path);
  return path;
}
function capabilityPodTemplate(cap) {
  if (cap.podTemplate !== void 0) return cap.podTemplate;
  return cap.workload ? defaultPodTemplate(cap.workload.apiVersion, cap.workload.kind) : void 0;
}
function workloadPodTemplate(cap, workload) {
  if (cap.podTemplate !== void 0) return cap.podTemplate;
  if (isObj(workload) && typeof workload.apiVersion === "string" && typeof workload.kind === "string")
    return defaultPodTemplate(workload.apiVersion, workload.kind) ?? capabilityPodTemplate(cap);
  return capabilityPodTemplate(cap);
}
var split = /* @__PURE__ */ new Map();
function segments(path) {
  let segs = split.get(path);
  if (segs === void 0) split.set(path, segs = path.split("."));
  return segs;
}
function atPath(o, path) {
  let cur = o;
  for (const seg of segments(path)) {
    if (!isObj(cur)) return void 0;
    cur = cur[seg];
  }
  return cur;
}
function nestPatch(path, patch) {
  const segs = path.split(".");
  let out = patch;
  for (let i = segs.length - 1; i >= 0; i--) {
    const o = {};
    setKey(o, segs[i], out);
    out = o;
  }
  return out;
}

// src/core/render/run-template.ts
var validated = /* @__PURE__ */ new WeakMap();
function validateParams(cap, props) {
  cap.validate ??= parameterValidator(cap.parameters);
  const keyed = typeof props === "object" && props !== null;
  const hit = keyed ? validated.get(props)?.get(cap) : void 0;
  if (hit) return { value: hit, errors: null };
  const value = clone(props);
  const ok = cap.validate(value);
  if (!ok) return { value, errors: cap.validate.errors ?? [] };
  if (keyed) {
    let byCap = validated.get(props);
    if (!byCap) validated.set(props, byCap = /* @__PURE__ */ new Map());
    byCap.set(cap, value);
  }
  return { value, errors: null };
}
function paramProblems(doc, base, errors, extra, schema, hints) {
  return withHints(ajvProblems(doc, base, errors, extra, schema), hints).map(
    (p) => /^unknown property "[^"]*"$/.test(p.message) ? {
      ...p,
      message: `${p.message}: ${extra.capability} has no such parameter (KubeVela would have ignored it silently; capstan refuses it so a typo cannot pass)`
    } : p
  );
}
function runTemplate(cap, input, allowed, where) {
  const fail = (code, message) => ({
    problem: { file: cap.templateFile, capability: capId(cap), code, ...where, message }
  });
  const broken = cap.templateProblems();
  if (broken.length) return { problem: { ...where, ...broken[0] } };
  const direct = referenceMode() ? void 0 : cap.templateValue?.(input);
  if (direct) {
    countPath("template", "fast");
    return checkKeys(direct, allowed, fail);
  }
  countPath("template", "reference");
  let text;
  try {
    text = cap.template(input);
  } catch (e) {
    return fail("template", `template failed: ${e.message}`);
  }
  let docs;
  try {
    docs = parseYaml(text);
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    const line = (text.split("\n")[e.line - 1] ?? "").trim().slice(0, 120);
    return fail(
      "template-yaml",
      `the rendered template is not valid YAML (rendered line ${e.line}: ${JSON.stringify(line)}): ${e.message}`
    );
  }
  const v = docs.length === 1 ? docs[0] : void 0;
  if (!isObj(v)) {
    if (docs.length === 1 && (v === null || v === void 0)) return { value: {} };
    return fail(
      "template-output",
      `the rendered template must be one mapping with ${[...allowed].join(", ")}`
    );
  }
  return checkKeys(v, allowed, fail);
}
function checkKeys(v, allowed, fail) {
  for (const k of Object.keys(v))
    if (!allowed.has(k))
      return fail(
        "template-output",
        `the rendered template has unknown key "${k}" (allowed: ${[...allowed].join(", ")})`
      );
  return { value: v };
}

// src/core/render/traits.ts
var TRAIT_KEYS = /* @__PURE__ */ new Set([
  "patch",
  "podPatch",
  "jsonPatch",
  "mergePatch",
  "outputs",
  "outputPatches"
]);
function applyTrait(st, ti) {
  const t = st.c.traits[ti];
  const tcap = usableTrait(st, t.type, ti);
  if (!tcap) return;
  const tid = capId(tcap);
  const tparams = validateParams(tcap, t.properties);
  if (tparams.errors) {
    st.problems.push(
      ...paramProblems(
        st.app.doc,
        traitPath(st, ti, "properties"),
        tparams.errors,
        { ...st.where, capability: tid },
        tcap.parameters,
        newerVersionHints(st.registry, tcap, t.type, tparams.errors)
      )
    );
    return;
  }
  const podPath = workloadPodTemplate(st.cap, st.workload);
  const res = runTemplate(tcap, traitInput(st, tcap, tparams.value, podPath), TRAIT_KEYS, st.where);
  if ("problem" in res) {
    st.problems.push(res.problem);
    return;
  }
  st.emitted.push(...tcap.emits);
  if (!applyPatches(st, tcap, tid, res.value, podPath)) return;
  addOutputs(st, res.value.outputs, tcap, tcap.name);
}
function traitPath(st, ti, key) {
  return [...st.compPath, "traits", ti, key];
}
function usableTrait(st, type, ti) {
  const tcap = st.registry.resolve(type, "Trait");
  if ("error" in tcap) {
    st.problems.push(
      problemAt(st.app.doc, traitPath(st, ti, "type"), tcap.error, "unknown-capability", st.where)
    );
    return void 0;
  }
  const cap = st.cap;
  if (!appliesTo(tcap.appliesTo, cap)) {
    const tid = capId(tcap);
    st.problems.push(
      problemAt(
        st.app.doc,
        traitPath(st, ti, "type"),
        `trait ${tid} does not apply to component type ${cap.name} (${cap.workload?.kind ?? "no workload"}); it applies to: ${tcap.appliesTo.join(", ")}`,
        "applies-to",
        { ...st.where, capability: tid }
      )
    );
    return void 0;
  }
  const conflict = earlierConflict(st, tcap, ti);
  if (conflict !== void 0) {
    const reason = tcap.conflictReasons[conflict] ?? st.registry.versions(conflict)[0]?.conflictReasons[tcap.name] ?? "they set the same fields; keep one of them";
    st.problems.push(
      problemAt(
        st.app.doc,
        traitPath(st, ti, "type"),
        `trait "${tcap.name}" conflicts with trait "${conflict}" on component "${st.c.name}": ${reason}`,
        "conflicts-with",
        { ...st.where, capability: capId(tcap) }
      )
    );
    return void 0;
  }
  return tcap;
}
function earlierConflict(st, tcap, ti) {
  const traitTypes = st.traitTypes;
  const conflict = traitTypes.find(
    (other, oi) => oi !== ti && (tcap.conflictsWith.includes(other) || (st.registry.versions(other)[0]?.conflictsWith.includes(tcap.name) ?? false))
  );
  return conflict && traitTypes.indexOf(conflict) < ti ? conflict : void 0;
}
function traitInput(st, tcap, parameter, podPath) {
  const outputsView = {};
  for (const [k, v] of st.outputs) setKey(outputsView, k, v.obj);
  return {
    parameter,
    context: {
      ...st.context,
      output: st.workload,
      outputs: outputsView,
      traitType: tcap.name,
      podTemplatePath: podPath,
      podTemplate: podPath === void 0 ? void 0 : atPath(st.workload, podPath)
    }
  };
}
function applyPatches(st, tcap, tid, r, podPath) {
  try {
    if (r.patch !== void 0 || r.podPatch !== void 0 || r.jsonPatch !== void 0 || r.mergePatch !== void 0)
      patchWorkload(st, tcap, tid, r, podPath);
    if (isObj(r.outputPatches)) patchOutputs(st, r.outputPatches);
  } catch (e) {
    if (!(e instanceof PatchError)) throw e;
    st.problems.push({
      file: tcap.templateFile,
      capability: tid,
      code: "patch",
      ...st.where,
      message: e.message
    });
    return false;
  }
  return true;
}
function patchWorkload(st, tcap, tid, r, podPath) {
  const cap = st.cap;
  if (!isObj(st.workload))
    throw new PatchError(`component type ${capId(cap)} has no workload to patch`);
  if (r.patch !== void 0 && r.patch !== null) st.workload = strategicMerge(st.workload, r.patch);
  if (r.podPatch !== void 0 && r.podPatch !== null) {
    if (podPath === void 0)
      throw new PatchError(
        `podPatch: component type ${capId(cap)} (${cap.workload?.kind ?? "no workload kind"}) has no pod template; a workload capability declares where its pods are with \`podTemplate:\``
      );
    st.workload = strategicMerge(st.workload, nestPatch(podPath, r.podPatch));
  }
  if (r.jsonPatch !== void 0 && r.jsonPatch !== null) {
    const notes = [];
    st.workload = jsonPatch(st.workload, r.jsonPatch, notes);
    for (const n of notes)
      st.notices.push(
        `${st.app.doc.file}: app ${st.app.name}, env ${st.where.env}, component ${st.c.name}, trait ${tid}: ${n}`
      );
  }
  if (r.mergePatch !== void 0 && r.mergePatch !== null)
    st.workload = mergePatch(st.workload, r.mergePatch);
  const workload = st.workload;
  if (isObj(workload) && (workload.kind !== cap.workload?.kind || workload.apiVersion !== cap.workload?.apiVersion))
    st.workloadCap = tcap;
}
function patchOutputs(st, patches) {
  const outputs = st.outputs;
  for (const [name, p] of Object.entries(patches)) {
    const o = outputs.get(name);
    if (!o)
      throw new PatchError(
        `outputPatches names "${name}", which no capability produced (outputs: ${[...outputs.keys()].join(", ") || "none"})`
      );
    outputs.set(name, { obj: strategicMerge(o.obj, p), cap: o.cap });
  }
}
function addOutputs(st, v, from, key) {
  if (v === void 0 || v === null) return;
  const entries = Array.isArray(v) ? v.map((o, i) => [listOutputName(o, from, `${key}${i}`), o]) : isObj(v) ? Object.entries(v) : [];
  if (!Array.isArray(v) && !isObj(v)) {
    st.problems.push({
      file: from.templateFile,
      capability: capId(from),
      code: "template",
      ...st.where,
      message: "`outputs` must be a mapping of name \u2192 object (or a list of objects)"
    });
    return;
  }
  const outputs = st.outputs;
  for (const [name, o] of entries) {
    if (outputs.has(name)) {
      st.problems.push({
        file: from.templateFile,
        capability: capId(from),
        code: "template",
        ...st.where,
        message: `output "${name}" is already produced by ${capId(outputs.get(name).cap)}`
      });
      continue;
    }
    outputs.set(name, { obj: o, cap: from });
  }
}
function listOutputName(o, from, byIndex) {
  if (from.kind !== "Trait" || !isObj(o) || !isObj(o.metadata)) return byIndex;
  const { kind } = o;
  const { name } = o.metadata;
  return typeof kind === "string" && typeof name === "string" ? `${kind}/${name}` : byIndex;
}
var POD_TEMPLATE = "podTemplate";
var applies = /* @__PURE__ */ new WeakMap();
function appliesTo(list, comp) {
  let byComp = applies.get(list);
  if (!byComp) applies.set(list, byComp = /* @__PURE__ */ new WeakMap());
  let r = byComp.get(comp);
  if (r === void 0) byComp.set(comp, r = appliesToUncached(list, comp));
  return r;
}
function appliesToUncached(list, comp) {
  if (list.includes("*")) return true;
  if (list.includes(POD_TEMPLATE) && capabilityPodTemplate(comp) !== void 0) return true;
  const wl = comp.workload;
  for (const a of list) {
    if (a === comp.name) return true;
    if (!wl) continue;
    if (a === wl.kind) return true;
    const group = wl.apiVersion.includes("/") ? wl.apiVersion.split("/")[0] : "";
    const plural = wl.kind.toLowerCase() + "s";
    if (a === (group ? `${plural}.${group}` : plural)) return true;
  }
  return false;
}

// src/core/render/render.ts
var minors = /* @__PURE__ */ new Map();
function kubeMinor(kubeVersion) {
  let m = minors.get(kubeVersion);
  if (m === void 0) minors.set(kubeVersion, m = Number(kubeVersion.split(".")[1]));
  return m;
}
function standardLabels(app, component, type) {
  return {
    "app.kubernetes.io/component": type,
    "app.kubernetes.io/instance": app,
    "app.kubernetes.io/managed-by": "capstan",
    "app.kubernetes.io/name": component,
    "app.kubernetes.io/part-of": app
  };
}
function resolveComponents(app, components, registry) {
  const caps = [];
  const problems = [];
  for (const c of components) {
    const r = registry.resolve(c.type, "ComponentType");
    if ("error" in r)
      problems.push(
        problemAt(app.doc, ["spec", "components", c.index, "type"], r.error, "unknown-capability", {
          app: app.name
        })
      );
    else caps.push(r);
    c.traits.forEach((t, ti) => {
      const tr = registry.resolve(t.type, "Trait");
      if ("error" in tr)
        problems.push(
          problemAt(
            app.doc,
            ["spec", "components", c.index, "traits", ti, "type"],
            tr.error,
            "unknown-capability",
            { app: app.name }
          )
        );
      else caps.push(tr);
    });
  }
  return { caps, problems };
}
function renderApp(app, binding, ctx) {
  const components = applyOverrides(app, binding.overrides);
  const problems = [];
  const objects = [];
  const notices = [];
  for (const c of components) {
    const r = renderComponent(app, c, binding, ctx, notices);
    problems.push(...r.problems);
    objects.push(...r.objects);
  }
  return { objects, problems, notices };
}
var COMPONENT_KEYS = /* @__PURE__ */ new Set(["output", "outputs"]);
function renderComponent(app, c, binding, ctx, notices) {
  const where = { app: app.name, env: binding.env.name, component: c.name };
  const compPath = ["spec", "components", c.index];
  const cap = ctx.registry.resolve(c.type, "ComponentType");
  if ("error" in cap)
    return {
      objects: [],
      problems: [problemAt(app.doc, [...compPath, "type"], cap.error, "unknown-capability", where)]
    };
  const params = validateParams(cap, c.properties);
  if (params.errors)
    return {
      objects: [],
      problems: paramProblems(
        app.doc,
        [...compPath, "properties"],
        params.errors,
        { ...where, capability: capId(cap) },
        cap.parameters,
        newerVersionHints(ctx.registry, cap, c.type, params.errors)
      )
    };
  const labels = standardLabels(app.name, c.name, cap.name);
  const context = componentContext(app, c, binding, cap, labels);
  const out = runTemplate(cap, { parameter: params.value, context }, COMPONENT_KEYS, where);
  if ("problem" in out) return { objects: [], problems: [out.problem] };
  const st = {
    app,
    c,
    registry: ctx.registry,
    notices,
    where,
    compPath,
    cap,
    context,
    workload: out.value.output,
    workloadCap: cap,
    outputs: /* @__PURE__ */ new Map(),
    emitted: [...cap.emits],
    problems: [],
    traitTypes: c.traits.map((t) => t.type.split("@")[0])
  };
  addOutputs(st, out.value.outputs, cap, "object");
  for (let ti = 0; ti < c.traits.length; ti++) applyTrait(st, ti);
  const objects = checkedObjects(st);
  const podPath = workloadPodTemplate(cap, st.workload);
  for (const o of objects)
    finishObject(
      o.obj,
      binding.namespace,
      labels,
      ctx.crds,
      o.obj === st.workload ? podPath : void 0
    );
  return { objects, problems: st.problems };
}
function componentContext(app, c, binding, cap, labels) {
  const env = binding.env;
  return {
    appName: app.name,
    name: c.name,
    namespace: binding.namespace,
    env: env.name,
    kubeVersion: env.kubeVersion,
    kubeMinor: kubeMinor(env.kubeVersion),
    labels,
    componentType: cap.name,
    appLabels: app.labels,
    appAnnotations: app.annotations
  };
}
function checkedObjects(st) {
  const objects = [];
  if (st.workload !== void 0 && st.workload !== null)
    checkObject(st, objects, st.workload, st.workloadCap, "output");
  for (const [name, o] of st.outputs) checkObject(st, objects, o.obj, o.cap, `outputs.${name}`);
  return objects;
}
function checkObject(st, objects, o, from, label) {
  const bad = objectShapeProblem(o, st.emitted);
  if (bad) {
    st.problems.push({
      file: from.templateFile,
      capability: capId(from),
      code: "template-output",
      ...st.where,
      message: `${label}: ${bad}`
    });
    return;
  }
  objects.push({ obj: o, component: st.c.name, capability: capId(from) });
}
function objectShapeProblem(o, emitted2) {
  if (!isObj(o))
    return `must be a Kubernetes object (a mapping), got ${o === null ? "null" : Array.isArray(o) ? "a list" : typeof o}`;
  if (typeof o.apiVersion !== "string" || typeof o.kind !== "string")
    return "needs apiVersion and kind";
  if (!isObj(o.metadata) || typeof o.metadata.name !== "string")
    return `${o.kind} needs metadata.name`;
  if (!emitted2.some(
    (e) => (e.apiVersion === "*" || e.apiVersion === o.apiVersion) && (e.kind === "*" || e.kind === o.kind)
  ))
    return `${o.apiVersion} ${o.kind} is not among the kinds the capability declares in \`emits\` (${emitted2.map((e) => `${e.apiVersion} ${e.kind}`).join(", ") || "none"})`;
  return void 0;
}
function finishObject(o, namespace, labels, crds, podPath) {
  const info = kindInfo(o.apiVersion, o.kind, crds);
  const meta = o.metadata;
  if (info?.scope === "Cluster") delete meta.namespace;
  else if (meta.namespace === void 0 || meta.namespace === null) meta.namespace = namespace;
  meta.labels = { ...isObj(meta.labels) ? meta.labels : {}, ...labels };
  for (const tpl of podTemplates(o, podPath)) {
    const m = isObj(tpl.metadata) ? tpl.metadata : tpl.metadata = {};
    m.labels = {
      ...isObj(m.labels) ? m.labels : {},
      ...labels
    };
  }
}
function podTemplates(o, podPath) {
  const path = podPath ?? defaultPodTemplate(o.apiVersion, o.kind);
  if (path !== void 0) {
    const tpl = atPath(o, path);
    return isObj(tpl) ? [tpl] : [];
  }
  const spec = o.spec;
  if (!isObj(spec)) return [];
  if (isObj(spec.template) && isObj(spec.template.spec)) return [spec.template];
  if (isObj(spec.jobTemplate) && isObj(spec.jobTemplate.spec) && isObj(spec.jobTemplate.spec.template))
    return [spec.jobTemplate.spec.template];
  return [];
}

// src/core/checks/guardrails.ts
var POLICY_KEYS = /* @__PURE__ */ new Set(["patch", "violations"]);
function resolveGuardrails(env, registry, configDoc) {
  const problems = [];
  const guardrails = [];
  for (const g of env.guardrails) {
    const path = ["environments", env.index, "guardrails", g.index];
    const cap = registry.resolve(g.type, "Policy");
    if ("error" in cap) {
      problems.push(
        problemAt(configDoc, [...path, "type"], cap.error, "unknown-capability", { env: env.name })
      );
      continue;
    }
    const p = validateParams(cap, g.properties);
    if (p.errors) {
      problems.push(
        ...ajvProblems(configDoc, [...path, "properties"], p.errors, {
          env: env.name,
          capability: capId(cap)
        })
      );
      continue;
    }
    guardrails.push({ cap, parameter: p.value });
  }
  return { guardrails, problems };
}
function applies2(cap, o) {
  for (const a of cap.appliesTo) {
    if (a === "*" || a === o.kind) return true;
    const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
    if (a === (group ? `${o.kind.toLowerCase()}s.${group}` : `${o.kind.toLowerCase()}s`))
      return true;
  }
  return false;
}
function applyGuardrails(app, env, objects, guardrails) {
  const problems = [];
  for (const g of guardrails) {
    const id = capId(g.cap);
    for (const r of objects) {
      if (!applies2(g.cap, r.obj)) continue;
      const where = { app, env: env.name, component: r.component };
      const res = runTemplate(
        g.cap,
        {
          parameter: g.parameter,
          context: {
            object: r.obj,
            appName: app,
            name: r.component,
            env: env.name,
            kubeVersion: env.kubeVersion,
            namespace: r.obj.metadata.namespace
          }
        },
        POLICY_KEYS,
        where
      );
      if ("problem" in res) {
        problems.push(res.problem);
        continue;
      }
      const v = res.value;
      if (Array.isArray(v.violations))
        for (const x of v.violations) {
          const path = isObj(x) && typeof x.path === "string" ? x.path : void 0;
          const msg = isObj(x) && typeof x.message === "string" ? x.message : JSON.stringify(x);
          problems.push({
            ...where,
            capability: id,
            path,
            code: "policy-violation",
            message: `${id} rejects ${r.obj.kind} "${String(r.obj.metadata.name)}" (app ${app}, component ${r.component})${path ? ` at ${path}` : ""}: ${msg}`
          });
        }
      if (v.patch !== void 0 && v.patch !== null) {
        try {
          r.obj = strategicMerge(r.obj, v.patch);
        } catch (e) {
          if (!(e instanceof PatchError)) throw e;
          problems.push({ ...where, capability: id, code: "patch", message: e.message });
        }
      }
    }
  }
  return problems;
}

// src/core/model/source.ts
import { createHash } from "node:crypto";
function packDigest(pack) {
  let d = packDigests.get(pack);
  if (d === void 0) {
    const h = createHash("sha256");
    h.update(`${pack.source}\0${pack.commit ?? ""}\0${pack.displayRoot}\0`);
    for (const [p, t] of pack.files) h.update(`${p.length}:${p}\0${t.length}:${t}\0`);
    packDigests.set(pack, d = h.digest("hex"));
  }
  return d;
}
var packDigests = /* @__PURE__ */ new WeakMap();

// src/core/plan/unchanged.ts
import { createHash as createHash2 } from "node:crypto";
function inputsDigest(input) {
  const h = createHash2("sha256");
  const part = (s) => void h.update(`${s.length}:${s}\0`);
  part(CAPSTAN_VERSION);
  part(input.sourceRepo);
  part(input.config.text);
  part(input.lock?.text ?? "\0none");
  for (const f of input.crdFiles) {
    part(f.file);
    part(f.text);
  }
  for (const pack of input.packs) part(packDigest(pack));
  return h.digest("hex");
}
function fileDigests(input) {
  return new Map(input.apps.map((f) => [f.file, sha256(f.text)]));
}
function names(list) {
  return list ? list.split(" ") : [];
}
function certified(state, sourceRepo, inputs, digests) {
  const out = /* @__PURE__ */ new Map();
  const rec = state?.sources?.[sourceRepo];
  if (!state || !rec || rec.inputs !== inputs) return out;
  for (const [file, digest] of digests) {
    const r = rec.files[file];
    if (!r || r.digest !== digest) continue;
    const apps = names(r.apps);
    const bound = new Set(names(r.bound));
    const consistent = apps.every((app) => {
      const e = state.apps[app];
      const ours = e !== void 0 && e.sourceRepo === sourceRepo;
      return bound.has(app) ? ours && !needsIdentities(e) : !ours;
    });
    if (consistent && [...bound].every((a) => apps.includes(a))) out.set(file, r);
  }
  return out;
}
function unchangedAcross(states, sourceRepo, inputs, digests) {
  if (!states.length) return void 0;
  let common;
  for (const s of states) {
    const c = certified(s, sourceRepo, inputs, digests);
    if (!common) common = c;
    else
      for (const [f, r] of common) {
        const o = c.get(f);
        if (!o || o.apps !== r.apps || o.caps !== r.caps) common.delete(f);
      }
    if (!common.size) return void 0;
  }
  const apps = /* @__PURE__ */ new Map();
  for (const [f, r] of common) for (const a of names(r.apps)) apps.set(a, f);
  const caps = /* @__PURE__ */ new Set();
  for (const r of common.values()) for (const c of names(r.caps)) caps.add(c);
  return { files: common, apps, caps: [...caps].sort() };
}

// src/core/plan/source.ts
function loadSource(input, previous) {
  const inputs = inputsDigest(input);
  const digests = fileDigests(input);
  if (!previous) return loadWith(input, inputs, digests);
  if (referenceMode()) {
    countPath("parse", "reference");
    return loadWith(input, inputs, digests);
  }
  const skip = unchangedAcross(previous, input.sourceRepo, inputs, digests);
  if (skip) {
    const part = loadWith(input, inputs, digests, skip);
    if (skipHolds(part, skip)) {
      countPath("parse", "fast");
      return part;
    }
  }
  return loadWith(input, inputs, digests);
}
function skipHolds(src, skip) {
  if (src.config.environments.some((e) => e.createNamespaces)) return false;
  if (src.apps.some((a) => skip.apps.has(a.name))) return false;
  return skip.caps.every((id) => resolveId(src.registry, id) !== void 0);
}
function resolveId(registry, id) {
  const at = id.lastIndexOf("@");
  return registry.versions(id.slice(0, at)).find((c) => c.version === id.slice(at + 1));
}
function everyApp(src) {
  if (!src.unchanged) return src;
  let full = fullSources.get(src);
  if (!full) fullSources.set(src, full = loadWith(src.input, src.inputsDigest, src.fileDigests));
  return full;
}
var fullSources = /* @__PURE__ */ new WeakMap();
function loadWith(input, inputsDigest2, fileDigests2, unchanged) {
  const config = loadConfig(input.config);
  const problems = new Problems();
  const notices = [];
  const caps = [];
  for (const pack of input.packs) {
    const r = loadPackOnce(pack);
    problems.addAll(r.problems);
    caps.push([...r.capabilities]);
  }
  let lock;
  if (input.lock) {
    const r = parseLock(input.lock);
    problems.addAll(r.problems);
    lock = r.lock;
  }
  const registry = new Registry(caps, lock);
  const apps = loadApps(
    unchanged ? input.apps.filter((f) => !unchanged.files.has(f.file)) : input.apps
  );
  problems.addAll(apps.problems);
  if (!input.apps.length) notices.push(`no application files match ${config.apps.join(", ")}`);
  const crdDocs = [];
  for (const f of input.crdFiles) {
    try {
      for (const v of parseYaml(f.text))
        if (v !== null && v !== void 0) crdDocs.push({ value: v, file: f.file });
    } catch (e) {
      if (!(e instanceof YamlError)) throw e;
      problems.add({ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message });
    }
  }
  let crds = emptyCrdSet();
  if (crdDocs.length) {
    const r = loadCrds(crdDocs);
    crds = r.crds;
    for (const p of r.problems) problems.add({ file: p.file, code: "crd", message: p.message });
  }
  problems.throwIfAny();
  const crdDigest = sha256(input.crdFiles.map((f) => f.file + "\0" + f.text).join("\0"));
  return {
    config,
    apps: apps.apps,
    ...unchanged ? { unchanged } : {},
    inputsDigest: inputsDigest2,
    fileDigests: fileDigests2,
    registry,
    crds,
    crdDigest,
    lock,
    input,
    sourceRepo: input.sourceRepo,
    commit: input.commit,
    notices
  };
}
var loadedPacks = /* @__PURE__ */ new Map();
function loadPackOnce(pack) {
  const key = packDigest(pack);
  let r = loadedPacks.get(key);
  if (!r) loadedPacks.set(key, r = loadPack(pack));
  return r;
}
var bindings = /* @__PURE__ */ new WeakMap();
function bindOnce(app, envs) {
  let hits = bindings.get(app);
  const hit = hits?.find((h) => h.envs === envs);
  if (hit) return hit.r;
  const r = bindApp(app, envs);
  if (!hits) bindings.set(app, hits = []);
  if (hits.length >= 2) hits.shift();
  hits.push({ envs, r });
  return r;
}
var bindingCaps = /* @__PURE__ */ new WeakMap();
function resolveBinding(src, app, b) {
  const hit = bindingCaps.get(b);
  if (hit?.registry === src.registry && hit.epoch === src.registry.epoch) return hit.r;
  const r = resolveComponents(app, applyOverrides(app, b.overrides), src.registry);
  bindingCaps.set(b, { registry: src.registry, epoch: src.registry.epoch, r });
  return r;
}
function usedCapabilities(src, envs = src.config.environments) {
  if (!src.unchanged) return appCapabilities(src, envs);
  if (envs.length !== src.config.environments.length) return appCapabilities(everyApp(src), envs);
  const r = appCapabilities(src, envs);
  const recorded = src.unchanged.caps.map((id) => resolveId(src.registry, id));
  const caps = [...r.caps, ...recorded.filter((c) => c !== void 0)];
  return { caps: byNameAndVersion(caps), problems: r.problems };
}
function byNameAndVersion(caps) {
  const uniq = /* @__PURE__ */ new Map();
  for (const c of new Set(caps)) uniq.set(`${c.name}@${c.version}`, c);
  return [...uniq.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version));
}
function appCapabilities(src, envs) {
  const caps = [];
  const problems = [];
  for (const env of envs) {
    const g = resolveGuardrails(env, src.registry, src.config.doc);
    problems.push(...g.problems);
    caps.push(...g.guardrails.map((x) => x.cap));
  }
  for (const app of src.apps) {
    const r = capabilitiesOf(src, app, envs);
    problems.push(...r.problems);
    caps.push(...r.caps);
  }
  return {
    caps: byNameAndVersion(caps),
    problems: dedupe(problems)
  };
}
function capabilitiesOf(src, app, envs = src.config.environments) {
  const all = bindOnce(app, src.config.environments);
  const bindings2 = all.bindings.filter((b) => envs.includes(b.env));
  const resolved = bindings2.length ? bindings2.map((b) => resolveBinding(src, app, b)) : [resolveComponents(app, app.components, src.registry)];
  return {
    caps: resolved.flatMap((r) => r.caps),
    problems: [...all.problems, ...resolved.flatMap((r) => r.problems)]
  };
}
function dedupe(ps) {
  const seen = /* @__PURE__ */ new Set();
  return ps.filter((p) => {
    const k = `${p.file}:${p.line}:${p.col}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
async function prepare(src, envs, opts) {
  const used = usedCapabilities(src, envs);
  const problems = new Problems();
  problems.addAll(used.problems);
  const lock = checkLock(used.caps, src.lock, LOCK_FILE, opts.frozen ?? false);
  problems.addAll(lock.problems);
  problems.throwIfAny();
  if (opts.preload !== false) await preloadKinds(kindsToPreload(src, used.caps));
  return { caps: used.caps, notices: lock.notices };
}
function kindsToPreload(src, caps) {
  const emits = caps.flatMap((c) => c.emits);
  const kinds = emits.filter((k) => k.kind !== "*" && k.apiVersion !== "*");
  if (kinds.length === emits.length) return kinds;
  const scan = (v) => {
    if (Array.isArray(v)) v.forEach(scan);
    else if (isObj(v)) {
      if (typeof v.apiVersion === "string" && typeof v.kind === "string")
        kinds.push({ apiVersion: v.apiVersion, kind: v.kind });
      Object.values(v).forEach(scan);
    }
  };
  for (const app of src.apps)
    for (const c of app.components) {
      scan(c.properties);
      c.traits.forEach((t) => scan(t.properties));
    }
  for (const p of src.apps.flatMap((a) => a.policies)) scan(p.properties);
  return kinds;
}

// src/core/plan/namespaces.ts
var NAMESPACES_APP = "_namespaces";
var SHARED_OWNER = "capstan";
var NEVER_CREATED = /* @__PURE__ */ new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);
function namespaceIdentities(state) {
  const out = {};
  for (const p of Object.keys(state.files)) {
    const name = /^_namespaces\/namespace-(.+)\.yaml$/.exec(p)?.[1];
    if (name) out[`Namespace/${name}`] = "createNamespaces";
  }
  return out;
}
function planNamespaces(wanted, prev, commit, changes) {
  const had = new Set(
    Object.keys(prev?.files ?? {}).map((p) => /^_namespaces\/namespace-(.+)\.yaml$/.exec(p)?.[1]).filter((n) => !!n)
  );
  const all = [.../* @__PURE__ */ new Set([...had, ...wanted])].filter((n) => !NEVER_CREATED.has(n)).sort();
  const objects = all.map((name) => ({
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name, labels: { "app.kubernetes.io/managed-by": "capstan" } }
  }));
  const files = /* @__PURE__ */ new Map();
  for (const [p, t] of appFiles(objects)) files.set(`${NAMESPACES_APP}/${p}`, t);
  const hashes = {};
  const added = [];
  for (const [p, t] of files) {
    hashes[p] = sha256(t);
    if (prev?.files[p] !== hashes[p]) {
      changes.set(p, t);
      if (!p.endsWith("/kustomization.yaml")) added.push(p);
    }
  }
  const inputDigest2 = sha256(all.join("\n"));
  const state = {
    sourceRepo: SHARED_OWNER,
    commit: added.length || !prev ? commit : prev.commit,
    inputDigest: inputDigest2,
    files: hashes
  };
  return {
    state,
    outcome: added.length ? {
      name: NAMESPACES_APP,
      change: prev ? "changed" : "added",
      added,
      changed: [],
      removed: [],
      files
    } : void 0
  };
}

// src/core/plan/identities.ts
function identityClashes(env, apps, sourceRepo, specs, before = {}) {
  const fresh = /* @__PURE__ */ new Set();
  for (const app in apps) {
    const entry = apps[app];
    const old = before[app];
    if (old === entry) continue;
    const had = /* @__PURE__ */ new Set();
    if (old && !needsIdentities(old)) eachIdentity(old.objects, (id) => had.add(id));
    eachIdentity(entry.objects, (id) => {
      if (!had.has(id)) fresh.add(id);
    });
  }
  if (!fresh.size) return [];
  const owners = /* @__PURE__ */ new Map();
  const problems = [];
  let byName;
  for (const app of Object.keys(apps).sort(cmp)) {
    const entry = apps[app];
    const all = before[app] !== entry;
    eachIdentity(entry.objects, (id, component) => {
      if (!all && !fresh.has(id)) return;
      const first = owners.get(id);
      if (!first) {
        owners.set(id, { app, component, entry });
        return;
      }
      const second = { app, component, entry };
      if (first.entry.sourceRepo !== sourceRepo && entry.sourceRepo !== sourceRepo) return;
      problems.push(clashProblem(env, id, first, second, sourceRepo, byName ??= named(specs)));
    });
  }
  return problems;
}
function named(specs) {
  return new Map(specs.map((a) => [a.name, a]));
}
function describe(o, sourceRepo) {
  if (o.app === NAMESPACES_APP)
    return `the Namespace objects \`createNamespaces\` writes (${o.entry.source ?? "capstan.yaml"})`;
  const file = o.entry.source ?? "source file not recorded";
  const where = o.entry.sourceRepo === sourceRepo ? file : `${o.entry.sourceRepo}: ${file}`;
  return `app "${o.app}" (component "${o.component}", ${where})`;
}
function clashProblem(env, id, first, second, sourceRepo, specs) {
  const message = `${id} is rendered by both ${describe(first, sourceRepo)} and ${describe(second, sourceRepo)} in environment "${env}"; one identity (kind, group, namespace, name) can hold one object, and kustomize refuses the whole environment \u2014 give one of them another name or namespace`;
  const here = [second, first].find((o) => o.entry.sourceRepo === sourceRepo);
  const spec = specs.get(here.app);
  const component = spec?.components.find((c) => c.name === here.component);
  const extra = { app: here.app, env, component: here.component };
  if (spec && component)
    return problemAt(
      spec.doc,
      ["spec", "components", component.index, "name"],
      message,
      "duplicate-object",
      extra
    );
  return { file: here.entry.source, code: "duplicate-object", message, ...extra };
}

// src/core/plan/state-file.ts
var READABLE_SCHEMA_VERSIONS = /* @__PURE__ */ new Set([1, 2, 3, 4]);
function detailFileOf(schemaVersion) {
  return schemaVersion >= 4 ? detailPath : appDetailPath;
}
var DetailsNotLoaded = class extends Error {
  constructor(source, file) {
    super(`the detail file ${source.display}/${file} is not loaded`);
    this.source = source;
    this.file = file;
  }
};
async function withDetails(f, ahead2) {
  if (ahead2) await preloadDetails(ahead2.state, ahead2.apps);
  for (let round = 0; ; round++) {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof DetailsNotLoaded) || round > 16) throw e;
      await e.source.loadAll();
    }
  }
}
async function preloadDetails(state, apps) {
  if (!state) return;
  const bySource = /* @__PURE__ */ new Map();
  for (const app of new Set(apps)) {
    const e = state.apps[app];
    const source = e ? entrySource.get(e) : void 0;
    if (!source || !("load" in source)) continue;
    let list = bySource.get(source);
    if (!list) bySource.set(source, list = { apps: [], files: [] });
    list.apps.push(app);
    list.files.push(entryFileOf.get(e)(app));
  }
  await Promise.all([...bySource].map(([source, l]) => source.load(l.apps, l.files)));
}
var entrySource = /* @__PURE__ */ new WeakMap();
var entryFileOf = /* @__PURE__ */ new WeakMap();
var detailRead = /* @__PURE__ */ new WeakMap();
function stateChanges(prev, next) {
  const out = /* @__PURE__ */ new Map();
  const text = emitState(next);
  if (text !== (prev ? stateText(prev) : void 0)) out.set(STATE_FILE, text);
  const sharded = prev !== void 0 && prev.schemaVersion >= 4;
  const byShard = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Set();
  for (const app of sortedKeys(next.apps)) {
    const shard = shardOf(app);
    const list = byShard.get(shard);
    if (list) list.push(app);
    else byShard.set(shard, [app]);
    const e = next.apps[app];
    if (!sharded || prev.apps[app] !== e || !indexed.has(e)) touched.add(shard);
  }
  const before = /* @__PURE__ */ new Map();
  if (prev)
    for (const app in prev.apps) {
      if (prev.schemaVersion === 3) out.set(appDetailPath(app), null);
      if (!sharded) continue;
      const shard = shardOf(app);
      if (!before.has(shard)) before.set(shard, app);
      if (!(app in next.apps)) touched.add(shard);
    }
  for (const shard of [...touched].sort()) {
    const apps = byShard.get(shard);
    const was = before.get(shard);
    if (!apps) {
      if (was !== void 0) out.set(shardPath(shard), null);
      continue;
    }
    const detail = shardText(new Map(apps.map((a) => [a, emitDetail(next.apps[a])])));
    if (was !== void 0 && readShard(prev.apps[was]) === detail) continue;
    out.set(shardPath(shard), detail);
  }
  return out;
}
function readShard(a) {
  void a.files;
  return detailRead.get(a);
}
function isStateFile(path) {
  return path === STATE_FILE || (path.startsWith(`${DETAILS_DIR}/`) || path.startsWith(`${APPS_DIR}/`)) && path.endsWith(".json");
}
function emitState(s) {
  const known2 = emitted.get(s);
  if (known2 !== void 0) return known2;
  const text = emitIndex(s);
  emitted.set(s, text);
  return text;
}
function emitDetail(a) {
  return ahead.get(a) ?? detailText(a.files, a.objects);
}
var ahead = /* @__PURE__ */ new WeakMap();
function emittedAhead(entry, text) {
  ahead.set(entry, text);
}
var emitted = /* @__PURE__ */ new WeakMap();
var readFrom = /* @__PURE__ */ new WeakMap();
function stateText(s) {
  return readFrom.get(s) ?? emitState(s);
}
function parseState(text, details) {
  const key = details?.key ?? "";
  const hit = parsedStates.get(text);
  if (hit && hit.key === key) return hit.result;
  const result = parseStateUncached(text, details ?? NO_DETAILS);
  if (parsedStates.size >= 8) parsedStates.delete(parsedStates.keys().next().value);
  parsedStates.set(text, { key, result });
  return result;
}
var parsedStates = /* @__PURE__ */ new Map();
var NO_DETAILS = { key: "", display: ".", read: () => void 0 };
function parseStateUncached(text, details) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { error: `is not valid JSON (${e.message})` };
  }
  const s = v;
  if (!s || typeof s !== "object" || typeof s.apps !== "object" || s.apps === null || Array.isArray(s.apps))
    return { error: "is not a capstan state file (needs schemaVersion and apps)" };
  if (!READABLE_SCHEMA_VERSIONS.has(s.schemaVersion))
    return {
      error: `has schemaVersion ${String(s.schemaVersion)}; this capstan understands ${[...READABLE_SCHEMA_VERSIONS].join(", ")}`
    };
  if (s.schemaVersion >= 3) return readIndexed(s, text, details, detailFileOf(s.schemaVersion));
  for (const name in s.apps) {
    const problem = entryProblem(name, s.apps[name]);
    if (problem) return { error: problem };
  }
  if (s.sources !== void 0 && !validSources(s.sources)) delete s.sources;
  readFrom.set(s, text);
  return s;
}
function readIndexed(s, text, details, fileOf) {
  const r = readIndex(s.apps, s.sources);
  if ("error" in r) return r;
  const state = {
    schemaVersion: s.schemaVersion,
    capstanVersion: s.capstanVersion,
    apps: {}
  };
  for (const [name, { entry, count, identities }] of r.apps) {
    indexed.set(entry, { count, identities });
    entrySource.set(entry, details);
    entryFileOf.set(entry, fileOf);
    readLazily(name, entry, details, s.schemaVersion >= 4);
    state.apps[name] = entry;
  }
  if (r.sources) state.sources = r.sources;
  readFrom.set(state, text);
  return state;
}
function readLazily(name, a, details, sharded) {
  let detail;
  const get2 = () => detail ??= readDetail(name, a, details, sharded);
  Object.defineProperty(a, "files", { get: () => get2().files, enumerable: true });
  Object.defineProperty(a, "objects", { get: () => get2().objects, enumerable: true });
}
var parsedDetails = /* @__PURE__ */ new WeakMap();
function parseDetailFile(details, rel, text, file) {
  let byFile = parsedDetails.get(details);
  if (!byFile) parsedDetails.set(details, byFile = /* @__PURE__ */ new Map());
  const hit = byFile.get(rel);
  if (hit && hit.text === text) return hit.value;
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw corruptDetail(file, `is not valid JSON (${e.message})`);
  }
  byFile.set(rel, { text, value: v });
  return v;
}
function readDetail(name, a, details, sharded) {
  const rel = entryFileOf.get(a)(name);
  const text = details.read(rel);
  const file = `${details.display}/${rel}`;
  if (text === void 0)
    throw corruptDetail(
      file,
      `is missing (${STATE_FILE} lists app "${name}"${sharded ? `, whose detail it holds` : ""})`
    );
  const v = parseDetailFile(details, rel, text, file);
  const d = sharded && v && typeof v === "object" && !Array.isArray(v) && Object.hasOwn(v, name) ? v[name] : sharded ? void 0 : v;
  if (sharded && d === void 0)
    throw corruptDetail(file, `does not hold app "${name}" (${STATE_FILE} lists it)`);
  if (!d || typeof d !== "object" || typeof d.files !== "object" || d.files === null)
    throw corruptDetail(
      file,
      `is not an app's detail (needs files${sharded ? ` for "${name}"` : ""})`
    );
  const problem = filesProblem(name, d.files, d.objects);
  if (problem) throw corruptDetail(file, problem);
  detailRead.set(a, text);
  return d;
}
function corruptDetail(file, why) {
  return new UserError([
    {
      file,
      code: "corrupt-state",
      message: `${file} ${why}; capstan will not overwrite files it cannot account for \u2014 restore it from the env repo's history (git log -- ${file})`
    }
  ]);
}
function validSources(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const r of Object.values(v)) {
    if (typeof r !== "object" || r === null) return false;
    const { inputs, files } = r;
    if (typeof inputs !== "string") return false;
    if (typeof files !== "object" || files === null || Array.isArray(files)) return false;
    for (const f of Object.values(files)) {
      const x = f;
      if (typeof x !== "object" || x === null) return false;
      if (typeof x.digest !== "string" || typeof x.apps !== "string") return false;
      if (typeof x.bound !== "string" || typeof x.caps !== "string") return false;
    }
  }
  return true;
}
function entryProblem(name, a) {
  if (!a || typeof a !== "object" || typeof a.inputDigest !== "string" || typeof a.commit !== "string" || typeof a.files !== "object" || a.files === null)
    return `entry for app "${name}" is malformed (needs sourceRepo, commit, inputDigest, files)`;
  if (a.source !== void 0 && typeof a.source !== "string")
    return `entry for app "${name}" has a malformed source`;
  return filesProblem(name, a.files, a.objects);
}
function filesProblem(name, files, objects) {
  if (objects !== void 0 && !isStringMap(objects))
    return `entry for app "${name}" has malformed objects (identity \u2192 component name)`;
  for (const p in files) {
    if (!isSha256Hex(files[p])) return `entry for app "${name}" has a malformed digest for ${p}`;
    if (!isSafeRelPath(p))
      return `entry for app "${name}" names a path outside the environment: ${p}`;
  }
  return void 0;
}
function isStringMap(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const k in v) if (typeof v[k] !== "string") return false;
  return true;
}
function isSha256Hex(h) {
  if (typeof h !== "string" || h.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = h.charCodeAt(i);
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return false;
  }
  return true;
}

// src/core/plan/hydrator.ts
var HYDRATOR_FILE = "hydrator.metadata";
var README_FILE = "README.md";
var README_MARKER = "<!-- generated by capstan; do not edit: the next render rewrites it -->";
function isBookkeeping(rel) {
  return isStateFile(rel) || rel === HYDRATOR_FILE || rel === README_FILE;
}
function commands(h) {
  return [`npx capstan@${CAPSTAN_VERSION} render --source . --env ${h.env} --out rendered`];
}
function hydratorMetadata(h) {
  const m = h.meta ?? {};
  const doc = {};
  if (m.repoURL) doc.repoURL = m.repoURL;
  doc.drySha = h.drySha;
  doc.commands = commands(h);
  if (m.author) doc.author = m.author;
  if (m.date) doc.date = m.date;
  if (m.subject) doc.subject = m.subject;
  if (m.body) doc.body = m.body;
  return JSON.stringify(doc, null, 2) + "\n";
}
function envReadme(h) {
  const m = h.meta ?? {};
  const from = m.repoURL ? `${m.repoURL} at \`${h.drySha}\`` : `source commit \`${h.drySha}\``;
  const lines = [
    README_MARKER,
    `# ${h.env}`,
    "",
    `Kubernetes manifests rendered by capstan ${CAPSTAN_VERSION} from ${from}` + (m.subject ? ` (\u201C${m.subject}\u201D${m.date ? `, ${m.date}` : ""}).` : "."),
    "Do not edit these files: change the source and let capstan render them.",
    "",
    "To reproduce the render:",
    "",
    "```sh",
    ...m.repoURL ? [`git clone ${m.repoURL} source && cd source`] : [],
    `git checkout ${h.drySha}`,
    ...commands(h),
    "```",
    "",
    "Apps promoted from another environment may be rendered at their own earlier commits:",
    "`.capstan/state.json` records each app's commit.",
    ""
  ];
  return lines.join("\n");
}
function planHydratorFiles(changes, h, prev, hasApps) {
  if (![...changes.keys()].some((p) => !isBookkeeping(p))) return [];
  const ours = prev.readme === void 0 || prev.readme.startsWith(README_MARKER);
  if (!hasApps) {
    if (prev.hydrator !== void 0) changes.set(HYDRATOR_FILE, null);
    if (prev.readme !== void 0 && ours) changes.set(README_FILE, null);
    return [];
  }
  const meta = hydratorMetadata(h);
  if (meta !== prev.hydrator) changes.set(HYDRATOR_FILE, meta);
  if (ours) {
    const readme = envReadme(h);
    if (readme !== prev.readme) changes.set(README_FILE, readme);
    return [];
  }
  return [
    `environment "${h.env}": its README.md was not written by capstan; left as it is (capstan writes one only where none exists, or where it wrote it)`
  ];
}

// src/core/plan/source-record.ts
function certifies(src, state) {
  if (!src.unchanged) return true;
  if (!state) return certifiesUncached(src, state);
  let known2 = answers.get(src);
  if (!known2) answers.set(src, known2 = /* @__PURE__ */ new WeakMap());
  let yes = known2.get(state);
  if (yes === void 0) known2.set(state, yes = certifiesUncached(src, state));
  return yes;
}
var answers = /* @__PURE__ */ new WeakMap();
function certifiesUncached(src, state) {
  const c = certified(state, src.sourceRepo, src.inputsDigest, src.fileDigests);
  for (const [f, r] of src.unchanged.files) if (c.get(f)?.apps !== r.apps) return false;
  return true;
}
function sourceRecord(src, bound) {
  const files = {};
  for (const [file, { digest, apps, caps }] of recordedFiles(src))
    files[file] = {
      digest,
      apps: apps.join(" "),
      bound: apps.filter((a) => bound.has(a)).join(" "),
      caps
    };
  return { inputs: src.inputsDigest, files };
}
function recordedFiles(src) {
  let out = filesCache.get(src);
  if (out) return out;
  const byFile = /* @__PURE__ */ new Map();
  const noisy = /* @__PURE__ */ new Set();
  for (const a of src.apps) {
    let f = byFile.get(a.doc.file);
    if (!f) byFile.set(a.doc.file, f = { apps: [], caps: /* @__PURE__ */ new Set() });
    f.apps.push(a.name);
    for (const c of capabilitiesOf(src, a).caps) f.caps.add(`${c.name}@${c.version}`);
    if (bindOnce(a, src.config.environments).notices.length) noisy.add(a.doc.file);
  }
  for (const [file, r] of src.unchanged?.files ?? [])
    byFile.set(file, { apps: names(r.apps), caps: new Set(names(r.caps)) });
  out = /* @__PURE__ */ new Map();
  for (const [file, digest] of src.fileDigests) {
    if (noisy.has(file)) continue;
    const f = byFile.get(file);
    const apps = [...f?.apps ?? []].sort();
    out.set(file, { digest, apps, caps: [...f?.caps ?? []].sort().join(" ") });
  }
  filesCache.set(src, out);
  return out;
}
var filesCache = /* @__PURE__ */ new WeakMap();
async function preloadForState(src, state) {
  if (certifies(src, state)) return;
  const all = everyApp(src);
  await preloadKinds(kindsToPreload(all, usedCapabilities(all).caps));
}

// src/core/checks/checks.ts
function objectId(o) {
  return `${o.apiVersion} ${o.kind} ${String(o.metadata.namespace ?? "")}/${String(o.metadata.name)}`;
}
function checkObjects(app, env, objects, crds, deferBundled, explain) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < objects.length; i++) {
    const r = objects[i];
    const o = r.obj;
    const where = { app, env: env.name, component: r.component, capability: r.capability };
    const label = () => labelOf(o, r, app, env);
    const badName = checkObjectName(o.kind, String(o.metadata.name));
    if (badName)
      problems.push({
        ...where,
        ...explain?.(r, "/metadata/name", badName),
        code: "object-name",
        message: `${label()}: ${badName}`
      });
    const id = objectId(o);
    const prev = seen.get(id);
    if (prev)
      problems.push({
        ...where,
        code: "duplicate-object",
        message: `${label()}: duplicate object ${id} (also from component ${prev.component})`
      });
    seen.set(id, r);
    if (o.kind === "Secret" && o.apiVersion === "v1" && !env.allowLiteralSecrets && (hasEntries(o.data) || hasEntries(o.stringData)))
      problems.push({
        ...where,
        code: "literal-secret",
        message: `${label()}: a plain Secret with literal data would be committed to git; use an ExternalSecret / SealedSecret, or set allowLiteralSecrets: true on environment "${env.name}" in capstan.yaml`
      });
    if (!canValidate(o.apiVersion, o.kind, crds)) {
      problems.push({
        ...where,
        code: "kube-schema",
        message: `${label()}: capstan cannot validate ${o.apiVersion} ${o.kind} \u2014 the capability emits "*" and the kind appears nowhere in the application's properties; declare it in the capability's \`emits\``
      });
      continue;
    }
    if (deferBundled && isBundledKind(o.apiVersion, o.kind, crds)) {
      deferBundled.push(i);
      continue;
    }
    for (const kp of validateObject(o, env.kubeVersion, crds))
      problems.push(kubeSchemaProblem(app, env, r, kp, explain));
  }
  return problems;
}
function kubeSchemaProblem(app, env, r, kp, explain) {
  const o = r.obj;
  const base = {
    app,
    env: env.name,
    component: r.component,
    capability: r.capability,
    path: kp.path || void 0,
    code: "kube-schema",
    message: `${labelOf(o, r, app, env)} (Kubernetes ${env.kubeVersion}): ${kp.message}`
  };
  const cause = kp.path ? explain?.(r, kp.path, kp.message) : void 0;
  if (!cause?.file) return base;
  const from = cause.path ? "" : ` (written by the template)`;
  return {
    ...base,
    ...cause,
    message: `${kp.message}${from} \u2014 rendered into ${labelOf(o, r, app, env)} at ${kp.path} (Kubernetes ${env.kubeVersion})`
  };
}
function labelOf(o, r, app, env) {
  return `${o.kind} "${String(o.metadata.name)}" (component ${r.component}, app ${app}, env ${env.name})`;
}
function hasEntries(v) {
  return isObj(v) && Object.keys(v).length > 0;
}

// src/core/checks/cause.ts
function explainer(app, binding, registry) {
  return (r, pointer, message) => causeOf(app, binding, registry, r, pointer, message) ?? {};
}
function causeOf(app, binding, registry, r, pointer, message) {
  const path = pointerToPath(pointer);
  const key = path[path.length - 1];
  if (key === void 0) return void 0;
  const value = valueAt(r.obj, path);
  const { origins, caps } = originsOf(app, binding, registry, r);
  const byKey = (o) => findKey(o.props, String(key), value);
  const byValue = (o) => findValue(o.props, value);
  const finders = message.startsWith("unknown field") ? [byKey] : [byKey, byValue];
  for (const find of finders)
    for (const o of origins) {
      const at = find(o);
      if (at) {
        const p = problemAt(app.doc, [...o.path, ...at], "", "");
        return { file: p.file, line: p.line, col: p.col, path: p.path, capability: o.capability };
      }
    }
  return templateLine(caps, path, value, message.startsWith("unknown field"));
}
function originsOf(app, binding, registry, r) {
  const origins = [];
  const caps = [];
  const c = app.components.find((x) => x.name === r.component);
  if (!c) return { origins, caps };
  const base = ["spec", "components", c.index];
  const comp = registry.resolve(c.type, "ComponentType");
  const compId = "error" in comp ? r.capability : capId(comp);
  c.traits.forEach((t, ti) => {
    const tc = registry.resolve(t.type, "Trait");
    if ("error" in tc) return;
    caps.unshift(tc);
    origins.unshift({
      props: t.properties,
      path: [...base, "traits", ti, "properties"],
      capability: capId(tc)
    });
  });
  for (const p of binding.overrides)
    origins.push({
      props: p.properties,
      path: ["spec", "policies", p.index, "properties"],
      capability: compId
    });
  origins.push({ props: c.properties, path: [...base, "properties"], capability: compId });
  if (!("error" in comp)) caps.unshift(comp);
  caps.sort((a, b) => Number(capId(b) === r.capability) - Number(capId(a) === r.capability));
  return { origins, caps };
}
function valueAt(root, path) {
  let cur = root;
  for (const s of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[String(s)];
  }
  return cur;
}
function findKey(v, key, value) {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const at = findKey(v[i], key, value);
      if (at) return [i, ...at];
    }
    return void 0;
  }
  if (!isObj(v)) return void 0;
  if (Object.prototype.hasOwnProperty.call(v, key) && deepEqual(v[key], value)) return [key];
  for (const [k, x] of Object.entries(v)) {
    const at = findKey(x, key, value);
    if (at) return [k, ...at];
  }
  return void 0;
}
function findValue(v, value) {
  if (value === null || typeof value === "object" || value === void 0) return void 0;
  const exact = findLeaf(v, (x) => x === value);
  if (exact || typeof value !== "string") return exact;
  return findLeaf(v, (x) => typeof x === "string" && x.length >= 3 && value.includes(x));
}
function findLeaf(v, hit) {
  if (v === null || typeof v !== "object") return hit(v) ? [] : void 0;
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  for (const [k, x] of entries) {
    const at = findLeaf(x, hit);
    if (at) return [k, ...at];
  }
  return void 0;
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function templateLine(caps, path, value, unknownField) {
  const keys = path.filter((s) => typeof s === "string");
  const key = keys[keys.length - 1];
  if (key === void 0) return void 0;
  const text = typeof value === "string" || typeof value === "number" ? String(value) : void 0;
  for (const cap of caps) {
    const lines = (cap.templateText ?? "").split("\n");
    const at = alongPath(lines, keys) ?? firstLine(lines, (l) => keyColumn(l, key)) ?? (!unknownField && text ? firstLine(lines, (l) => l.indexOf(text)) : void 0);
    if (at)
      return {
        file: cap.templateFile,
        line: at.line,
        col: at.col,
        capability: capId(cap),
        path: void 0
      };
  }
  return void 0;
}
function keyColumn(line, key) {
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(^|[\\s{,"'])${esc}["']?\\s*:`).exec(line);
  return m ? m.index + m[1].length : -1;
}
function firstLine(lines, col) {
  for (let i = 0; i < lines.length; i++) {
    const c = col(lines[i]);
    if (c >= 0) return { line: i + 1, col: c + 1 };
  }
  return void 0;
}
function alongPath(lines, keys) {
  let from = 0;
  let indent = -1;
  let at;
  for (const k of keys) {
    at = void 0;
    for (let i = from; i < lines.length && !at; i++) {
      const c = keyColumn(lines[i], k);
      if (c > indent) at = { line: i + 1, col: c + 1 };
    }
    if (!at) return void 0;
    from = at.line;
    indent = at.col - 1;
  }
  return at;
}

// src/core/plan/app-render.ts
function inputDigest(src, app, binding, guardrails) {
  const e = binding.env;
  let text = `capstan ${CAPSTAN_VERSION}\0` + app.docText + "\0" + JSON.stringify([
    e.name,
    e.kubeVersion,
    e.namespace ?? null,
    e.allowLiteralSecrets,
    binding.namespace,
    e.guardrails
  ]);
  const caps = resolveBinding(src, app, binding).caps;
  for (const c of caps) text += `\0${c.name}@${c.version}=${c.digest}`;
  for (const g of guardrails) text += `\0${g.cap.name}@${g.cap.version}=${g.cap.digest}`;
  text += "\0" + src.crdDigest;
  return sha256(text);
}
function identitiesOf(objects) {
  const out = [];
  for (const o of objects) out.push(objectIdentity(o.obj), o.component);
  return out;
}
function renderAppFiles(src, app, binding, guardrails) {
  const r = renderAppObjects(src, app, binding, guardrails);
  if (!r.objects) return { problems: r.problems };
  return {
    problems: [],
    ...r.notices.length ? { notices: r.notices } : {},
    ...appFilesWithHashes(
      app.name,
      r.objects.map((o) => o.obj)
    ),
    objects: identitiesOf(r.objects)
  };
}
function renderAppObjects(src, app, binding, guardrails, opts = {}) {
  const env = binding.env;
  const r = renderApp(app, binding, src);
  const { notices } = r;
  if (r.problems.length) return { problems: r.problems, notices };
  const gp = applyGuardrails(app.name, env, r.objects, guardrails);
  const deferred = opts.deferBundled ? [] : void 0;
  const explain = explainer(app, binding, src.registry);
  let cp = checkObjects(app.name, env, r.objects, src.crds, deferred, explain);
  if ((gp.length || cp.length) && deferred?.length)
    cp = checkObjects(app.name, env, r.objects, src.crds, void 0, explain);
  if (gp.length || cp.length)
    return {
      problems: [...gp, ...cp].map((p) => p.file ? p : { ...p, file: app.doc.file }),
      notices
    };
  return { problems: [], objects: r.objects, deferred, notices };
}
function appInputDigest(src, appName, envName) {
  const app = src.apps.find((a) => a.name === appName);
  const env = src.config.environments.find((e) => e.name === envName);
  if (!app || !env) return void 0;
  const binding = bindOnce(app, src.config.environments).bindings.find(
    (b) => b.env.name === envName
  );
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  if (!binding || g.problems.length || resolveBinding(src, app, binding).problems.length)
    return void 0;
  return inputDigest(src, app, binding, g.guardrails);
}

// src/core/plan/plan.ts
function renderTasks(src, env, prev, opts = {}) {
  if (mustParseAll(src, prev, opts)) return renderTasks(everyApp(src), env, prev, opts);
  const tasks = [];
  const digests = /* @__PURE__ */ new Map();
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  if (g.problems.length) return { tasks, digests };
  const prevApps = prev.state?.apps ?? {};
  const only = opts.onlyApps ? new Set(opts.onlyApps) : void 0;
  for (const app of src.apps) {
    if (only && !only.has(app.name)) continue;
    const binding = bindOnce(app, src.config.environments).bindings.find(
      (x) => x.env.name === env.name
    );
    if (!binding) continue;
    const old = prevApps[app.name];
    if (old && old.sourceRepo !== src.sourceRepo) continue;
    const digest = inputDigest(src, app, binding, g.guardrails);
    digests.set(app.name, digest);
    if (old && old.inputDigest === digest && !opts.force && !needsIdentities(old)) continue;
    tasks.push({ app, binding, guardrails: g.guardrails, digest });
  }
  return { tasks, digests };
}
function mustParseAll(src, prev, opts) {
  return src.unchanged !== void 0 && (opts.force === true || !certifies(src, prev.state));
}
function planEnv(src, env, prev, opts = {}) {
  if (mustParseAll(src, prev, opts)) return planEnv(everyApp(src), env, prev, opts);
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  const prevState = prev.state ?? {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: {}
  };
  const d = {
    src,
    env,
    opts,
    prevState,
    nextApps: { ...prevState.apps },
    changes: /* @__PURE__ */ new Map(),
    outcomes: [],
    problems: [...g.problems],
    notices: [],
    commit: opts.commit ?? src.commit,
    bound: /* @__PURE__ */ new Set(),
    namespaces: /* @__PURE__ */ new Set()
  };
  const only = opts.onlyApps ? new Set(opts.onlyApps) : void 0;
  for (const app of src.apps) if (!only || only.has(app.name)) planApp(d, app, g.guardrails);
  if (src.unchanged) keepUnchanged(d, src.unchanged, only);
  if (!only) pruneUnbound(d);
  if (d.problems.length) return { problems: d.problems, notices: d.notices };
  if (env.createNamespaces) {
    const ns = planNamespaces(d.namespaces, prevState.apps[NAMESPACES_APP], d.commit, d.changes);
    d.nextApps[NAMESPACES_APP] = {
      ...ns.state,
      source: src.config.file,
      objects: namespaceIdentities(ns.state)
    };
    if (ns.outcome) d.outcomes.push(ns.outcome);
  }
  const clashes = identityClashes(env.name, d.nextApps, src.sourceRepo, src.apps, prevState.apps);
  if (clashes.length && src.unchanged) return planEnv(everyApp(src), env, prev, opts);
  if (clashes.length) return { problems: clashes, notices: d.notices };
  return { plan: finishPlan(d, prev), problems: d.problems, notices: d.notices };
}
function planApp(d, app, guardrails) {
  const { src, env, opts } = d;
  const b = bindOnce(app, src.config.environments);
  d.problems.push(...b.problems);
  d.notices.push(...b.notices);
  const binding = b.bindings.find((x) => x.env.name === env.name);
  if (!binding) return;
  d.bound.add(app.name);
  d.namespaces.add(binding.namespace);
  const old = d.prevState.apps[app.name];
  if (old && old.sourceRepo !== src.sourceRepo) {
    d.problems.push({
      file: app.doc.file,
      app: app.name,
      env: env.name,
      code: "app-collision",
      message: `app "${app.name}" in environment "${env.name}" is already rendered from ${old.sourceRepo}; app names must be unique across the source repositories feeding one env repo`
    });
    return;
  }
  const digest = opts.digests?.get(app.name) ?? inputDigest(src, app, binding, guardrails);
  if (old && old.inputDigest === digest && !opts.force && !needsIdentities(old)) {
    d.outcomes.push({ name: app.name, change: "unchanged", added: [], changed: [], removed: [] });
    return;
  }
  const r = opts.rendered?.get(app.name) ?? renderAppFiles(src, app, binding, guardrails);
  d.problems.push(...r.problems);
  if (r.notices) d.notices.push(...r.notices);
  if (!r.files || !r.hashes) return;
  const outcome = compareFiles(d, app.name, old, r.files, r.hashes);
  const entry = {
    sourceRepo: src.sourceRepo,
    commit: outcome.change === "unchanged" && old ? old.commit : d.commit,
    inputDigest: digest,
    files: r.hashes,
    source: app.doc.file,
    objects: r.objects ?? {}
  };
  if (r.detail !== void 0 && r.objects) emittedAhead(entry, r.detail);
  d.nextApps[app.name] = entry;
  d.outcomes.push(outcome);
}
function compareFiles(d, name, old, files, hashes) {
  const outcome = {
    name,
    change: old ? "changed" : "added",
    added: [],
    changed: [],
    removed: [],
    files
  };
  for (const [p, t] of files) {
    const was = old?.files[p];
    if (was === hashes[p]) continue;
    d.changes.set(p, t);
    if (!p.endsWith("/kustomization.yaml")) (was ? outcome.changed : outcome.added).push(p);
  }
  for (const p of Object.keys(old?.files ?? {}))
    if (!files.has(p)) {
      d.changes.set(p, null);
      if (!p.endsWith("/kustomization.yaml")) outcome.removed.push(p);
    }
  if (old && !outcome.added.length && !outcome.changed.length && !outcome.removed.length)
    outcome.change = "unchanged";
  return outcome;
}
function keepUnchanged(d, u, only) {
  for (const name of u.apps.keys()) {
    if (only && !only.has(name)) continue;
    if (d.prevState.apps[name]?.sourceRepo !== d.src.sourceRepo) continue;
    d.bound.add(name);
    d.outcomes.push({ name, change: "unchanged", added: [], changed: [], removed: [] });
  }
}
function pruneUnbound(d) {
  for (const [name, a] of Object.entries(d.prevState.apps)) {
    if (d.bound.has(name) || a.sourceRepo !== d.src.sourceRepo) continue;
    const removed = [];
    for (const p of Object.keys(a.files)) {
      d.changes.set(p, null);
      if (!p.endsWith("/kustomization.yaml")) removed.push(p);
    }
    delete d.nextApps[name];
    d.outcomes.push({ name, change: "removed", added: [], changed: [], removed });
  }
}
function finishPlan(d, prev) {
  const { prevState, nextApps, changes } = d;
  const kust = envKustomization(prev.kustomization, prevState, nextApps);
  if (kust !== prev.kustomization) changes.set("kustomization.yaml", kust);
  const hydrator = { env: d.env.name, drySha: d.commit, meta: d.src.input.commitMeta };
  d.notices.push(...planHydratorFiles(changes, hydrator, prev, Object.keys(nextApps).length > 0));
  const keep = d.opts.bookkeeping !== false;
  const sources = keep && changes.size && !d.opts.force ? sourcesAfter(d) : d.prevState.sources;
  const state = {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: nextApps,
    ...sources ? { sources } : {}
  };
  const same = !changes.size && prev.state !== void 0 && prev.state.capstanVersion === CAPSTAN_VERSION && sameEntries(prev.state.apps, nextApps);
  if (keep && !same && changes.size)
    for (const [p, t] of stateChanges(prev.state, state)) changes.set(p, t);
  d.outcomes.sort((a, b) => cmp(a.name, b.name));
  return {
    env: d.env,
    changes: sortMap(changes),
    state,
    apps: d.outcomes,
    objectsBefore: countObjects(prevState),
    objectsDeleted: d.outcomes.reduce((n, o) => n + o.removed.length, 0)
  };
}
function countObjects(s) {
  let n = 0;
  for (const app in s.apps) n += objectCount(s.apps[app]);
  return n;
}
function sourcesAfter(d) {
  const out = { ...d.prevState.sources ?? {} };
  delete out[d.src.sourceRepo];
  if (!d.opts.onlyApps) out[d.src.sourceRepo] = sourceRecord(d.src, d.bound);
  return Object.keys(out).length ? out : void 0;
}
function sameEntries(a, b) {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}
function sortMap(m) {
  return new Map([...m].sort((a, b) => cmp(a[0], b[0])));
}
function envKustomization(prevText, prevState, next) {
  let doc = {};
  let foreign = [];
  if (prevText !== void 0) {
    try {
      const v = parseYamlWithDocs(prevText)[0]?.value;
      if (isObj(v)) {
        doc = v;
        const owned = new Set(Object.keys(prevState.apps));
        foreign = (Array.isArray(v.resources) ? v.resources : []).map(String).filter((r) => !owned.has(r.replace(/\/$/, "")));
      }
    } catch {
    }
  }
  const resources = [.../* @__PURE__ */ new Set([...foreign, ...Object.keys(next)])].sort(cmp);
  if (!Object.keys(doc).length) return kustomization(resources);
  return emitYaml({
    ...doc,
    apiVersion: doc.apiVersion ?? "kustomize.config.k8s.io/v1beta1",
    kind: doc.kind ?? "Kustomization",
    resources
  });
}

export {
  isObj,
  bindApp,
  applyOverrides,
  resolveComponents,
  renderApp,
  resolveGuardrails,
  applyGuardrails,
  NAMESPACES_APP,
  detailFileOf,
  DetailsNotLoaded,
  withDetails,
  stateChanges,
  isStateFile,
  parseState,
  HYDRATOR_FILE,
  README_FILE,
  isBookkeeping,
  planHydratorFiles,
  loadApps,
  warmAppFiles,
  loadSource,
  bindOnce,
  usedCapabilities,
  prepare,
  kindsToPreload,
  preloadForState,
  checkObjects,
  inputDigest,
  identitiesOf,
  renderAppFiles,
  renderAppObjects,
  appInputDigest,
  renderTasks,
  planEnv
};
