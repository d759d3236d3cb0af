/**
 * `capstan bootstrap --argocd | --flux`: the few objects that make Argo CD or
 * Flux deploy the environment repository capstan writes (`<root>/<env>/<app>/`).
 *
 * Argo CD: an AppProject and an ApplicationSet whose git directory generator
 * walks `<root>/*\/*` (one Application per env/app; `.capstan` state folders
 * excluded), automated sync with prune and selfHeal. Destinations are
 * namespace-less: every object capstan renders carries its namespace.
 * Application names are `<env>-<folder>`; capstan's own folders start with `_`
 * (`_namespaces`), which no Kubernetes name may hold, so `_` becomes `-`
 * (`staging--namespaces`: app names are DNS-1123 labels and cannot start with `-`).
 * Environments on their own branch (`branch:`) get their own ApplicationSet.
 *
 * Flux: one GitRepository per branch and one Kustomization per environment
 * (`path: ./<root>/<env>`, prune: true).
 */
import { emitYaml } from "../yaml/emit.ts";
import { emptyCrdSet, preloadKinds, validateObject } from "../kube/index.ts";
import { UserError } from "../core/common/errors.ts";
import type { Config, Environment } from "../core/model/config.ts";

export interface BootstrapOptions {
  /** URL of the env repo (default: capstan.yaml envRepo.url) */
  repoUrl?: string;
  /** name prefix of the generated objects */
  name?: string;
  /** namespace of Argo CD (argocd) or Flux (flux-system) */
  namespace?: string;
  /** Flux reconcile interval */
  interval?: string;
}

export type Manifest = Record<string, unknown>;

/** `owner/name` (GitHub shorthand) → https URL; URLs as they are; local paths are refused. */
export function envRepoUrl(config: Config, override?: string): string {
  const url = override ?? config.envRepo.url;
  if (!url)
    throw new UserError([
      {
        file: config.file,
        code: "config",
        path: "/envRepo/url",
        message:
          "bootstrap needs the environment repository's URL: set envRepo.url in capstan.yaml or pass --repo-url",
      },
    ]);
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(url) && !url.startsWith("."))
    return `https://github.com/${url.replace(/\.git$/, "")}.git`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/\\]+@[^/\\]+:/.test(url)) return url;
  throw new UserError([
    {
      file: config.file,
      code: "config",
      path: "/envRepo/url",
      message: `envRepo.url "${url}" is a local path; Argo CD and Flux need a URL they can clone (pass --repo-url)`,
    },
  ]);
}

/** Environments grouped by the env-repo branch they live on. */
function byBranch(config: Config): Map<string, Environment[]> {
  const m = new Map<string, Environment[]>();
  for (const e of config.environments) {
    const b = e.branch ?? config.envRepo.branch;
    m.set(b, [...(m.get(b) ?? []), e]);
  }
  return m;
}

const dns = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63) || "capstan";

export function argocdManifests(config: Config, opts: BootstrapOptions = {}): Manifest[] {
  const repoURL = envRepoUrl(config, opts.repoUrl);
  const ns = opts.namespace ?? "argocd";
  const name = dns(opts.name ?? "capstan");
  const root = config.envRepo.root;
  const envSegment = root.split("/").length; // index of <env> in .path.segments
  const project: Manifest = {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "AppProject",
    metadata: { name, namespace: ns },
    spec: {
      description: "Applications rendered by capstan",
      sourceRepos: [repoURL],
      destinations: [{ server: "https://kubernetes.default.svc", namespace: "*" }],
      clusterResourceWhitelist: [{ group: "*", kind: "*" }],
    },
  };
  const defaultBranch = config.envRepo.branch;
  const groups = byBranch(config);
  const sets: Manifest[] = [];
  for (const [branch, envs] of groups) {
    const own = branch !== defaultBranch;
    const directories: Record<string, unknown>[] = own
      ? envs.map((e) => ({ path: `${root}/${e.name}/*` }))
      : [{ path: `${root}/*/*` }];
    directories.push({ path: `${root}/*/.capstan`, exclude: true });
    if (!own)
      for (const [b, others] of groups)
        if (b !== defaultBranch)
          for (const e of others) directories.push({ path: `${root}/${e.name}/*`, exclude: true });
    sets.push({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "ApplicationSet",
      metadata: {
        name: own ? dns(`${name}-${envs.map((e) => e.name).join("-")}`) : name,
        namespace: ns,
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
              "capstan.dev/environment": `{{ index .path.segments ${envSegment} }}`,
            },
          },
          spec: {
            project: name,
            source: { repoURL, targetRevision: branch, path: "{{ .path.path }}" },
            destination: { server: "https://kubernetes.default.svc" },
            syncPolicy: {
              automated: { prune: true, selfHeal: true },
              syncOptions: ["PruneLast=true"],
            },
          },
        },
      },
    });
  }
  return [project, ...sets];
}

export function fluxManifests(config: Config, opts: BootstrapOptions = {}): Manifest[] {
  const url = envRepoUrl(config, opts.repoUrl);
  const ns = opts.namespace ?? "flux-system";
  const name = dns(opts.name ?? "capstan");
  const interval = opts.interval ?? "1m";
  const out: Manifest[] = [];
  const groups = byBranch(config);
  const sourceName = (branch: string) =>
    branch === config.envRepo.branch ? name : dns(`${name}-${branch}`);
  for (const branch of groups.keys())
    out.push({
      apiVersion: "source.toolkit.fluxcd.io/v1",
      kind: "GitRepository",
      metadata: { name: sourceName(branch), namespace: ns },
      spec: { url, ref: { branch }, interval },
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
          timeout: "5m",
        },
      });
  return out;
}

/** Multi-document YAML, deterministic. */
export function manifestsText(objs: Manifest[], header: string): string {
  return `# ${header}\n` + objs.map((o) => `---\n${emitYaml(o)}`).join("");
}

/** Checks the objects against the bundled Argo CD / Flux schemas; a failure is a bug, said so. */
export async function validateManifests(objs: Manifest[]): Promise<void> {
  const kinds = objs.map((o) => ({ apiVersion: String(o.apiVersion), kind: String(o.kind) }));
  await preloadKinds(kinds);
  const problems = objs.flatMap((o) =>
    validateObject(o, "1.31", emptyCrdSet()).map(
      (p) =>
        `${String(o.kind)} ${String((o.metadata as { name?: string }).name)} ${p.path}: ${p.message}`,
    ),
  );
  if (problems.length)
    throw new Error(`bootstrap produced invalid objects (a capstan bug):\n${problems.join("\n")}`);
}
