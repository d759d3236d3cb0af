/**
 * Templates built directly (no YAML text) must give exactly what rendering the text and
 * parsing it gives — and must actually be used, or the render is several times slower.
 */
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { compileTemplate } from "../../src/core/capabilities/template.ts";
import { parseYaml } from "../../src/yaml/fast.ts";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import { runCapabilityTests } from "../../src/tools/capability-tests.ts";
import { templatePathCounts } from "../../src/core/render/render.ts";
import { memoryReporter } from "../capabilities/silent.ts";
import { FAST_PATH_ONLY } from "../helpers/reference.ts";

type Outcome = { value: unknown } | { error: string };

function viaText(
  fn: (c: Record<string, unknown>) => string,
  input: Record<string, unknown>,
): Outcome {
  try {
    const docs = parseYaml(fn(input));
    return { value: docs.length === 1 ? docs[0] : docs };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Asserts direct === text (values and key order); returns whether the direct path was taken. */
function same(tpl: string, input: Record<string, unknown>, label = tpl): boolean {
  const c = compileTemplate(tpl);
  assert.ok(c.fn, JSON.stringify(c.issues));
  const text = viaText(c.fn, input);
  const direct = c.direct?.(input);
  if (direct === undefined) return false;
  assert.ok(
    "value" in text,
    `${label}: direct gave a value where the text path failed: ${JSON.stringify(text)}`,
  );
  assert.deepStrictEqual(direct, text.value, label);
  assert.equal(JSON.stringify(direct), JSON.stringify(text.value), `${label}: key order`);
  return true;
}

const P = (parameter: Record<string, unknown>, context: Record<string, unknown> = {}) => ({
  parameter,
  context,
});

test("every built-in template compiles to a direct builder", FAST_PATH_ONLY, () => {
  const root = fileURLToPath(new URL("../../capabilities", import.meta.url));
  const text: string[] = [];
  let n = 0;
  for (const c of builtinRegistry().all()) {
    const file = join(root, c.name, c.version, basename(c.templateFile));
    n++;
    if (!compileTemplate(readFileSync(file, "utf8")).direct) text.push(`${c.name}@${c.version}`);
  }
  assert.ok(n >= 49);
  assert.deepEqual(text, []);
});

test(
  "every built-in golden case renders through the direct builder, none through text",
  FAST_PATH_ONLY,
  async () => {
    const before = templatePathCounts();
    const results = await runCapabilityTests(undefined, {}, memoryReporter());
    assert.ok(results.every((r) => r.ok));
    const after = templatePathCounts();
    assert.ok(
      after.direct - before.direct > 100,
      `direct renders: ${after.direct - before.direct}`,
    );
    assert.equal(after.text - before.text, 0, "renders that fell back to text");
  },
);

test(
  "Handlebars semantics: paths, data, depths, block params, truthiness, iteration",
  FAST_PATH_ONLY,
  () => {
    const cases: [string, Record<string, unknown>][] = [
      [
        "a: {{parameter.x}}\nb: {{parameter.x.y}}\nc: {{parameter.s.length}}\n",
        P({ x: 0, s: "abc" }),
      ],
      ["a: {{parameter.x.y}}\n", P({ x: null })],
      ["a: {{parameter.x.y}}\n", P({ x: "" })],
      ["a: {{parameter.x.constructor}}\nb: {{parameter.__proto__}}\n", P({ x: {} })],
      [
        "items:\n{{#each parameter.l}}\n  - i: {{@index}}\n    k: {{@key}}\n    f: {{@first}}\n    z: {{@last}}\n    v: {{this}}\n    r: {{@root.context.n}}\n    up: {{../context.n}}\n{{/each}}\n",
        P({ l: ["a", 0, null, { b: 1 }] }, { n: "N" }),
      ],
      [
        "m:\n{{#each parameter.o as |v k|}}\n  - k: {{k}}\n    v: {{v}}\n    l: {{@last}}\n{{else}}\n  - none\n{{/each}}\n",
        P({ o: { b: 2, a: [1], c: null } }),
      ],
      [
        "m:\n{{#each parameter.o as |v k|}}\n  - k: {{k}}\n{{else}}\n  - none: {{parameter.n}}\n{{/each}}\n",
        P({ o: {}, n: 5 }),
      ],
      [
        'x:\n{{#each parameter.outer as |o|}}\n{{#each o.inner as |i n|}}\n  - {{concat o.name "-" i "-" (str n) "-" (str @../index)}}\n{{/each}}\n{{/each}}\n',
        P({
          outer: [
            { name: "a", inner: ["x", "y"] },
            { name: "b", inner: ["z"] },
          ],
        }),
      ],
      [
        "v:\n{{#if parameter.a}}\n  a: yes\n{{else if parameter.b}}\n  b: {{parameter.b}}\n{{else}}\n  c: {{parameter.c}}\n{{/if}}\n",
        P({ a: 0, b: [], c: "" }),
      ],
      [
        "v:\n{{#if parameter.a}}\n  a: 1\n{{/if}}\n{{#unless parameter.a}}\n  n: 1\n{{/unless}}\n",
        P({ a: {} }),
      ],
      [
        "v:\n{{#with parameter.w}}\n  x: {{x}}\n  up: {{../parameter.n}}\n{{else}}\n  none: true\n{{/with}}\n",
        P({ w: { x: 1 }, n: 2 }),
      ],
      [
        "v:\n{{#with parameter.w}}\n  x: {{x}}\n{{else}}\n  none: {{this.parameter.n}}\n{{/with}}\n",
        P({ w: 0, n: 3 }),
      ],
      [
        "v:\n{{#with parameter.w}}\n  x: {{this}}\n{{else}}\n  none: true\n{{/with}}\n",
        P({ w: [] }),
      ],
      [
        "l:\n{{#each parameter.l}}\n{{#if true}}\n  - {{this}}\n{{/if}}\n{{/each}}\n",
        P({ l: [null, 1] }),
      ],
      [
        'a: {{merge parameter.x (dict "k" 1)}}\nb: {{list 1 "2" null}}\n',
        P({ x: { z: 1, a: [] } }),
      ],
      [
        "a: {{parameter.u}}\nb: {{parameter.l}}\nc: {{parameter.n}}\n",
        P({ l: [undefined, () => 1, NaN], n: -0 }),
      ],
      [
        "a: {{parameter.o}}\n",
        P({ o: { u: undefined, f: () => 1, i: Infinity, "": "empty", "x: y": "#" } }),
      ],
      [
        "a: {{parameter.o}}\n",
        P({ o: JSON.parse('{"__proto__": {"polluted": true}}') as unknown }),
      ],
      [
        "a: {{div 1 3}}\nb: {{mul parameter.h parameter.h}}\nc: {{parameter.big}}\n",
        P({ big: 12345678901234567890, h: 1e200 }),
      ],
    ];
    for (const [tpl, input] of cases) assert.ok(same(tpl, input), `not direct: ${tpl}`);
  },
);

test(
  "YAML structure: compact and nested sequences, null values, flow and quoted statics, comments, CRLF",
  FAST_PATH_ONLY,
  () => {
    const cases: string[] = [
      "a:\n- 1\n- {{parameter.x}}\nb: 2\n",
      "a:\n  - - 1\n    - {{parameter.x}}\n  - -\n    - x\n",
      "a:\n  - k: 1\n    j:\n      - {{parameter.x}}\n  -\n    k: 2\n",
      'a:\nb: ~\nc: null\nd: ""\ne: {{parameter.x}} # trailing comment\n',
      "# leading comment\na: [1, \"two\", {three: 3}]\n\n  # indented comment\nb: {x: [y]}\n'q k': 'it''s'\n\"d k\": \"a\\tb\"\n",
      "a: 1\r\nb: {{parameter.x}}\r\nc:\r\n  - x\r\n",
      "a: 0755\nb: 1e3\nc: .5\nd: true\ne: 'true'\nf: 2001-12-14\ng: 128Mi\n",
      "args:\n  {{parameter.x}}\n",
      "a:\n  b:\n    c: {{parameter.x}}\n  d: {{parameter.x}}\ne: 1",
    ];
    for (const x of ["v", 1, null, true, [1, [2]], { k: "v" }, "a: b", "- x", "#c", '"q"', "é ☃ 𝄞"])
      for (const tpl of cases)
        assert.ok(same(tpl, P({ x })), `not direct: ${tpl} with ${JSON.stringify(x)}`);
  },
);

test(
  "what the direct builder declines goes through text and gives the text path's result or error",
  FAST_PATH_ONLY,
  () => {
    // templates it does not compile: block scalars, multi-line flow, hash arguments, documents
    for (const tpl of [
      "a: |\n  {{parameter.x}}\n",
      "a: [1,\n  2]\n",
      "{{#if parameter.x includeZero=true}}\na: 1\n{{/if}}\n",
      "---\na: 1\n",
      "a: &x 1\nb: *x\n",
    ]) {
      const c = compileTemplate(tpl);
      assert.ok(c.fn, tpl);
      assert.equal(c.direct, undefined, `should stay on text: ${tpl}`);
    }
    // renders it declines: helper errors, duplicate keys, odd characters, bad indentation
    const declines: [string, Record<string, unknown>][] = [
      ['a: {{fail "boom"}}\n', P({})],
      ["a: {{div 1 0}}\n", P({})],
      ["a: 1\n{{#if parameter.x}}\na: 2\n{{/if}}\n", P({ x: true })],
      ["a: {{parameter.x}}\n", P({ x: "tab\there\u0085" })],
      ["a: {{parameter.x}}\n", P({ x: 10n })],
      ["a:\n  - {{parameter.x}}\n   - 2\n", P({ x: 1 })],
      ["a: 1\n{{#if parameter.x}}\n  b: 2\n{{/if}}\n", P({ x: true })],
      ["{{#if parameter.x}}\na: 1\n{{/if}}\n", P({ x: false })],
    ];
    for (const [tpl, input] of declines) {
      const c = compileTemplate(tpl);
      assert.ok(c.fn && c.direct, tpl);
      assert.equal(c.direct(input), undefined, `should decline: ${tpl}`);
    }
  },
);

/** A small seeded generator of JSON-ish values (strings with YAML-significant characters included). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const STRINGS = [
  "",
  "a",
  "x: y",
  "- z",
  "#",
  "null",
  "true",
  "0755",
  "1e3",
  " lead",
  "trail ",
  "q\"'",
  "line\nbreak",
  "ü",
];
function value(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 2 ? 6 : 9));
  switch (k) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return Math.floor(r() * 2000) - 1000;
    case 3:
      return r() * 10;
    case 4:
    case 5:
      return STRINGS[Math.floor(r() * STRINGS.length)];
    case 6:
    case 7: {
      const n = Math.floor(r() * 4);
      return Array.from({ length: n }, () => value(r, depth + 1));
    }
    default: {
      const o: Record<string, unknown> = {};
      const n = Math.floor(r() * 4);
      for (let i = 0; i < n; i++)
        o[STRINGS[Math.floor(r() * STRINGS.length)]! + i] = value(r, depth + 1);
      return o;
    }
  }
}

test("property: random parameters give the same value both ways", FAST_PATH_ONLY, () => {
  const tpl = [
    "output:",
    "  kind: Thing",
    "  metadata:",
    '    name: {{default parameter.name "n"}}',
    '    labels: {{merge (default parameter.labels (dict)) (dict "app" context.name)}}',
    "  spec:",
    "{{#if parameter.a}}",
    "    a: {{parameter.a}}",
    "{{else}}",
    "    notA: {{parameter.b}}",
    "{{/if}}",
    "    list:",
    "{{#each parameter.l}}",
    "      - v: {{this}}",
    "        i: {{@index}}",
    "{{#if (defined this.x0)}}",
    "        x: {{this.x0}}",
    "{{/if}}",
    "{{else}}",
    "      - empty",
    "{{/each}}",
    "{{#with parameter.w}}",
    "    w: {{this}}",
    "    wl: {{len this}}",
    "{{/with}}",
  ].join("\n");
  const r = rng(42);
  let direct = 0;
  for (let i = 0; i < 400; i++) {
    const input = P(
      {
        name: value(r, 1),
        labels: r() < 0.5 ? value(r, 2) : undefined,
        a: value(r, 1),
        b: value(r, 1),
        l: r() < 0.8 ? value(r, 0) : [value(r, 1), { x0: value(r, 2) }],
        w: value(r, 1),
      },
      { name: value(r, 2) },
    );
    if (same(tpl, input, `case ${i}: ${JSON.stringify(input)}`)) direct++;
  }
  assert.ok(direct > 300, `direct renders: ${direct} of 400`);
});
