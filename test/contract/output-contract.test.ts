/**
 * The output contract (docs/architecture.md, "Strict fields", "Value rules", "Errors point
 * at their cause"): a field the schema does not declare, or a value the API server refuses,
 * is a located error, exit 1, and `render --out` writes nothing — in the out tree or an env
 * repo. Each case is a small source tree a user could write.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { bareRemote, rmrf, tmpdir } from "../helpers/git.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));

const CONFIG = (extra = "", envExtra = "") => `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/**/*.yaml"]
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true
    namespace: notes-staging
${envExtra}capabilities:
  - builtin
${extra}`;

const APP = (props: string, rest = "") => `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: notes
spec:
  components:
    - name: web
      type: webservice
      properties:
        image: nginx:1.27
${props}${rest}`;

async function tree(files: Record<string, string>): Promise<string> {
  const root = await tmpdir("capstan-contract-");
  dirs.push(root);
  for (const [f, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, "src", f)), { recursive: true });
    await fs.writeFile(path.join(root, "src", f), text);
  }
  return root;
}

/** render --out must fail with exactly the expected lines' fragments, and write nothing. */
async function refused(files: Record<string, string>, ...expect: RegExp[]): Promise<string> {
  const root = await tree(files);
  const out = path.join(root, "out");
  const r = await runCli(["render", "--source", path.join(root, "src"), "--out", out]);
  assert.equal(r.code, 1, r.text);
  for (const e of expect) assert.match(r.text, e);
  assert.doesNotMatch(r.text, /\n\s+at /, "no stack trace");
  await assert.rejects(fs.stat(out), "nothing written");
  return r.text;
}

test("spec.replica through json-merge-patch: the trait property, did you mean `replicas`", async () => {
  await refused(
    {
      "capstan.yaml": CONFIG(),
      "apps/notes.yaml": APP(
        "",
        `      traits:
        - type: json-merge-patch
          properties:
            spec:
              replica: 3
`,
      ),
    },
    /apps\/notes\.yaml:15:24 at \/spec\/components\/0\/traits\/0\/properties\/spec\/replica \(json-merge-patch@1\.0\.0\).*unknown field "replica"; did you mean `replicas`\?.*at \/spec\/replica/,
  );
});

test("containerz in a platform team's own template: the template's file and line", async () => {
  const tpl = (
    await fs.readFile(
      "examples/platform-pack/capabilities/redis-cache/1.0.0/template.yaml.hbs",
      "utf8",
    )
  ).replace("        containers:", "        containerz:");
  const cap = await fs.readFile(
    "examples/platform-pack/capabilities/redis-cache/1.0.0/capability.yaml",
    "utf8",
  );
  const line = tpl.split("\n").findIndex((l) => l.includes("containerz:")) + 1;
  await refused(
    {
      "capstan.yaml": CONFIG("  - path: capabilities\n"),
      "capabilities/redis-cache/1.0.0/capability.yaml": cap,
      "capabilities/redis-cache/1.0.0/template.yaml.hbs": tpl,
      "apps/notes.yaml": APP("")
        .replace("type: webservice", "type: redis-cache")
        .replace("      properties:\n        image: nginx:1.27\n", ""),
    },
    new RegExp(
      `capabilities/redis-cache/1\\.0\\.0/template\\.yaml\\.hbs:${line}:9 \\(redis-cache@1\\.0\\.0\\).*unknown field "containerz"; did you mean \`containers\`\\?`,
    ),
  );
});

test("namespace: Notes_Staging in a topology policy is refused at the policy", async () => {
  await refused(
    {
      "capstan.yaml": CONFIG("", "    policies: [staging-target]\n"),
      "apps/notes.yaml": APP(
        "",
        `  policies:
    - name: staging-target
      type: topology
      properties:
        namespace: Notes_Staging
`,
      ),
    },
    /apps\/notes\.yaml:15:20 at \/spec\/policies\/0\/properties\/namespace: namespace "Notes_Staging" is not a valid namespace name/,
  );
});

test("label value `store front`: the labels trait's property", async () => {
  await refused(
    {
      "capstan.yaml": CONFIG(),
      "apps/notes.yaml": APP(
        "",
        `      traits:
        - type: labels@1.0.0
          properties:
            tier: store front
`,
      ),
    },
    /apps\/notes\.yaml:14:19 at \/spec\/components\/0\/traits\/0\/properties\/tier \(labels@1\.0\.0\).*label value "store front" is not valid/,
  );
});

test('cpu: "250 millicores": not a Kubernetes quantity, at the Application property', async () => {
  await refused(
    { "capstan.yaml": CONFIG(), "apps/notes.yaml": APP('        cpu: "250 millicores"\n') },
    /apps\/notes\.yaml:11:14 at \/spec\/components\/0\/properties\/cpu \(webservice@1\.0\.0\).*"250 millicores" is not a Kubernetes quantity.*rendered into Deployment "web".*at \/spec\/template\/spec\/containers\/0\/resources\/requests\/cpu/,
  );
});

test("a Service port 70000 through k8s-objects is refused", async () => {
  await refused(
    {
      "capstan.yaml": CONFIG(),
      "apps/notes.yaml": `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: notes
spec:
  components:
    - name: raw
      type: k8s-objects
      properties:
        objects:
          - apiVersion: v1
            kind: Service
            metadata: { name: notes }
            spec:
              ports:
                - port: 70000
`,
    },
    /apps\/notes\.yaml:16:25 at \/spec\/components\/0\/properties\/objects\/0\/spec\/ports\/0\/port \(k8s-objects@1\.0\.0\).*port 70000 is not a port number \(1–65535\)/,
  );
});

test("an env repo is left unchanged when a render is refused", async () => {
  const root = await tree({
    "capstan.yaml": CONFIG(),
    "apps/notes.yaml": APP('        cpu: "250 millicores"\n'),
  });
  const remote = await bareRemote(path.join(root, "env.git"));
  const before = execFileSync("git", ["-C", remote, "for-each-ref"], { encoding: "utf8" });
  const r = await runCli([
    "render",
    "--source",
    path.join(root, "src"),
    "--env-repo",
    `file://${remote}`,
    "--source-repo",
    "acme/src",
    "--push",
  ]);
  assert.equal(r.code, 1, r.text);
  assert.match(r.text, /apps\/notes\.yaml:11:14 .*not a Kubernetes quantity/);
  assert.equal(execFileSync("git", ["-C", remote, "for-each-ref"], { encoding: "utf8" }), before);
});
