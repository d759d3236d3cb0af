/**
 * The pod template as a property of the workload (docs/capability-format.md, "Pod template"):
 * a third-party workload capability declares where its pods are, and the built-in pod
 * traits land there; traits that fight over the same fields are refused, naming both.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadApps } from "../../src/core/model/app.ts";
import { bindApp } from "../../src/core/model/binding.ts";
import { loadPack } from "../../src/core/capabilities/load.ts";
import { Registry } from "../../src/core/capabilities/registry.ts";
import type { Environment } from "../../src/core/model/config.ts";
import { formatProblem } from "../../src/core/common/errors.ts";
import { renderApp } from "../../src/core/render/render.ts";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import { emptyCrdSet } from "../../src/kube/crds.ts";

const env: Environment = {
  name: "test",
  autoDeploy: true,
  approval: "none",
  kubeVersion: "1.31",
  policies: ["test"],
  allowLiteralSecrets: false,
  createNamespaces: false,
  guardrails: [],
  index: 0,
};

/** A third-party workload (a made-up `Runner` CRD) keeping its pods at spec.runner.template. */
function runnerPack(declare: boolean) {
  const files = new Map<string, string>([
    [
      "runner/1.0.0/capability.yaml",
      `apiVersion: capstan.dev/v1alpha1
kind: ComponentType
description: A job runner whose pods live under spec.runner.template.
workload: { apiVersion: example.com/v1, kind: Runner }
${declare ? "podTemplate: spec.runner.template\n" : ""}parameters:
  type: object
  properties: { image: { type: string } }
`,
    ],
    [
      "runner/1.0.0/template.yaml.hbs",
      `output:
  apiVersion: example.com/v1
  kind: Runner
  metadata:
    name: {{context.name}}
  spec:
    runner:
      template:
        spec:
          containers:
            - name: {{context.name}}
              image: {{parameter.image}}
`,
    ],
  ]);
  const p = loadPack({ source: "path:caps", displayRoot: "caps/", files });
  assert.deepEqual(p.problems, []);
  return p.capabilities;
}

function render(appText: string, declare = true) {
  const registry = new Registry([builtinRegistry().all(), runnerPack(declare)]);
  const { apps, problems } = loadApps([{ file: "apps/a.yaml", text: appText }]);
  assert.deepEqual(problems, []);
  const b = bindApp(apps[0]!, [env]);
  const r = renderApp(apps[0]!, b.bindings[0]!, { registry, crds: emptyCrdSet() });
  return { objects: r.objects.map((o) => o.obj), errors: r.problems.map(formatProblem) };
}

const app = (traits: string) => `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: a }
spec:
  components:
    - name: build
      type: runner
      properties: { image: ghcr.io/acme/build:1 }
      traits:
${traits}`;

const sidecarAndEnv = `        - type: sidecar
          properties: { name: log, image: busybox:1.36 }
        - type: env
          properties: { env: { B: "2", A: "1" } }
        - type: service-account
          properties: { name: builder }
`;

test("pod traits land in the pod template a third-party workload declares", () => {
  const r = render(app(sidecarAndEnv));
  assert.deepEqual(r.errors, []);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a rendered object, read loosely
  const obj = r.objects[0] as any;
  const spec = obj.spec.runner.template;
  assert.deepEqual(
    spec.spec.containers.map((c: { name: string }) => c.name),
    ["build", "log"],
  );
  assert.deepEqual(spec.spec.containers[0].env, [
    { name: "A", value: "1" },
    { name: "B", value: "2" },
  ]);
  assert.equal(spec.spec.serviceAccountName, "builder");
  assert.equal(spec.metadata.labels["app.kubernetes.io/name"], "build", "standard labels too");
  assert.equal(obj.spec.template, undefined, "nothing at spec.template");
});

test("without a declared (or known) pod template, pod traits are refused by appliesTo", () => {
  const r = render(app(sidecarAndEnv), false);
  assert.equal(r.errors.length, 3, r.errors.join("\n"));
  assert.match(
    r.errors[0]!,
    /apps\/a\.yaml:\d+:\d+.*trait sidecar@1\.1\.0 does not apply to component type runner \(Runner\)/,
  );
});

test("scaler with hpa exits with both named and which to keep", () => {
  const text = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: a }
spec:
  components:
    - name: api
      type: webservice
      properties: { image: ghcr.io/acme/api:1 }
      traits:
        - type: scaler
          properties: { replicas: 3 }
        - type: hpa
          properties: { max: 6 }
`;
  const r = render(text);
  assert.equal(r.errors.length, 1, r.errors.join("\n"));
  assert.match(r.errors[0]!, /apps\/a\.yaml:12:\d+/);
  assert.match(r.errors[0]!, /trait "hpa" conflicts with trait "scaler" on component "api"/);
  assert.match(r.errors[0]!, /spec\.replicas/);
  assert.match(r.errors[0]!, /keep/);
});
