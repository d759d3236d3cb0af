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
function eachIdentity(ids, f) {
  if (!ids) return;
  if (isPairs(ids)) for (let i = 0; i < ids.length; i += 2) f(ids[i], ids[i + 1]);
  else for (const id in ids) f(id, ids[id]);
}
function isPairs(ids) {
  return Array.isArray(ids);
}
function identityRecord(ids) {
  if (!ids) return {};
  if (!isPairs(ids)) return { ...ids };
  const out = {};
  eachIdentity(ids, (id, component) => out[id] = component);
  return out;
}
function objectIdentity(o) {
  const slash = o.apiVersion.indexOf("/");
  const kind = slash <= 0 ? o.kind : `${o.kind}.${o.apiVersion.slice(0, slash)}`;
  const ns = o.metadata.namespace;
  return ns === void 0 || ns === null || ns === "" ? `${kind}/${String(o.metadata.name)}` : `${kind}/${String(ns)}/${String(o.metadata.name)}`;
}
function needsIdentities(a) {
  return a.objects === void 0;
}
function emitState(s) {
  const known = emitted.get(s);
  if (known !== void 0) return known;
  const out = [
    `{
  "schemaVersion": ${JSON.stringify(s.schemaVersion)},
  "capstanVersion": ${JSON.stringify(s.capstanVersion)},
  "apps": `
  ];
  const names = sortedKeys(s.apps);
  if (!names.length) out.push("{}");
  else {
    out.push("{");
    for (let i = 0; i < names.length; i++) {
      const a = s.apps[names[i]];
      out.push(
        `${i ? "," : ""}
    ${JSON.stringify(names[i])}: {
      "sourceRepo": ${JSON.stringify(a.sourceRepo)},
      "commit": ${JSON.stringify(a.commit)},
      "inputDigest": ${JSON.stringify(a.inputDigest)},
      "files": `
      );
      emitStringMap(a.files, out);
      if (a.source !== void 0) out.push(`,
      "source": ${JSON.stringify(a.source)}`);
      if (a.objects) {
        out.push(`,
      "objects": `);
        if (isPairs(a.objects)) emitPairs(a.objects, out);
        else emitStringMap(a.objects, out);
      }
      out.push("\n    }");
    }
    out.push("\n  }");
  }
  if (s.sources) emitSources(s.sources, out);
  out.push("\n}\n");
  const text = out.join("");
  emitted.set(s, text);
  return text;
}
var emitted = /* @__PURE__ */ new WeakMap();
var readFrom = /* @__PURE__ */ new WeakMap();
function stateText(s) {
  return readFrom.get(s) ?? emitState(s);
}
function emitSources(sources, out) {
  out.push(`,
  "sources": `);
  const repos = sortedKeys(sources);
  if (!repos.length) {
    out.push("{}");
    return;
  }
  out.push("{");
  repos.forEach((repo, i) => {
    const r = sources[repo];
    out.push(
      `${i ? "," : ""}
    ${JSON.stringify(repo)}: {
      "inputs": ${JSON.stringify(r.inputs)},
      "files": `
    );
    const files = sortedKeys(r.files);
    if (!files.length) out.push("{}");
    else {
      out.push("{");
      files.forEach((f, j) => {
        const x = r.files[f];
        out.push(
          `${j ? "," : ""}
        ${JSON.stringify(f)}: {
          "digest": ${JSON.stringify(x.digest)},
          "apps": ${JSON.stringify(x.apps)},
          "bound": ${JSON.stringify(x.bound)},
          "caps": ${JSON.stringify(x.caps)}
        }`
        );
      });
      out.push("\n      }");
    }
    out.push("\n    }");
  });
  out.push("\n  }");
}
function emitStringMap(m, out) {
  const keys = sortedKeys(m);
  emitEntries(
    keys,
    keys.map((k) => m[k]),
    out
  );
}
function emitPairs(ids, out) {
  const n = ids.length / 2;
  for (let i = 0; i < ids.length; i += 2) {
    const c = ids[i].charCodeAt(0);
    if (c >= 48 && c <= 57 && isArrayIndex(ids[i])) return emitStringMap(identityRecord(ids), out);
  }
  const order = [];
  for (let i = 0; i < n; i++) {
    const id = ids[2 * i];
    let j = i;
    while (j > 0 && ids[2 * order[j - 1]] > id) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = i;
  }
  const keys = [];
  const values = [];
  for (const i of order) {
    const id = ids[2 * i];
    if (keys.length && keys[keys.length - 1] === id) values[values.length - 1] = ids[2 * i + 1];
    else {
      keys.push(id);
      values.push(ids[2 * i + 1]);
    }
  }
  emitEntries(keys, values, out);
}
function emitEntries(keys, values, out) {
  if (!keys.length) {
    out.push("{}");
    return;
  }
  out.push("{");
  for (let i = 0; i < keys.length; i++)
    out.push(`${i ? "," : ""}
        ${JSON.stringify(keys[i])}: ${JSON.stringify(values[i])}`);
  out.push("\n      }");
}
function sortedKeys(o) {
  const keys = Object.keys(o);
  let digits = false;
  for (let i = 0; i < keys.length; i++) {
    const c = keys[i].charCodeAt(0);
    if (c >= 48 && c <= 57) digits = true;
  }
  if (digits) {
    const index = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    if (!index.length) return keys.sort(cmp);
    const rest = keys.filter((k) => !isArrayIndex(k)).sort(cmp);
    return [...index, ...rest];
  }
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return keys.sort(cmp);
  return keys;
}
function isArrayIndex(k) {
  return /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
}
function parseState(text) {
  const hit = parsedStates.get(text);
  if (hit) return hit;
  const r = parseStateUncached(text);
  if (parsedStates.size >= 8) parsedStates.delete(parsedStates.keys().next().value);
  parsedStates.set(text, r);
  return r;
}
var parsedStates = /* @__PURE__ */ new Map();
function parseStateUncached(text) {
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
  for (const name in s.apps) {
    const problem = entryProblem(name, s.apps[name]);
    if (problem) return { error: problem };
  }
  if (s.sources !== void 0 && !validSources(s.sources)) delete s.sources;
  readFrom.set(s, text);
  return s;
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
  if (a.objects !== void 0 && !isStringMap(a.objects))
    return `entry for app "${name}" has malformed objects (identity \u2192 component name)`;
  for (const p in a.files) {
    if (!isSha256Hex(a.files[p])) return `entry for app "${name}" has a malformed digest for ${p}`;
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

export {
  isSafeRelPath,
  STATE_FILE,
  STATE_SCHEMA_VERSION,
  kustomization,
  appFiles,
  appFilesWithHashes,
  eachIdentity,
  objectIdentity,
  needsIdentities,
  emitState,
  stateText,
  parseState
};
