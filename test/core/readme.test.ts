/** The README's capstan.yaml and Application examples are valid as written. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadConfig } from "../../src/core/model/config.ts";
import { loadApps } from "../../src/core/model/app.ts";
import { bindApp } from "../../src/core/model/binding.ts";

const blocks = [...readFileSync("README.md", "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  (m) => m[1]!,
);

test("the README's capstan.yaml example loads", () => {
  const text = blocks.find((b) => /kind: Config/.test(b));
  assert.ok(text);
  const c = loadConfig({ file: "capstan.yaml", text });
  assert.deepEqual(
    c.environments.map((e) => e.name),
    ["staging", "production"],
  );
  assert.equal(c.environments[1]!.guardrails[0]!.type, "image-policy");
});

test("the README's Application example loads and binds staging and production with the override in production", () => {
  const text = blocks.find((b) => /kind: Application/.test(b));
  assert.ok(text);
  const r = loadApps([{ file: "apps/shop.yaml", text }]);
  assert.deepEqual(r.problems, []);
  const cfg = loadConfig({
    file: "capstan.yaml",
    text: blocks.find((b) => /kind: Config/.test(b))!,
  });
  const b = bindApp(r.apps[0]!, cfg.environments);
  assert.deepEqual(b.problems, []);
  assert.deepEqual(
    b.bindings.map((x) => [x.env.name, x.namespace, x.overrides.map((o) => o.name)]),
    [
      ["staging", "shop-staging", []],
      ["production", "shop", ["prod-ha"]],
    ],
  );
});
