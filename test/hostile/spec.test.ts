/** Hostile specs: each mistake is a located user error (file:line:col, path or capability@version), nothing written. */
import { after, test } from "node:test";
import {
  appYaml,
  BASE_APP,
  BASE_CONFIG,
  capability,
  cleanupAll,
  componentYaml,
  runHostile,
  type HostileCase,
} from "./harness.ts";

after(cleanupAll);

const APP = "apps/shop.yaml";
const COMP = "/spec/components/0";

const workflowApp = (steps: string, policies: string) =>
  BASE_APP + `  policies:\n${policies}\n  workflow:\n    steps:\n${steps}\n`;

const cases: HostileCase[] = [
  {
    name: "unknown component type lists what exists",
    files: { [APP]: appYaml({ type: "webservise" }) },
    expect: {
      code: "unknown-capability",
      file: APP,
      line: 8,
      col: 13,
      path: `${COMP}/type`,
      message:
        /unknown component type "webservise" \(did you mean "webservice"\?\); available: .*webservice.*worker/,
    },
  },
  {
    name: "unknown trait type lists what exists",
    files: { [APP]: appYaml({ traits: "- type: scalar\n  properties: { replicas: 2 }" }) },
    expect: {
      code: "unknown-capability",
      file: APP,
      line: 12,
      path: `${COMP}/traits/0/type`,
      message: /unknown trait "scalar" \(did you mean "scaler"\?\); available: .*scaler/,
    },
  },
  {
    name: "a trait used as a component type says what it is",
    files: { [APP]: appYaml({ type: "scaler" }) },
    expect: {
      file: APP,
      line: 8,
      path: `${COMP}/type`,
      message: /"scaler" is a trait, not a component type/,
    },
  },
  {
    name: "bad version syntax",
    files: { [APP]: appYaml({ type: "webservice@1.x" }) },
    expect: {
      file: APP,
      line: 8,
      path: `${COMP}/type`,
      col: 13,
      message: /must be a capability reference: name, name@1, name@1\.2 or name@1\.2\.3/,
    },
  },
  {
    name: "a version that does not exist lists the versions",
    files: { [APP]: appYaml({ type: "webservice@9" }) },
    expect: {
      file: APP,
      line: 8,
      path: `${COMP}/type`,
      message: /component type webservice@9 does not exist.*versions of webservice: 1\.0\.0/,
    },
  },
  {
    name: "a trait version that does not exist",
    files: { [APP]: appYaml({ traits: "- type: scaler@2.1.0\n  properties: { replicas: 2 }" }) },
    expect: {
      file: APP,
      line: 12,
      path: `${COMP}/traits/0/type`,
      message: /scaler@2\.1\.0 does not exist/,
    },
  },
  {
    name: "schema: wrong type",
    files: { [APP]: appYaml({ traits: "- type: scaler\n  properties: { replicas: two }" }) },
    expect: {
      code: "schema",
      file: APP,
      line: 13,
      path: `${COMP}/traits/0/properties/replicas`,
      capability: "scaler@1.1.0",
      message: /must be integer/,
    },
  },
  {
    name: "schema: enum",
    files: { [APP]: appYaml({ properties: "image: nginx:1\nimagePullPolicy: Sometimes" }) },
    expect: {
      code: "schema",
      file: APP,
      line: 11,
      col: 26,
      path: `${COMP}/properties/imagePullPolicy`,
      capability: "webservice@1.0.0",
      message: /must be one of "Always", "Never", "IfNotPresent"/,
    },
  },
  {
    name: "schema: required",
    files: { [APP]: appYaml({ properties: "cmd: [sleep]" }) },
    expect: {
      code: "schema",
      file: APP,
      path: `${COMP}/properties`,
      capability: "webservice@1.0.0",
      message: /missing required property "image"/,
    },
  },
  {
    name: "schema: additionalProperties",
    files: { [APP]: appYaml({ properties: "image: nginx:1\nimgae: nginx:2" }) },
    expect: {
      code: "schema",
      file: APP,
      line: 11,
      col: 16,
      path: `${COMP}/properties/imgae`,
      capability: "webservice@1.0.0",
      message: /unknown property "imgae"/,
    },
  },
  {
    name: "trait not allowed on that type (appliesTo)",
    files: {
      [APP]: appYaml({ type: "worker", traits: "- type: expose\n  properties: { port: [80] }" }),
      ...capability(
        "expose",
        "9.0.0",
        `apiVersion: capstan.dev/v1alpha1\nkind: Trait\ndescription: web only\nappliesTo: [webservice]\nparameters: { type: object }\n`,
        "patch: {}\n",
        "Trait",
      ),
    },
    expect: {
      code: "applies-to",
      file: APP,
      line: 12,
      path: `${COMP}/traits/0/type`,
      capability: "expose@9.0.0",
      message:
        /trait expose@9\.0\.0 does not apply to component type worker \(Deployment\); it applies to: webservice/,
    },
  },
  {
    name: "conflicting traits (conflictsWith)",
    files: {
      [APP]: appYaml({
        traits:
          "- type: k8s-update-strategy\n  properties: { strategy: { type: Recreate } }\n- type: canary\n  properties: {}",
      }),
    },
    expect: {
      code: "conflicts-with",
      file: APP,
      line: 14,
      path: `${COMP}/traits/1/type`,
      capability: "canary@1.0.0",
      message: /trait "canary" conflicts with trait "k8s-update-strategy" on component "web"/,
    },
  },
  {
    name: "deploy step targets a topology no environment claims",
    files: {
      [APP]: workflowApp(
        "      - { name: to-mars, type: deploy, properties: { policies: [mars] } }",
        "    - { name: mars, type: topology, properties: { namespace: mars } }",
      ),
    },
    expect: {
      file: APP,
      code: "unknown-env",
      line: 22,
      path: "/spec/workflow/steps/0/properties/policies",
      message:
        /targets topology policy "mars", but no environment in capstan\.yaml claims it \(environments and their policies: staging \[staging\]; production \[production\]\)/,
    },
  },
  {
    name: "deploy step names a policy the app does not define",
    files: {
      [APP]: workflowApp(
        "      - { name: to-staging, type: deploy, properties: { policies: [stagin] } }",
        "    - { name: staging, type: topology, properties: { namespace: s } }",
      ),
    },
    expect: { file: APP, message: /names policy "stagin", which the application does not define/ },
  },
  {
    name: "unsupported workflow step type",
    files: {
      [APP]: workflowApp(
        "      - { name: notify, type: webhook }",
        "    - { name: staging, type: topology, properties: { namespace: s } }",
      ),
    },
    expect: {
      file: APP,
      path: "/spec/workflow/steps/0/type",
      message: /workflow step type "webhook" is not supported offline/,
    },
  },
  {
    name: "duplicate component names",
    files: {
      [APP]:
        BASE_APP + "    - name: web\n      type: worker\n      properties: { image: busybox }\n",
    },
    expect: {
      code: "duplicate-component",
      file: APP,
      line: 18,
      path: "/spec/components/1/name",
      message: /duplicate component name "web"/,
    },
  },
  {
    name: "dependsOn needs the cluster runtime",
    files: { [APP]: BASE_APP + "      dependsOn: [db]\n" },
    expect: {
      code: "runtime-only",
      file: APP,
      line: 18,
      col: 18,
      path: `${COMP}/dependsOn`,
      message: /dependsOn/,
    },
  },
  {
    name: "duplicate application names across files",
    files: { "apps/copy.yaml": BASE_APP },
    expect: {
      code: "duplicate-app",
      path: "/metadata/name",
      message: /duplicate application "shop" \(also in apps\/.*\.yaml\)/,
    },
  },
  {
    name: "not an OAM Application",
    files: { [APP]: BASE_APP.replace("core.oam.dev/v1beta1", "apps/v1") },
    expect: {
      code: "schema",
      file: APP,
      line: 1,
      path: "/apiVersion",
      message: /expected apiVersion: core\.oam\.dev\/v1beta1/,
    },
  },
  ...(
    [
      ["Shop_App", /not a valid name.*DNS-1123/],
      ['"../x"', /"\.\.\/x" is not a valid name/],
      ['"../../../etc/cron.d/evil"', /is not a valid name/],
      ['"/abs"', /"\/abs" is not a valid name/],
      [".git", /"\.git" is not a valid name/],
      ['"a/b"', /"a\/b" is not a valid name/],
      ["x".repeat(64), /is 64 characters; the limit is 63/],
    ] as const
  ).map(([name, message]): HostileCase => ({
    name: `app name ${name.slice(0, 20)}`,
    files: { [APP]: BASE_APP.replace("name: shop", `name: ${name}`) },
    expect: { code: "name", file: APP, line: 4, col: 9, path: "/metadata/name", message },
  })),
  {
    name: "component name with a path",
    files: { [APP]: appYaml({ component: '"../../web"' }) },
    expect: {
      code: "name",
      file: APP,
      line: 7,
      path: `${COMP}/name`,
      message: /component name .* is not a valid name/,
    },
  },
  {
    name: "rendered object name over 253 characters",
    files: {
      [APP]: appYaml({ type: "cm", properties: `value: ${"a".repeat(300)}` }),
      ...capability(
        "cm",
        "1.0.0",
        componentYaml(),
        "outputs:\n  cm:\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: {{parameter.value}}\n",
      ),
    },
    expect: {
      code: "object-name",
      capability: "cm@1.0.0",
      // located at the property the name came from
      file: APP,
      path: "/spec/components/0/properties/value",
      message: /ConfigMap "a+…?" .*is 300 characters; ConfigMap names are limited to 253/,
    },
  },
  {
    name: "rendered Service name over 63 characters",
    files: {
      [APP]: appYaml({ type: "svc", properties: `value: ${"s".repeat(64)}` }),
      ...capability(
        "svc",
        "1.0.0",
        componentYaml(["v1 Service"]),
        "outputs:\n  svc:\n    apiVersion: v1\n    kind: Service\n    metadata:\n      name: {{parameter.value}}\n    spec:\n      ports: [{ port: 80 }]\n",
      ),
    },
    expect: {
      code: "object-name",
      capability: "svc@1.0.0",
      message: /is 64 characters; Service names are limited to 63/,
    },
  },
  {
    name: "namespace that is not DNS-1123",
    files: {
      [APP]: BASE_APP.replace("  name: shop", '  name: shop\n  namespace: "../kube-system"'),
    },
    expect: {
      code: "schema",
      file: APP,
      line: 5,
      col: 14,
      path: "/metadata/namespace",
      message: /must be a DNS-1123 label/,
    },
  },
  {
    name: "unquoted kubeVersion: 1.30",
    files: { "capstan.yaml": BASE_CONFIG.replace('kubeVersion: "1.31"', "kubeVersion: 1.30") },
    expect: {
      code: "kube-version",
      file: "capstan.yaml",
      line: 4,
      col: 14,
      path: "/kubeVersion",
      message:
        /kubeVersion 1\.30 is a YAML number \(it reads as 1\.3\); quote it: kubeVersion: "1\.30"/,
    },
  },
  {
    name: "unquoted kubeVersion on an environment",
    files: {
      "capstan.yaml": BASE_CONFIG.replace(
        "    promotesFrom: staging\n",
        "    promotesFrom: staging\n    kubeVersion: 1.29\n",
      ),
    },
    expect: {
      code: "kube-version",
      file: "capstan.yaml",
      line: 11,
      path: "/environments/1/kubeVersion",
      message: /YAML number/,
    },
  },
  {
    name: "promotesFrom cycle",
    files: {
      "capstan.yaml": BASE_CONFIG.replace(
        "    autoDeploy: true\n",
        "    promotesFrom: production\n",
      ),
    },
    expect: {
      file: "capstan.yaml",
      line: 7,
      path: "/environments/0/promotesFrom",
      message: /promotesFrom forms a cycle: staging → production → staging/,
    },
  },
  {
    name: "promotesFrom an unknown environment",
    files: { "capstan.yaml": BASE_CONFIG.replace("promotesFrom: staging", "promotesFrom: stagin") },
    expect: {
      file: "capstan.yaml",
      line: 10,
      path: "/environments/1/promotesFrom",
      message: /unknown environment "stagin" \(environments: staging, production\)/,
    },
  },
  {
    name: "duplicate environment names",
    files: { "capstan.yaml": BASE_CONFIG.replace("name: production", "name: staging") },
    expect: {
      file: "capstan.yaml",
      line: 9,
      path: "/environments/1/name",
      message: /duplicate environment "staging"/,
    },
  },
  {
    name: "environment name with a path",
    files: { "capstan.yaml": BASE_CONFIG.replace("name: production", 'name: "../prod"') },
    expect: {
      code: "schema",
      file: "capstan.yaml",
      line: 9,
      path: "/environments/1/name",
      message: /must be a DNS-1123 label/,
    },
  },
  ...(["../outside", "envs/../../outside", ".git/hooks", "./envs"] as const).map(
    (root): HostileCase => ({
      name: `envRepo.root ${root}`,
      files: { "capstan.yaml": BASE_CONFIG.replace("root: envs", `root: "${root}"`) },
      expect: {
        code: "config",
        file: "capstan.yaml",
        line: 3,
        path: "/envRepo/root",
        message:
          /must be a plain folder path inside the env repo \(no "\.", "\.\." or "\.git" segments\)/,
      },
    }),
  ),
  {
    name: "unknown key in capstan.yaml",
    files: { "capstan.yaml": BASE_CONFIG + "enviroments: []\n" },
    expect: {
      code: "schema",
      file: "capstan.yaml",
      line: 15,
      message: /unknown property "enviroments"/,
    },
  },
];

for (const c of cases) test(`spec: ${c.name}`, () => runHostile(c).then(() => undefined));
