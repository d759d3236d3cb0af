/** Small source repositories for the preview tests: real git, built-in capabilities, a local trait. */
import { commitAll, initRepo, tmpdir, writeTree } from "../helpers/git.ts";
import * as fs from "node:fs/promises";
import * as path from "node:path";

export const CONFIG = `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/**/*.yaml"]
envRepo: { url: https://github.com/acme/deploy.git, branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true
    namespace: staging
  - name: production
    promotesFrom: staging
    namespace: prod
capabilities:
  - builtin
  - path: capabilities
`;

export function app(name: string, image: string, replicas = 1, extra = ""): string {
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: ${name}
  namespace: ${name} # one namespace per app: every app has a component "web"
spec:
  components:
    - name: web
      type: webservice
      properties:
        image: ${image}
        ports:
          - port: 8080
            expose: true
      traits:
        - type: scaler
          properties: { replicas: ${replicas} }
        - type: team-labels
          properties: { team: ${name}-team }
${extra}`;
}

/** A local trait; version 1.1.0 adds a cost-centre label. */
export function teamLabels(version: string): Record<string, string> {
  const extra = version === "1.0.0" ? "" : `\n      cost-centre: {{concat "cc-" parameter.team}}`;
  const dir = `capabilities/team-labels/${version}`;
  return {
    [`${dir}/capability.yaml`]: `apiVersion: capstan.dev/v1alpha1
kind: Trait
description: Team label on the workload.
appliesTo: ["*"]
conflictsWith: []
emits: []
parameters:
  type: object
  additionalProperties: false
  required: [team]
  properties:
    team: { type: string }
`,
    [`${dir}/patch.yaml.hbs`]: `patch:
  metadata:
    labels:
      team: {{parameter.team}}${extra}
`,
  };
}

export const BASE_FILES: Record<string, string> = {
  "capstan.yaml": CONFIG,
  "apps/cart.yaml": app("cart", "ghcr.io/acme/cart:1.0.0"),
  "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.4.2"),
  "apps/users.yaml": app("users", "ghcr.io/acme/users:3.1.0", 2),
  ...teamLabels("1.0.0"),
};

/** A repo with the base on `main` and the head on branch `pr` (one commit each). */
export async function prRepo(
  head: Record<string, string | null>,
  base: Record<string, string> = BASE_FILES,
): Promise<{ dir: string; base: string; head: string }> {
  const dir = await tmpdir("capstan-preview-");
  await initRepo(dir, base);
  const baseSha = await commitAll(dir, "base");
  const { git } = await import("../helpers/git.ts");
  await git(dir, "checkout", "-q", "-b", "pr");
  const write: Record<string, string> = {};
  for (const [p, t] of Object.entries(head)) {
    if (t === null) await fs.rm(path.join(dir, p), { recursive: true, force: true });
    else write[p] = t;
  }
  await writeTree(dir, write);
  const headSha = await commitAll(dir, "change", "2024-01-02T00:00:00Z");
  return { dir, base: baseSha, head: headSha };
}

/** Three environments: dev and staging change on merge, production only by promotion. */
export const CONFIG3 = `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/**/*.yaml"]
envRepo: { url: https://github.com/acme/deploy.git, branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: dev
    autoDeploy: true
    namespace: dev
    allowLiteralSecrets: true
  - name: staging
    autoDeploy: true
    namespace: staging
  - name: production
    promotesFrom: staging
    namespace: prod
capabilities:
  - builtin
`;

/** An app deployed to staging and production, with three replicas in production. */
export function stagedApp(name: string, image: string, prodReplicas: number): string {
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: ${name} }
spec:
  components:
    - name: web
      type: webservice
      properties: { image: ${image}, ports: [{ port: 8080 }] }
      traits:
        - type: scaler
          properties: { replicas: 1 }
  policies:
    - { name: staging, type: topology, properties: {} }
    - { name: production, type: topology, properties: {} }
    - name: prod-ha
      type: override
      properties:
        components: [{ name: web, traits: [{ type: scaler, properties: { replicas: ${prodReplicas} } }] }]
  workflow:
    steps:
      - { name: to-staging, type: deploy, properties: { policies: [staging] } }
      - { name: to-prod, type: deploy, properties: { policies: [production, prod-ha] } }
`;
}

/** A dev-only app holding a literal Secret (dev sets allowLiteralSecrets). */
export function secretApp(stringData: Record<string, string>): string {
  const data = Object.entries(stringData)
    .map(([k, v]) => `\n              ${k}: ${v}`)
    .join("");
  return `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: creds }
spec:
  components:
    - name: creds
      type: k8s-objects
      properties:
        objects:
          - apiVersion: v1
            kind: Secret
            metadata: { name: db, labels: { team: data } }
            stringData:${data}
  policies:
    - { name: dev, type: topology, properties: {} }
`;
}

/** `n` apps (`app000` …) in staging and production, each app's image from `image(i)`. */
export function manyApps(n: number, image: (i: number) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const name = `app${String(i).padStart(3, "0")}`;
    out[`apps/${name}.yaml`] = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: ${name}, namespace: ${name} }
spec:
  components:
    - name: web
      type: webservice
      properties: { image: "${image(i)}", ports: [{ port: 8080 }] }
  policies:
    - { name: staging, type: topology, properties: {} }
    - { name: production, type: topology, properties: {} }
`;
  }
  return out;
}
