import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as YAML from "yaml";
import { emitDocuments, emitYaml, isPlainSafe } from "../../src/yaml/emit.ts";
import { parseYaml, tryFastParse } from "../../src/yaml/fast.ts";
import { jsonValue, normalise, trickyString } from "./arbitraries.ts";

function yamlParse(text: string, version: "1.1" | "1.2"): unknown {
  return YAML.parse(text, { version, uniqueKeys: true, logLevel: "error" }) as unknown;
}

describe("emitYaml: format", () => {
  it("pins the layout of a Deployment", () => {
    const out = emitYaml({
      spec: {
        template: {
          spec: {
            containers: [
              {
                ports: [{ containerPort: 8080, name: "http" }],
                name: "web",
                image: "ghcr.io/acme/shop:1.4.2",
                args: ["--port", "8080", "yes"],
                env: [],
                resources: {},
              },
            ],
          },
        },
        replicas: 2,
      },
      metadata: { namespace: "shop", name: "web", labels: { "app.kubernetes.io/name": "web" } },
      kind: "Deployment",
      apiVersion: "apps/v1",
    });
    assert.equal(
      out,
      [
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: web",
        "  namespace: shop",
        "  labels:",
        "    app.kubernetes.io/name: web",
        "spec:",
        "  replicas: 2",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: web",
        "          args:",
        '            - "--port"',
        '            - "8080"',
        '            - "yes"',
        "          env: []",
        "          image: ghcr.io/acme/shop:1.4.2",
        "          ports:",
        "            - name: http",
        "              containerPort: 8080",
        "          resources: {}",
        "",
      ].join("\n"),
    );
  });

  it("sorts keys by UTF-16 code units after the priority keys", () => {
    const out = emitYaml({
      b: 1,
      B: 2,
      é: 3,
      a: 4,
      "😀": 5,
      "\uffff": 6,
      namespace: "n",
      kind: "K",
    });
    assert.deepEqual(
      out.split("\n").map((l) => l.split(":")[0]),
      ["kind", "namespace", "B", "a", "b", '"é"', '"😀"', '"\\uFFFF"', ""],
    );
  });

  it("quotes strings that any YAML 1.1 or 1.2 reader would not read as the same string", () => {
    for (const s of [
      "yes",
      "No",
      "ON",
      "off",
      "y",
      "N",
      "~",
      "null",
      "NULL",
      "true",
      "False",
      "0755",
      "1e3",
      "1_000",
      "0x1F",
      ".5",
      "12:30",
      "2001-12-14",
      "1.2.3",
      ".inf",
      ".NaN",
      "-x",
      "a: b",
      "a:",
      "#a",
      "a #b",
      "",
      " a",
      "a ",
      "---",
      "...",
      "<<",
      "=",
      "@a",
      "`a",
      "a,b",
      "[a]",
      "é",
      "1e+21",
      "e0",
      "E-5",
      "._",
    ]) {
      assert.equal(isPlainSafe(s), false, s);
      assert.ok(emitYaml(s).startsWith('"'), s);
    }
    for (const s of [
      "web",
      "ghcr.io/acme/shop:1.4.2",
      "128Mi",
      "500m",
      "/healthz",
      "app.kubernetes.io/name",
      "a b",
      "IfNotPresent",
      "v1",
      "apps/v1",
      "http://x/y",
      "_x",
      ".git",
      "yesterday",
      "eth0",
      "echo",
    ]) {
      assert.equal(isPlainSafe(s), true, s);
    }
  });

  it("writes scalars and block scalars", () => {
    assert.equal(emitYaml(null), "null\n");
    assert.equal(emitYaml(-0), "0\n");
    assert.equal(emitYaml(1e21), "1e+21\n");
    assert.equal(emitYaml(1.5e-7), "1.5e-7\n");
    assert.equal(emitYaml({ a: "x\ny" }), "a: |-\n  x\n  y\n");
    assert.equal(emitYaml({ a: "x\ny\n" }), "a: |\n  x\n  y\n");
    assert.equal(emitYaml({ a: "x\ny\n\n" }), 'a: "x\\ny\\n\\n"\n');
    assert.equal(emitYaml({ a: "x\n\ny" }), "a: |-\n  x\n\n  y\n");
    assert.equal(emitYaml({ a: " x\ny" }), 'a: " x\\ny"\n');
    assert.equal(emitYaml({ a: "x \ny" }), 'a: "x \\ny"\n');
    assert.equal(emitYaml(["x\ny"]), "- |-\n  x\n  y\n");
    assert.equal(
      emitYaml("a\tb\u0085\u2028\ud800\x7f\x01"),
      '"a\\tb\\u0085\\u2028\\uD800\\u007F\\u0001"\n',
    );
    assert.equal(emitYaml("😀"), '"😀"\n');
  });

  it("writes empty collections inline and nested sequences compactly", () => {
    assert.equal(emitYaml({}), "{}\n");
    assert.equal(emitYaml([]), "[]\n");
    assert.equal(emitYaml([[1, [2]], {}, []]), "- - 1\n  - - 2\n- {}\n- []\n");
  });

  it("uses explicit keys for very long keys", () => {
    const k = "k".repeat(1500);
    const out = emitYaml({ [k]: { a: 1 } });
    assert.deepEqual(parseYaml(out), [{ [k]: { a: 1 } }]);
    assert.deepEqual(yamlParse(out, "1.1"), { [k]: { a: 1 } });
  });

  it("throws on values that are not JSON-shaped", () => {
    for (const v of [
      NaN,
      Infinity,
      undefined,
      1n,
      () => 1,
      new Date(0),
      { a: undefined },
      [new Map()],
    ]) {
      assert.throws(() => emitYaml(v), TypeError);
    }
  });

  it("joins documents with ---", () => {
    assert.equal(emitDocuments([{ a: 1 }, "x", []]), "a: 1\n---\nx\n---\n[]\n");
    assert.equal(emitDocuments([]), "");
  });
});

describe("emitYaml: properties", () => {
  it("round-trips through our parser and through yaml 1.1 and 1.2", () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        const text = emitYaml(v);
        const expected = normalise(v);
        assert.deepStrictEqual(parseYaml(text), [expected]);
        assert.deepStrictEqual(yamlParse(text, "1.2"), expected);
        assert.deepStrictEqual(yamlParse(text, "1.1"), expected);
        assert.ok(text.endsWith("\n") && !text.endsWith("\n\n"));
      }),
      { numRuns: 3000 },
    );
  });

  it("plain strings really are plain for 1.1 and 1.2 readers", () => {
    fc.assert(
      fc.property(trickyString, (s) => {
        const text = `k: ${emitYaml(s)}`;
        assert.deepStrictEqual(yamlParse(text, "1.1"), { k: s });
        assert.deepStrictEqual(yamlParse(text, "1.2"), { k: s });
        assert.deepStrictEqual(parseYaml(text), [{ k: s }]);
      }),
      { numRuns: 5000 },
    );
  });

  it("output without block scalars or long keys stays on the fast path", () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        const text = emitYaml(v);
        if (/: \|-?\n|^\|-?\n|- \|-?\n/.test(text)) return;
        assert.notEqual(tryFastParse(text), undefined, text);
      }),
      { numRuns: 2000 },
    );
  });

  it("is deterministic regardless of insertion order", () => {
    fc.assert(
      fc.property(fc.dictionary(trickyString, fc.integer(), { maxKeys: 8 }), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse());
        assert.equal(emitYaml(o), emitYaml(reversed));
      }),
    );
  });
});
