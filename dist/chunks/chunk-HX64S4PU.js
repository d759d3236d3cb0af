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
var STATE_SCHEMA_VERSION = 4;
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

// src/core/plan/detail-text.ts
import { createHash } from "node:crypto";

// src/core/plan/state-index.ts
function emitIndex(s) {
  const out = [
    `{
  "schemaVersion": ${STATE_SCHEMA_VERSION},
  "capstanVersion": ${JSON.stringify(s.capstanVersion)},
  "apps": `
  ];
  const names = sortedKeys(s.apps);
  if (!names.length) out.push("{}");
  else {
    out.push("{");
    for (let i = 0; i < names.length; i++) {
      const a = s.apps[names[i]];
      const row = [a.sourceRepo, a.commit, a.inputDigest, a.source ?? null];
      row.push(objectCount(a));
      if (needsIdentities(a)) row.push(false);
      out.push(`${i ? "," : ""}
    ${JSON.stringify(names[i])}: ${JSON.stringify(row)}`);
    }
    out.push("\n  }");
  }
  if (s.sources) emitSources(s.sources, out);
  out.push("\n}\n");
  return out.join("");
}
function emitSources(sources, out) {
  out.push(`,
  "sources": `);
  const repos = sortedKeys(sources);
  if (!repos.length) return void out.push("{}");
  out.push("{");
  repos.forEach((repo, i) => {
    const r = sources[repo];
    const files = sortedKeys(r.files);
    const caps = [...new Set(files.map((f) => r.files[f].caps))].sort(cmp);
    const at = new Map(caps.map((c, k) => [c, k]));
    out.push(
      `${i ? "," : ""}
    ${JSON.stringify(repo)}: {
      "inputs": ${JSON.stringify(r.inputs)},
      "caps": `
    );
    if (!caps.length) out.push("[]");
    else out.push(`[
${caps.map((c) => `        ${JSON.stringify(c)}`).join(",\n")}
      ]`);
    out.push(`,
      "files": `);
    if (!files.length) out.push("{}");
    else {
      out.push("{");
      files.forEach((f, j) => {
        const x = r.files[f];
        const row = [x.digest, x.apps, x.bound, at.get(x.caps)];
        out.push(`${j ? "," : ""}
        ${JSON.stringify(f)}: ${JSON.stringify(row)}`);
      });
      out.push("\n      }");
    }
    out.push("\n    }");
  });
  out.push("\n  }");
}
function readIndex(apps, sources) {
  const out = /* @__PURE__ */ new Map();
  for (const name in apps) {
    const row = apps[name];
    const e = Array.isArray(row) ? readEntry(row) : void 0;
    if (!e)
      return {
        error: `entry for app "${name}" is malformed (needs [sourceRepo, commit, inputDigest, source, count])`
      };
    out.set(name, e);
  }
  return { apps: out, sources: readSources(sources) };
}
function readEntry(row) {
  const [sourceRepo, commit, inputDigest, source, count, identities] = row;
  if (typeof sourceRepo !== "string" || typeof commit !== "string") return void 0;
  if (typeof inputDigest !== "string" || source !== null && typeof source !== "string")
    return void 0;
  if (!Number.isSafeInteger(count) || count < 0) return void 0;
  if (row.length > 6 || row.length === 6 && identities !== false) return void 0;
  const entry = { sourceRepo, commit, inputDigest };
  if (source !== null) entry.source = source;
  return { entry, count, identities: identities !== false };
}
function readSources(v) {
  if (v === void 0 || typeof v !== "object" || v === null || Array.isArray(v)) return void 0;
  const out = {};
  for (const [repo, r] of Object.entries(v)) {
    const { inputs, caps, files } = r ?? {};
    if (typeof inputs !== "string" || !Array.isArray(caps) || !isRecord(files)) return void 0;
    if (!caps.every((c) => typeof c === "string")) return void 0;
    const read = {};
    for (const [file, row] of Object.entries(files)) {
      if (!Array.isArray(row) || row.length !== 4) return void 0;
      const [digest, apps, bound, k] = row;
      if (typeof digest !== "string" || typeof apps !== "string" || typeof bound !== "string")
        return void 0;
      if (typeof k !== "number" || typeof caps[k] !== "string") return void 0;
      read[file] = { digest, apps, bound, caps: caps[k] };
    }
    out[repo] = { inputs, files: read };
  }
  return out;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
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

// src/core/plan/detail-text.ts
var DETAILS_DIR = ".capstan/details";
var APPS_DIR = ".capstan/apps";
function shardOf(app) {
  let shard = shards.get(app);
  if (shard === void 0)
    shards.set(app, shard = createHash("sha256").update(app).digest("hex")[0]);
  return shard;
}
var shards = /* @__PURE__ */ new Map();
function detailPath(app) {
  return shardPath(shardOf(app));
}
function shardPath(shard) {
  return `${DETAILS_DIR}/${shard}.json`;
}
function appDetailPath(app) {
  return `${APPS_DIR}/${app}.json`;
}
function withDetail(changed, hashes, objects, old) {
  if (!changed.length && old) return void 0;
  return detailText(hashes, objects);
}
function shardText(parts) {
  const apps = sortedKeys(Object.fromEntries([...parts.keys()].map((a) => [a, 0])));
  if (!apps.length) return "{}\n";
  const out = ["{"];
  apps.forEach((a, i) => out.push(`${i ? "," : ""}
  ${JSON.stringify(a)}: ${parts.get(a)}`));
  out.push("\n}\n");
  return out.join("");
}
function detailText(files, objects) {
  const out = ['{\n    "files": '];
  emitStringMap(files, out, "    ");
  if (objects) {
    out.push(`,
    "objects": `);
    if (isPairs(objects)) emitPairs(objects, out, "    ");
    else emitStringMap(objects, out, "    ");
  }
  out.push("\n  }");
  return out.join("");
}
function emitStringMap(m, out, indent) {
  const keys = sortedKeys(m);
  emitEntries(
    keys,
    keys.map((k) => m[k]),
    out,
    indent
  );
}
function emitPairs(ids, out, indent) {
  const n = ids.length / 2;
  for (let i = 0; i < ids.length; i += 2) {
    const c = ids[i].charCodeAt(0);
    if (c >= 48 && c <= 57 && isArrayIndex(ids[i]))
      return emitStringMap(identityRecord(ids), out, indent);
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
  emitEntries(keys, values, out, indent);
}
function identityRecord(ids) {
  const out = {};
  eachIdentity(ids, (id, component) => out[id] = component);
  return out;
}
function emitEntries(keys, values, out, indent) {
  if (!keys.length) {
    out.push("{}");
    return;
  }
  out.push("{");
  for (let i = 0; i < keys.length; i++)
    out.push(
      `${i ? "," : ""}
${indent}  ${JSON.stringify(keys[i])}: ${JSON.stringify(values[i])}`
    );
  out.push(`
${indent}}`);
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
  objectCount,
  emitIndex,
  readIndex,
  sortedKeys,
  DETAILS_DIR,
  APPS_DIR,
  shardOf,
  detailPath,
  shardPath,
  appDetailPath,
  withDetail,
  shardText,
  detailText
};
