/**
 * Property-based: random Applications with random (often hostile) property values
 * against webservice / worker and the expose / labels / env / scaler traits. Rendering
 * either succeeds with schema-valid objects, or fails with a domain error (a UserError
 * whose problems each say what and where) — never an uncaught exception, never a path
 * outside the output root, never prototype pollution.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import fc from "fast-check";
import { builtinPackDir, readPack } from "../../src/adapters/source-files.ts";
import { loadApps } from "../../src/core/model/app.ts";
import { loadSource, planEnv, prepare, type LoadedSource } from "../../src/core/plan/plan.ts";
import { UserError, type Problem } from "../../src/core/common/errors.ts";
import { isSafeRelPath } from "../../src/core/plan/layout.ts";
import type { CapabilityPack } from "../../src/core/model/source.ts";
import { parseAllDocuments } from "yaml";
import {
  assertSameTree,
  cleanupAll,
  makeSource,
  runCli,
  snapshot,
  SOURCE_REPO,
  tempDir,
} from "./harness.ts";

after(cleanupAll);

const CONFIG = `apiVersion: capstan.dev/v1alpha1
kind: Config
environments:
  - name: staging
    autoDeploy: true
`;

const HOSTILE_STRINGS = [
  "a\nb",
  "---",
  "x: y",
  "{{x}}",
  "}}",
  '"',
  "'",
  "\\",
  "\u2028",
  "\u2029",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "/abs",
  ".git",
  "",
  " ",
  "#",
  "&a",
  "*a",
  "!!binary",
  "null",
  "yes",
  "0755",
  "1e3",
  "x".repeat(70),
];

const str = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
);
const key = fc.oneof(str, fc.constantFrom("__proto__", "constructor", "prototype", "toString"));
const anyValue = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    str,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(key, tie("v"), { maxKeys: 3 }),
  ),
})).v;
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const rarely = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 15, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
/** Mostly well-typed strings (hostile content), sometimes any value at all. */
const strMostly = fc.oneof({ weight: 6, arbitrary: str }, { weight: 1, arbitrary: anyValue });
const image = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9.\/-]{1,20}(:[a-z0-9.]{1,6})?$/) },
  { weight: 1, arbitrary: strMostly },
);

const workloadProps = fc.record(
  {
    image,
    cmd: maybe(fc.array(str, { maxLength: 3 })),
    args: maybe(fc.array(str, { maxLength: 3 })),
    labels: maybe(fc.dictionary(key, strMostly, { maxKeys: 3 })),
    annotations: maybe(fc.dictionary(key, str, { maxKeys: 3 })),
    env: maybe(fc.array(fc.record({ name: str, value: maybe(str) }), { maxLength: 3 })),
    ports: maybe(
      fc.array(
        fc.record({
          port: fc.oneof(
            { weight: 6, arbitrary: fc.integer({ min: 1, max: 65535 }) },
            { weight: 1, arbitrary: anyValue },
          ),
          expose: maybe(fc.boolean()),
        }),
        { maxLength: 2 },
      ),
    ),
    extra: rarely(anyValue),
  },
  { requiredKeys: [] },
);

const workerProps = fc.record(
  {
    image,
    cmd: maybe(fc.array(str, { maxLength: 3 })),
    env: maybe(fc.array(fc.record({ name: str, value: maybe(str) }), { maxLength: 3 })),
    extra: rarely(anyValue),
  },
  { requiredKeys: [] },
);

const trait = fc.oneof(
  fc.record({
    type: fc.constant("expose"),
    properties: fc.record({
      port: fc.array(fc.oneof(fc.integer({ min: 0, max: 70000 }), anyValue), { maxLength: 2 }),
    }),
  }),
  fc.record({
    type: fc.constant("labels"),
    properties: fc.dictionary(key, fc.oneof(strMostly, fc.constant(null)), { maxKeys: 3 }),
  }),
  fc.record({
    type: fc.constant("env"),
    properties: fc.record(
      { env: fc.dictionary(key, strMostly, { maxKeys: 3 }) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    type: fc.constant("scaler"),
    properties: fc.record({
      replicas: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 0, max: 10 }) },
        { weight: 1, arbitrary: anyValue },
      ),
    }),
  }),
);
const traits = fc.array(
  fc.oneof(
    { weight: 12, arbitrary: trait },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constantFrom("scaler@1", "labels@9", "nope", "Expose"),
        properties: anyValue,
      }),
    },
  ),
  { maxLength: 2 },
);

const name = fc.oneof(
  { weight: 30, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/) },
  { weight: 1, arbitrary: str },
);

const application = fc.record({
  apiVersion: fc.constant("core.oam.dev/v1beta1"),
  kind: fc.constant("Application"),
  metadata: fc.record(
    { name, labels: maybe(fc.dictionary(key, str, { maxKeys: 2 })) },
    { requiredKeys: ["name"] },
  ),
  spec: fc.record({
    components: fc.array(
      fc.oneof(
        fc.record({
          name,
          type: fc.constantFrom("webservice", "webservice@1"),
          properties: workloadProps,
          traits: maybe(traits),
        }),
        fc.record({
          name,
          type: fc.constantFrom("worker", "worker@1.0.0"),
          properties: workerProps,
          traits: maybe(traits.map((ts) => ts.filter((t) => t.type !== "expose"))),
        }),
      ),
      { minLength: 1, maxLength: 2 },
    ),
  }),
});

let builtin: CapabilityPack | undefined;
let base: LoadedSource | undefined;

function assertDomainProblems(ps: Problem[]): void {
  assert.ok(ps.length > 0);
  for (const p of ps) {
    assert.equal(typeof p.message, "string");
    assert.ok(p.message.length > 0);
    assert.equal(typeof p.code, "string");
    assert.ok(
      p.file || p.path || p.capability || p.app || p.env,
      `problem without location: ${JSON.stringify(p)}`,
    );
  }
}

test("property: random Applications render to valid objects or fail with located domain errors", async () => {
  builtin ??= readPack(builtinPackDir(), "builtin", "<builtin>/", []);
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  let ok = 0;
  let failed = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(application, { minLength: 1, maxLength: 2 }), async (apps) => {
      const text = apps.map((a) => JSON.stringify(a)).join("\n---\n") + "\n";
      try {
        base ??= loadSource({
          config: { file: "capstan.yaml", text: CONFIG },
          apps: [],
          packs: [builtin!],
          crdFiles: [],
          sourceRepo: SOURCE_REPO,
          commit: "0".repeat(40),
        });
        const loaded = loadApps([{ file: "apps/x.yaml", text }]);
        if (loaded.problems.length) throw new UserError(loaded.problems);
        const src: LoadedSource = { ...base, apps: loaded.apps };
        const env = src.config.environments[0]!;
        await prepare(src, [env], {});
        const r = planEnv(src, env, {});
        if (r.problems.length) {
          assertDomainProblems(r.problems);
          if (process.env.HOSTILE_DEBUG)
            console.error(r.problems.map((p) => p.message).join(" | "));
          failed++;
          return;
        }
        ok++;
        for (const [p, t] of r.plan!.changes) {
          assert.ok(isSafeRelPath(p), `unsafe path ${p}`);
          assert.ok(!p.startsWith("..") && !p.includes("/../"), p);
          if (t === null) continue;
          const top = p.split("/")[0]!;
          assert.ok(
            p === "kustomization.yaml" ||
              p === ".capstan/state.json" ||
              /^\.capstan\/details\/[0-9a-f]\.json$/.test(p) ||
              p === "hydrator.metadata" ||
              p === "README.md" ||
              src.apps.some((a) => a.name === top),
            `file outside an app folder: ${p}`,
          );
          if (p.endsWith(".yaml")) {
            const docs = parseAllDocuments(t);
            assert.equal(docs.length, 1, `${p}: one document`);
            assert.deepEqual(docs[0]!.errors, [], p);
          }
        }
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        assertDomainProblems(e.problems);
        if (process.env.HOSTILE_DEBUG) console.error(e.problems.map((p) => p.message).join(" | "));
        failed++;
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }),
    { numRuns: 100, seed: 424242 },
  );
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), protoBefore);
  // Both outcomes are exercised (the generators are not all-invalid or all-valid).
  assert.ok(ok > 5 && failed > 5, `ok ${ok}, failed ${failed}`);
});

test("property: through the real CLI, nothing is written outside --out and failures write nothing", async () => {
  await fc.assert(
    fc.asyncProperty(application, async (app) => {
      const src = await makeSource({
        "capstan.yaml": CONFIG,
        "apps/shop.yaml": JSON.stringify(app) + "\n",
      });
      const box = await tempDir("capstan-box-");
      const out = join(box, "out");
      const sentinel = join(box, "sibling.txt");
      writeFileSync(sentinel, "untouched\n");
      const before = snapshot(box);
      const r = await runCli([
        "render",
        "--source",
        src,
        "--out",
        out,
        "--source-repo",
        SOURCE_REPO,
      ]);
      assert.equal(r.thrown, undefined, String((r.thrown as Error | undefined)?.stack));
      assert.ok(r.code === 0 || r.code === 1, r.output);
      const after = snapshot(box);
      for (const p of after.keys())
        assert.ok(
          p === "sibling.txt" || p === "out/" || p.startsWith("out/"),
          `wrote outside --out: ${p}`,
        );
      assert.equal(after.get("sibling.txt"), before.get("sibling.txt"));
      if (r.code === 1) {
        assertDomainProblems(r.problems);
        assertSameTree(before, after);
      } else assert.ok([...after.keys()].some((p) => p.endsWith("state.json")));
    }),
    { numRuns: 12, seed: 7 },
  );
});
