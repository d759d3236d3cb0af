/** Environment binding: KubeVela's topology / override / deploy-step meaning, offline. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadApps } from "../../src/core/model/app.ts";
import { bindApp, applyOverrides } from "../../src/core/model/binding.ts";
import type { Environment } from "../../src/core/model/config.ts";

function env(name: string, index: number, extra: Partial<Environment> = {}): Environment {
  return {
    name,
    index,
    autoDeploy: true,
    approval: "none",
    kubeVersion: "1.31",
    policies: [name],
    allowLiteralSecrets: false,
    createNamespaces: false,
    guardrails: [],
    ...extra,
  };
}
const ENVS = [
  env("staging", 0, { namespace: "stg" }),
  env("production", 1, { policies: ["production", "target-prod"] }),
];

function app(spec: string) {
  const r = loadApps([
    {
      file: "apps/a.yaml",
      text: `apiVersion: core.oam.dev/v1beta1\nkind: Application\nmetadata: { name: a }\nspec:\n${spec}`,
    },
  ]);
  assert.deepEqual(r.problems, []);
  return r.apps[0]!;
}

const COMPONENTS =
  "  components:\n    - name: web\n      type: webservice\n      properties: { image: x, cpu: '1' }\n      traits: [{ type: scaler, properties: { replicas: 1 } }, { type: labels, properties: { a: b } }]\n";

test("no workflow, no topology: every environment, namespace from env then default", () => {
  const b = bindApp(app(COMPONENTS), [...ENVS, env("dev", 2)]);
  assert.deepEqual(
    b.bindings.map((x) => [x.env.name, x.namespace]),
    [
      ["staging", "stg"],
      ["production", "default"],
      ["dev", "default"],
    ],
  );
});

test("deploy steps target the env claiming the topology policy; overrides apply there only; suspend is a notice", () => {
  const a = app(
    COMPONENTS +
      "  policies:\n    - { name: staging, type: topology, properties: { namespace: web-stg } }\n    - { name: target-prod, type: topology, properties: { namespace: web, clusters: [local] } }\n    - name: ha\n      type: override\n      properties:\n        components: [{ type: webservice, properties: { cpu: '2' }, traits: [{ type: scaler, properties: { replicas: 3 } }, { type: labels, disable: true }] }]\n" +
      "  workflow:\n    steps:\n      - { name: s, type: deploy, properties: { policies: [staging] } }\n      - { name: hold, type: suspend }\n      - { name: p, type: deploy, properties: { policies: [target-prod, ha] } }\n",
  );
  const b = bindApp(a, ENVS);
  assert.deepEqual(b.problems, []);
  assert.deepEqual(
    b.bindings.map((x) => [x.env.name, x.namespace, x.overrides.map((o) => o.name)]),
    [
      ["staging", "web-stg", []],
      ["production", "web", ["ha"]],
    ],
  );
  assert.ok(b.notices.some((n) => /suspend/.test(n)) && b.notices.some((n) => /clusters/.test(n)));
  const prod = applyOverrides(a, b.bindings[1]!.overrides)[0]!;
  assert.equal(prod.properties.cpu, "2");
  assert.deepEqual(prod.traits, [{ type: "scaler", properties: { replicas: 3 } }]);
  assert.equal(applyOverrides(a, [])[0]!.properties.cpu, "1");
});

test("a deploy step to a policy no environment claims, an unknown policy and an unsupported step are errors", () => {
  const a = app(
    COMPONENTS +
      "  policies:\n    - { name: moon, type: topology, properties: {} }\n  workflow:\n    steps:\n      - { name: s, type: deploy, properties: { policies: [moon, ghost] } }\n      - { name: n, type: notification }\n",
  );
  const msgs = bindApp(a, ENVS)
    .problems.map((p) => `${p.line}: ${p.message}`)
    .join("\n");
  assert.match(
    msgs,
    /targets topology policy "moon", but no environment in capstan.yaml claims it/,
  );
  assert.match(msgs, /names policy "ghost", which the application does not define/);
  assert.match(msgs, /workflow step type "notification" is not supported/);
});

test("cluster-runtime features are errors that say so", () => {
  const r = loadApps([
    {
      file: "apps/a.yaml",
      text: "apiVersion: core.oam.dev/v1beta1\nkind: Application\nmetadata: { name: a }\nspec:\n  components:\n    - name: web\n      type: webservice\n      dependsOn: [db]\n",
    },
  ]);
  assert.match(r.problems[0]!.message, /needs KubeVela's cluster runtime/);
  assert.equal(r.problems[0]!.line, 8);
});
