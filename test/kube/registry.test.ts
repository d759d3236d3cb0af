import { test } from "node:test";
import assert from "node:assert/strict";
import { REGISTRY } from "../../src/generated/kube-registry.ts";
import { emptyCrdSet, kindInfo, preloadKinds, validateObject } from "../../src/kube/index.ts";

test("registry covers the kinds capstan's capabilities emit", () => {
  for (const key of [
    "apps/v1|Deployment",
    "apps/v1|StatefulSet",
    "v1|Service",
    "v1|ConfigMap",
    "v1|Secret",
    "networking.k8s.io/v1|Ingress",
    "autoscaling/v2|HorizontalPodAutoscaler",
    "policy/v1|PodDisruptionBudget",
    "batch/v1|CronJob",
    "serving.knative.dev/v1|Service",
    "serving.knative.dev/v1|Configuration",
    "serving.knative.dev/v1|Route",
    "argoproj.io/v1alpha1|Rollout",
    "argoproj.io/v1alpha1|AnalysisTemplate",
    "gateway.networking.k8s.io/v1|HTTPRoute",
    "gateway.networking.k8s.io/v1|Gateway",
    "gateway.networking.k8s.io/v1alpha2|GRPCRoute",
    "gateway.networking.k8s.io/v1beta1|ReferenceGrant",
    "keda.sh/v1alpha1|ScaledObject",
    "keda.sh/v1alpha1|ScaledJob",
    "keda.sh/v1alpha1|TriggerAuthentication",
    "external-secrets.io/v1beta1|ExternalSecret",
    "external-secrets.io/v1beta1|SecretStore",
    "external-secrets.io/v1beta1|ClusterSecretStore",
    "monitoring.coreos.com/v1|ServiceMonitor",
    "monitoring.coreos.com/v1|PodMonitor",
    "monitoring.coreos.com/v1|PrometheusRule",
    "argoproj.io/v1alpha1|Application",
    "argoproj.io/v1alpha1|ApplicationSet",
    "argoproj.io/v1alpha1|AppProject",
    "source.toolkit.fluxcd.io/v1|GitRepository",
    "source.toolkit.fluxcd.io/v1beta2|HelmRepository",
    "source.toolkit.fluxcd.io/v1beta2|OCIRepository",
    "helm.toolkit.fluxcd.io/v2beta2|HelmRelease",
    "kustomize.toolkit.fluxcd.io/v1|Kustomization",
  ]) {
    assert.ok(REGISTRY.has(key), key);
  }
  for (const key of REGISTRY.keys()) {
    assert.doesNotMatch(key, /List$|Review$|\|TokenRequest$|\|Eviction$|\|Scale$|\|Binding$/, key);
  }
});

test("registry keys are sorted (deterministic generation)", () => {
  const keys = [...REGISTRY.keys()];
  assert.deepEqual(keys, [...keys].sort());
});

test(
  "EVERY registry entry's validator loads on this Node version",
  { timeout: 300_000 },
  async () => {
    for (const [key, entry] of REGISTRY) {
      const kind = key.slice(key.indexOf("|") + 1);
      const mod = (await entry.load()) as Record<string, unknown>;
      assert.equal(typeof mod[kind], "function", key);
      assert.ok(entry.fields.includes("apiVersion") && entry.fields.includes("kind"), key);
    }
  },
);

test(
  "every registry kind preloads and validates a minimal object without throwing",
  { timeout: 600_000 },
  async () => {
    const keys = [...REGISTRY.keys()].map((k) => ({
      apiVersion: k.slice(0, k.indexOf("|")),
      kind: k.slice(k.indexOf("|") + 1),
    }));
    await preloadKinds(keys);
    const none = emptyCrdSet();
    for (const { apiVersion, kind } of keys) {
      const problems = validateObject({ apiVersion, kind, metadata: { name: "x" } }, "1.31", none);
      assert.ok(Array.isArray(problems), `${apiVersion} ${kind}`);
      assert.ok(kindInfo(apiVersion, kind, none), `${apiVersion} ${kind}`);
    }
  },
);
