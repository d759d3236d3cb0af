/**
 * Injection: a property value can never change the structure of the output. Hostile
 * strings stay one value through capstan and through `kubectl kustomize`;
 * `__proto__` / `constructor` / `prototype` keys are inert; Handlebars prototype
 * access stays off.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { parseAllDocuments } from "yaml";
import {
  appYaml,
  baselineCopy,
  capability,
  cleanupAll,
  componentYaml,
  makeSource,
  runCli,
  runHostile,
  snapshot,
  SOURCE_REPO,
  type Files,
} from "./harness.ts";

after(cleanupAll);

const APP = "apps/shop.yaml";

const HOSTILE: Record<string, string> = {
  newline: "a\nkind: Secret\nmetadata:\n  name: pwned",
  docsep: "x\n---\napiVersion: v1\nkind: Secret\nmetadata: { name: pwned }",
  colon: "key: value",
  mustache: "{{constructor.constructor('return process')()}}",
  closing: "}} {{",
  quotes: `"'"'\``,
  backslashes: "\\\\\\n\\u0000\\",
  lineSeparators: "a\u2028b\u2029c\u0085d",
  comment: "x # not a comment",
  flow: "[a, {b: c}]",
  anchor: "&a *a !tag %YAML",
  dash: "- item",
  tab: "\tindented\t",
  cr: "a\r\nb\rc",
  empty: "",
  nulls: "null",
  boolish: "yes",
  numberish: "0755",
};

async function render(files: Files): Promise<{ out: string; code: number; output: string }> {
  const src = await makeSource(files);
  const out = await baselineCopy();
  const r = await runCli(["render", "--source", src, "--out", out, "--source-repo", SOURCE_REPO]);
  assert.equal(r.thrown, undefined, String((r.thrown as Error | undefined)?.stack));
  return { out, code: r.code, output: r.output };
}

function docs(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => {
    assert.deepEqual(d.errors, [], "emitted YAML has errors");
    return d.toJS() as unknown;
  });
}

type Dep = {
  spec: {
    template: {
      metadata: { annotations: Record<string, string> };
      spec: { containers: { args: string[]; env: { name: string; value: string }[] }[] };
    };
  };
};

test("injection: hostile strings stay one value in args, env and annotations; same objects, same keys", async () => {
  const entries = Object.entries(HOSTILE);
  const props = {
    image: "nginx:1",
    args: entries.map(([, v]) => v),
    env: entries.map(([k, v]) => ({ name: k.toUpperCase(), value: v })),
    annotations: Object.fromEntries(entries.map(([k, v]) => [`x/${k.toLowerCase()}`, v])),
  };
  // JSON is YAML: the hostile values arrive exactly as written.
  const app = appYaml({ properties: `${JSON.stringify(props)}`.replace(/^/, "") }).replace(
    /      properties:\n.*\n/,
    `      properties: ${JSON.stringify(props)}\n`,
  );
  const plain = await render({
    [APP]: appYaml({
      properties:
        "image: nginx:1\nargs: [a]\nenv: [{ name: A, value: a }]\nannotations: { x/a: a }",
    }),
  });
  assert.equal(plain.code, 0, plain.output);
  const { out, code, output } = await render({ [APP]: app });
  assert.equal(code, 0, output);

  const dir = join(out, "envs/staging/shop");
  const text = readFileSync(join(dir, "deployment-web.yaml"), "utf8");
  const plainText = readFileSync(join(plain.out, "envs/staging/shop/deployment-web.yaml"), "utf8");
  const [dep] = docs(text) as Dep[];
  const [plainDep] = docs(plainText) as Dep[];
  assert.equal(docs(text).length, 1, "one document per file");
  assert.deepEqual(Object.keys(dep!), Object.keys(plainDep!), "same top-level keys");
  const c = dep!.spec.template.spec.containers[0]!;
  assert.deepEqual(c.args, props.args);
  assert.deepEqual(c.env, props.env);
  for (const [k, v] of entries)
    assert.equal(dep!.spec.template.metadata.annotations[`x/${k.toLowerCase()}`], v);
  // The same file set as a plain render: no extra object, no Secret.
  assert.deepEqual(
    [...snapshot(out).keys()].filter((p) => p.startsWith("envs/")).sort(),
    [...snapshot(plain.out).keys()].filter((p) => p.startsWith("envs/")).sort(),
  );

  // Round trip through kustomize: still one Deployment, one Service, values intact.
  const built = execFileSync("kubectl", ["kustomize", join(out, "envs/staging")], {
    encoding: "utf8",
  });
  const objs = docs(built) as (Dep & { kind: string })[];
  assert.deepEqual(
    objs.map((o) => o.kind),
    ["Deployment"],
  );
  const kdep = objs.find((o) => o.kind === "Deployment")!;
  const kc = kdep.spec.template.spec.containers[0]!;
  assert.equal(kc.args.length, props.args.length);
  assert.deepEqual(
    kc.env.map((e) => e.name),
    props.env.map((e) => e.name),
  );
  entries.forEach(([k, v], i) => {
    if (k === "lineSeparators") return; // folded by kustomize's YAML 1.1 emitter (SECURITY.md)
    assert.equal(kc.args[i], v, k);
    assert.equal(kc.env[i]!.value, v, k);
  });
});

test("injection: hostile strings through mustaches and helpers of a local template stay one JSON value", async () => {
  const keys = Object.keys(HOSTILE);
  const tpl = [
    "outputs:",
    "  cm:",
    "    apiVersion: v1",
    "    kind: ConfigMap",
    "    metadata:",
    "      name: cm",
    "    data:",
    ...keys.flatMap((k) => [
      `      v-${k}: {{parameter.${k}}}`,
      `      u-${k}: {{upper parameter.${k}}}`,
      `      j-${k}: {{concat parameter.${k} "-" parameter.${k}}}`,
    ]),
    "",
  ].join("\n");
  const { out, code, output } = await render({
    [APP]: appYaml({ type: "cm", properties: JSON.stringify(HOSTILE) }),
    ...capability(
      "cm",
      "1.0.0",
      componentYaml(["v1 ConfigMap"], "type: object\n  additionalProperties: { type: string }"),
      tpl,
    ),
  });
  assert.equal(code, 0, output);
  const files = [...snapshot(join(out, "envs/staging/shop")).keys()].sort();
  assert.deepEqual(files, ["configmap-cm.yaml", "kustomization.yaml"]);
  const all = docs(readFileSync(join(out, "envs/staging/shop/configmap-cm.yaml"), "utf8"));
  assert.equal(all.length, 1);
  const data = (all[0] as { data: Record<string, string> }).data;
  assert.equal(Object.keys(data).length, keys.length * 3, "same keys, no injected ones");
  for (const [k, v] of Object.entries(HOSTILE)) {
    assert.equal(data[`v-${k}`], v, k);
    assert.equal(data[`u-${k}`], v.toUpperCase(), k);
    assert.equal(data[`j-${k}`], `${v}-${v}`, k);
  }
  const built = docs(
    execFileSync("kubectl", ["kustomize", join(out, "envs/staging")], { encoding: "utf8" }),
  ) as { kind: string; data: Record<string, string> }[];
  assert.deepEqual(
    built.map((o) => o.kind),
    ["ConfigMap"],
  );
  assert.equal(Object.keys(built[0]!.data).length, keys.length * 3);
  for (const [k, v] of Object.entries(HOSTILE)) {
    const got = built[0]!.data[`v-${k}`]!;
    // kustomize re-serialises with YAML 1.1 rules: U+2028/U+2029/U+0085 come back folded
    // (a known kustomize behaviour, see SECURITY.md); still one value, nothing injected.
    if (k === "lineSeparators") assert.match(got, /^a[^]*d$/);
    else assert.equal(got, v, k);
  }
});

const PROTO_NAMES = () => Object.getOwnPropertyNames(Object.prototype).sort();

test("injection: __proto__ / constructor / prototype keys in properties and labels do not pollute", async () => {
  const before = PROTO_NAMES();
  const { out, code, output } = await render({
    [APP]: `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: shop
  labels:
    __proto__: { polluted: "yes" }
    constructor: x
spec:
  components:
    - name: web
      type: webservice
      properties:
        image: nginx:1
        labels:
          __proto__: "p"
          constructor: "c"
          prototype: "q"
        annotations: { "__proto__": "a", "hasOwnProperty": "h" }
        env:
          - { name: __proto__, value: x }
      traits:
        - type: labels
          properties: { __proto__: { polluted: "yes" }, constructor: { prototype: { polluted: "yes" } } }
`,
  });
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "Object.prototype polluted");
  assert.deepEqual(PROTO_NAMES(), before, "Object.prototype changed");
  assert.equal(Object.prototype.toString.call({}), "[object Object]");
  // Either rendered with the keys as inert data, or refused as a user error — never polluting.
  if (code === 0) {
    const text = readFileSync(join(out, "envs/staging/shop/deployment-web.yaml"), "utf8");
    assert.match(text, /__proto__/);
  } else assert.equal(code, 1, output);
});

test("injection: __proto__ keys are inert data: rendered as ConfigMap keys, checked like any key", async () => {
  const { out, code, output } = await render({
    [APP]: appYaml({
      type: "k8s-objects",
      properties: [
        "objects:",
        "  - apiVersion: v1",
        "    kind: ConfigMap",
        "    metadata: { name: cm }",
        '    data: { "__proto__": "p", constructor: "c", prototype: "q" }',
      ].join("\n"),
    }),
  });
  assert.equal(code, 0, output);
  const [cm] = docs(readFileSync(join(out, "envs/staging/shop/configmap-cm.yaml"), "utf8")) as {
    data: Record<string, unknown>;
  }[];
  assert.equal(Object.getOwnPropertyDescriptor(cm!.data, "__proto__")?.value, "p");
  assert.equal(cm!.data.constructor, "c");
  assert.equal(cm!.data.prototype, "q");
  assert.equal(({} as Record<string, unknown>).polluted, undefined);

  // As a label key, __proto__ is refused like any key the API server refuses.
  await runHostile({
    name: "proto label key",
    files: {
      [APP]: appYaml({ properties: 'image: nginx:1\nlabels: { "__proto__": "p" }' }),
    },
    expect: {
      code: "kube-schema",
      file: APP,
      path: "/spec/components/0/properties/labels/__proto__",
      message: /label key "__proto__" is not a valid key/,
    },
  });

  // A __proto__ value that is not a string is caught by the schema like any other key.
  await runHostile({
    name: "proto object",
    files: {
      [APP]: appYaml({
        properties: 'image: nginx:1\nlabels: { "__proto__": { polluted: "yes" } }',
      }),
    },
    expect: {
      code: "schema",
      file: APP,
      path: "/spec/components/0/properties/labels/__proto__",
      message: /must be string/,
    },
  });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test("injection: Handlebars prototype access yields nothing", async () => {
  const tpl = [
    "outputs:",
    "  cm:",
    "    apiVersion: v1",
    "    kind: ConfigMap",
    "    metadata:",
    "      name: cm",
    "    data:",
    "      a: {{constructor}}",
    "      b: {{constructor.constructor}}",
    "      c: {{parameter.constructor.name}}",
    "      d: {{parameter.__proto__}}",
    "      e: {{parameter.value.constructor}}",
    "      f: {{parameter.__defineGetter__}}",
    "      g: {{context.toString}}",
    "{{#with parameter.constructor}}",
    "      h: {{name}}",
    "{{/with}}",
    "",
  ].join("\n");
  const { out, code, output } = await render({
    [APP]: appYaml({ type: "cm", properties: "value: x" }),
    ...capability("cm", "1.0.0", componentYaml(), tpl),
  });
  if (code === 0) {
    const [cm] = docs(readFileSync(join(out, "envs/staging/shop/configmap-cm.yaml"), "utf8")) as {
      data?: Record<string, unknown>;
    }[];
    for (const [k, v] of Object.entries(cm!.data ?? {}))
      assert.ok(v === null || v === undefined || v === "", `data.${k} leaked ${String(v)}`);
  } else {
    // null data values are refused by the ConfigMap schema: still no leak, and a clear error.
    assert.equal(code, 1, output);
    assert.doesNotMatch(output, /function|\[native code\]|Object\]/);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test("injection: a helper fed a hostile object key (dict/merge/pick with __proto__) does not pollute", async () => {
  const tpl = [
    "outputs:",
    "  cm:",
    "    apiVersion: v1",
    "    kind: ConfigMap",
    "    metadata:",
    "      name: cm",
    '    data: {{merge (dict "__proto__" (dict "polluted" "yes")) (dict "a" parameter.value)}}',
    "",
  ].join("\n");
  const { code, output } = await render({
    [APP]: appYaml({ type: "cm", properties: "value: x" }),
    ...capability("cm", "1.0.0", componentYaml(), tpl),
  });
  assert.ok(code === 0 || code === 1, output);
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "polluted by dict/merge");
});
