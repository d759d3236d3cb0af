import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  SCHEMA_FILES,
  schemaTexts
} from "./chunk-RNENW4QF.js";
import {
  builtinRegistry
<<<<<<<< HEAD:dist/chunks/init-LPQV5MTW.js
<<<<<<<< HEAD:dist/chunks/init-LPQV5MTW.js
<<<<<<<< HEAD:dist/chunks/init-LPQV5MTW.js
} from "./chunk-VGTXWRAA.js";
import {
  loadFromDir
} from "./chunk-KFH5FNFK.js";
import "./chunk-WYIS3FSG.js";
import "./chunk-BYHSRYDB.js";
========
} from "./chunk-2KLQF7J2.js";
>>>>>>>> i18:dist/chunks/init-BFNKHES2.js
========
} from "./chunk-TUVHHVY6.js";
import {
  loadFromDir
} from "./chunk-HFE5JKRP.js";
import "./chunk-HCY2RDJM.js";
>>>>>>>> i15a:dist/chunks/init-SLQ4KOFX.js
========
} from "./chunk-TS62D6HW.js";
import {
  loadFromDir
} from "./chunk-IL4PQOHJ.js";
import "./chunk-WLITL2OP.js";
import "./chunk-DGUPFWAF.js";
>>>>>>>> i15b:dist/chunks/init-6SLMN2EG.js
import {
  NO_COMMIT
} from "./chunk-BB75IWMQ.js";
import {
  loadFromDir
} from "./chunk-LRHMWQ3M.js";
import "./chunk-3SRIKC5W.js";
import {
  usedCapabilities
<<<<<<<< HEAD:dist/chunks/init-LPQV5MTW.js
<<<<<<<< HEAD:dist/chunks/init-LPQV5MTW.js
} from "./chunk-IAZL6UQ2.js";
import "./chunk-364WKKB7.js";
import "./chunk-D24S4AL4.js";
import "./chunk-NXEJ7XQU.js";
import "./chunk-UDA7S276.js";
import "./chunk-OLPQ37OG.js";
========
} from "./chunk-4UVRDUWS.js";
import "./chunk-2XM7FBDR.js";
import "./chunk-ER5K6JTA.js";
import "./chunk-SQJ4ZNK3.js";
>>>>>>>> i15a:dist/chunks/init-SLQ4KOFX.js
========
} from "./chunk-JD3WBVE6.js";
import "./chunk-ZTFLD2BB.js";
import "./chunk-AL25DJY2.js";
>>>>>>>> i15b:dist/chunks/init-6SLMN2EG.js
import {
  LOCK_FILE,
  emitLock,
  lockFromCapabilities
<<<<<<<< HEAD:dist/chunks/init-LPQV5MTW.js
<<<<<<<< HEAD:dist/chunks/init-LPQV5MTW.js
} from "./chunk-X5RCBLD3.js";
import "./chunk-23SCBZZ6.js";
========
} from "./chunk-75ZYMOTF.js";
import "./chunk-23SCBZZ6.js";
import "./chunk-2NF2QYZQ.js";
>>>>>>>> i15a:dist/chunks/init-SLQ4KOFX.js
========
} from "./chunk-MJVUGJEI.js";
import "./chunk-GO5WSXYM.js";
import "./chunk-Y5F23WUW.js";
>>>>>>>> i15b:dist/chunks/init-6SLMN2EG.js
import "./chunk-5SBUQFNJ.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-NB3YUSRG.js";
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
