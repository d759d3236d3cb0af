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
    if (p.charCodeAt(start) === 46) {
      if (len === 1 || len === 2 && p.charCodeAt(start + 1) === 46) return false;
      if (len === 4 && (p.charCodeAt(start + 1) | 32) === 103 && (p.charCodeAt(start + 2) | 32) === 105 && (p.charCodeAt(start + 3) | 32) === 116)
        return false;
    }
    start = i + 1;
  }
  return true;
}

// src/core/plan/layout.ts
var STATE_FILE = ".capstan/state.json";
var STATE_SCHEMA_VERSION = 3;
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
function eachIdentity(ids, f) {
  if (!ids) return;
  if (isPairs(ids)) for (let i = 0; i < ids.length; i += 2) f(ids[i], ids[i + 1]);
  else for (const id in ids) f(id, ids[id]);
}
function isPairs(ids) {
  return Array.isArray(ids);
}
function objectIdentity(o) {
  const slash = o.apiVersion.indexOf("/");
  const kind = slash <= 0 ? o.kind : `${o.kind}.${o.apiVersion.slice(0, slash)}`;
  const ns = o.metadata.namespace;
  return ns === void 0 || ns === null || ns === "" ? `${kind}/${String(o.metadata.name)}` : `${kind}/${String(ns)}/${String(o.metadata.name)}`;
}
var indexed = /* @__PURE__ */ new WeakMap();
function needsIdentities(a) {
  const i = indexed.get(a);
  return i ? !i.identities : a.objects === void 0;
}
function objectCount(a) {
  const i = indexed.get(a);
  if (i) return i.count;
  let n = 0;
  for (const p in a.files) if (!p.endsWith("/kustomization.yaml")) n++;
  return n;
}

export {
  isSafeRelPath,
  STATE_FILE,
  STATE_SCHEMA_VERSION,
  kustomization,
  appFiles,
  appFilesWithHashes,
  eachIdentity,
  isPairs,
  objectIdentity,
  indexed,
  needsIdentities,
  objectCount
};
