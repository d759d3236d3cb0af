/**
 * Editor support: the committed schemas are current, and the real
 * yaml-language-server (offline, `$schema=` modelines with relative paths)
 * reports exactly the mistakes capstan would.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import { BUILTIN_SCHEMA_FILES, schemaTexts } from "../../src/tools/schema-gen.ts";
import { createAjv } from "../../src/core/checks/ajv.ts";
import { YamlLanguageServer } from "./lsp.ts";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const fixtures = join(here, "fixtures/editor");

test("committed built-in schemas are current (regenerate: npx tsx scripts/dev.ts schema --builtin --out schemas)", () => {
  const texts = schemaTexts(builtinRegistry(), BUILTIN_SCHEMA_FILES);
  for (const [name, text] of texts) {
    const committed = readFileSync(join(repo, "schemas", name), "utf8");
    assert.ok(
      committed === text,
      `schemas/${name} is stale; run \`npx tsx scripts/dev.ts schema --builtin --out schemas\``,
    );
  }
});

test("generated schemas compile with ajv and discriminate by type", () => {
  const ajv = createAjv();
  const texts = schemaTexts(builtinRegistry(), BUILTIN_SCHEMA_FILES);
  const validate = ajv.compile(JSON.parse(texts.get(BUILTIN_SCHEMA_FILES.application)!));
  const ok = parse(readFileSync(join(fixtures, "valid-app.yaml"), "utf8"));
  assert.ok(validate(ok), JSON.stringify(validate.errors));
  const bad = parse(readFileSync(join(fixtures, "invalid-app.yaml"), "utf8"));
  assert.equal(validate(bad), false);
  const paths = (validate.errors ?? []).map((e) => e.instancePath);
  assert.ok(paths.includes("/spec/components/0/properties/ports/0/port"), paths.join(" "));
  assert.ok(paths.includes("/spec/components/0/traits/0/properties"), paths.join(" "));
  // A versioned type reference selects that version's schema too.
  const versioned = structuredClone(bad) as { spec: { components: { type: string }[] } };
  versioned.spec.components[0]!.type = "webservice@1";
  assert.equal(validate(versioned), false);
  assert.ok(
    (validate.errors ?? []).some(
      (e) => e.instancePath === "/spec/components/0/properties/ports/0/port",
    ),
  );
  // An unknown type is flagged; its properties are not checked.
  const unknown = structuredClone(ok) as { spec: { components: { type: string }[] } };
  unknown.spec.components[0]!.type = "webservise";
  assert.equal(validate(unknown), false);
});

test("yaml-language-server: valid files have no diagnostics, mistakes are reported at their line", async () => {
  const server = new YamlLanguageServer();
  try {
    await server.start(repo);
    const files = ["valid-app.yaml", "invalid-app.yaml", "capstan.yaml"].map((f) =>
      join(fixtures, f),
    );
    const diags = await server.diagnose(files);
    const at = (f: string) =>
      diags.get(join(fixtures, f))!.map((d) => `${d.range.start.line + 1}: ${d.message}`);

    assert.deepEqual(at("valid-app.yaml"), [], "a valid Application has no diagnostics");

    const invalid = at("invalid-app.yaml");
    // line 14: `- port: "eighty"` (webservice ports[].port is an integer)
    assert.ok(
      invalid.some((d) => d.startsWith("14: ") && /integer/i.test(d)),
      `expected an integer type error on line 14, got:\n${invalid.join("\n")}`,
    );
    // line 19: `replicaz: 3` (scaler has no such property)
    assert.ok(
      invalid.some((d) => d.startsWith("19: ") && /replicaz|not allowed/i.test(d)),
      `expected an unknown-property error on line 19, got:\n${invalid.join("\n")}`,
    );
    assert.ok(
      invalid.every((d) => d.startsWith("14: ") || d.startsWith("19: ")),
      `only lines 14 and 19 are wrong, got:\n${invalid.join("\n")}`,
    );

    const cfg = at("capstan.yaml");
    assert.ok(
      cfg.some((d) => d.startsWith("10: ") && /boolean/i.test(d)),
      `expected a boolean error on line 10 of capstan.yaml, got:\n${cfg.join("\n")}`,
    );
  } finally {
    await server.stop();
  }
});
