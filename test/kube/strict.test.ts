/** Strict fields and the API server's value rules, on objects as capstan renders them. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { emptyCrdSet, loadCrds, preloadKinds, validateObject } from "../../src/kube/index.ts";

const KINDS = [
  { apiVersion: "apps/v1", kind: "Deployment" },
  { apiVersion: "v1", kind: "ConfigMap" },
  { apiVersion: "v1", kind: "Service" },
  { apiVersion: "helm.toolkit.fluxcd.io/v2beta2", kind: "HelmRelease" },
];
const none = emptyCrdSet();
const check = async (o: Record<string, unknown>, crds = none) => {
  await preloadKinds(KINDS);
  return validateObject(o, "1.31", crds);
};

const deployment = (spec: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "shop", ...meta },
  spec: {
    selector: { matchLabels: { app: "web" } },
    template: {
      metadata: { labels: { app: "web" } },
      spec: { containers: [{ name: "web", image: "nginx" }] },
    },
    ...spec,
  },
});

test("src/generated/kube-fields.ts is current (node scripts/gen-kube-fields.mjs --check)", () => {
  const r = spawnSync(process.execPath, ["scripts/gen-kube-fields.mjs", "--check"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
});

test("an unknown field anywhere in a bundled kind is refused, with the closest declared field", async () => {
  assert.deepEqual(await check(deployment({ replica: 3 })), [
    { path: "/spec/replica", message: 'unknown field "replica"; did you mean `replicas`?' },
  ]);
  const o = deployment({});
  (o.spec.template.spec as Record<string, unknown>).containers = [
    { name: "web", image: "nginx", imagePullPolicyy: "Always" },
  ];
  assert.deepEqual(await check(o), [
    {
      path: "/spec/template/spec/containers/0/imagePullPolicyy",
      message: 'unknown field "imagePullPolicyy"; did you mean `imagePullPolicy`?',
    },
  ]);
  const far = await check(deployment({ zzz: 1 }));
  assert.match(far[0]!.message, /^unknown field "zzz" \(the schema declares: .*replicas/);
});

test("free-form maps and preserve-unknown-fields stay open", async () => {
  assert.deepEqual(
    await check({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "c", labels: { "any.example/key": "v" }, annotations: { "x/y": "a b" } },
      data: { "anything.txt": "x", whatever: "y" },
    }),
    [],
  );
  assert.deepEqual(
    await check({
      apiVersion: "helm.toolkit.fluxcd.io/v2beta2",
      kind: "HelmRelease",
      metadata: { name: "h" },
      spec: {
        interval: "5m",
        chart: { spec: { chart: "c", sourceRef: { kind: "HelmRepository", name: "r" } } },
        values: { any: { nested: ["thing"] } },
      },
    }),
    [],
  );
});

test("value rules: labels, namespace, annotation size, ports, quantities", async () => {
  const bad = deployment(
    {},
    { namespace: "Notes_Staging", labels: { tier: "store front", "bad key!": "x" } },
  );
  const ps = await check(bad);
  assert.deepEqual(
    ps.map((p) => p.path),
    ["/metadata/namespace", "/metadata/labels/tier", "/metadata/labels/bad key!"],
  );
  assert.match(ps[0]!.message, /namespace "Notes_Staging" is not a valid namespace name/);
  assert.match(ps[1]!.message, /label value "store front" is not valid/);
  assert.match(ps[2]!.message, /label key "bad key!" is not a valid key/);
  const big = await check(deployment({}, { annotations: { a: "x".repeat(256 * 1024) } }));
  assert.match(big[0]!.message, /annotations total 262145 bytes; the API server's limit is 262144/);
  const svc = await check({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "s" },
    spec: { ports: [{ port: 70000 }] },
  });
  assert.deepEqual(svc, [
    { path: "/spec/ports/0/port", message: "port 70000 is not a port number (1–65535)" },
  ]);
  const cpu = deployment({});
  (cpu.spec.template.spec as Record<string, unknown>).containers = [
    { name: "web", image: "nginx", resources: { requests: { cpu: "250 millicores" } } },
  ];
  assert.deepEqual(await check(cpu), [
    {
      path: "/spec/template/spec/containers/0/resources/requests/cpu",
      message: '"250 millicores" is not a Kubernetes quantity (e.g. 250m, 0.5, 1Gi, 512Mi)',
    },
  ]);
});

test("one walk finds value problems and unknown fields together, each capped at 20; no unknown field inside an unknown one", async () => {
  const o = deployment({ replica: 2 }, { labels: { tier: "store front" } });
  const pod = o.spec.template as Record<string, unknown>;
  pod.metadata = { labels: { app: "web", "bad key!": "x" }, annotationz: { a: "b" } };
  pod.spec = {
    containers: [
      { name: "web", image: "nginx", ports: [{ containerPort: 70000, protocoll: "TCP" }] },
    ],
    // inside an unknown field its value rules still hold, but its fields are not reported
    sidecarz: { ports: [{ containerPort: 99999 }], whatever: 1 },
  };
  assert.deepEqual(
    (await check(o)).map((p) => `${p.path} ${p.message.replace(/[;:(].*$/, "").trim()}`),
    [
      // the value rules first, then the unknown fields, each in the object's order
      '/metadata/labels/tier label value "store front" is not valid',
      '/spec/template/metadata/labels/bad key! label key "bad key!" is not a valid key',
      "/spec/template/spec/containers/0/ports/0/containerPort containerPort 70000 is not a port number",
      "/spec/template/spec/sidecarz/ports/0/containerPort containerPort 99999 is not a port number",
      '/spec/template/metadata/annotationz unknown field "annotationz"',
      '/spec/template/spec/containers/0/ports/0/protocoll unknown field "protocoll"',
      '/spec/template/spec/sidecarz unknown field "sidecarz"',
      '/spec/replica unknown field "replica"',
    ],
  );
  // 25 bad labels and 25 unknown fields: 20 of the first kind, the rest of the cap is shared
  const many = deployment({});
  const labels: Record<string, string> = {};
  for (let i = 0; i < 25; i++) {
    labels[`l${i}`] = "a b";
    (many.spec as Record<string, unknown>)[`x${i}`] = i;
  }
  (many.spec.template as Record<string, unknown>).metadata = { labels };
  const ps = await check(many);
  assert.equal(ps.length, 20);
  assert.ok(ps.every((p) => p.path.startsWith("/spec/template/metadata/labels/l")));
});

test("user CRDs: unknown fields in metadata and spec, quantities in their format", async () => {
  const { crds } = loadCrds([
    {
      file: "crds/widget.yaml",
      value: {
        apiVersion: "apiextensions.k8s.io/v1",
        kind: "CustomResourceDefinition",
        metadata: { name: "widgets.acme.dev" },
        spec: {
          group: "acme.dev",
          scope: "Namespaced",
          names: { kind: "Widget", plural: "widgets" },
          versions: [
            {
              name: "v1",
              served: true,
              storage: true,
              schema: {
                openAPIV3Schema: {
                  type: "object",
                  properties: {
                    spec: {
                      type: "object",
                      properties: {
                        memory: { type: "string", format: "quantity" },
                        extra: { type: "object", "x-kubernetes-preserve-unknown-fields": true },
                      },
                    },
                  },
                },
              },
            },
          ],
        },
      },
    },
  ]);
  const ps = await check(
    {
      apiVersion: "acme.dev/v1",
      kind: "Widget",
      metadata: { name: "w", lables: {} },
      spec: { memory: "1 gig", extra: { free: { form: 1 } } },
    },
    crds,
  );
  assert.deepEqual(ps, [
    { path: "/metadata/lables", message: 'unknown field "lables"; did you mean `labels`?' },
    {
      path: "/spec/memory",
      message: '"1 gig" is not a Kubernetes quantity (e.g. 250m, 0.5, 1Gi, 512Mi)',
    },
  ]);
});

test("src/generated/kube-current.ts matches scripts/kube-pins.json and is unedited (--check, offline)", async () => {
  const ok = spawnSync(process.execPath, ["scripts/gen-kube-current.mjs", "--check"], {
    encoding: "utf8",
  });
  assert.equal(ok.status, 0, ok.stderr);
  // A copy with one generated validator edited is caught.
  const dir = mkdtempSync(join(tmpdir(), "capstan-current-"));
  try {
    for (const p of [
      "scripts/gen-kube-current.mjs",
      "scripts/kube-field-trees.mjs",
      "scripts/kube-pins.json",
      "src/generated/kube-current.ts",
      "src/generated/kube-registry.ts",
      "src/generated/current",
    ])
      cpSync(p, join(dir, p), { recursive: true });
    symlinkSync(join(process.cwd(), "node_modules"), join(dir, "node_modules"));
    const f = join(dir, "src/generated/current/helm_toolkit_fluxcd_io_v2_HelmRelease.js");
    writeFileSync(f, readFileSync(f, "utf8") + "\n// edited\n");
    const bad = spawnSync(
      process.execPath,
      [join(dir, "scripts/gen-kube-current.mjs"), "--check"],
      {
        encoding: "utf8",
      },
    );
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /was edited after generation/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("current API versions: Flux HelmRelease v2, External Secrets v1, newer pod fields", async () => {
  const kinds = [
    { apiVersion: "helm.toolkit.fluxcd.io/v2", kind: "HelmRelease" },
    { apiVersion: "external-secrets.io/v1", kind: "ExternalSecret" },
  ];
  await preloadKinds(kinds);
  const hr = {
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    kind: "HelmRelease",
    metadata: { name: "podinfo" },
    spec: {
      interval: "5m",
      chart: { spec: { chart: "podinfo", sourceRef: { kind: "HelmRepository", name: "p" } } },
      values: { replicaCount: 2 },
    },
  };
  assert.deepEqual(await check(hr), []);
  assert.deepEqual(await check({ ...hr, spec: { ...hr.spec, interval: 5, intervall: "1m" } }), [
    { path: "/spec/intervall", message: 'unknown field "intervall"; did you mean `interval`?' },
    { path: "/spec/interval", message: "must be string" },
  ]);
  const es = {
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata: { name: "db" },
    spec: {
      secretStoreRef: { name: "vault", kind: "ClusterSecretStore" },
      target: { name: "db" },
      data: [{ secretKey: "password", remoteRef: { key: "db/password" } }],
    },
  };
  assert.deepEqual(await check(es), []);
  assert.deepEqual(await check({ ...es, spec: { ...es.spec, dataa: [] } }), [
    { path: "/spec/dataa", message: 'unknown field "dataa"; did you mean `data`?' },
  ]);
  // hostnameOverride is in kubernetes-models 5 (pinned), not in the installed 4.5.1
  const d = deployment({});
  (d.spec.template.spec as Record<string, unknown>).hostnameOverride = "web-0";
  assert.deepEqual(await check(d), []);
});
