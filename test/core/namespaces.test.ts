/** createNamespaces: Namespace objects in a shared `_namespaces/` folder, added to but never pruned. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.ts";
import { tmpdir, rmrf } from "../helpers/git.ts";

test("createNamespaces emits one Namespace per namespace used, kustomize builds it, and it is never pruned", async () => {
  const src = await tmpdir();
  const out = await tmpdir();
  try {
    cpSync("examples/shop", src, { recursive: true });
    const cfg = join(src, "capstan.yaml");
    writeFileSync(
      cfg,
      readFileSync(cfg, "utf8").replace(
        "    namespace: shop-staging\n",
        "    namespace: shop-staging\n    createNamespaces: true\n",
      ),
    );
    const r = await runCli(["render", "--source", src, "--out", out, "--env", "staging"]);
    assert.equal(r.code, 0, r.text);
    const envDir = join(out, "envs", "staging");
    assert.ok(existsSync(join(envDir, "_namespaces", "namespace-shop-staging.yaml")));
    assert.ok(
      !existsSync(join(envDir, "_namespaces", "namespace-default.yaml")),
      "default is never created",
    );
    const built = execFileSync("kubectl", ["kustomize", envDir], { encoding: "utf8" });
    assert.match(
      built,
      /kind: Namespace\nmetadata:\n  labels:\n    app.kubernetes.io\/managed-by: capstan\n  name: shop-staging/,
    );
    // The app moves to another namespace: the new one is added, the old one stays.
    const app = join(src, "apps", "shop.yaml");
    writeFileSync(
      app,
      readFileSync(app, "utf8").replace("namespace: shop-staging }", "namespace: shop-two }"),
    );
    assert.equal(
      (await runCli(["render", "--source", src, "--out", out, "--env", "staging"])).code,
      0,
    );
    assert.ok(existsSync(join(envDir, "_namespaces", "namespace-shop-two.yaml")));
    assert.ok(
      existsSync(join(envDir, "_namespaces", "namespace-shop-staging.yaml")),
      "never pruned",
    );
  } finally {
    await rmrf(src, out);
  }
});
