/**
 * What dist/validators/ holds for the built-in capabilities behaves exactly like the run-time
 * path: precompiled parameter validators like ajv compiling the schema, build-time parsed
 * definitions like parsing capability.yaml, build-time template ASTs like Handlebars' parse.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import { sharedAjv } from "../../src/core/checks/ajv.ts";
import { precompiledTemplateAst, schemaHash } from "../../src/core/capabilities/precompiled.ts";
import { parseYamlWithDocs } from "../../src/yaml/fast.ts";
import { FAST_PATH_ONLY } from "../helpers/reference.ts";

const dir = fileURLToPath(new URL("../../dist/validators/", import.meta.url));
const index = JSON.parse(readFileSync(dir + "index.json", "utf8")) as Record<string, string>;
const req = createRequire(dir + "index.json");

/** Inputs that exercise defaults, types, enums, required and unknown properties. */
function probes(schema: Record<string, unknown>, examples: unknown[]): unknown[] {
  const props = Object.keys((schema.properties as Record<string, unknown>) ?? {});
  const out: unknown[] = [{}, { __unknown: 1 }, [], "x", ...examples];
  for (const p of props)
    for (const bad of [{}, [], "s", 1.5, -1, true, null, [{}], { a: 1 }]) out.push({ [p]: bad });
  return out;
}

function run(v: ValidateFunction, input: unknown): unknown {
  const value = structuredClone(input);
  const ok = v(value);
  return { ok, value, errors: ok ? null : v.errors };
}

test("every built-in's precompiled validator gives the runtime-compiled validator's verdicts, errors and defaults", () => {
  const caps = builtinRegistry().all();
  let checked = 0;
  for (const cap of caps) {
    const file = index[schemaHash(cap.parameters)];
    assert.ok(file, `${cap.name}@${cap.version} has no precompiled validator (npm run build)`);
    const pre = req(dir + file) as ValidateFunction;
    const live = sharedAjv().compile(cap.parameters);
    const examples = cap.examples.map((e) => (e as { properties?: unknown }).properties ?? e);
    for (const input of probes(cap.parameters as Record<string, unknown>, examples)) {
      assert.deepEqual(
        run(pre, input),
        run(live, input),
        `${cap.name}@${cap.version} ${JSON.stringify(input)}`,
      );
      checked++;
    }
  }
  assert.ok(checked > 500, `${checked} probes`);
});

test("a schema that differs from the built one is not matched (it is compiled at run time)", () => {
  const cap = builtinRegistry().all()[0]!;
  const changed = { ...(cap.parameters as Record<string, unknown>), description: "changed" };
  assert.equal(index[schemaHash(changed)], undefined);
});

test(
  "every built-in capability.yaml's build-time value is what capstan's YAML reader gives at run time",
  FAST_PATH_ONLY,
  () => {
    const values = JSON.parse(readFileSync(dir + "capabilities.json", "utf8")) as Record<
      string,
      string
    >;
    const root = fileURLToPath(new URL("../../capabilities/", import.meta.url));
    let checked = 0;
    for (const name of readdirSync(root)) {
      if (name.endsWith(".json")) continue;
      for (const version of readdirSync(root + name)) {
        const text = readFileSync(`${root}${name}/${version}/capability.yaml`, "utf8");
        const json = values[createHash("sha256").update(text).digest("hex")];
        assert.ok(json, `${name}@${version} has no build-time value (npm run build)`);
        assert.deepEqual(JSON.parse(json), parseYamlWithDocs(text)[0]!.value, `${name}@${version}`);
        checked++;
      }
    }
    assert.ok(checked >= 40, `checked ${checked}`);
  },
);

test(
  "every built-in template's build-time AST is what Handlebars parses at run time, and any other text has none",
  FAST_PATH_ONLY,
  () => {
    const hbs = Handlebars.create();
    const root = fileURLToPath(new URL("../../capabilities/", import.meta.url));
    let checked = 0;
    for (const name of readdirSync(root)) {
      if (name.endsWith(".json")) continue;
      for (const version of readdirSync(root + name))
        for (const file of ["template.yaml.hbs", "patch.yaml.hbs"]) {
          const path = `${root}${name}/${version}/${file}`;
          if (!existsSync(path)) continue;
          const text = readFileSync(path, "utf8");
          const key = createHash("sha256").update(text).digest("hex");
          const built = `${dir}templates/${key}.json`;
          assert.ok(
            existsSync(built),
            `${name}@${version} ${file} has no build-time AST (npm run build)`,
          );
          // the AST as compileTemplate sees it: JSON's view (undefined fields dropped)
          const ast = JSON.parse(readFileSync(built, "utf8")) as unknown;
          assert.deepEqual(ast, JSON.parse(JSON.stringify(hbs.parse(text))), `${name}@${version}`);
          checked++;
        }
    }
    assert.ok(checked >= 49, `checked ${checked}`);
    // the lookup reads only from the bundle; from sources (this test) it has none, as it
    // has none for a text that is not a built-in template's
    assert.equal(precompiledTemplateAst("{{parameter.image}}\n"), undefined);
  },
);
