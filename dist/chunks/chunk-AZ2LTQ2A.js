import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  cmp,
  sha256
} from "./chunk-5ETQQFMW.js";
import {
  emitYaml
} from "./chunk-UUCA4ZKB.js";

// src/core/common/paths.ts
function isSafeRelPath(p) {
  const n = p.length;
  if (n === 0) return false;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? p.charCodeAt(i) : 47;
    if (c === 92 || c === 0) return false;
    if (c !== 47) continue;
    const len = i - start;
    if (len === 0) return false;
    if (p.charCodeAt(start) === 46 && (len === 1 || len === 2 && p.charCodeAt(start + 1) === 46))
      return false;
    if (start === 0 && len === 4 && p.startsWith(".git")) return false;
    start = i + 1;
  }
  return true;
}

// src/core/plan/layout.ts
var STATE_FILE = ".capstan/state.json";
var STATE_SCHEMA_VERSION = 2;
var READABLE_SCHEMA_VERSIONS = /* @__PURE__ */ new Set([1, 2]);
function group(apiVersion) {
  return apiVersion.includes("/") ? apiVersion.split("/")[0] : "core";
}
function fileNames(objects) {
  const base = objects.map((o) => `${o.kind.toLowerCase()}-${String(o.metadata.name)}`);
  const withGroup = objects.map((o, i) => `${base[i]}.${group(o.apiVersion)}`);
  const withNs = objects.map(
    (o, i) => `${withGroup[i]}.${String(o.metadata.namespace ?? "_cluster")}`
  );
  const count = (list) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), /* @__PURE__ */ new Map());
  const c1 = count(base);
  const names = objects.map((_, i) => c1.get(base[i]) > 1 ? withGroup[i] : base[i]);
  const c2 = count(names);
  return names.map((n, i) => (c2.get(n) > 1 ? withNs[i] : n) + ".yaml");
}
function kustomization(resources) {
  return emitYaml({
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [...resources].sort(cmp)
  });
}
function appFiles(objects, texts) {
  const names = fileNames(objects);
  const files = /* @__PURE__ */ new Map();
  objects.forEach((o, i) => files.set(names[i], texts ? texts[i] : emitYaml(o)));
  files.set("kustomization.yaml", kustomization(names));
  return new Map([...files].sort((a, b) => cmp(a[0], b[0])));
}
function appFilesWithHashes(app, objects, texts) {
  const files = /* @__PURE__ */ new Map();
  const hashes = {};
  for (const [p, t] of appFiles(objects, texts)) {
    const rel = `${app}/${p}`;
    files.set(rel, t);
    hashes[rel] = sha256(t);
  }
  return { files, hashes };
}
function objectIdentity(o) {
  const g = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
  const kind = g ? `${o.kind}.${g}` : o.kind;
  const ns = o.metadata.namespace;
  return ns === void 0 || ns === null || ns === "" ? `${kind}/${String(o.metadata.name)}` : `${kind}/${String(ns)}/${String(o.metadata.name)}`;
}
function needsIdentities(a) {
  return a.objects === void 0;
}
function emitState(s) {
  const apps = {};
  for (const name of Object.keys(s.apps).sort(cmp)) {
    const a = s.apps[name];
    const files = {};
    for (const p of Object.keys(a.files).sort(cmp)) files[p] = a.files[p];
    const entry = {
      sourceRepo: a.sourceRepo,
      commit: a.commit,
      inputDigest: a.inputDigest,
      files
    };
    if (a.source !== void 0) entry.source = a.source;
    if (a.objects) {
      const objects = {};
      for (const id of Object.keys(a.objects).sort(cmp)) objects[id] = a.objects[id];
      entry.objects = objects;
    }
    apps[name] = entry;
  }
  return JSON.stringify(
    { schemaVersion: s.schemaVersion, capstanVersion: s.capstanVersion, apps },
    null,
    2
  ) + "\n";
}
function parseState(text) {
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
      error: `has schemaVersion ${String(s.schemaVersion)}; this capstan understands ${[...READABLE_SCHEMA_VERSIONS].join(" and ")}`
    };
  for (const [name, a] of Object.entries(s.apps)) {
    if (!a || typeof a !== "object" || typeof a.inputDigest !== "string" || typeof a.commit !== "string" || typeof a.files !== "object" || a.files === null)
      return {
        error: `entry for app "${name}" is malformed (needs sourceRepo, commit, inputDigest, files)`
      };
    if (a.source !== void 0 && typeof a.source !== "string")
      return { error: `entry for app "${name}" has a malformed source` };
    if (a.objects !== void 0 && (typeof a.objects !== "object" || a.objects === null || Array.isArray(a.objects) || Object.values(a.objects).some((c) => typeof c !== "string")))
      return {
        error: `entry for app "${name}" has malformed objects (identity \u2192 component name)`
      };
    for (const [p, h] of Object.entries(a.files)) {
      if (typeof h !== "string" || !/^[0-9a-f]{64}$/.test(h))
        return { error: `entry for app "${name}" has a malformed digest for ${p}` };
      if (!isSafeRelPath(p))
        return { error: `entry for app "${name}" names a path outside the environment: ${p}` };
    }
  }
  return s;
}

export {
  isSafeRelPath,
  STATE_FILE,
  STATE_SCHEMA_VERSION,
  kustomization,
  appFiles,
  appFilesWithHashes,
  objectIdentity,
  needsIdentities,
  emitState,
  parseState
};
