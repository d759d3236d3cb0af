import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  SCHEMA_FILES,
  schemaTexts
} from "./chunk-3CB42R4Z.js";
import {
  builtinRegistry
} from "./chunk-IOMMJBP4.js";
import {
  loadFromDir
} from "./chunk-ZLJK6DW6.js";
import "./chunk-C6UQBQU6.js";
import "./chunk-6FEQDPUU.js";
import {
  NO_COMMIT
} from "./chunk-BB75IWMQ.js";
import {
  usedCapabilities
} from "./chunk-QPSHCA5V.js";
import "./chunk-B3HO5CID.js";
import "./chunk-QSMJWJ5Y.js";
import {
  LOCK_FILE,
  emitLock,
  lockFromCapabilities
} from "./chunk-SNFHAH6X.js";
import "./chunk-RZIP7OQK.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-BODV5UJD.js";
import "./chunk-5SBUQFNJ.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-WAQ3KH3F.js";
import "./chunk-3IFGO55J.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-TJCCMP7P.js";
import {
  UserError
} from "./chunk-25T5DTZY.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/tools/init.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var ACTION_REF = "capstan-dev/capstan@v0";
var config = (envRepo) => `# yaml-language-server: $schema=schemas/${SCHEMA_FILES.config}
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
var app = (name) => `# yaml-language-server: $schema=../schemas/${SCHEMA_FILES.application}
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
var checkout = (fetchDepth) => `      - uses: actions/checkout@v4${fetchDepth ? `
        with:
          fetch-depth: 0 # base and head are both rendered` : ""}`;
var renderWorkflow = () => `# Renders every autoDeploy environment and commits the manifests to the env repo.
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
var previewWorkflow = () => `# Posts the difference of the rendered manifests on every pull request (one sticky comment).
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
var promoteWorkflow = () => `# Promotes what staging runs to production: opens (or updates) a pull request on the env repo.
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
var GITIGNORE = `# capstan: the git capability pack cache and local renders
.capstan-cache/
out/
`;
function initFiles(opts = {}) {
  const name = opts.app ?? "hello";
  const envRepo = opts.envRepo ?? "https://github.com/OWNER/deploy.git";
  const files = /* @__PURE__ */ new Map([
    ["capstan.yaml", config(envRepo)],
    [`apps/${name}.yaml`, app(name)],
    [".gitignore", GITIGNORE]
  ]);
  for (const [f, t] of schemaTexts(builtinRegistry())) files.set(`schemas/${f}`, t);
  if (!opts.noWorkflows) {
    files.set(".github/workflows/capstan-render.yml", renderWorkflow());
    files.set(".github/workflows/capstan-preview.yml", previewWorkflow());
    files.set(".github/workflows/capstan-promote.yml", promoteWorkflow());
  }
  return files;
}
async function initRepo(dir, opts = {}) {
  if (opts.app !== void 0 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(opts.app))
    throw new UserError([
      { code: "init", message: `--app "${opts.app}" is not a DNS-1123 label (a-z, 0-9, -)` }
    ]);
  const result = { written: [], kept: [] };
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
export {
  ACTION_REF,
  initFiles,
  initRepo
};
