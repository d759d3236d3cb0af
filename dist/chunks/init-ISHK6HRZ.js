import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  SCHEMA_FILES,
  schemaTexts
} from "./chunk-GVWWTWPL.js";
import {
  builtinRegistry
} from "./chunk-OMZKTUPP.js";
import {
  loadFromDir
} from "./chunk-DMFYGGHK.js";
import "./chunk-FCP2IWXA.js";
import {
  NO_COMMIT
} from "./chunk-IOBEII3D.js";
import {
  usedCapabilities
} from "./chunk-JBLNTRAF.js";
import "./chunk-3427PZOU.js";
import "./chunk-SSJMW5PP.js";
import {
  LOCK_FILE,
  emitLock,
  lockFromCapabilities
} from "./chunk-DFIP6AYO.js";
import "./chunk-G6D3CCKW.js";
import "./chunk-NAEY2JMF.js";
import "./chunk-UTJQZLM3.js";
import "./chunk-5SBUQFNJ.js";
import {
  CAPSTAN_REPO
} from "./chunk-SID65HV4.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-HX64S4PU.js";
import "./chunk-5ETQQFMW.js";
import "./chunk-UUCA4ZKB.js";
import "./chunk-FN2YLOUV.js";
import {
  UserError
} from "./chunk-N5T7JROX.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// src/tools/init.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

// src/tools/workflows.generated.ts
var WORKFLOWS = {
  render: '# capstan render: on every push to main, render every autoDeploy environment of this\n# source repository and commit the result to the environment repository that Argo CD\n# or Flux deploys. Copy to .github/workflows/capstan-render.yml.\n#\n# Why a GitHub App token: commits pushed with the workflow\'s own GITHUB_TOKEN do not\n# trigger workflows in the env repo (and cannot push to another repository at all).\n# A GitHub App installed on both repositories with\n#   Contents: read & write        (push to the env repo)\n#   Pull requests: read & write   (environments with `approval: pull-request`)\n#   Commit statuses: read & write (the status on the source commit linking the env commit)\n# gives a short-lived token whose pushes do trigger env-repo workflows.\nname: capstan render\n\non:\n  push:\n    branches: [main]\n\n# One render at a time per source repository; a newer push waits instead of racing.\n# (capstan also survives races between different source repositories feeding one env\n# repo: it re-fetches, re-plans and retries, and never replaces a newer render.)\nconcurrency:\n  group: capstan-render-${{ github.repository }}\n  cancel-in-progress: false\n\npermissions:\n  contents: read # the source checkout; everything else uses the App token\n\njobs:\n  render:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        # A shallow checkout is fine: capstan deepens it itself when it needs history\n        # (to check that it never replaces a newer render). Use fetch-depth: 0 if your\n        # runner cannot fetch from the source repository.\n\n      - id: app-token\n        uses: actions/create-github-app-token@v1\n        with:\n          app-id: ${{ vars.CAPSTAN_APP_ID }}\n          private-key: ${{ secrets.CAPSTAN_APP_PRIVATE_KEY }}\n          owner: ${{ github.repository_owner }}\n          # the env repo (push, pull requests) and this repo (commit statuses)\n          repositories: deploy,${{ github.event.repository.name }}\n\n      - id: capstan\n        uses: capstan-dev/capstan@v0\n        with:\n          command: render\n          source: .\n          env-repo: acme/deploy # owner/name, a URL, or a path; default: envRepo.url in capstan.yaml\n          token: ${{ steps.app-token.outputs.token }}\n          # environments: staging        # default: every autoDeploy environment\n          # committer-name: capstan[bot] # set together with committer-email\n          # committer-email: 123456+capstan[bot]@users.noreply.github.com\n          # dry-run: "false"\n          # allow-mass-deletion: "false" # needed to delete more than half of an environment\'s objects\n          # prune-removed-envs: "false"  # remove apps of environments deleted from capstan.yaml\n          # frozen: "true"               # capstan.lock must be present and current\n\n      - name: Report\n        if: steps.capstan.outputs.changed == \'true\'\n        env: # outputs through env, never spliced into the script\n          COMMITS: ${{ steps.capstan.outputs.commits }}\n          PULL_REQUESTS: ${{ steps.capstan.outputs.pull-requests }}\n          CHANGED_APPS: ${{ steps.capstan.outputs.changed-apps }}\n        run: |\n          echo "commits: $COMMITS"\n          echo "pull requests: $PULL_REQUESTS"\n          echo "changed apps: $CHANGED_APPS"\n',
  preview: '# capstan preview: the rendered-manifest diff of every pull request, as one sticky comment.\n#\n# Same-repository pull requests: this workflow is all you need. The comment is\n# created on the first run, updated in place on later pushes, and not touched when\n# the report is unchanged. Spec errors fail the check with annotations.\n#\n# Pull requests from forks: GitHub gives a fork\'s `pull_request` run a read-only\n# token, so the comment cannot be written from here (capstan detects the fork and\n# skips the comment: `comment: auto`). capstan also takes capability packs,\n# capstan.lock and capstan.yaml\'s `capabilities:` list from the BASE revision for\n# forks, so no fork-authored template is rendered. To post the comment for forks,\n# use the workflow_run pattern \u2014 a second, trusted workflow that never checks out\n# the fork\'s code:\n#\n#   # .github/workflows/preview-comment.yml\n#   on:\n#     workflow_run:\n#       workflows: [capstan preview]\n#       types: [completed]\n#   permissions: { pull-requests: write, actions: read }\n#   jobs:\n#     comment:\n#       if: github.event.workflow_run.event == \'pull_request\'\n#       runs-on: ubuntu-latest\n#       steps:\n#         - uses: actions/download-artifact@v4\n#           with:\n#             name: capstan-preview\n#             run-id: ${{ github.event.workflow_run.id }}\n#             github-token: ${{ github.token }}\n#         - uses: actions/github-script@v7\n#           with:\n#             script: |\n#               const fs = require("fs");\n#               const pr = Number(fs.readFileSync("pr-number", "utf8"));\n#               const body = fs.readFileSync("comment.md", "utf8");   // already \u2264 65,536 chars\n#               const marker = body.split("\\n")[0];                    // <!-- capstan:preview:<source> -->\n#               const { owner, repo } = context.repo;\n#               const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number: pr, per_page: 100 });\n#               const mine = comments.find((c) => c.body?.includes(marker));\n#               if (!mine) await github.rest.issues.createComment({ owner, repo, issue_number: pr, body });\n#               else if (mine.body !== body) await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });\n#\n# and in this workflow, for forks, upload the comment body and PR number (see the\n# last steps below). Next to report-path (the full report) the Action writes\n# `<report-path without .md>.comment.md`: the comment body, marker included, already\n# cut to GitHub\'s 65,536-character limit at object boundaries.\nname: capstan preview\non:\n  pull_request:\n    paths: ["capstan.yaml", "capstan.lock", "apps/**", "capabilities/**", "crds/**"]\npermissions:\n  contents: read\n  pull-requests: write\nconcurrency:\n  group: capstan-preview-${{ github.event.pull_request.number }}\n  cancel-in-progress: true\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0 # the preview renders the merge base; capstan deepens a shallow clone itself, this avoids the round trips\n      - id: capstan\n        uses: capstan-dev/capstan@v0\n        with:\n          command: preview\n          source: .\n          token: ${{ github.token }}\n      - name: Keep the report for the workflow_run comment job (forks)\n        if: always() && github.event.pull_request.head.repo.fork\n        run: |\n          mkdir -p preview && echo "${{ github.event.pull_request.number }}" > preview/pr-number\n          report="${{ steps.capstan.outputs.report-path }}"\n          cp "${report%.md}.comment.md" preview/comment.md\n      - if: always() && github.event.pull_request.head.repo.fork\n        uses: actions/upload-artifact@v4\n        with:\n          name: capstan-preview\n          path: preview/\n',
  promote: '# capstan promote: re-render the next environment at the source revisions the previous\n# one runs, and open (or update) ONE pull request on the environment repository:\n# branch capstan/promote/<from>-to-<to>, label capstan:promotion, body = the rendered\n# diff plus the source commits it brings. Merging the pull request deploys it.\n# Copy to .github/workflows/capstan-promote.yml in the SOURCE repository.\n#\n# Only edges declared with `promotesFrom` in capstan.yaml can be promoted.\n# `revision` is the one way to move an environment backwards (a rollback: the pull\n# request says so); without it an app is never moved to an older commit.\nname: capstan promote\n\non:\n  workflow_dispatch:\n    inputs:\n      from:\n        description: Environment to promote from (its state.json names the source revisions)\n        required: true\n        default: staging\n      to:\n        description: Environment to promote to (must declare promotesFrom = from)\n        required: true\n        default: production\n      apps:\n        description: Only these apps, comma separated (empty = every app)\n        required: false\n        default: ""\n      revision:\n        description: An explicit source revision instead (older than what `to` runs = rollback)\n        required: false\n        default: ""\n\n# One promotion per edge at a time; a second run updates the same branch and PR.\nconcurrency:\n  group: capstan-promote-${{ inputs.from }}-${{ inputs.to }}\n  cancel-in-progress: false\n\npermissions:\n  contents: write # push capstan/promote/* when the env repo is this repository\n  pull-requests: write # open, update or close the promotion pull request\n\njobs:\n  promote:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          # The source history: capstan renders each app at the commit the `from`\n          # environment records and lists the commits in between. A shallow checkout\n          # works too (capstan deepens it), unless the runner cannot fetch.\n          fetch-depth: 0\n\n      # The env repo usually is another repository: a GitHub App token with\n      # Contents and Pull requests read & write on it (see render.yml).\n      - id: app-token\n        uses: actions/create-github-app-token@v1\n        with:\n          app-id: ${{ vars.CAPSTAN_APP_ID }}\n          private-key: ${{ secrets.CAPSTAN_APP_PRIVATE_KEY }}\n          owner: ${{ github.repository_owner }}\n          repositories: deploy\n\n      - id: capstan\n        uses: capstan-dev/capstan@v0\n        with:\n          command: promote\n          from: ${{ inputs.from }}\n          to: ${{ inputs.to }}\n          apps: ${{ inputs.apps }}\n          revision: ${{ inputs.revision }}\n          token: ${{ steps.app-token.outputs.token }}\n          # env-repo: acme/deploy   # default: envRepo.url in capstan.yaml\n\n      - if: steps.capstan.outputs.changed == \'true\'\n        run: echo "Promotion pull request ${{ steps.capstan.outputs.pr-url }}"\n'
};

// src/tools/init.ts
var config = (envRepo) => `# yaml-language-server: $schema=schemas/${SCHEMA_FILES.config}
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
function envRepoNames(envRepo) {
  if (envRepo === void 0) return void 0;
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(envRepo) ?? /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(envRepo);
  return m ? { full: `${m[1]}/${m[2]}`, name: m[2] } : { full: envRepo, name: "deploy" };
}
function workflowFile(which, envRepo) {
  const names = envRepoNames(envRepo) ?? { full: "OWNER/deploy", name: "deploy" };
  return WORKFLOWS[which].replace(/(env-repo: )acme\/deploy\b/g, `$1${names.full}`).replace(/(repositories: )deploy\b/g, `$1${names.name}`);
}
function envRepoUrl(envRepo) {
  if (envRepo === void 0) return "https://github.com/OWNER/deploy.git";
  return /^[\w.-]+\/[\w.-]+$/.test(envRepo) ? `https://github.com/${envRepo}.git` : envRepo;
}
var GITIGNORE = `# capstan: the git capability pack cache and local renders
.capstan-cache/
out/
`;
function initFiles(opts = {}) {
  const name = opts.app ?? "hello";
  const envRepo = envRepoUrl(opts.envRepo);
  const files = /* @__PURE__ */ new Map([
    ["capstan.yaml", config(envRepo)],
    [`apps/${name}.yaml`, app(name)],
    [".gitignore", GITIGNORE]
  ]);
  for (const [f, t] of schemaTexts(builtinRegistry())) files.set(`schemas/${f}`, t);
  if (!opts.noWorkflows) {
    for (const w of ["render", "preview", "promote"])
      files.set(`.github/workflows/capstan-${w}.yml`, workflowFile(w, opts.envRepo));
  }
  return files;
}
async function initRepo(dir, opts = {}) {
  if (opts.app !== void 0 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(opts.app))
    throw new UserError([
      { code: "init", message: `--app "${opts.app}" is not a DNS-1123 label (a-z, 0-9, -)` }
    ]);
  const result = { written: [], kept: [], problems: [] };
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
function nextSteps(dir, shown, opts) {
  const steps = [`capstan render --source ${shown} --out out   # the manifests, locally`];
  const placeholder = readFileSync(join(dir, "capstan.yaml"), "utf8").includes("OWNER/deploy");
  if (placeholder)
    steps.push(
      `set envRepo.url in capstan.yaml${opts.noWorkflows ? "" : " (and env-repo in .github/workflows/capstan-render.yml)"} to your environment repository`
    );
  steps.push(
    "create the environment repository with a main branch (on GitHub: an empty repository; locally: git init --bare -b main)"
  );
  if (!opts.noWorkflows) {
    const repo = envRepoNames(opts.envRepo)?.full ?? "the environment repository";
    steps.push(
      `install a GitHub App on this repository and ${repo} (Contents, Pull requests, Commit statuses: read & write); set variable CAPSTAN_APP_ID and secret CAPSTAN_APP_PRIVATE_KEY`
    );
  }
  steps.push(
    "capstan bootstrap --argocd (or --flux) --source " + shown + "   # the objects that deploy the environment repository",
    opts.noWorkflows ? "commit and push; then capstan render --env-repo URL --push renders staging" : "commit and push to main: the render workflow commits staging; a pull request gets the preview comment; run the promote workflow for production"
  );
  return steps.map((s, i) => `  ${i + 1}. ${s}`);
}
export {
  initFiles,
  initRepo,
  nextSteps,
  workflowFile
};
