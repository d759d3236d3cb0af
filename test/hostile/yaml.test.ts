/** Hostile YAML: every malformed input is a located user error and nothing is written. */
import assert from "node:assert/strict";
import { after, test } from "node:test";
import {
  appYaml,
  BASE_APP,
  BASE_CONFIG,
  baselineCopy,
  cleanupAll,
  makeSource,
  runCli,
  runHostile,
  snapshot,
  SOURCE_REPO,
} from "./harness.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

after(cleanupAll);

const APP = "apps/shop.yaml";

const laughs = (top: string) => `${top}
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

test("yaml: unclosed flow sequence in an app is located", async () => {
  await runHostile({
    name: "unclosed flow",
    files: { [APP]: appYaml({ properties: "image: nginx\nports: [{ port: 80" }) },
    expect: {
      code: "yaml",
      file: APP,
      line: 12,
      col: 1,
      message: /Flow map .* must .* end with a }/,
    },
  });
});

test("yaml: bad indentation in an app is located", async () => {
  await runHostile({
    name: "bad indent",
    files: { [APP]: BASE_APP.replace("      type: webservice", "     type: webservice") },
    expect: { code: "yaml", file: APP, line: 8, message: /./ },
  });
});

test("yaml: duplicate keys in an app are refused at the second key", async () => {
  await runHostile({
    name: "dup keys app",
    files: { [APP]: appYaml({ properties: "image: nginx:1\nimage: evil:latest" }) },
    expect: { code: "yaml", file: APP, line: 11, col: 9, message: /Map keys must be unique/ },
  });
});

test("yaml: duplicate keys in capstan.yaml are refused", async () => {
  await runHostile({
    name: "dup keys config",
    files: { "capstan.yaml": BASE_CONFIG + 'kubeVersion: "1.29"\n' },
    expect: {
      code: "yaml",
      file: "capstan.yaml",
      line: 15,
      col: 1,
      message: /Map keys must be unique/,
    },
  });
});

test("yaml: two documents in capstan.yaml (one expected) name the second document's line", async () => {
  await runHostile({
    name: "multi-doc config",
    files: { "capstan.yaml": BASE_CONFIG + "---\n" + BASE_CONFIG },
    expect: {
      code: "yaml",
      file: "capstan.yaml",
      line: 15,
      message: /expected exactly one YAML document, found 2/,
    },
  });
});

test("yaml: billion laughs in an app file is refused quickly", async () => {
  const t0 = Date.now();
  await runHostile({
    name: "laughs app",
    files: { [APP]: laughs("apiVersion: core.oam.dev/v1beta1") },
    expect: { code: "yaml", file: APP, message: /alias/i },
  });
  assert.ok(Date.now() - t0 < 10_000, "alias bomb took too long");
});

test("yaml: billion laughs in capstan.yaml is refused", async () => {
  await runHostile({
    name: "laughs config",
    files: { "capstan.yaml": laughs("apiVersion: capstan.dev/v1alpha1") },
    expect: { code: "yaml", file: "capstan.yaml", message: /alias/i },
  });
});

test("yaml: billion laughs inside a property value is refused", async () => {
  const bomb = laughs("x: 1")
    .split("\n")
    .filter((l) => /^[a-i]:/.test(l))
    .map((l) => `      ${l}`)
    .join("\n");
  await runHostile({
    name: "laughs property",
    files: {
      [APP]:
        appYaml({ properties: "image: nginx:1\nlabels:\n  x: y" }) +
        `  policies:\n    - name: bomb\n      type: override\n      properties:\n${bomb}\n`,
    },
    expect: { file: APP, message: /alias/i },
  });
});

test("yaml: a 10 MB app file is refused by size, not parsed", async () => {
  const big = BASE_APP + "# " + "x".repeat(10 * 1024 * 1024) + "\n";
  await runHostile({
    name: "10MB",
    files: { "apps/big.yaml": big },
    expect: { code: "too-large", file: "apps/big.yaml", message: /10\.0 MiB.*up to 5 MiB/ },
  });
});

test("yaml: non-UTF-8 bytes in an app file are located", async () => {
  const bytes = Buffer.concat([
    Buffer.from(BASE_APP.replace("ghcr.io/acme/shop:1.4.2", "nginx")),
    Buffer.from("        # caf"),
    Buffer.from([0xe9, 0x0a]),
  ]);
  await runHostile({
    name: "latin-1",
    files: { [APP]: bytes },
    expect: { code: "encoding", file: APP, line: 18, col: 14, message: /not valid UTF-8/ },
  });
});

test("yaml: non-UTF-8 bytes in capstan.yaml are located", async () => {
  await runHostile({
    name: "latin-1 config",
    files: {
      "capstan.yaml": Buffer.concat([
        Buffer.from("# "),
        Buffer.from([0xff, 0xfe]),
        Buffer.from("\n" + BASE_CONFIG),
      ]),
    },
    expect: { code: "encoding", file: "capstan.yaml", line: 1, col: 3, message: /not valid UTF-8/ },
  });
});

test("yaml: a tab used as indentation is a located error", async () => {
  await runHostile({
    name: "tab",
    files: { [APP]: BASE_APP.replace("        image:", "\t\timage:") },
    expect: { code: "yaml", file: APP, line: 10, message: /tab/i },
  });
});

test("yaml: an unknown tag (!!python/object) is refused, not read as a string", async () => {
  await runHostile({
    name: "tag",
    files: { [APP]: appYaml({ properties: "image: !!python/object:os.system nginx" }) },
    expect: { code: "yaml", file: APP, line: 10, col: 16, message: /Unresolved tag/ },
  });
});

test("yaml 1.1 tags (!!set, !!omap, !!binary, !!timestamp) are refused, never silently dropped", async () => {
  for (const [props, line, col] of [
    ["image: nginx\nlabels: !!set {a}", 11, 9],
    ["image: nginx\nlabels: !!omap [ {a: b} ]", 11, 9],
    ["image: !!binary aGVsbG8=", 10, 8],
    ["image: nginx\nlabels:\n  t: !!timestamp 2001-12-14", 12, 6],
  ] as const)
    await runHostile({
      name: props,
      files: { [APP]: appYaml({ properties: props }) },
      expect: { code: "yaml", file: APP, line: line, col: col + 8, message: /Unresolved tag/ },
    });
});

test("yaml: an app document that is a list is refused", async () => {
  await runHostile({
    name: "list doc",
    files: { [APP]: "- apiVersion: core.oam.dev/v1beta1\n- kind: Application\n" },
    expect: { code: "schema", file: APP, line: 1, message: /expected an Application/ },
  });
});

test("yaml: capstan.yaml that is a scalar is refused", async () => {
  await runHostile({
    name: "scalar config",
    files: { "capstan.yaml": "just a string\n" },
    expect: { code: "schema", file: "capstan.yaml", line: 1, message: /must be a mapping/ },
  });
});

test("yaml: an empty capstan.yaml is refused", async () => {
  await runHostile({
    name: "empty config",
    files: { "capstan.yaml": "" },
    expect: { file: "capstan.yaml", message: /./ },
  });
});

test("yaml 1.1: `0755` and `1e3` are numbers (YAML 1.2 core); a string schema says so at the property", async () => {
  const r = await runHostile({
    name: "octal",
    files: { [APP]: appYaml({ properties: "image: 0755\nimagePullPolicy: 1e3" }) },
    expect: [
      {
        code: "schema",
        file: APP,
        line: 10,
        col: 16,
        path: "/spec/components/0/properties/image",
        capability: "webservice@1.0.0",
        message: /must be string/,
      },
    ],
  });
  assert.ok(r.problems.every((p) => p.app === "shop"));
});

test("yaml 1.1: `yes`/`no`/`on`/`off` stay strings (YAML 1.2), `true` is a boolean a string schema refuses", async () => {
  const src = await makeSource({
    [APP]: appYaml({
      properties: "image: nginx:1\nlabels:\n  a: yes\n  b: no\n  c: on\n  d: off\n  e: y",
    }),
  });
  const out = await baselineCopy();
  const r = await runCli(["render", "--source", src, "--out", out, "--source-repo", SOURCE_REPO]);
  assert.equal(r.code, 0, r.output);
  const dep = readFileSync(join(out, "envs/staging/shop/deployment-web.yaml"), "utf8");
  for (const [k, v] of Object.entries({ a: "yes", b: "no", c: "on", d: "off", e: "y" }))
    assert.match(dep, new RegExp(`\\b"?${k}"?: "${v}"\\n`), `${k} should be the string ${v}`);

  const before = snapshot(out);
  const src2 = await makeSource({
    [APP]: appYaml({ properties: "image: nginx:1\nlabels:\n  a: true" }),
  });
  await runHostile({
    name: "bool label",
    files: { [APP]: readFileSync(join(src2, APP), "utf8") },
    expect: {
      file: APP,
      line: 12,
      path: "/spec/components/0/properties/labels/a",
      message: /must be string/,
    },
  });
  assert.equal(snapshot(out).size, before.size);
});
