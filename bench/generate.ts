/**
 * Generates a realistic source repository for the benchmark: N OAM Applications
 * (a webservice + a worker each, 3–5 traits per component), three environments
 * bound through topology policies, and per-environment override policies —
 * deterministic for a given N (a seeded PRNG, no clock, no randomness).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ENVS = ["dev", "staging", "production"] as const;

const TEAMS = ["payments", "search", "checkout", "identity", "catalog", "media", "growth", "infra"];
const REGISTRIES = [
  "ghcr.io/acme",
  "registry.example.com/platform",
  "docker.io/acme",
  "quay.io/acme",
];
const LOG_LEVELS = ["debug", "info", "warn"];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function appName(i: number): string {
  return `app-${String(i).padStart(5, "0")}`;
}

export function appFile(i: number): string {
  return `apps/${TEAMS[i % TEAMS.length]}/${appName(i)}.yaml`;
}

const q = (s: string): string => JSON.stringify(s);

/** One Application document. `variant` changes the web image tag (the "one app changed" scenario). */
export function appYaml(i: number, variant = 0): string {
  const r = prng(i * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const name = appName(i);
  const team = TEAMS[i % TEAMS.length]!;
  const reg = pick(REGISTRIES);
  const tag = `${1 + Math.floor(r() * 4)}.${Math.floor(r() * 20)}.${Math.floor(r() * 10) + variant}`;
  const port = pick([8080, 3000, 8000, 9000, 5000]);
  const metricsPort = 9090 + Math.floor(r() * 10);
  const nEnv = 2 + Math.floor(r() * 5);
  const envLines: string[] = [];
  for (let k = 0; k < nEnv; k++)
    envLines.push(
      `          - name: ${["LOG_LEVEL", "FEATURE_FLAGS", "DB_POOL", "CACHE_TTL", "REGION", "OTEL_ENDPOINT"][k]}`,
      `            value: ${q(
        [
          pick(LOG_LEVELS),
          `flag-${Math.floor(r() * 100)},flag-${Math.floor(r() * 100)}`,
          String(5 + Math.floor(r() * 50)),
          `${Math.floor(r() * 600)}s`,
          pick(["eu-west-1", "us-east-1", "ap-south-1"]),
          `http://otel-collector.observability:4317`,
        ][k]!,
      )}`,
    );
  const cpu = pick(["100m", "250m", "500m", "1"]);
  const mem = pick(["128Mi", "256Mi", "512Mi", "1Gi"]);
  const useHpa = r() < 0.4;
  const ownSa = r() < 0.6;
  const workerEnv: string[] = [];
  const nWorkerEnv = 1 + Math.floor(r() * 4);
  for (let k = 0; k < nWorkerEnv; k++)
    workerEnv.push(`              QUEUE_${k}: ${q(`amqp://rabbitmq.${team}:5672/q${k}-${i}`)}`);
  const scaling = useHpa
    ? [
        `        - type: hpa`,
        `          properties: { min: ${1 + Math.floor(r() * 2)}, max: ${4 + Math.floor(r() * 8)}, cpu: { value: ${50 + Math.floor(r() * 30)} } }`,
      ]
    : [`        - type: scaler`, `          properties: { replicas: ${1 + Math.floor(r() * 3)} }`];
  return [
    `apiVersion: core.oam.dev/v1beta1`,
    `kind: Application`,
    `metadata:`,
    `  name: ${name}`,
    `  labels:`,
    `    team: ${team}`,
    `spec:`,
    `  components:`,
    `    - name: ${name}-web`,
    `      type: webservice`,
    `      properties:`,
    `        image: ${reg}/${name}:${tag}`,
    `        ports:`,
    `          - port: ${port}`,
    `          - port: ${metricsPort}`,
    `            name: metrics`,
    `        env:`,
    ...envLines,
    `        cpu: ${q(cpu)}`,
    `        memory: ${mem}`,
    `      traits:`,
    ...scaling,
    `        - type: expose`,
    `          properties:`,
    `            ports:`,
    `              - port: ${port}`,
    `        - type: labels`,
    `          properties: { team: ${team}, tier: web, cost-center: ${q(`cc-${1000 + (i % 97)}`)} }`,
    `        - type: annotations`,
    `          properties: { "prometheus.io/scrape": "true", "prometheus.io/port": ${q(String(metricsPort))} }`,
    `        - type: pdb`,
    `          properties: { maxUnavailable: 1 }`,
    `    - name: ${name}-worker`,
    `      type: worker`,
    `      properties:`,
    `        image: ${reg}/${name}-worker:${tag}`,
    `        cmd: ["/bin/worker", "--concurrency", ${q(String(1 + Math.floor(r() * 16)))}]`,
    `      traits:`,
    `        - type: env`,
    `          properties:`,
    `            env:`,
    ...workerEnv,
    `        - type: labels`,
    `          properties: { team: ${team}, tier: worker }`,
    `        - type: scaler`,
    `          properties: { replicas: 1 }`,
    ...(ownSa
      ? [
          `        - type: service-account`,
          `          properties: { name: ${name}-worker, create: true }`,
        ]
      : []),
    `  policies:`,
    `    - name: target-dev`,
    `      type: topology`,
    `      properties: { namespace: ${team}-dev }`,
    `    - name: target-staging`,
    `      type: topology`,
    `      properties: { namespace: ${team}-staging }`,
    `    - name: target-prod`,
    `      type: topology`,
    `      properties: { namespace: ${team} }`,
    `    - name: staging-overrides`,
    `      type: override`,
    `      properties:`,
    `        components:`,
    `          - name: ${name}-web`,
    `            properties: { env: [{ name: LOG_LEVEL, value: info }] }`,
    `    - name: prod-overrides`,
    `      type: override`,
    `      properties:`,
    `        components:`,
    `          - name: ${name}-web`,
    `            properties: { cpu: "1", memory: 1Gi }`,
    `            traits:`,
    ...(useHpa
      ? [`              - type: hpa`, `                properties: { min: 3, max: 20 }`]
      : [`              - type: scaler`, `                properties: { replicas: 3 }`]),
    `          - name: ${name}-worker`,
    `            traits:`,
    `              - type: scaler`,
    `                properties: { replicas: 2 }`,
    `  workflow:`,
    `    steps:`,
    `      - name: deploy-dev`,
    `        type: deploy`,
    `        properties: { policies: [target-dev] }`,
    `      - name: deploy-staging`,
    `        type: deploy`,
    `        properties: { policies: [target-staging, staging-overrides] }`,
    `      - name: deploy-prod`,
    `        type: deploy`,
    `        properties: { policies: [target-prod, prod-overrides] }`,
    ``,
  ].join("\n");
}

export function configYaml(): string {
  return [
    `apiVersion: capstan.dev/v1alpha1`,
    `kind: Config`,
    `apps: ["apps/**/*.yaml"]`,
    `envRepo: { url: https://github.com/acme/deploy.git, branch: main, root: envs }`,
    `kubeVersion: "1.31"`,
    `environments:`,
    `  - name: dev`,
    `    policies: [target-dev]`,
    `  - name: staging`,
    `    promotesFrom: dev`,
    `    policies: [target-staging]`,
    `  - name: production`,
    `    promotesFrom: staging`,
    `    kubeVersion: "1.30"`,
    `    policies: [target-prod]`,
    `capabilities:`,
    `  - builtin`,
    ``,
  ].join("\n");
}

/** Writes the source repository for `apps` applications under `dir`. */
export function generate(dir: string, apps: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "capstan.yaml"), configYaml());
  for (const t of TEAMS) mkdirSync(join(dir, "apps", t), { recursive: true });
  for (let i = 0; i < apps; i++) writeFileSync(join(dir, appFile(i)), appYaml(i));
}
