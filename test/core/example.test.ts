/**
 * The quick start's promises, on the bundled example: it renders, kustomize
 * builds every environment with the same objects, renders are byte-identical,
 * and KubeVela's quick-start Application lands in two environments with the
 * override applied in one of them.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, cpSync } from "node:fs";
import { join, relative } from "node:path";
import { parseYaml } from "../../src/yaml/fast.ts";
import { runCli } from "../helpers/cli.ts";
import { tmpdir, rmrf } from "../helpers/git.ts";

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const rec = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) rec(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  rec(dir);
  return out;
}

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: Record<string, unknown>;
};

function key(o: Obj): string {
  return `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ""}/${o.metadata.name}`;
}

test("the example renders; kubectl kustomize builds every environment with the same objects as the files", async () => {
  const out = await tmpdir();
  try {
    const r = await runCli(["render", "--source", "examples/shop", "--out", out]);
    assert.equal(r.code, 0, r.text);
    for (const env of ["staging", "production"]) {
      const envDir = join(out, "envs", env);
      const built = execFileSync("kubectl", ["kustomize", envDir], { encoding: "utf8" });
      const fromKustomize = parseYaml(built).filter(Boolean) as Obj[];
      const fromFiles = [...tree(envDir)]
        .filter(([p]) => p.endsWith(".yaml") && !p.endsWith("kustomization.yaml"))
        .map(([, t]) => parseYaml(t)[0] as Obj);
      assert.ok(fromFiles.length >= 5, `objects in ${env}`);
      assert.deepEqual(fromKustomize.map(key).sort(), fromFiles.map(key).sort());
      const byKey = new Map(fromKustomize.map((o) => [key(o), o]));
      for (const o of fromFiles)
        assert.deepEqual(byKey.get(key(o)), o, `kustomize output equals ${key(o)}`);
    }
  } finally {
    await rmrf(out);
  }
});

test("two renders of the same input are byte-identical, and a re-render writes nothing", async () => {
  const a = await tmpdir();
  const b = await tmpdir();
  try {
    assert.equal((await runCli(["render", "--source", "examples/shop", "--out", a])).code, 0);
    assert.equal((await runCli(["render", "--source", "examples/shop", "--out", b])).code, 0);
    assert.deepEqual(tree(a), tree(b));
    const again = await runCli(["render", "--source", "examples/shop", "--out", a]);
    assert.equal(again.code, 0);
    assert.match(again.out.join("\n"), /wrote 0 file\(s\), deleted 0/);
  } finally {
    await rmrf(a, b);
  }
});

test("KubeVela's quick-start app: two environments, override applied in one, namespaces from topology", async () => {
  const out = await tmpdir();
  try {
    const r = await runCli(["render", "--source", "examples/shop", "--out", out]);
    assert.equal(r.code, 0, r.text);
    const dep = (env: string) =>
      parseYaml(
        readFileSync(
          join(out, "envs", env, "first-vela-app", "deployment-express-server.yaml"),
          "utf8",
        ),
      )[0] as Obj;
    const staging = dep("staging");
    const prod = dep("production");
    assert.equal(staging.metadata.namespace, "default", "target-default's namespace");
    assert.equal(prod.metadata.namespace, "prod", "target-prod's namespace");
    assert.equal(staging.spec?.replicas, 1, "scaler trait in staging");
    assert.equal(prod.spec?.replicas, 2, "deploy-ha override in production only");
    const svc = parseYaml(
      readFileSync(
        join(out, "envs", "production", "first-vela-app", "service-express-server.yaml"),
        "utf8",
      ),
    )[0] as Obj;
    assert.deepEqual((svc.spec as { ports: unknown[] }).ports, [
      { name: "port-8000", port: 8000, protocol: "TCP", targetPort: 8000 },
    ]);
    assert.ok(
      r.notices.some((n) => /manual-approval.*suspend/.test(n)),
      "suspend step reported as a notice",
    );
  } finally {
    await rmrf(out);
  }
});

test("a wrong-typed property is reported at file:line:col with its property path; exit 1; nothing written", async () => {
  const src = await tmpdir();
  const out = await tmpdir();
  try {
    cpSync("examples/shop", src, { recursive: true });
    const file = join(src, "apps", "shop.yaml");
    const text = readFileSync(file, "utf8").replace(
      "properties: { replicas: 1 }",
      'properties: { replicas: "three" }',
    );
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, text);
    const r = await runCli(["render", "--source", src, "--out", out]);
    assert.equal(r.code, 1);
    const p = r.problems.find((x) => x.path === "/spec/components/0/traits/0/properties/replicas");
    assert.ok(p, r.text);
    assert.equal(p.file, "apps/shop.yaml");
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('replicas: "three"')) + 1;
    assert.equal(p.line, line);
    assert.equal(p.col, lines[line - 1]!.indexOf('"three"') + 1);
    assert.match(p.message, /must be integer/);
    assert.equal(p.capability, "scaler@1.0.0");
    assert.equal(readdirSync(out).length, 0, "nothing written");
  } finally {
    await rmrf(src, out);
  }
});
