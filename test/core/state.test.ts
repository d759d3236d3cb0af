/**
 * The state's files (src/core/plan/state-file.ts): the direct emitters of the index and the
 * apps' detail files against JSON.stringify, reading back through the details, and the
 * reader's checks.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isSafeRelPath, type AppState, type EnvState } from "../../src/core/plan/layout.ts";
import { shardOf, shardText } from "../../src/core/plan/detail-text.ts";
import {
  emitDetail,
  emitState,
  parseState,
  stateChanges,
  stateText,
  type DetailSource,
} from "../../src/core/plan/state-file.ts";

/** A render's identity pairs (`[identity, component, …]`) as the record they stand for: a later pair wins. */
function asRecord(o: Readonly<Record<string, string>> | readonly string[]): Record<string, string> {
  if (!Array.isArray(o)) return o as Record<string, string>;
  const pairs: [string, string][] = [];
  for (let i = 0; i < o.length; i += 2) pairs.push([o[i]!, o[i + 1]!]);
  return Object.fromEntries(pairs);
}

const sorted = <T>(o: Record<string, T>) => {
  const r: Record<string, T> = {};
  for (const k of Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) r[k] = o[k]!;
  return r;
};

/** What the index holds, built apart from the emitter: one row per app and per file. */
function expectedIndex(s: EnvState): unknown {
  const apps: Record<string, unknown> = {};
  for (const [n, a] of Object.entries(sorted(s.apps))) {
    const count = Object.keys(a.files).filter((p) => !p.endsWith("/kustomization.yaml")).length;
    apps[n] = [a.sourceRepo, a.commit, a.inputDigest, a.source ?? null, count];
    if (!a.objects) (apps[n] as unknown[]).push(false);
  }
  const doc: Record<string, unknown> = { schemaVersion: 4, capstanVersion: s.capstanVersion, apps };
  if (s.sources) {
    const sources: Record<string, unknown> = {};
    for (const [repo, r] of Object.entries(sorted(s.sources))) {
      const caps = [...new Set(Object.values(r.files).map((f) => f.caps))].sort((a, b) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      const files: Record<string, unknown> = {};
      for (const [f, x] of Object.entries(sorted(r.files)))
        files[f] = [x.digest, x.apps, x.bound, caps.indexOf(x.caps)];
      sources[repo] = { inputs: r.inputs, caps, files };
    }
    doc.sources = sources;
  }
  return doc;
}

/** A detail shard as JSON.stringify writes it: each of its apps' `{files, objects}`, keys sorted. */
function referenceShard(apps: [string, AppState][]): string {
  const doc: Record<string, unknown> = {};
  for (const [n, a] of apps.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const d: Record<string, unknown> = { files: sorted(a.files) };
    if (a.objects) d.objects = sorted(asRecord(a.objects));
    doc[n] = d;
  }
  return JSON.stringify(doc, null, 2) + "\n";
}

/** Details read from the texts `stateChanges` wrote. */
function detailsFrom(changes: Map<string, string | null>): DetailSource {
  return {
    key: `test:${Math.random()}`,
    display: "envs/dev",
    read: (file) => changes.get(file) ?? undefined,
  };
}

const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const text = fc.string({ unit: "binary", maxLength: 12 });
// `__proto__` aside: assigning it in the reference sets a prototype and drops the key (the
// direct emitter writes it; capstan's names and paths can never be `__proto__`)
const key = text.filter((k) => k !== "__proto__");
// app names (and, drawn as pairs, identities) include array-index keys ("7", "10"), which
// JSON.stringify puts first
const appName = fc.oneof(key, fc.nat({ max: 20 }).map(String), fc.constantFrom("0", "01", "1a"));
const entry = fc.record(
  {
    sourceRepo: text,
    commit: text,
    inputDigest: text,
    files: fc.dictionary(key, hex, { maxKeys: 6 }),
    source: text,
    // read from state.json: a record; built by a render: pairs, with a repeated identity now and then
    objects: fc.oneof(
      fc.dictionary(key, text, { maxKeys: 6 }),
      fc
        .tuple(fc.dictionary(appName, text, { maxKeys: 6 }), fc.boolean(), text)
        .map(([d, again, c]) => {
          const pairs = Object.entries(d).flat();
          return again && pairs.length ? [...pairs, pairs[0]!, c] : pairs;
        }),
    ),
  },
  { requiredKeys: ["sourceRepo", "commit", "inputDigest", "files"] },
);
const fileRecord = fc.record({ digest: hex, apps: text, bound: text, caps: text });
const sourceRecord = fc.record({
  inputs: hex,
  files: fc.dictionary(key, fileRecord, { maxKeys: 4 }),
});
const state = fc.record(
  {
    schemaVersion: fc.constant(2),
    capstanVersion: text,
    apps: fc.dictionary(appName, entry, { maxKeys: 8 }),
    sources: fc.dictionary(key, sourceRecord, { maxKeys: 3 }),
  },
  { requiredKeys: ["schemaVersion", "capstanVersion", "apps"] },
);

test("emitState writes the index, one line per app and per file, keys sorted; a detail shard is what JSON.stringify writes", () => {
  fc.assert(
    fc.property(state, (s) => {
      const text = emitState(s as EnvState);
      const doc = JSON.parse(text) as { apps: Record<string, unknown> };
      const want = expectedIndex(s as EnvState) as { apps: Record<string, unknown> };
      assert.deepEqual(doc, want);
      // the text's order is the sorted one (JSON.parse keeps the text's order of non-index keys)
      assert.deepEqual(Object.keys(doc.apps), Object.keys(want.apps));
      const lines = new Set(text.split("\n"));
      for (const [n, row] of Object.entries(want.apps))
        assert.ok(
          lines.has(`    ${JSON.stringify(n)}: ${JSON.stringify(row)}`) ||
            lines.has(`    ${JSON.stringify(n)}: ${JSON.stringify(row)},`),
        );
      const byShard = new Map<string, [string, AppState][]>();
      for (const [n, a] of Object.entries(s.apps))
        byShard.set(shardOf(n), [...(byShard.get(shardOf(n)) ?? []), [n, a as AppState]]);
      for (const apps of byShard.values())
        assert.equal(
          shardText(new Map(apps.map(([n, a]) => [n, emitDetail(a)]))),
          referenceShard(apps),
        );
    }),
    { numRuns: 400 },
  );
});

test("a state written from nothing and read back holds every entry whole, each read from its detail file", () => {
  fc.assert(
    fc.property(state, (s) => {
      // the reader refuses a path out of the environment (tested below)
      fc.pre(Object.values(s.apps).every((a) => Object.keys(a.files).every(isSafeRelPath)));
      const changes = stateChanges(undefined, s as EnvState);
      const back = parseState(changes.get(".capstan/state.json")!, detailsFrom(changes));
      assert.ok(!("error" in back));
      assert.deepEqual(Object.keys(back.apps).sort(), Object.keys(s.apps).sort());
      for (const [n, a] of Object.entries(s.apps)) {
        const b: AppState = back.apps[n]!;
        const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
        assert.deepEqual(
          plain({ ...b, files: b.files, objects: b.objects }),
          plain({
            sourceRepo: a.sourceRepo,
            commit: a.commit,
            inputDigest: a.inputDigest,
            ...(a.source !== undefined ? { source: a.source } : {}),
            files: a.files,
            objects: a.objects ? asRecord(a.objects) : undefined,
          }),
        );
      }
    }),
    { numRuns: 200 },
  );
});

const entryOf = (files: Record<string, string>, objects: Record<string, string>): AppState => ({
  sourceRepo: "acme/src",
  commit: "c1",
  inputDigest: "d",
  files,
  source: "apps/a.yaml",
  objects,
});

test("a state that changes one app rewrites the index and that app's shard, its shard-mates kept; a shard left empty is deleted", () => {
  // shards: a → c, b → 3, c → 2, e → 3 (the first hex digit of each name's sha256)
  assert.deepEqual(["a", "b", "c", "e"].map(shardOf), ["c", "3", "2", "3"]);
  const apps: Record<string, AppState> = {};
  for (const n of ["a", "b", "c", "e"])
    apps[n] = entryOf(
      { [`${n}/deployment-web.yaml`]: "a".repeat(64) },
      { [`Deployment.apps/${n}/web`]: "web" },
    );
  const first = stateChanges(undefined, { schemaVersion: 4, capstanVersion: "1", apps });
  assert.deepEqual([...first.keys()].sort(), [
    ".capstan/details/2.json",
    ".capstan/details/3.json",
    ".capstan/details/c.json",
    ".capstan/state.json",
  ]);
  assert.deepEqual(Object.keys(JSON.parse(first.get(".capstan/details/3.json")!)), ["b", "e"]);
  const read = parseState(first.get(".capstan/state.json")!, detailsFrom(first)) as EnvState;
  // b changes, c goes, a and e are the very entries read
  const next: EnvState = {
    schemaVersion: 4,
    capstanVersion: "1",
    apps: {
      a: read.apps.a!,
      e: read.apps.e!,
      b: {
        ...entryOf({ "b/deployment-web.yaml": "b".repeat(64) }, { "Deployment.apps/b/web": "web" }),
        commit: "c2",
      },
    },
  };
  const second = stateChanges(read, next);
  assert.deepEqual([...second.keys()].sort(), [
    ".capstan/details/2.json",
    ".capstan/details/3.json",
    ".capstan/state.json",
  ]);
  assert.equal(second.get(".capstan/details/2.json"), null);
  const shard3 = JSON.parse(second.get(".capstan/details/3.json")!) as Record<string, AppState>;
  assert.deepEqual(Object.keys(shard3), ["b", "e"]);
  assert.equal(shard3.b!.files["b/deployment-web.yaml"], "b".repeat(64));
  assert.equal(shard3.e!.files["e/deployment-web.yaml"], "a".repeat(64));
  // an entry whose commit moved but whose files did not leaves its shard as it was
  const moved = stateChanges(read, {
    ...read,
    apps: { ...read.apps, e: { ...apps.e!, commit: "c3" } },
  });
  assert.deepEqual([...moved.keys()], [".capstan/state.json"]);
  // a state read from schema 2 is written whole: the index and every shard
  const v2 = JSON.stringify({ schemaVersion: 2, capstanVersion: "1", apps: { a: apps.a } });
  const old = parseState(v2) as EnvState;
  const migrated = stateChanges(old, { ...old, apps: { ...old.apps } });
  assert.deepEqual([...migrated.keys()].sort(), [".capstan/details/c.json", ".capstan/state.json"]);
});

test("a schema-3 state (a detail file per app) is read from those files; the next write is schema 4 and deletes them", () => {
  const detail3 = (n: string) =>
    JSON.stringify(
      {
        files: { [`${n}/deployment-web.yaml`]: "a".repeat(64) },
        objects: { [`Deployment.apps/${n}/web`]: "web" },
      },
      null,
      2,
    ) + "\n";
  const index3 = JSON.stringify({
    schemaVersion: 3,
    capstanVersion: "1",
    apps: {
      a: ["acme/src", "c1", "d", "apps/a.yaml", 1],
      b: ["acme/src", "c1", "d", "apps/b.yaml", 1],
    },
  });
  const files = new Map([
    [".capstan/apps/a.json", detail3("a")],
    [".capstan/apps/b.json", detail3("b")],
  ]);
  const read = parseState(index3, {
    key: "v3",
    display: "envs/dev",
    read: (file) => files.get(file),
  }) as EnvState;
  assert.deepEqual(read.apps.b!.objects, { "Deployment.apps/b/web": "web" });
  const next = stateChanges(read, { ...read, apps: { a: read.apps.a! } });
  assert.deepEqual([...next.keys()].sort(), [
    ".capstan/apps/a.json",
    ".capstan/apps/b.json",
    ".capstan/details/c.json",
    ".capstan/state.json",
  ]);
  assert.equal(next.get(".capstan/apps/a.json"), null);
  assert.equal(next.get(".capstan/apps/b.json"), null);
  assert.equal(JSON.parse(next.get(".capstan/state.json")!).schemaVersion, 4);
  assert.deepEqual(JSON.parse(next.get(".capstan/details/c.json")!), {
    a: JSON.parse(detail3("a")),
  });
});

test("an index entry's detail file missing or corrupt is a located error naming the file", () => {
  const apps = { a: entryOf({ "a/x.yaml": "a".repeat(64) }, {}) };
  const first = stateChanges(undefined, { schemaVersion: 4, capstanVersion: "1", apps });
  const index = first.get(".capstan/state.json")!;
  const missing = parseState(index, {
    key: "m",
    display: "envs/dev",
    read: () => undefined,
  }) as EnvState;
  assert.throws(
    () => missing.apps.a!.files,
    /envs\/dev\/\.capstan\/details\/c\.json is missing \(\.capstan\/state\.json lists app "a", whose detail it holds\)/,
  );
  const bad = parseState(index, {
    key: "b",
    display: "envs/dev",
    read: () => JSON.stringify({ a: { files: { "a/x.yaml": "nope" } } }),
  }) as EnvState;
  assert.throws(
    () => bad.apps.a!.objects,
    /details\/c\.json entry for app "a" has a malformed digest/,
  );
  const without = parseState(index, {
    key: "w",
    display: "envs/dev",
    read: () => JSON.stringify({ b: { files: {} } }),
  }) as EnvState;
  assert.throws(() => without.apps.a!.files, /details\/c\.json does not hold app "a"/);
});

test("a state read back is the state written; its text is the text read", () => {
  const s: EnvState = {
    schemaVersion: 4,
    capstanVersion: "1.0.0",
    apps: {
      shop: {
        sourceRepo: "acme/src",
        commit: "c1",
        inputDigest: "d",
        files: {
          "shop/kustomization.yaml": "a".repeat(64),
          "shop/deployment-web.yaml": "b".repeat(64),
        },
        source: "apps/shop.yaml",
        objects: { "Deployment.apps/shop/web": "web" },
      },
      "10": { sourceRepo: "acme/src", commit: "c1", inputDigest: "d", files: {}, objects: {} },
      "9": { sourceRepo: "acme/src", commit: "c1", inputDigest: "d", files: {}, objects: {} },
    },
  };
  const changes = stateChanges(undefined, s);
  const t = emitState(s);
  assert.equal(changes.get(".capstan/state.json"), t);
  assert.ok(t.indexOf('"9"') < t.indexOf('"10"') && t.indexOf('"10"') < t.indexOf('"shop"'));
  const back = parseState(t, detailsFrom(changes));
  assert.ok(!("error" in back));
  assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(s)));
  assert.equal(stateText(back as EnvState), t);
  // a hand-formatted file is compared as it is on disk, not as capstan would write it
  const compact = JSON.stringify(JSON.parse(t));
  assert.equal(stateText(parseState(compact, detailsFrom(changes)) as EnvState), compact);
});

test("parseState refuses a malformed digest, a path out of the environment, and non-string objects", () => {
  const one = (a: Record<string, unknown>) =>
    JSON.stringify({ schemaVersion: 2, capstanVersion: "1", apps: { shop: a } });
  const base = { sourceRepo: "r", commit: "c", inputDigest: "d" };
  const err = (t: string) => (parseState(t) as { error?: string }).error;
  assert.match(
    err(one({ ...base, files: { "shop/a.yaml": "A".repeat(64) } }))!,
    /malformed digest for shop\/a\.yaml/,
  );
  assert.match(
    err(one({ ...base, files: { "shop/a.yaml": "a".repeat(63) } }))!,
    /malformed digest/,
  );
  assert.match(
    err(one({ ...base, files: { "../x.yaml": "a".repeat(64) } }))!,
    /outside the environment: \.\.\/x\.yaml/,
  );
  assert.match(err(one({ ...base, files: {}, objects: { x: 1 } }))!, /malformed objects/);
  assert.match(err(one({ ...base, files: {}, objects: [] }))!, /malformed objects/);
  assert.equal(
    err(one({ ...base, files: { "shop/a.yaml": "0123456789abcdef".repeat(4) } })),
    undefined,
  );
});

test("parseState refuses a malformed index entry; a malformed record of the sources is dropped", () => {
  const index = (apps: unknown, sources?: unknown) =>
    JSON.stringify({ schemaVersion: 3, capstanVersion: "1", apps, sources });
  const err = (t: string) => (parseState(t) as { error?: string }).error;
  for (const row of [
    ["r", "c", "d", null, -1],
    ["r", "c", "d", 7, 1],
    ["r", "c", "d", null, 1, true],
    { sourceRepo: "r", commit: "c", inputDigest: "d", count: 1 },
  ])
    assert.match(err(index({ a: row }))!, /entry for app "a" is malformed/);
  assert.equal(err(index({ a: ["r", "c", "d", "apps/a.yaml", 1] })), undefined);
  const bad = parseState(
    index(
      {},
      { "acme/src": { inputs: "x", caps: [], files: { "apps/a.yaml": ["d", "a", "a", 0] } } },
    ),
  );
  assert.ok(!("error" in bad));
  assert.equal(bad.sources, undefined);
});

test("a malformed record of the sources is dropped, the state still read", () => {
  const text = JSON.stringify({
    schemaVersion: 2,
    capstanVersion: "1.0.0",
    apps: {},
    sources: { "acme/src": { inputs: "x", files: { "apps/a.yaml": { digest: 7 } } } },
  });
  const s = parseState(text);
  assert.ok(!("error" in s));
  assert.equal(s.sources, undefined);
});
