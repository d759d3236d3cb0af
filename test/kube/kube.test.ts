import { test } from "node:test";
import assert from "node:assert/strict";
import {
  emptyCrdSet,
  kindInfo,
  loadCrds,
  preloadKinds,
  servedBy,
  SUPPORTED_KUBE_VERSIONS,
  validateObject,
} from "../../src/kube/index.ts";
import { HPA_V2BETA2, VALID, WIDGET_CRD } from "./fixtures.ts";

const none = emptyCrdSet();
const kinds = (objs: Record<string, unknown>[]): { apiVersion: string; kind: string }[] =>
  objs.map((o) => ({ apiVersion: String(o.apiVersion), kind: String(o.kind) }));

test("preload the kinds the tests use", async () => {
  await preloadKinds(kinds([...Object.values(VALID), HPA_V2BETA2]));
});

for (const [name, obj] of Object.entries(VALID)) {
  test(`valid ${name} passes under every supported minor`, () => {
    for (const v of SUPPORTED_KUBE_VERSIONS)
      assert.deepEqual(validateObject(obj, v, none), [], `${name} @ ${v}`);
  });
}

test('Deployment with replicas: "3" fails at /spec/replicas', () => {
  const d = structuredClone(VALID.Deployment) as { spec: Record<string, unknown> };
  d.spec.replicas = "3";
  const problems = validateObject(d as Record<string, unknown>, "1.31", none);
  assert.deepEqual(problems, [{ path: "/spec/replicas", message: "must be integer" }]);
});

test("missing required property and bad enum are readable", () => {
  const d = structuredClone(VALID.Deployment) as {
    spec: { template: { spec: Record<string, unknown> } };
  };
  d.spec.template.spec.containers = [
    { name: "web", image: "x", ports: [{ containerPort: 80, protocol: "Foo" }] },
  ];
  d.spec.template.spec.restartPolicy = "Sometimes";
  const problems = validateObject(d as unknown as Record<string, unknown>, "1.31", none);
  assert.ok(
    problems.some(
      (p) =>
        p.path === "/spec/template/spec/containers/0/ports/0/protocol" &&
        p.message === 'unknown enum value "Foo"; allowed: SCTP, TCP, UDP',
    ),
    JSON.stringify(problems),
  );
  const noContainers = structuredClone(VALID.Deployment) as {
    spec: { template: { spec: Record<string, unknown> } };
  };
  delete noContainers.spec.template.spec.containers;
  assert.deepEqual(
    validateObject(noContainers as unknown as Record<string, unknown>, "1.31", none),
    [{ path: "/spec/template/spec", message: "must have required property 'containers'" }],
  );
});

test("unknown top-level field is flagged", () => {
  const d = { ...VALID.Deployment, specs: {} };
  const problems = validateObject(d, "1.31", none);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.path, "/specs");
  assert.match(problems[0]?.message ?? "", /^unknown field "specs"/);
  const cm = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "c" },
    data: { a: "b" },
    immutable: true,
  };
  return preloadKinds(kinds([cm])).then(() =>
    assert.deepEqual(validateObject(cm, "1.31", none), []),
  );
});

test("problems are capped at 20 per object, one per path", () => {
  const d = structuredClone(VALID.Deployment) as {
    spec: { template: { spec: Record<string, unknown> } };
  };
  d.spec.template.spec.containers = Array.from({ length: 30 }, (_, i) => ({ name: i, image: 1 }));
  const problems = validateObject(d as unknown as Record<string, unknown>, "1.31", none);
  assert.equal(problems.length, 20);
  assert.equal(new Set(problems.map((p) => p.path)).size, 20);
});

test("autoscaling/v2beta2 HPA: removed in 1.26, fine in 1.25", () => {
  assert.deepEqual(validateObject(HPA_V2BETA2, "1.25", none), []);
  assert.deepEqual(validateObject(HPA_V2BETA2, "1.26", none), [
    {
      path: "/apiVersion",
      message:
        "autoscaling/v2beta2 HorizontalPodAutoscaler is not served by Kubernetes 1.26 (removed in 1.26; use autoscaling/v2)",
    },
  ]);
});

test("servedBy table", () => {
  assert.deepEqual(servedBy("autoscaling/v2", "HorizontalPodAutoscaler", "1.25"), { ok: true });
  assert.deepEqual(servedBy("batch/v1beta1", "CronJob", "1.25"), {
    ok: false,
    message:
      "batch/v1beta1 CronJob is not served by Kubernetes 1.25 (removed in 1.25; use batch/v1)",
  });
  assert.equal(servedBy("extensions/v1beta1", "Ingress", "1.25").ok, false);
  assert.equal(servedBy("policy/v1beta1", "PodDisruptionBudget", "1.25").ok, false);
  const psp = servedBy("policy/v1beta1", "PodSecurityPolicy", "1.25");
  assert.ok(!psp.ok && /Pod Security Admission/.test(psp.message));
  // flowcontrol: v1beta3 served 1.26–1.31, v1 from 1.29; suggestion follows the target minor.
  assert.equal(servedBy("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.31").ok, true);
  const fs = servedBy("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.32");
  assert.ok(
    !fs.ok && fs.message.endsWith("(removed in 1.32; use flowcontrol.apiserver.k8s.io/v1)"),
    JSON.stringify(fs),
  );
  const fs2 = servedBy("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "1.26");
  assert.equal(fs2.ok, true);
  const fs3 = servedBy("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", "1.27");
  assert.ok(
    !fs3.ok && fs3.message.endsWith("use flowcontrol.apiserver.k8s.io/v1beta3)"),
    JSON.stringify(fs3),
  );
  const fsv1 = servedBy("flowcontrol.apiserver.k8s.io/v1", "FlowSchema", "1.28");
  assert.ok(!fsv1.ok && fsv1.message.endsWith("(available from 1.29)"));
  assert.equal(servedBy("storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.26").ok, true);
  assert.equal(servedBy("storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.27").ok, false);
  assert.equal(
    servedBy("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy", "1.29").ok,
    false,
  );
  assert.equal(
    servedBy("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy", "1.30").ok,
    true,
  );
  // third-party groups are never version-gated
  assert.deepEqual(servedBy("gateway.networking.k8s.io/v1alpha2", "HTTPRoute", "1.25"), {
    ok: true,
  });
  assert.equal(servedBy("apps/v1", "Deployment", "1.3").ok, true);
  assert.equal(servedBy("apps/v1", "Deployment", "1.x").ok, false);
  assert.deepEqual(
    [...SUPPORTED_KUBE_VERSIONS],
    ["1.25", "1.26", "1.27", "1.28", "1.29", "1.30", "1.31", "1.32", "1.33"],
  );
});

test("unknown kind fails clearly", () => {
  const problems = validateObject(
    { apiVersion: "acme.dev/v1", kind: "Gizmo", metadata: { name: "g" } },
    "1.31",
    none,
  );
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.path, "");
  assert.match(problems[0]?.message ?? "", /unknown kind acme\.dev\/v1 Gizmo/);
  assert.match(problems[0]?.message ?? "", /`schemas:` in capstan\.yaml/);
  assert.equal(kindInfo("acme.dev/v1", "Gizmo", none), undefined);
});

test("missing apiVersion/kind", () => {
  assert.deepEqual(validateObject({ kind: "Deployment" }, "1.31", none), [
    { path: "/apiVersion", message: "must be a non-empty string" },
  ]);
});

test("a bundled kind that was not preloaded is a programmer error", () => {
  assert.throws(
    () =>
      validateObject(
        { apiVersion: "batch/v1", kind: "Job", metadata: { name: "j" } },
        "1.31",
        none,
      ),
    /not preloaded/,
  );
});

test("kindInfo: scopes of built-in and bundled kinds", () => {
  assert.deepEqual(kindInfo("v1", "Namespace", none), {
    scope: "Cluster",
    group: "",
    version: "v1",
  });
  assert.deepEqual(kindInfo("rbac.authorization.k8s.io/v1", "ClusterRole", none), {
    scope: "Cluster",
    group: "rbac.authorization.k8s.io",
    version: "v1",
  });
  assert.equal(kindInfo("apps/v1", "Deployment", none)?.scope, "Namespaced");
  assert.equal(kindInfo("v1", "ConfigMap", none)?.scope, "Namespaced");
  assert.equal(
    kindInfo("external-secrets.io/v1beta1", "ClusterSecretStore", none)?.scope,
    "Cluster",
  );
  assert.equal(kindInfo("gateway.networking.k8s.io/v1", "GatewayClass", none)?.scope, "Cluster");
  assert.equal(kindInfo("storage.k8s.io/v1", "StorageClass", none)?.scope, "Cluster");
});

test("user CRD: loads, validates its custom resources, reports its scope", () => {
  const { crds, problems } = loadCrds([{ value: WIDGET_CRD, file: "crds/widget.yaml" }]);
  assert.deepEqual(problems, []);
  assert.deepEqual(kindInfo("acme.dev/v1", "Widget", crds), {
    scope: "Cluster",
    group: "acme.dev",
    version: "v1",
  });
  const ok = {
    apiVersion: "acme.dev/v1",
    kind: "Widget",
    metadata: { name: "w" },
    spec: { size: 2, color: "red", port: "http", extra: { any: { thing: 1 } } },
  };
  assert.deepEqual(validateObject(ok, "1.31", crds), []);
  assert.deepEqual(validateObject({ ...ok, spec: { ...ok.spec, port: 8080 } }, "1.31", crds), []);
  const bad = {
    apiVersion: "acme.dev/v1",
    kind: "Widget",
    metadata: { name: "w" },
    spec: { size: "2", color: "green", colour: "x" },
  };
  assert.deepEqual(validateObject(bad, "1.31", crds), [
    { path: "/spec/colour", message: 'unknown field "colour"; did you mean `color`?' },
    { path: "/spec/size", message: "must be integer" },
    { path: "/spec/color", message: 'unknown enum value "green"; allowed: red, blue' },
  ]);
  assert.deepEqual(
    validateObject(
      { apiVersion: "acme.dev/v1", kind: "Widget", metadata: { name: "w" }, spec: {} },
      "1.31",
      crds,
    ),
    [{ path: "/spec", message: "must have required property 'size'" }],
  );
});

test("user CRD overrides a bundled kind of the same group/version/kind", async () => {
  const override = structuredClone(WIDGET_CRD) as { spec: Record<string, unknown> };
  override.spec.group = "keda.sh";
  override.spec.names = { kind: "ScaledObject", plural: "scaledobjects" };
  override.spec.scope = "Namespaced";
  (override.spec.versions as { name: string }[])[0]!.name = "v1alpha1";
  const { crds, problems } = loadCrds([{ value: override, file: "crds/keda.yaml" }]);
  assert.deepEqual(problems, []);
  await preloadKinds(kinds([VALID.ScaledObject!]));
  // the bundled schema accepts it; the user's (Widget-shaped) schema does not
  assert.deepEqual(validateObject(VALID.ScaledObject!, "1.31", none), []);
  const p = validateObject(VALID.ScaledObject!, "1.31", crds);
  assert.ok(
    p.some((x) => x.path === "/spec" && /required property 'size'/.test(x.message)),
    JSON.stringify(p),
  );
});

test("malformed CRDs are reported per file", () => {
  const { crds, problems } = loadCrds([
    { value: { apiVersion: "v1", kind: "ConfigMap" }, file: "a.yaml" },
    { value: { ...WIDGET_CRD, apiVersion: "apiextensions.k8s.io/v1beta1" }, file: "b.yaml" },
    {
      value: {
        ...WIDGET_CRD,
        spec: { group: "acme.dev", names: { kind: "W" }, scope: "Galaxy", versions: [] },
      },
      file: "c.yaml",
    },
    {
      value: {
        ...WIDGET_CRD,
        spec: {
          group: "acme.dev",
          names: { kind: "W" },
          scope: "Cluster",
          versions: [{ name: "v1" }],
        },
      },
      file: "d.yaml",
    },
    {
      value: {
        ...WIDGET_CRD,
        spec: {
          group: "acme.dev",
          names: { kind: "W" },
          scope: "Cluster",
          versions: [
            {
              name: "v1",
              schema: { openAPIV3Schema: { type: "object", properties: { spec: { type: 12 } } } },
            },
          ],
        },
      },
      file: "e.yaml",
    },
    { value: "nope", file: "f.yaml" },
  ]);
  assert.deepEqual(
    problems.map((p) => p.file),
    ["a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml", "f.yaml"],
  );
  assert.match(problems[1]?.message ?? "", /must be apiextensions\.k8s\.io\/v1/);
  assert.match(problems[2]?.message ?? "", /spec\.scope/);
  assert.match(problems[3]?.message ?? "", /openAPIV3Schema/);
  assert.match(problems[4]?.message ?? "", /does not compile/);
  assert.equal(kindInfo("acme.dev/v1", "W", crds), undefined);
});
