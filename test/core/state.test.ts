/** state.json's text (src/core/plan/layout.ts): the direct emitter against JSON.stringify, and the reader's checks. */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { emitState, parseState, stateText, type EnvState } from "../../src/core/plan/layout.ts";

/** A render's identity pairs (`[identity, component, …]`) as the record they stand for: a later pair wins. */
function asRecord(o: Readonly<Record<string, string>> | readonly string[]): Record<string, string> {
  if (!Array.isArray(o)) return o as Record<string, string>;
  const pairs: [string, string][] = [];
  for (let i = 0; i < o.length; i += 2) pairs.push([o[i]!, o[i + 1]!]);
  return Object.fromEntries(pairs);
}

/** What state.json held before the direct emitter: JSON.stringify of key-sorted copies. */
function reference(s: EnvState): string {
  const sorted = <T>(o: Record<string, T>) => {
    const r: Record<string, T> = {};
    for (const k of Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) r[k] = o[k]!;
    return r;
  };
  const apps: Record<string, unknown> = {};
  for (const [n, a] of Object.entries(sorted(s.apps))) {
    const e: Record<string, unknown> = {
      sourceRepo: a.sourceRepo,
      commit: a.commit,
      inputDigest: a.inputDigest,
      files: sorted(a.files),
    };
    if (a.source !== undefined) e.source = a.source;
    if (a.objects) e.objects = sorted(asRecord(a.objects));
    apps[n] = e;
  }
  const doc: Record<string, unknown> = {
    schemaVersion: s.schemaVersion,
    capstanVersion: s.capstanVersion,
    apps,
  };
  if (s.sources) {
    const sources: Record<string, unknown> = {};
    for (const [repo, r] of Object.entries(sorted(s.sources)))
      sources[repo] = { inputs: r.inputs, files: sorted(r.files) };
    doc.sources = sources;
  }
  return JSON.stringify(doc, null, 2) + "\n";
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

test("emitState writes what JSON.stringify of the key-sorted state writes, for random states", () => {
  fc.assert(
    fc.property(state, (s) => {
      assert.equal(emitState(s as EnvState), reference(s as EnvState));
    }),
    { numRuns: 400 },
  );
});

test("a state read back is the state written; its text is the text read", () => {
  const s: EnvState = {
    schemaVersion: 2,
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
      "10": { sourceRepo: "acme/src", commit: "c1", inputDigest: "d", files: {} },
      "9": { sourceRepo: "acme/src", commit: "c1", inputDigest: "d", files: {} },
    },
  };
  const t = emitState(s);
  assert.ok(t.indexOf('"9"') < t.indexOf('"10"') && t.indexOf('"10"') < t.indexOf('"shop"'));
  const back = parseState(t);
  assert.ok(!("error" in back));
  assert.deepEqual(back, JSON.parse(t));
  assert.equal(stateText(back as EnvState), t);
  // a hand-formatted file is compared as it is on disk, not as capstan would write it
  const compact = JSON.stringify(JSON.parse(t));
  assert.equal(stateText(parseState(compact) as EnvState), compact);
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
