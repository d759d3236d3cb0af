/**
 * `capstan init [DIR]`: a new source repository that renders with no edits —
 * capstan.yaml (staging auto-deployed, production promoted from staging), an
 * example Application, capstan.lock, editor schemas, and the three workflows
 * (render on push, preview on pull requests, promote on dispatch).
 * Existing files are never overwritten (the report says which were kept).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { emitLock, lockFromCapabilities, LOCK_FILE } from "../core/model/lock.ts";
import { usedCapabilities } from "../core/plan/plan.ts";
import { UserError, type Problem } from "../core/common/errors.ts";
import { builtinRegistry } from "./capability-docs.ts";
import { schemaTexts, SCHEMA_FILES } from "./schema-gen.ts";
import { loadFromDir } from "../flows/shared/load.ts";
import { NO_COMMIT } from "../flows/shared/identity.ts";
import { CAPSTAN_REPO } from "../core/model/version.ts";
import { WORKFLOWS } from "./workflows.generated.ts";

export interface InitOptions {
  /** env repo: URL or owner/name (default: a placeholder the user replaces) */
  envRepo?: string;
  /** application name of the example */
  app?: string;
  /** skip .github/workflows */
  noWorkflows?: boolean;
}

export interface InitResult {
  written: string[];
  kept: string[];
  /** why capstan.lock could not be written (a kept capstan.yaml or app with errors) */
  problems: Problem[];
}

const config = (envRepo: string) => `# yaml-language-server: $schema=schemas/${SCHEMA_FILES.config}
# capstan configuration. Reference: https://github.com/${CAPSTAN_REPO}#capstanyaml
apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/**/*.yaml"]
# The environment repository Argo CD or Flux deploys (\`capstan bootstrap --argocd|--flux\`).
envRepo: { url: ${envRepo}, branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true # rendered and committed on every push to main
  - name: production
    promotesFrom: staging # reached only through \`capstan promote\` (the promote workflow)
capabilities:
  - builtin
  # - path: capabilities       # your platform team's own capabilities
  # - git: https://github.com/acme/platform-capabilities.git
  #   ref: v1.0.0              # pinned by commit in capstan.lock
`;

const app = (
  name: string,
) => `# yaml-language-server: $schema=../schemas/${SCHEMA_FILES.application}
# An OAM Application (KubeVela-compatible). \`capstan capabilities list\` shows every type and trait.
apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: ${name}
spec:
  components:
    - name: web
      type: webservice
      properties:
        image: ghcr.io/stefanprodan/podinfo:6.7.1
        ports:
          - port: 9898
            expose: true
        cpu: "100m"
        memory: 64Mi
      traits:
        - type: scaler
          properties:
            replicas: 1
  policies:
    - name: staging
      type: topology
      properties: { namespace: ${name}-staging }
    - name: production
      type: topology
      properties: { namespace: ${name} }
    - name: production-ha
      type: override
      properties:
        components:
          - name: web
            traits:
              - type: scaler
                properties: { replicas: 3 }
  workflow:
    steps:
      - { name: to-staging, type: deploy, properties: { policies: [staging] } }
      - { name: to-production, type: deploy, properties: { policies: [production, production-ha] } }
`;

/**
 * The env repo as the workflows name it: `owner/name` and the repository name the
 * GitHub App token is scoped to. The documented workflows say `acme/deploy`.
 */
function envRepoNames(envRepo: string | undefined): { full: string; name: string } | undefined {
  if (envRepo === undefined) return undefined;
  const m =
    /^([\w.-]+)\/([\w.-]+)$/.exec(envRepo) ??
    /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(envRepo);
  return m ? { full: `${m[1]}/${m[2]}`, name: m[2]! } : { full: envRepo, name: "deploy" };
}

/** A documented workflow with this repository's env repo in place of `acme/deploy`. */
export function workflowFile(which: keyof typeof WORKFLOWS, envRepo?: string): string {
  const names = envRepoNames(envRepo) ?? { full: "OWNER/deploy", name: "deploy" };
  return WORKFLOWS[which]
    .replace(/(env-repo: )acme\/deploy\b/g, `$1${names.full}`)
    .replace(/(repositories: )deploy\b/g, `$1${names.name}`);
}

/** `owner/name` → its GitHub clone URL; URLs and paths as given. */
function envRepoUrl(envRepo: string | undefined): string {
  if (envRepo === undefined) return "https://github.com/OWNER/deploy.git";
  return /^[\w.-]+\/[\w.-]+$/.test(envRepo) ? `https://github.com/${envRepo}.git` : envRepo;
}

const GITIGNORE = `# capstan: the git capability pack cache and local renders
.capstan-cache/
out/
`;

export function initFiles(opts: InitOptions = {}): Map<string, string> {
  const name = opts.app ?? "hello";
  const envRepo = envRepoUrl(opts.envRepo);
  const files = new Map<string, string>([
    ["capstan.yaml", config(envRepo)],
    [`apps/${name}.yaml`, app(name)],
    [".gitignore", GITIGNORE],
  ]);
  for (const [f, t] of schemaTexts(builtinRegistry())) files.set(`schemas/${f}`, t);
  if (!opts.noWorkflows) {
    for (const w of ["render", "preview", "promote"] as const)
      files.set(`.github/workflows/capstan-${w}.yml`, workflowFile(w, opts.envRepo));
  }
  return files;
}

export async function initRepo(dir: string, opts: InitOptions = {}): Promise<InitResult> {
  if (opts.app !== undefined && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(opts.app))
    throw new UserError([
      { code: "init", message: `--app "${opts.app}" is not a DNS-1123 label (a-z, 0-9, -)` },
    ]);
  const result: InitResult = { written: [], kept: [], problems: [] };
  for (const [rel, text] of initFiles(opts)) {
    const abs = join(dir, rel);
    if (existsSync(abs)) {
      result.kept.push(rel);
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    result.written.push(rel);
  }
  if (existsSync(join(dir, LOCK_FILE))) {
    result.kept.push(LOCK_FILE);
    return result;
  }
  // The files above are written: what the lock needs and kept files break is reported
  // with them, not as a failure that wrote nothing.
  try {
    const src = await loadFromDir({ source: dir, sourceRepo: "local/init", commit: NO_COMMIT });
    const used = usedCapabilities(src);
    if (used.problems.length) throw new UserError(used.problems);
    writeFileSync(join(dir, LOCK_FILE), emitLock(lockFromCapabilities(used.caps)));
    result.written.push(LOCK_FILE);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    result.problems = e.problems;
  }
  return result;
}

/**
 * What is left to do after `init`, in order, naming no step init already did: the
 * env repo only when capstan.yaml still holds the placeholder, the App token only when
 * the workflows were written.
 */
export function nextSteps(dir: string, shown: string, opts: InitOptions): string[] {
  const steps = [`capstan render --source ${shown} --out out   # the manifests, locally`];
  const placeholder = readFileSync(join(dir, "capstan.yaml"), "utf8").includes("OWNER/deploy");
  if (placeholder)
    steps.push(
      `set envRepo.url in capstan.yaml${opts.noWorkflows ? "" : " (and env-repo in .github/workflows/capstan-render.yml)"} to your environment repository`,
    );
  steps.push(
    "create the environment repository with a main branch (on GitHub: an empty repository; locally: git init --bare -b main)",
  );
  if (!opts.noWorkflows) {
    const repo = envRepoNames(opts.envRepo)?.full ?? "the environment repository";
    steps.push(
      `install a GitHub App on this repository and ${repo} (Contents, Pull requests, Commit statuses: read & write); set variable CAPSTAN_APP_ID and secret CAPSTAN_APP_PRIVATE_KEY`,
    );
  }
  steps.push(
    "capstan bootstrap --argocd (or --flux) --source " +
      shown +
      "   # the objects that deploy the environment repository",
    opts.noWorkflows
      ? "commit and push; then capstan render --env-repo URL --push renders staging"
      : "commit and push to main: the render workflow commits staging; a pull request gets the preview comment; run the promote workflow for production",
  );
  return steps.map((s, i) => `  ${i + 1}. ${s}`);
}
