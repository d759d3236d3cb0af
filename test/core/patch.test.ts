/** Patch semantics (docs/design.md, "Patches"): strategic merge keys, null deletes, RFC 7396, RFC 6902. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonPatch, mergePatch, strategicMerge, PatchError } from "../../src/core/render/patch.ts";

test("strategic merge: containers by name, env by name, ports by containerPort, mounts by mountPath; other lists replaced", () => {
  const base = {
    spec: {
      replicas: 1,
      args: ["a", "b"],
      containers: [
        {
          name: "app",
          image: "a:1",
          env: [{ name: "A", value: "1" }],
          ports: [{ containerPort: 80 }],
          volumeMounts: [{ mountPath: "/x", name: "x" }],
        },
        { name: "side", image: "s:1" },
      ],
    },
  };
  const patch = {
    spec: {
      args: ["c"],
      containers: [
        {
          name: "app",
          env: [
            { name: "A", value: "2" },
            { name: "B", value: "3" },
          ],
          ports: [{ containerPort: 80, name: "http" }],
          volumeMounts: [{ mountPath: "/y", name: "y" }],
        },
        { name: "new", image: "n:1" },
      ],
    },
  };
  assert.deepEqual(strategicMerge(base, patch), {
    spec: {
      replicas: 1,
      args: ["c"],
      containers: [
        {
          name: "app",
          image: "a:1",
          env: [
            { name: "A", value: "2" },
            { name: "B", value: "3" },
          ],
          ports: [{ containerPort: 80, name: "http" }],
          volumeMounts: [
            { mountPath: "/x", name: "x" },
            { mountPath: "/y", name: "y" },
          ],
        },
        { name: "side", image: "s:1" },
        { name: "new", image: "n:1" },
      ],
    },
  });
  assert.deepEqual(
    base.spec.containers[0]!.env,
    [{ name: "A", value: "1" }],
    "inputs are not mutated",
  );
});

test("strategic merge: null deletes; Service ports merge by port", () => {
  assert.deepEqual(strategicMerge({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null }, a: null }), {
    b: { d: 3 },
  });
  assert.deepEqual(
    strategicMerge(
      { ports: [{ port: 80, targetPort: 8080 }] },
      { ports: [{ port: 80, name: "http" }, { port: 443 }] },
    ),
    {
      ports: [{ port: 80, targetPort: 8080, name: "http" }, { port: 443 }],
    },
  );
});

test("merge patch replaces lists; json patch applies operations and reports the failing one", () => {
  assert.deepEqual(mergePatch({ a: [1, 2], b: { c: 1 } }, { a: [3], b: { c: null, d: 1 } }), {
    a: [3],
    b: { d: 1 },
  });
  assert.deepEqual(
    jsonPatch({ spec: { list: [1] } }, [
      { op: "add", path: "/spec/list/-", value: 2 },
      { op: "replace", path: "/spec/list/0", value: 0 },
      { op: "add", path: "/spec/x", value: { y: 1 } },
      { op: "remove", path: "/spec/x/y" },
    ]),
    { spec: { list: [0, 2], x: {} } },
  );
  assert.throws(
    () => jsonPatch({}, [{ op: "remove", path: "/nope" }]),
    (e: unknown) => e instanceof PatchError && /operation 0/.test(e.message),
  );
});

test("__proto__ keys stay inert data", () => {
  const patch = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
  const out = strategicMerge({}, patch) as Record<string, unknown>;
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.ok(Object.prototype.hasOwnProperty.call(out, "__proto__"));
});

test("json patch never changes its input, whatever the operation", () => {
  const doc = () => ({ a: { b: [1, 2, { c: 3 }] }, d: { e: "x" } });
  const ops: Record<string, unknown>[] = [
    { op: "add", path: "/a/b/1", value: { n: 1 } },
    { op: "add", path: "/a/b/-", value: 9 },
    { op: "remove", path: "/a/b/2/c" },
    { op: "replace", path: "/d/e", value: "y" },
    { op: "move", from: "/d/e", path: "/a/moved" },
    { op: "copy", from: "/a/b/2", path: "/d/copy" },
    { op: "test", path: "/d/e", value: "x" },
  ];
  for (const op of ops) {
    const input = doc();
    const out = jsonPatch(input, [op]) as { a: { b: unknown[] } };
    assert.deepEqual(input, doc(), `${String(op.op)} changed its input`);
    if (op.op !== "test") assert.notDeepEqual(out, input, `${String(op.op)} did nothing`);
  }
  // a value added by the patch is the patch's copy: changing the result leaves the ops alone
  const value = { deep: [1] };
  const out = jsonPatch({}, [{ op: "add", path: "/v", value }]) as { v: { deep: number[] } };
  out.v.deep.push(2);
  assert.deepEqual(value, { deep: [1] });
});

test("json patch replace of a missing object member adds it, as KubeVela does, and says so", () => {
  const notes: string[] = [];
  assert.deepEqual(
    jsonPatch(
      { spec: { template: {} } },
      [{ op: "replace", path: "/spec/replicas", value: 3 }],
      notes,
    ),
    { spec: { template: {}, replicas: 3 } },
  );
  assert.equal(notes.length, 1);
  assert.match(
    notes[0]!,
    /operation 0 \(replace \/spec\/replicas\): .*replaced as add, as KubeVela does/,
  );
  // a missing parent, or a list index past the end, is still an error naming the operation
  assert.throws(
    () => jsonPatch({}, [{ op: "replace", path: "/spec/replicas", value: 3 }]),
    (e: unknown) =>
      e instanceof PatchError && /operation 0 \(replace \/spec\/replicas\)/.test(e.message),
  );
  assert.throws(
    () => jsonPatch({ l: [] }, [{ op: "replace", path: "/l/0", value: 1 }]),
    (e: unknown) => e instanceof PatchError && /no element 0/.test(e.message),
  );
});
