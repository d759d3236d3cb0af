/**
 * Manual micro benchmark (not part of the suite):
 *   node --import tsx test/yaml/yaml-speed.manual.ts [count]
 * Emits and parses N Deployment-like objects with our code and with `yaml`.
 */
import * as YAML from "yaml";
import { emitYaml } from "../../src/yaml/emit.ts";
import { parseYaml, tryFastParse } from "../../src/yaml/fast.ts";

const N = Number(process.argv[2] ?? 15000);

function deployment(i: number): Record<string, unknown> {
  const name = `app-${i}`;
  const labels = {
    "app.kubernetes.io/name": name,
    "app.kubernetes.io/instance": `${name}-staging`,
    "app.kubernetes.io/component": "web",
    "app.kubernetes.io/part-of": "shop",
    "app.kubernetes.io/managed-by": "capstan",
  };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name,
      namespace: "shop-staging",
      labels,
      annotations: { "capstan.dev/source": `apps/${name}.yaml` },
    },
    spec: {
      replicas: (i % 5) + 1,
      selector: { matchLabels: { "app.kubernetes.io/name": name } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: "web",
              image: `ghcr.io/acme/${name}:1.4.${i % 100}`,
              imagePullPolicy: "IfNotPresent",
              args: ["--port", "8080", "--log-level", "info"],
              env: [
                { name: "PORT", value: "8080" },
                { name: "ENABLED", value: "yes" },
                { name: "DATABASE_URL", value: `postgres://db:5432/${name}?sslmode=require` },
                { name: "GREETING", value: "hello: world # not a comment" },
                { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
              ],
              ports: [{ name: "http", containerPort: 8080, protocol: "TCP" }],
              livenessProbe: {
                httpGet: { path: "/healthz", port: "http" },
                initialDelaySeconds: 5,
                periodSeconds: 10,
              },
              readinessProbe: { httpGet: { path: "/ready", port: 8080 }, failureThreshold: 3 },
              resources: {
                requests: { cpu: "100m", memory: "128Mi" },
                limits: { cpu: "1", memory: "512Mi" },
              },
              securityContext: {
                runAsNonRoot: true,
                readOnlyRootFilesystem: true,
                allowPrivilegeEscalation: false,
              },
            },
          ],
        },
      },
    },
  };
}

function time<T>(label: string, f: () => T): T {
  const t0 = process.hrtime.bigint();
  const r = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  (${Math.round((N / ms) * 1000)} objects/s)`,
  );
  return r;
}

const objs = Array.from({ length: N }, (_, i) => deployment(i));
// warm up
for (let i = 0; i < 300; i++) parseYaml(emitYaml(objs[i]));

const ours = time("emitYaml", () => objs.map((o) => emitYaml(o)));
const theirs = time("YAML.stringify", () => objs.map((o) => YAML.stringify(o)));
const bytes = ours.reduce((n, s) => n + s.length, 0);
console.log(`  (${(bytes / 1e6).toFixed(1)} MB of YAML, ${(bytes / N).toFixed(0)} bytes/object)`);
time("parseYaml (ours, emitYaml text)", () => ours.map((t) => parseYaml(t)));
time("parseYaml (ours, stringify text)", () => theirs.map((t) => parseYaml(t)));
time("YAML.parseAllDocuments + toJS", () =>
  ours.map((t) =>
    YAML.parseAllDocuments(t, { version: "1.2", schema: "core" }).map((d) => d.toJS()),
  ),
);
const fastCount = ours.filter((t) => tryFastParse(t) !== undefined).length;
console.log(`fast path accepted ${fastCount}/${N} emitted texts`);
