import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  emptyCrdSet,
  preloadKinds,
  validateObject
} from "./chunk-UTJQZLM3.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import {
  emitYaml
} from "./chunk-UUCA4ZKB.js";
import {
  UserError
} from "./chunk-N5T7JROX.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/tools/bootstrap.ts
function envRepoUrl(config, override) {
  const url = override ?? config.envRepo.url;
  if (!url)
    throw new UserError([
      {
        file: config.file,
        code: "config",
        path: "/envRepo/url",
        message: "bootstrap needs the environment repository's URL: set envRepo.url in capstan.yaml or pass --repo-url"
      }
    ]);
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(url) && !url.startsWith("."))
    return `https://github.com/${url.replace(/\.git$/, "")}.git`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/\\]+@[^/\\]+:/.test(url)) return url;
  throw new UserError([
    {
      file: config.file,
      code: "config",
      path: "/envRepo/url",
      message: `envRepo.url "${url}" is a local path; Argo CD and Flux need a URL they can clone (pass --repo-url)`
    }
  ]);
}
function byBranch(config) {
  const m = /* @__PURE__ */ new Map();
  for (const e of config.environments) {
    const b = e.branch ?? config.envRepo.branch;
    m.set(b, [...m.get(b) ?? [], e]);
  }
  return m;
}
var dns = (s) => s.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63) || "capstan";
function argocdManifests(config, opts = {}) {
  const repoURL = envRepoUrl(config, opts.repoUrl);
  const ns = opts.namespace ?? "argocd";
  const name = dns(opts.name ?? "capstan");
  const root = config.envRepo.root;
  const envSegment = root.split("/").length;
  const project = {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "AppProject",
    metadata: { name, namespace: ns },
    spec: {
      description: "Applications rendered by capstan",
      sourceRepos: [repoURL],
      destinations: [{ server: "https://kubernetes.default.svc", namespace: "*" }],
      clusterResourceWhitelist: [{ group: "*", kind: "*" }]
    }
  };
  const defaultBranch = config.envRepo.branch;
  const groups = byBranch(config);
  const sets = [];
  for (const [branch, envs] of groups) {
    const own = branch !== defaultBranch;
    const directories = own ? envs.map((e) => ({ path: `${root}/${e.name}/*` })) : [{ path: `${root}/*/*` }];
    directories.push({ path: `${root}/*/.capstan`, exclude: true });
    if (!own) {
      for (const [b, others] of groups)
        if (b !== defaultBranch)
          for (const e of others) directories.push({ path: `${root}/${e.name}/*`, exclude: true });
    }
    sets.push({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "ApplicationSet",
      metadata: {
        name: own ? dns(`${name}-${envs.map((e) => e.name).join("-")}`) : name,
        namespace: ns
      },
      spec: {
        goTemplate: true,
        goTemplateOptions: ["missingkey=error"],
        generators: [{ git: { repoURL, revision: branch, directories } }],
        template: {
          metadata: {
            name: `{{ index .path.segments ${envSegment} }}-{{ .path.basename | replace "_" "-" }}`,
            labels: {
              "app.kubernetes.io/managed-by": "capstan",
              "capstan.dev/environment": `{{ index .path.segments ${envSegment} }}`
            }
          },
          spec: {
            project: name,
            source: { repoURL, targetRevision: branch, path: "{{ .path.path }}" },
            destination: { server: "https://kubernetes.default.svc" },
            syncPolicy: {
              automated: { prune: true, selfHeal: true },
              syncOptions: ["PruneLast=true"]
            }
          }
        }
      }
    });
  }
  return [project, ...sets];
}
function fluxManifests(config, opts = {}) {
  const url = envRepoUrl(config, opts.repoUrl);
  const ns = opts.namespace ?? "flux-system";
  const name = dns(opts.name ?? "capstan");
  const interval = opts.interval ?? "1m";
  const out = [];
  const groups = byBranch(config);
  const sourceName = (branch) => branch === config.envRepo.branch ? name : dns(`${name}-${branch}`);
  for (const branch of groups.keys())
    out.push({
      apiVersion: "source.toolkit.fluxcd.io/v1",
      kind: "GitRepository",
      metadata: { name: sourceName(branch), namespace: ns },
      spec: { url, ref: { branch }, interval }
    });
  for (const [branch, envs] of groups)
    for (const e of envs)
      out.push({
        apiVersion: "kustomize.toolkit.fluxcd.io/v1",
        kind: "Kustomization",
        metadata: { name: dns(`${name}-${e.name}`), namespace: ns },
        spec: {
          interval,
          path: `./${config.envRepo.root}/${e.name}`,
          prune: true,
          sourceRef: { kind: "GitRepository", name: sourceName(branch) },
          timeout: "5m"
        }
      });
  return out;
}
function manifestsText(objs, header) {
  return `# ${header}
` + objs.map((o) => `---
${emitYaml(o)}`).join("");
}
async function validateManifests(objs) {
  const kinds = objs.map((o) => ({ apiVersion: String(o.apiVersion), kind: String(o.kind) }));
  await preloadKinds(kinds);
  const problems = objs.flatMap(
    (o) => validateObject(o, "1.31", emptyCrdSet()).map(
      (p) => `${String(o.kind)} ${String(o.metadata.name)} ${p.path}: ${p.message}`
    )
  );
  if (problems.length)
    throw new Error(`bootstrap produced invalid objects (a capstan bug):
${problems.join("\n")}`);
}
export {
  argocdManifests,
  envRepoUrl,
  fluxManifests,
  manifestsText,
  validateManifests
};
