/** The template dialect: values are JSON, structure cannot be changed by a value, unsafe forms are rejected. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileTemplate } from "../../src/core/capabilities/template.ts";
import { parseYaml } from "../../src/yaml/fast.ts";

function render(tpl: string, ctx: Record<string, unknown>): unknown {
  const c = compileTemplate(tpl);
  assert.ok(c.fn, JSON.stringify(c.issues));
  return parseYaml(c.fn(ctx))[0];
}

const HOSTILE = [
  "a\nkind: ClusterRoleBinding",
  "x\n---\napiVersion: v1\nkind: Secret",
  "key: value",
  `quote " and ' and \\ backslash`,
  "{{parameter.secret}}",
  "}} {{",
  "line\u2028sep\u2029para\u0085nel",
  "# not a comment",
  "- not a list",
  "&anchor *alias !tag",
];

test("every {{value}} is one JSON value: hostile strings stay one string", () => {
  const tpl =
    "output:\n  kind: ConfigMap\n  data:\n    v: {{parameter.v}}\n  list:\n    - {{parameter.v}}\n";
  for (const v of HOSTILE) {
    const out = render(tpl, { parameter: { v, secret: "leak" } }) as {
      output: Record<string, unknown>;
    };
    assert.deepEqual(
      out,
      { output: { kind: "ConfigMap", data: { v }, list: [v] } },
      JSON.stringify(v),
    );
  }
});

test("objects and lists are emitted as flow collections; missing values are null", () => {
  const out = render(
    "a: {{parameter.o}}\nb: {{parameter.l}}\nc: {{parameter.missing}}\nd: {{default parameter.missing 3}}\n",
    {
      parameter: { o: { "x: y": "z\n", __proto__x: 1 }, l: [1, "two", { three: 3 }] },
    },
  );
  assert.deepEqual(out, {
    a: { "x: y": "z\n", __proto__x: 1 },
    b: [1, "two", { three: 3 }],
    c: null,
    d: 3,
  });
});

test("helpers compute values; blocks and else-if chains work", () => {
  const tpl = [
    'image: {{concat parameter.repo ":" parameter.tag}}',
    "{{#if (gt parameter.n 2)}}",
    "big: true",
    "{{else if (eq parameter.n 2)}}",
    "two: true",
    "{{else}}",
    "small: true",
    "{{/if}}",
    "ports:",
    "{{#each parameter.ports}}",
    "  - {{this}}",
    "{{/each}}",
    "",
  ].join("\n");
  assert.deepEqual(render(tpl, { parameter: { repo: "r", tag: "1", n: 2, ports: [80, 443] } }), {
    image: "r:1",
    two: true,
    ports: [80, 443],
  });
});

test("unsafe or structure-changing forms are rejected when the capability loads, with a line", () => {
  const cases: [string, RegExp, number][] = [
    ["a: {{{parameter.x}}}\n", /unescaped/, 1],
    ["a: 1\nb: {{> partial}}\n", /partials/, 2],
    ["a: prefix-{{parameter.x}}\n", /whole YAML value/, 1],
    ["a: {{parameter.x}} suffix\n", /whole YAML value/, 1],
    ["{{#if x}}a: 1{{/if}}\n", /own line/, 1],
    ["a: {{nosuchhelper 1}}\n", /.+/, 1],
    ["a: 1\nb: {{#each}}\n", /syntax.*Expecting/, 3],
  ];
  for (const [tpl, re, line] of cases) {
    const c = compileTemplate(tpl);
    assert.equal(c.fn, undefined, tpl);
    assert.ok(
      c.issues.some((i) => re.test(i.message) && i.line === line),
      `${tpl}: ${JSON.stringify(c.issues)}`,
    );
  }
});

test("prototype access stays off: constructor/__proto__ lookups yield nothing", () => {
  const out = render(
    "a: {{parameter.constructor}}\nb: {{parameter.__proto__}}\nc: {{parameter.x.constructor.name}}\n",
    { parameter: { x: "s" } },
  );
  assert.deepEqual(out, { a: null, b: null, c: null });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
