/**
 * The precompiled validators of capstan's own schemas (src/generated/validators.ts)
 * are current, and say exactly what ajv compiling the schemas at run time says.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import appSchema from "../../schemas/application.schema.json" with { type: "json" };
import configSchema from "../../schemas/capstan-config.schema.json" with { type: "json" };
import capabilitySchema from "../../schemas/capability.schema.json" with { type: "json" };
import { GENERATED, generateValidators } from "../../scripts/generators/validators.ts";
import type { ValidateFunction } from "ajv";
import { createAjv, jsonSchemaProblem } from "../../src/core/checks/ajv.ts";
import * as generated from "../../src/generated/validators.ts";

const precompiled = generated as unknown as Record<
  "app" | "config" | "capability",
  ValidateFunction
>;

test("src/generated/validators.ts is current (npm run generate)", async () => {
  assert.equal(readFileSync(GENERATED, "utf8"), await generateValidators());
});

const cases: Record<"app" | "config" | "capability", unknown[]> = {
  app: [
    {
      apiVersion: "core.oam.dev/v1beta1",
      kind: "Application",
      metadata: { name: "shop" },
      spec: { components: [{ name: "web", type: "webservice", properties: { image: "x" } }] },
    },
    { apiVersion: "core.oam.dev/v1beta1", kind: "Application", metadata: {}, spec: {} },
    {
      apiVersion: "core.oam.dev/v1beta1",
      kind: "Application",
      metadata: { name: 3, labels: { a: 1 } },
      spec: { components: [{ name: "web" }], policies: [{}], extra: true },
    },
    [],
  ],
  config: [
    { apiVersion: "capstan.dev/v1alpha1", kind: "Config", environments: [{ name: "dev" }] },
    { apiVersion: "capstan.dev/v1alpha1", kind: "Config", environments: [], bogus: 1 },
    {
      apiVersion: "capstan.dev/v1alpha1",
      kind: "Config",
      kubeVersion: 1.3,
      environments: [{ name: "x", approval: "maybe", guardrails: [{}] }],
      capabilities: ["builtin", { path: 3 }, { git: "u" }],
    },
  ],
  capability: [
    { apiVersion: "capstan.dev/v1alpha1", kind: "Trait", description: "d", parameters: {} },
    { kind: "Nope", parameters: [] },
    {},
  ],
};

test("precompiled validators: same verdict, errors and defaults as a run-time compile", () => {
  const ajv = createAjv();
  const schemas = { app: appSchema, config: configSchema, capability: capabilitySchema };
  for (const name of ["app", "config", "capability"] as const) {
    const compiled = ajv.compile(schemas[name]);
    for (const c of cases[name]) {
      const [a, b] = [structuredClone(c), structuredClone(c)];
      assert.equal(precompiled[name](a), compiled(b), `${name}: ${JSON.stringify(c)}`);
      assert.deepEqual(precompiled[name].errors, compiled.errors);
      assert.deepEqual(a, b, "defaults applied alike");
    }
  }
});

test("jsonSchemaProblem is ajv.validateSchema + errorsText", () => {
  for (const s of [
    {},
    { type: "object", properties: { a: { type: "string", default: "x" } } },
    { type: "nope" },
    { properties: { a: { type: 1 } }, required: "a" },
    { $schema: "http://json-schema.org/draft-07/schema#", type: "wrong" },
    true,
  ]) {
    const ajv = createAjv();
    const [a, b] = [structuredClone(s), structuredClone(s)];
    const ok = ajv.validateSchema(a as object);
    assert.equal(jsonSchemaProblem(b), ok ? undefined : ajv.errorsText(ajv.errors));
    assert.deepEqual(b, a);
  }
});
