/** Hostile or broken capability templates: located errors naming capability@version, nothing written. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import {
  appYaml,
  BASE_CONFIG,
  baselineCopy,
  capability,
  cleanupAll,
  componentYaml,
  makeSource,
  runCli,
  runHostile,
  SOURCE_REPO,
  type HostileCase,
} from "./harness.ts";

after(cleanupAll);

const APP = "apps/shop.yaml";
const TPL = "capabilities/t/1.0.0/template.yaml.hbs";
const CM = (data: string) =>
  `outputs:\n  cm:\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: cm\n    data:\n${data}\n`;

/** An app using local component `t` whose template is `template`. */
function withTemplate(
  template: string,
  emits?: string[],
  props = "value: x",
): HostileCase["files"] {
  return {
    [APP]: appYaml({ type: "t", properties: props }),
    ...capability("t", "1.0.0", componentYaml(emits), template),
  };
}

const cases: HostileCase[] = [
  {
    name: "a template that calls fail",
    files: withTemplate(CM('      a: {{fail (concat "refusing: " parameter.value)}}')),
    expect: {
      code: "template",
      file: TPL,
      capability: "t@1.0.0",
      message: /template failed: refusing: x/,
    },
  },
  {
    name: "division by zero",
    files: withTemplate(CM("      a: {{str (div 1 0)}}")),
    expect: {
      code: "template",
      file: TPL,
      capability: "t@1.0.0",
      message: /template failed: div: division by zero/,
    },
  },
  {
    name: "a helper given a non-number",
    files: withTemplate(CM("      a: {{str (add parameter.value 1)}}")),
    expect: {
      code: "template",
      file: TPL,
      capability: "t@1.0.0",
      message: /add: "x" is not a number/,
    },
  },
  {
    name: "an unknown helper is refused when the capability loads",
    files: withTemplate(CM('      a: {{exec "rm -rf /"}}')),
    expect: { file: TPL, capability: "t@1.0.0", message: /exec/ },
  },
  {
    name: "rendered text that is not YAML",
    files: withTemplate("outputs:\n  cm: [unclosed\n"),
    expect: {
      code: "template-yaml",
      file: TPL,
      capability: "t@1.0.0",
      message: /the rendered template is not valid YAML \(rendered line \d+/,
    },
  },
  {
    name: "an output that is not an object",
    files: withTemplate("output: 42\n"),
    expect: {
      code: "template-output",
      file: TPL,
      capability: "t@1.0.0",
      message: /output: must be a Kubernetes object \(a mapping\), got number/,
    },
  },
  {
    name: "a rendered template that is a list",
    files: withTemplate("- a\n- b\n"),
    expect: {
      code: "template-output",
      file: TPL,
      capability: "t@1.0.0",
      message: /must be one mapping with output, outputs/,
    },
  },
  {
    name: "an unknown top-level key",
    files: withTemplate("output: null\nsecrets: {}\n"),
    expect: {
      code: "template-output",
      file: TPL,
      message: /unknown key "secrets" \(allowed: output, outputs\)/,
    },
  },
  {
    name: "an object without apiVersion/kind",
    files: withTemplate("outputs:\n  x: { metadata: { name: x } }\n"),
    expect: {
      code: "template-output",
      capability: "t@1.0.0",
      message: /outputs\.x: needs apiVersion and kind/,
    },
  },
  {
    name: "a kind not declared in emits",
    files: withTemplate(
      "outputs:\n  s:\n    apiVersion: v1\n    kind: Secret\n    metadata: { name: s }\n    stringData: { k: v }\n",
    ),
    expect: {
      code: "template-output",
      file: TPL,
      capability: "t@1.0.0",
      message:
        /outputs\.s: v1 Secret is not among the kinds the capability declares in `emits` \(v1 ConfigMap\)/,
    },
  },
  {
    name: "a cluster-scoped kind not declared in emits",
    files: withTemplate(
      "outputs:\n  crb:\n    apiVersion: rbac.authorization.k8s.io/v1\n    kind: ClusterRoleBinding\n    metadata: { name: admin }\n    roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }\n    subjects: [{ kind: ServiceAccount, name: default, namespace: default }]\n",
    ),
    expect: {
      code: "template-output",
      capability: "t@1.0.0",
      message: /ClusterRoleBinding is not among the kinds/,
    },
  },
  {
    name: "a plain Secret with literal data (declared) names allowLiteralSecrets",
    files: withTemplate(
      "outputs:\n  s:\n    apiVersion: v1\n    kind: Secret\n    metadata: { name: db }\n    stringData:\n      password: {{parameter.value}}\n",
      ["v1 Secret"],
    ),
    expect: {
      code: "literal-secret",
      capability: "t@1.0.0",
      message:
        /plain Secret with literal data would be committed to git; .*set allowLiteralSecrets: true on environment "staging" in capstan\.yaml/,
    },
  },
  {
    name: "a literal Secret through k8s-objects (emits *) is refused too",
    files: {
      [APP]: appYaml({
        type: "k8s-objects",
        properties:
          "objects:\n  - apiVersion: v1\n    kind: Secret\n    metadata: { name: db }\n    data: { password: aHVudGVyMg== }",
      }),
    },
    expect: { code: "literal-secret", message: /allowLiteralSecrets/ },
  },
  {
    name: "k8s-objects with a path-like object name",
    files: {
      [APP]: appYaml({
        type: "k8s-objects",
        properties:
          'objects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: "../../../../tmp/pwned" }\n    data: { a: b }',
      }),
    },
    expect: { code: "object-name", message: /not a valid DNS-1123 name/ },
  },
  {
    name: "k8s-objects with an unknown kind",
    files: {
      [APP]: appYaml({
        type: "k8s-objects",
        properties:
          "objects:\n  - apiVersion: evil.example/v1\n    kind: Backdoor\n    metadata: { name: x }",
      }),
    },
    expect: { code: "kube-schema", message: /Backdoor/ },
  },
  {
    name: "triple-stash is refused at load with line:col",
    files: withTemplate(CM("      a: {{{parameter.value}}}")),
    expect: {
      code: "template",
      file: TPL,
      line: 8,
      col: 10,
      capability: "t@1.0.0",
      message: /\{\{\{ \}\}\} \(unescaped output\) is not allowed/,
    },
  },
  {
    name: "a partial is refused at load",
    files: withTemplate("{{> secrets}}\n"),
    expect: { code: "template", file: TPL, line: 1, col: 1, message: /partials are not allowed/ },
  },
  {
    name: "a mustache that is not a whole value",
    files: withTemplate(CM("      a: prefix-{{parameter.value}}")),
    expect: {
      code: "template",
      file: TPL,
      line: 8,
      col: 17,
      message: /must stand as a whole YAML value/,
    },
  },
  {
    name: "a mustache used as a key",
    files: withTemplate(CM("      {{parameter.value}}: a")),
    expect: { code: "template", file: TPL, line: 8, message: /must stand as a whole YAML value/ },
  },
  {
    name: "a block helper not on its own line",
    files: withTemplate(CM("      a: {{#if parameter.value}}x{{/if}}")),
    expect: {
      code: "template",
      file: TPL,
      line: 8,
      message: /block helper .* must stand on its own line|whole YAML value/,
    },
  },
  {
    name: "a disallowed block helper",
    files: withTemplate("{{#each-evil parameter}}\n{{/each-evil}}\n"),
    expect: { code: "template", file: TPL, line: 1, message: /not allowed/ },
  },
  {
    name: "a decorator",
    files: withTemplate("{{* inline}}\noutput: null\n"),
    expect: { code: "template", file: TPL, line: 1, message: /decorators are not allowed/ },
  },
  {
    name: "template syntax error",
    files: withTemplate("{{#if parameter.value}}\noutput: null\n"),
    expect: { code: "template", file: TPL, message: /template syntax/ },
  },
  {
    name: "a trait patching an output nobody produced",
    files: {
      [APP]: appYaml({ traits: "- type: tp\n  properties: {}" }),
      ...capability(
        "tp",
        "1.0.0",
        "apiVersion: capstan.dev/v1alpha1\nkind: Trait\ndescription: t\nparameters: { type: object }\n",
        "outputPatches:\n  ghost: { metadata: { labels: { a: b } } }\n",
        "Trait",
      ),
    },
    expect: {
      code: "patch",
      file: "capabilities/tp/1.0.0/patch.yaml.hbs",
      capability: "tp@1.0.0",
      message: /outputPatches names "ghost", which no capability produced/,
    },
  },
  {
    name: "a json-patch with an impossible path",
    files: {
      [APP]: appYaml({
        traits:
          "- type: json-patch\n  properties:\n    operations: [{ op: replace, path: /spec/nope/0, value: 1 }]",
      }),
    },
    expect: { code: "patch", capability: "json-patch@1.0.0", message: /nope|path/ },
  },
  {
    name: "a Namespace object emitted by k8s-objects without createNamespaces",
    files: {
      [APP]: appYaml({
        type: "k8s-objects",
        properties:
          "objects:\n  - apiVersion: v1\n    kind: Namespace\n    metadata: { name: kube-system }\n  - apiVersion: v1\n    kind: Namespace\n    metadata: { name: kube-system }",
      }),
    },
    expect: { code: "duplicate-object", message: /duplicate object v1 Namespace/ },
  },
  {
    name: "a wildcard capability inventing a kind it never declared",
    files: {
      [APP]: appYaml({ type: "anything", properties: "value: x" }),
      ...capability(
        "anything",
        "1.0.0",
        'apiVersion: capstan.dev/v1alpha1\nkind: ComponentType\ndescription: any\nemits: [{ apiVersion: "*", kind: "*" }]\nparameters: { type: object }\n',
        "outputs:\n  pc:\n    apiVersion: scheduling.k8s.io/v1\n    kind: PriorityClass\n    metadata: { name: top }\n    value: 1000000000\n",
      ),
    },
    expect: {
      code: "kube-schema",
      capability: "anything@1.0.0",
      message:
        /capstan cannot validate scheduling\.k8s\.io\/v1 PriorityClass — the capability emits "\*"/,
    },
  },
];

for (const c of cases) test(`template: ${c.name}`, () => runHostile(c).then(() => undefined));

test("template: allowLiteralSecrets on the environment lets the same Secret through (the setting named works)", async () => {
  const files = withTemplate(
    "outputs:\n  s:\n    apiVersion: v1\n    kind: Secret\n    metadata: { name: db }\n    stringData:\n      password: {{parameter.value}}\n",
    ["v1 Secret"],
  );
  const src = await makeSource({
    ...files,
    "capstan.yaml": BASE_CONFIG.replace(
      "    namespace: shop-staging\n",
      "    namespace: shop-staging\n    allowLiteralSecrets: true\n",
    ),
  });
  const out = await baselineCopy();
  const r = await runCli([
    "render",
    "--source",
    src,
    "--out",
    out,
    "--source-repo",
    SOURCE_REPO,
    "--env",
    "staging",
  ]);
  assert.equal(r.code, 0, r.output);
  assert.match(readFileSync(join(out, "envs/staging/shop/secret-db.yaml"), "utf8"), /password: x/);
});

test("template: a declared cluster-scoped kind is rendered without a namespace", async () => {
  const src = await makeSource(
    withTemplate(
      "outputs:\n  cr:\n    apiVersion: rbac.authorization.k8s.io/v1\n    kind: ClusterRole\n    metadata: { name: reader, namespace: sneaky }\n    rules: []\n",
      ["rbac.authorization.k8s.io/v1 ClusterRole"],
    ),
  );
  const out = await baselineCopy();
  const r = await runCli(["render", "--source", src, "--out", out, "--source-repo", SOURCE_REPO]);
  assert.equal(r.code, 0, r.output);
  const text = readFileSync(join(out, "envs/staging/shop/clusterrole-reader.yaml"), "utf8");
  assert.doesNotMatch(text, /namespace:/);
});
