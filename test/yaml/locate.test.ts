import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { locate } from "../../src/yaml/locate.ts";

const TEXT = [
  "a: 1", // 1
  "---", // 2
  "spec:", // 3
  "  components:", // 4
  "    - name: web", // 5
  "      image:", // 6
  "      props: {x: 1, y: [a, b]}", // 7
  "    - name: db", // 8
].join("\n");

describe("locate", () => {
  const cases: [number, (string | number)[], number, number][] = [
    [0, ["a"], 1, 4],
    [1, [], 3, 1],
    [1, ["spec", "components", 0, "name"], 5, 13],
    [1, ["spec", "components", 0, "props", "y", 1], 7, 28],
    [1, ["spec", "components", 1], 8, 7],
    [1, ["spec", "components", 0, "image"], 6, 7], // empty value: the key
    [1, ["spec", "components", 0, "missing", "deeper"], 5, 7], // missing: the parent mapping
    [1, ["spec", "components", 5], 5, 5], // index out of range: the sequence
    [1, ["spec", "components", 0, "name", "x"], 5, 13], // below a scalar: the scalar
  ];
  for (const [doc, path, line, col] of cases) {
    it(`finds ${doc}:/${path.join("/")}`, () => {
      assert.deepEqual(locate(TEXT, doc, path), { line, col });
    });
  }

  it("tolerates unknown documents, CRLF and a BOM", () => {
    assert.deepEqual(locate(TEXT, 7, ["x"]), { line: 1, col: 1 });
    assert.deepEqual(locate("\ufeffa:\r\n  b: 1\r\n", 0, ["a", "b"]), { line: 2, col: 6 });
  });

  it("works on texts with syntax errors elsewhere", () => {
    assert.deepEqual(locate("a: 1\nb: [1\n---\nc: 2\n", 1, ["c"]).line, 4);
  });
});
