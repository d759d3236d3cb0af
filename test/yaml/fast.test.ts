import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as YAML from "yaml";
import { parseYaml, parseYamlWithDocs, tryFastParse, YamlError } from "../../src/yaml/fast.ts";
import { emitYaml } from "../../src/yaml/emit.ts";
import { jsonValue } from "./arbitraries.ts";

/** What the `yaml` library makes of a stream, with the options the fallback uses. */
function reference(text: string): unknown[] {
  return YAML.parseAllDocuments(text, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    logLevel: "error",
    resolveKnownTags: false,
  }).map((d) => {
    if (d.errors.length > 0) throw d.errors[0];
    const tag = d.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
    if (tag) throw tag; // YAML 1.1 and unknown tags are errors, never silently dropped

    return d.toJS({ maxAliasCount: 100 }) as unknown;
  });
}

/** Fast path (when it accepts) and parseYaml both agree with the `yaml` library. */
function agrees(text: string): boolean {
  let expected: unknown[];
  try {
    expected = reference(text);
  } catch {
    assert.throws(() => parseYaml(text), YamlError);
    return true;
  }
  const fast = tryFastParse(text);
  if (fast !== undefined)
    assert.deepStrictEqual(fast, expected, `fast path on ${JSON.stringify(text)}`);
  assert.deepStrictEqual(parseYaml(text), expected);
  return fast !== undefined;
}

/** A rendered-template-like text: block keys with one-line JSON values. */
function templateLike(v: unknown): string {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return `value: ${JSON.stringify(v)}\n`;
  return Object.entries(v)
    .map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}\n`)
    .join("");
}

const FAST_CORPUS: string[] = [
  "a: 1\n",
  "a: yes\nb: 0755\nc: 1e3\nd: '1e3'\ne: \"yes\"\n",
  'a: "x: y"\nb: \'p # q\'\nc: "#h"\n',
  "key: value # comment\n# full line\n  # indented comment\nk2: v2#not-comment\n",
  "empty:\nnull1: ~\nnull2: null\nnull3: Null\nt: True\nf: FALSE\n",
  "ints: [0x1F, 0o17, -12, +7, 007]\nfloats: [1.5, .5, -1., 1e-3, .inf, -.Inf, .NaN]\n",
  "- - a\n  - b\n- - - c\n",
  "-   key: x\n    other: y\n-  z\n",
  "k:\n- a\n- b\nl: 1\n",
  "- k:\n  - a\n  j: 1\n",
  "a: 1\r\nb:\r\n  - x\r\n",
  "\ufeffa: 1\n",
  "---\na: 1\n---\nb: 2\n...\n",
  "a: 1\n---\n",
  "---\n---\n",
  "# only a comment\n",
  "",
  "--- # c\na: 1\n... # end\n# trailing\n",
  "plain scalar doc\n",
  'a: {"x":1,"y":[1,"two",null,true]}\nb: [a, b , c]\nc: {a: 1, "b": x}\nd: []\ne: {}\n',
  'a: "\\u00e9\\x41\\U0001F600\\t\\/\\N\\_\\0"\n',
  "a: 'it''s'\n",
  "__proto__: {polluted: true}\nconstructor: 1\nprototype: 2\n",
  "a: http://x.y/z?q=1\nb: ghcr.io/acme/shop:1.4.2\nc: -x\nd: a,b\ne: x]\n",
  "  indented: root\n  second: 2\n",
  "a:\n  b:\n    c:\n      - d: 1\n        e: [1]\n      -\n      - f\n",
  '"quoted key": 1\n\'single\': 2\n"a:b": 3\n',
  "a: -\u00e9\n",
  "p: { type: string, description: The pod's \"name\" (default it's 'x') }\nq: [it's, a\"b, c 'd' e]\n",
  "a: |\n  x\n  y\n",
  "a: >\n  folded\n  text\n",
  "a: |-\n  x: 1\n  - y # not a comment\n\n  'z'\nb: 2\n",
  "a: >-\n  one\n  two\n\n  three\n\n\n  four\nb: >+\n  kept\n\n\nc: |+\n  x\n\n# after\nd: 1\n",
  "- |\n  item\n-  >\n   folded\n   item\n- k: |\n    nested\n  j: 1\n",
  "a:\n  b: | # comment\n      deep\n    # content\n  c: x\n",
  "description: >-\n  Affinity specifies affinity and toleration K8s pod for your workload which follows the pod\n  spec in path 'spec.template'. `namespace` is written as `namespaces: [<namespace>]`.\nappliesTo: [a, b]\n",
  'c: { type: integer, description: How often, in seconds, to probe. It\'s "x" here. }\nd: {url: https://x.y/z:1, e, f: [a:b]}\n',
];

const FALLBACK_CORPUS: string[] = [
  "a: 1\n- b: 2\n",
  "a:\n  b: 1\n  - c: 2\n",
  "a: |2\n   x\n",
  "a: |\n\n  x\n",
  "|\n x\n",
  "a: >\n  x\n    more\n  y\n",
  "a: |\n  x\n     \n  y\n",
  "a: |\nb: 1\n",
  "a: &x 1\nb: *x\n",
  "a: !!str 1\n",
  "%YAML 1.2\n---\na: 1\n",
  "? complex\n: value\n",
  "a: multi\n  line plain\n",
  'a: "multi\n  line"\n',
  "a: [1,\n  2]\n",
  "a:\tb\n",
  "<<: {a: 1}\n",
  "1: one\n",
  "{a:1}\n",
  "[a: 1]\n",
  "a: [1, 2, ]\n",
  'a: "\\q"\n',
];

describe("parseYaml: fast path", () => {
  for (const text of FAST_CORPUS) {
    it(`handles ${JSON.stringify(text).slice(0, 60)}`, () => {
      assert.ok(tryFastParse(text) !== undefined, "fast path should accept this");
      assert.ok(agrees(text));
    });
  }

  it("keeps __proto__ as an own data property", () => {
    const [v] = parseYaml("__proto__: {polluted: true}\na: {__proto__: 1}\n") as [
      Record<string, unknown>,
    ];
    assert.equal(Object.getPrototypeOf(v), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(v, "__proto__"));
    assert.deepEqual(Object.keys(v), ["__proto__", "a"]);
    assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
  });

  it("resolves core-schema scalars", () => {
    const [v] = parseYaml("[yes, 0755, 1e3, 0x1F, 0o17, ~, True, .5, 12:30, 2001-12-14]\n");
    assert.deepEqual(v, ["yes", 755, 1000, 31, 15, null, true, 0.5, "12:30", "2001-12-14"]);
  });
});

describe("parseYaml: fallback", () => {
  for (const text of FALLBACK_CORPUS) {
    it(`falls back on ${JSON.stringify(text).slice(0, 60)}`, () => {
      assert.equal(tryFastParse(text), undefined);
      agrees(text);
    });
  }

  it("rejects duplicate keys with a position (block and flow)", () => {
    for (const [text, line, col] of [
      ["a: 1\nb: 2\na: 3\n", 3, 1],
      ["x: {k: 1, k: 2}\n", 1, 11],
      ["- a: 1\n  a: 2\n", 2, 3],
    ] as const) {
      assert.throws(
        () => parseYaml(text),
        (e: unknown) =>
          e instanceof YamlError && e.line === line && e.col === col && e.docIndex === 0,
        text,
      );
    }
  });

  it("reports syntax errors with document index and position", () => {
    assert.throws(
      () => parseYaml("a: 1\n---\nb: [1, 2\nc: 3\n"),
      (e: unknown) => e instanceof YamlError && e.docIndex === 1 && e.line >= 3,
    );
    assert.throws(() => parseYaml("a: 1\n b: 2\n"), YamlError);
  });

  it("caps alias expansion", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) {
      const p = String.fromCharCode(97 + i - 1);
      const q = String.fromCharCode(97 + i);
      bomb.push(
        `${q}: &${q} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`,
      );
    }
    assert.throws(() => parseYaml(bomb.join("\n") + "\n"), YamlError);
  });
});

describe("parseYamlWithDocs", () => {
  it("gives each document's first line and raw text (fast path)", () => {
    const text = "# head\na: 1\n---\nb: 2\n...\n---\n- c\n";
    const docs = parseYamlWithDocs(text);
    assert.deepEqual(
      docs.map((d) => [d.value, d.startLine, d.text]),
      [
        [{ a: 1 }, 2, "a: 1\n"],
        [{ b: 2 }, 3, "---\nb: 2\n...\n"],
        [["c"], 6, "---\n- c\n"],
      ],
    );
  });

  it("gives the same boundaries on the fallback path", () => {
    const text = "# head\na: |\n  1\n---\nb: &x 2\n...\n---\n- c\n";
    const docs = parseYamlWithDocs(text);
    assert.deepEqual(
      docs.map((d) => [d.startLine, d.text]),
      [
        [2, "a: |\n  1\n"],
        [4, "---\nb: &x 2\n...\n"],
        [7, "---\n- c\n"],
      ],
    );
  });
});

describe("parseYaml: properties", () => {
  it("agrees with the yaml library on our emitter's output", () => {
    fc.assert(
      fc.property(jsonValue, (v) => void agrees(emitYaml(v))),
      { numRuns: 1500 },
    );
  });

  it("agrees with the yaml library on YAML.stringify output", () => {
    fc.assert(
      fc.property(jsonValue, (v) => void agrees(YAML.stringify(v))),
      { numRuns: 1500 },
    );
  });

  it("agrees with the yaml library on one-line JSON and template-like text", () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        agrees(JSON.stringify(v));
        agrees(templateLike(v));
      }),
      { numRuns: 1500 },
    );
  });

  it("takes the fast path for template-like text", () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(jsonValue, (v) => {
        const text = templateLike(v);
        total++;
        if (tryFastParse(text) !== undefined) fast++;
      }),
      { numRuns: 500 },
    );
    // Only strings with raw U+2028 / C1 characters etc. may need the slow path.
    assert.ok(fast / total > 0.8, `fast path took ${fast}/${total}`);
  });

  it("agrees with the yaml library on block scalars (literal and folded, every chomping)", () => {
    const line = fc.oneof(
      fc.constant(""),
      fc.constantFrom("x", "a b", "k: v", "- item", "# hash", "'q'", '"d"', "trail ", "  more"),
    );
    let fast = 0;
    fc.assert(
      fc.property(
        fc.constantFrom("|", "|-", "|+", ">", ">-", ">+"),
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("map", "seq", "nested"),
        fc.boolean(),
        (head, lines, where, after) => {
          const pad = where === "nested" ? "    " : "  ";
          const body = lines.map((l) => (l === "" ? "" : pad + l)).join("\n");
          const start =
            where === "map"
              ? `a: ${head}\n`
              : where === "seq"
                ? `- ${head}\n`
                : `a:\n  b: ${head}\n`;
          const tail = after ? (where === "seq" ? "- end\n" : "z: end\n") : "";
          if (agrees(start + body + "\n" + tail)) fast++;
        },
      ),
      { numRuns: 400, seed: 7 },
    );
    assert.ok(fast > 150, `fast path taken ${fast} times of 400`);
  });

  it("agrees on mutated texts (random edits of a corpus)", () => {
    const corpus = [...FAST_CORPUS, ...FALLBACK_CORPUS];
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.nat(),
        fc.constantFrom(
          " ",
          "-",
          ":",
          "#",
          "\n",
          "'",
          '"',
          "[",
          "]",
          "{",
          "}",
          ",",
          "a",
          "1",
          "",
          "  ",
        ),
        (text, at, ins) => {
          const i = text.length === 0 ? 0 : at % text.length;
          agrees(text.slice(0, i) + ins + text.slice(i + 1));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("deep flow nesting", () => {
  it("leaves deep collections to the yaml library instead of overflowing the stack", () => {
    const deep = (n: number) => `a: ${"[".repeat(n)}${"]".repeat(n)}\n`;
    assert.equal(tryFastParse(deep(65)), undefined, "deeper than 64: the fast path declines");
    assert.equal(agrees(deep(65)), false, "same value as the yaml library");
    assert.equal(agrees(deep(600)), false);
    assert.equal(agrees(deep(64)), true, "64 deep: the fast path, same value");
    // the yaml library refuses very deep nesting: a located error, not a RangeError
    assert.throws(() => parseYaml(deep(5000)), YamlError);
  });
});
