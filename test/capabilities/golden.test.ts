import { test } from "node:test";
import assert from "node:assert/strict";
import { runCapabilityTests } from "../../src/tools/capability-tests.ts";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import { memoryReporter } from "./silent.ts";

const registry = builtinRegistry();

test("every built-in golden case renders exactly its expected.yaml", async () => {
  const results = await runCapabilityTests(undefined, {}, memoryReporter());
  assert.ok(results.length >= registry.all().length, "one case per capability at least");
  const failed = results.filter((r) => !r.ok);
  assert.equal(
    failed.length,
    0,
    failed.map((r) => `${r.capability} ${r.case}:\n  ${r.detail ?? ""}`).join("\n"),
  );
});

test("every built-in capability has at least one golden case", () => {
  const without = registry
    .all()
    .filter((c) => ![...c.tests.values()].some((files) => files.has("app.yaml")))
    .map((c) => `${c.name}@${c.version}`);
  assert.deepEqual(without, []);
});

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON paths of properties (in properties, items, $defs, *Of branches) that have no description. */
function undescribed(s: unknown, path: string, out: string[]): string[] {
  if (!isSchema(s)) return out;
  if (isSchema(s.properties))
    for (const [k, v] of Object.entries(s.properties)) {
      if (!isSchema(v) || typeof v.description !== "string" || !v.description.trim())
        out.push(`${path}.${k}`);
      undescribed(v, `${path}.${k}`, out);
    }
  if (isSchema(s.items)) undescribed(s.items, `${path}[]`, out);
  if (isSchema(s.additionalProperties)) undescribed(s.additionalProperties, `${path}.*`, out);
  for (const key of ["oneOf", "anyOf", "allOf"])
    if (Array.isArray(s[key]))
      (s[key] as unknown[]).forEach((b, i) => undescribed(b, `${path}<${key}[${i}]>`, out));
  for (const key of ["$defs", "definitions"])
    if (isSchema(s[key]))
      for (const [k, v] of Object.entries(s[key] as Schema)) undescribed(v, `${key}.${k}`, out);
  return out;
}

test("every parameter of every built-in capability has a description", () => {
  const missing = registry
    .all()
    .flatMap((c) => undescribed(c.parameters, "", []).map((p) => `${c.name}@${c.version} ${p}`));
  assert.deepEqual(missing, []);
});

test("built-in parameters reject unknown properties unless the description says why not", () => {
  const open = registry
    .all()
    .filter(
      (c) =>
        c.parameters.additionalProperties !== false && !/additionalProperties/.test(c.description),
    )
    .map((c) => `${c.name}@${c.version}`);
  assert.deepEqual(open, [], "set additionalProperties: false, or explain in the description");
});

test("the checks above catch what they are for", () => {
  assert.deepEqual(
    undescribed(
      {
        properties: {
          a: { type: "string" },
          b: { description: "b", items: { properties: { c: { type: "integer" } } } },
        },
        $defs: { d: { properties: { e: {} } } },
      },
      "",
      [],
    ),
    [".a", ".b[].c", "$defs.d.e"],
  );
});
