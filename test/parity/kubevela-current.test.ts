/**
 * Issue 18's parity items, end to end from a fresh source folder: a KubeVela Application
 * written against KubeVela's current definitions (kubevela/vela-go-definitions,
 * vela-templates/definitions/) — cron-task.volumeMounts, gateway with existingServiceName
 * and pathType, gateway on a component that exposes its port, the env trait with a map —
 * renders with KubeVela's output, and `kubectl kustomize` builds the environment.
 * The Application is written here for the test; the facts compared against are:
 *   - cron-task.cue: mounts and volumes in the order pvc, configMap, secret, emptyDir, hostPath
 *   - gateway.cue: Ingress paths with parameter.pathType, backend service existingServiceName
 *     when set (no Service output then), else <component>; Service ports named port-<n>
 *   - env.cue: `for k, v in parameter.env` — a Go map, so the variables come sorted by name
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { parseYaml } from "../../src/yaml/fast.ts";
import { runCli } from "../helpers/cli.ts";
import { rmrf, tmpdir } from "../helpers/git.ts";

type Obj = Record<string, unknown>;
const o = (x: unknown): Obj => (x && typeof x === "object" ? (x as Obj) : {});
const a = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

const CONFIG = `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/*.yaml"]
envRepo: { url: https://example.com/deploy.git, branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true
    namespace: shop
capabilities: [builtin]
`;

const APP = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: shop
spec:
  components:
    - name: api
      type: webservice
      properties:
        image: ghcr.io/acme/api:1.4.2
        ports:
          - port: 8080
            expose: true
      traits:
        - type: env
          properties:
            env:
              LOG_LEVEL: info
              API_KEY: from-vault
        - type: gateway
          properties:
            domain: shop.example.com
            http: { /api: 8080 }
            pathType: Prefix
    - name: legacy
      type: webservice
      properties:
        image: ghcr.io/acme/legacy:0.9.0
        ports: [{ port: 80 }]
      traits:
        - type: gateway
          properties:
            existingServiceName: legacy-frontend
            http: { /: 80 }
    - name: backup
      type: cron-task
      properties:
        image: ghcr.io/acme/backup:3.1.0
        schedule: "30 1 * * *"
        volumeMounts:
          hostPath: [{ name: logs, mountPath: /var/log/host, path: /var/log }]
          pvc: [{ name: data, mountPath: /data, claimName: db-data }]
          secret: [{ name: creds, mountPath: /etc/creds, secretName: s3 }]
      traits:
        - type: sidecar
          properties: { name: shipper, image: ghcr.io/acme/shipper:1.0.0 }
        - type: service-account
          properties: { name: backup }
`;

const dirs: string[] = [];
after(() => rmrf(...dirs));

/** Renders the source with the CLI and returns what `kubectl kustomize` builds of the environment. */
async function renderBuilt(): Promise<Obj[]> {
  const src = await tmpdir();
  const out = await tmpdir();
  dirs.push(src, out);
  mkdirSync(join(src, "apps"));
  writeFileSync(join(src, "capstan.yaml"), CONFIG);
  writeFileSync(join(src, "apps", "shop.yaml"), APP);
  const r = await runCli(["render", "--source", src, "--out", out]);
  assert.equal(r.code, 0, r.text);
  const envDir = join(out, "envs", "staging");
  assert.ok(readdirSync(envDir).includes("kustomization.yaml"), readdirSync(envDir).join(", "));
  const k = spawnSync("kubectl", ["kustomize", envDir], { encoding: "utf8" });
  if (k.error)
    throw new Error(
      `kubectl is required by this test and could not be run: ${k.error.message} (this test never skips)`,
    );
  assert.equal(k.status, 0, `kubectl kustomize failed:\n${k.stderr}`);
  return parseYaml(k.stdout).map(o);
}

function one(objs: Obj[], kind: string, name: string): Obj {
  const found = objs.filter((x) => x.kind === kind && o(x.metadata).name === name);
  assert.equal(
    found.length,
    1,
    `one ${kind} ${name}; built: ${objs.map((x) => `${String(x.kind)}/${String(o(x.metadata).name)}`).join(", ")}`,
  );
  return found[0]!;
}

test("a current KubeVela Application renders with KubeVela's output and kustomize builds it", async () => {
  const built = await renderBuilt();

  // env as a map: sorted by name, as KubeVela's Go map gives it
  const api = one(built, "Deployment", "api");
  const apiPod = o(o(o(api.spec).template).spec);
  const env = a(o(a(apiPod.containers)[0]).env).map((e) => o(e).name);
  assert.deepEqual(env, ["API_KEY", "LOG_LEVEL"]);

  // gateway on an exposed component: one Service (the component's), the Ingress points at it
  assert.equal(built.filter((x) => x.kind === "Service").length, 1, "one Service: api's own");
  const svc = one(built, "Service", "api");
  assert.deepEqual(
    a(o(svc.spec).ports).map((p) => o(p).port),
    [8080],
  );
  const ing = one(built, "Ingress", "api");
  const path = o(a(o(o(a(o(ing.spec).rules)[0]).http).paths)[0]);
  assert.equal(path.path, "/api");
  assert.equal(path.pathType, "Prefix");
  assert.equal(o(o(path.backend).service).name, "api");

  // existingServiceName: no Service for legacy, its Ingress points at the named one
  const legacy = one(built, "Ingress", "legacy");
  const lpath = o(a(o(o(a(o(legacy.spec).rules)[0]).http).paths)[0]);
  assert.equal(o(o(lpath.backend).service).name, "legacy-frontend");

  // cron-task volumeMounts in KubeVela's order; pod traits land in the CronJob's pod template
  const cj = one(built, "CronJob", "backup");
  const pod = o(o(o(o(o(cj.spec).jobTemplate).spec).template).spec);
  const main = o(a(pod.containers)[0]);
  assert.deepEqual(
    a(main.volumeMounts).map((m) => o(m).name),
    ["data", "creds", "logs"],
  );
  assert.deepEqual(
    a(pod.volumes).map((v) => Object.keys(o(v)).sort().join("+")),
    ["name+persistentVolumeClaim", "name+secret", "hostPath+name"],
  );
  assert.deepEqual(
    a(pod.containers).map((c) => o(c).name),
    ["backup", "shipper"],
  );
  assert.equal(pod.serviceAccountName, "backup");
  assert.equal(o(cj.spec).template, undefined, "nothing written at a CronJob's spec.template");
});

test("json-patch replace of a member the workload lacks works as in KubeVela, with a notice", async () => {
  const src = await tmpdir();
  const out = await tmpdir();
  dirs.push(src, out);
  mkdirSync(join(src, "apps"));
  writeFileSync(join(src, "capstan.yaml"), CONFIG);
  writeFileSync(
    join(src, "apps", "counter.yaml"),
    `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: counter
spec:
  components:
    - name: counter
      type: webservice
      properties:
        image: ghcr.io/acme/counter:1.0.0
      traits:
        - type: json-patch
          properties:
            operations:
              - { op: replace, path: /spec/replicas, value: 2 }
`,
  );
  const r = await runCli(["render", "--source", src, "--out", out]);
  assert.equal(r.code, 0, r.text);
  const notice = r.notices.find((n) => n.includes("/spec/replicas"));
  assert.ok(notice, r.notices.join("\n"));
  assert.match(
    notice,
    /apps\/counter\.yaml: app counter, env staging, component counter, trait json-patch@1\.0\.0/,
  );
  assert.match(notice, /replaced as add, as KubeVela does/);
});
