/**
 * `capstan init [DIR]`: a new source repository that renders with no edits —
 * capstan.yaml (staging auto-deployed, production promoted from staging), an
 * example Application, capstan.lock, editor schemas, and the three workflows
 * (render on push, preview on pull requests, promote on dispatch).
 * Existing files are never overwritten (the report says which were kept).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { emitLock, lockFromCapabilities, LOCK_FILE } from "../core/lock.ts";
import { usedCapabilities } from "../core/engine.ts";
import { UserError } from "../core/errors.ts";
import { builtinRegistry } from "./capability-docs.ts";
import { schemaTexts, SCHEMA_FILES } from "./schema-gen.ts";
import { loadFromDir } from "../flows/shared/load.ts";
import { NO_COMMIT } from "../flows/shared/identity.ts";

/** The action reference the generated workflows use. */
export const ACTION_REF = "capstan-dev/capstan@v0";

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
}

const config = (envRepo: string) => `# yaml-language-server: $schema=schemas/${SCHEMA_FILES.config}
# capstan configuration. Reference: https://github.com/${ACTION_REF.split("@")[0]}#capstanyaml
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

const checkout = (fetchDepth: boolean) =>
  `      - uses: actions/checkout@v4${
    fetchDepth
      ? `
        with:
          fetch-depth: 0 # base and head are both rendered`
      : ""
  }`;

const renderWorkflow =
  () => `# Renders every autoDeploy environment and commits the manifests to the env repo.
name: capstan render
on:
  push:
    branches: [main]
concurrency: { group: capstan-render, cancel-in-progress: false }
permissions:
  contents: read
jobs:
  render:
    runs-on: ubuntu-latest
    steps:
${checkout(false)}
      - uses: ${ACTION_REF}
        with:
          command: render
          # a token that can push to the env repo (a fine-grained PAT or a GitHub App token)
          token: \${{ secrets.CAPSTAN_TOKEN }}
`;

const previewWorkflow =
  () => `# Posts the difference of the rendered manifests on every pull request (one sticky comment).
name: capstan preview
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
${checkout(true)}
      - uses: ${ACTION_REF}
        with:
          command: preview
          token: \${{ secrets.GITHUB_TOKEN }}
`;

const promoteWorkflow =
  () => `# Promotes what staging runs to production: opens (or updates) a pull request on the env repo.
name: capstan promote
on:
  workflow_dispatch:
    inputs:
      from:
        description: Environment to promote from
        default: staging
        required: true
      to:
        description: Environment to promote into (it names its source with promotesFrom)
        default: production
        required: true
permissions:
  contents: read
jobs:
  promote:
    runs-on: ubuntu-latest
    steps:
${checkout(true)}
      - uses: ${ACTION_REF}
        with:
          command: promote
          from: \${{ inputs.from }}
          to: \${{ inputs.to }}
          token: \${{ secrets.CAPSTAN_TOKEN }}
`;

const GITIGNORE = `# capstan: the git capability pack cache and local renders
.capstan-cache/
out/
`;

export function initFiles(opts: InitOptions = {}): Map<string, string> {
  const name = opts.app ?? "hello";
  const envRepo = opts.envRepo ?? "https://github.com/OWNER/deploy.git";
  const files = new Map<string, string>([
    ["capstan.yaml", config(envRepo)],
    [`apps/${name}.yaml`, app(name)],
    [".gitignore", GITIGNORE],
  ]);
  for (const [f, t] of schemaTexts(builtinRegistry())) files.set(`schemas/${f}`, t);
  if (!opts.noWorkflows) {
    files.set(".github/workflows/capstan-render.yml", renderWorkflow());
    files.set(".github/workflows/capstan-preview.yml", previewWorkflow());
    files.set(".github/workflows/capstan-promote.yml", promoteWorkflow());
  }
  return files;
}

export async function initRepo(dir: string, opts: InitOptions = {}): Promise<InitResult> {
  if (opts.app !== undefined && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(opts.app))
    throw new UserError([
      { code: "init", message: `--app "${opts.app}" is not a DNS-1123 label (a-z, 0-9, -)` },
    ]);
  const result: InitResult = { written: [], kept: [] };
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
  if (!existsSync(join(dir, LOCK_FILE))) {
    const src = await loadFromDir({ source: dir, sourceRepo: "local/init", commit: NO_COMMIT });
    const used = usedCapabilities(src);
    if (used.problems.length) throw new UserError(used.problems);
    writeFileSync(join(dir, LOCK_FILE), emitLock(lockFromCapabilities(used.caps)));
    result.written.push(LOCK_FILE);
  } else result.kept.push(LOCK_FILE);
  return result;
}
