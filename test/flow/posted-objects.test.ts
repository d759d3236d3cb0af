/**
 * The write worker reuses an app's objects across environments (posted-objects.ts): its
 * bytes must be emitYaml's for every object as rendered, whatever the namespace, and its
 * schema check must run once per distinct object and Kubernetes version.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { emitYaml } from "../../src/yaml/emit.ts";
import {
  AppObjects,
  NS_SENTINEL,
  postObjects,
  receiveObjects,
} from "../../src/writer/posted-objects.ts";
import type { KObject } from "../../src/core/render/render.ts";
import { trickyString, jsonValue } from "../yaml/arbitraries.ts";

function deployment(ns: unknown, extra: Record<string, unknown> = {}): KObject {
  const metadata: Record<string, unknown> = { name: "web", labels: { app: "web" } };
  if (ns !== undefined) metadata.namespace = ns;
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata,
    spec: { replicas: 2, template: { spec: { containers: [{ name: "web", image: "x:1" }] } } },
    ...extra,
  };
}

/** Every object's text as the worker makes it, app by app and env by env. */
function texts(worker: AppObjects, app: string, objects: KObject[]): string[] {
  const posted = postObjects(objects);
  const { objects: got, entries } = worker.receive(app, posted);
  assert.deepEqual(got, objects, "the worker sees the objects as rendered");
  return got.map((o, i) => AppObjects.text(entries[i]!, o, posted.namespaces[i]!));
}

describe("objects posted to the write worker", () => {
  it("round-trip: what is posted is what was rendered (namespace or not)", () => {
    const objects = [deployment("shop-dev"), deployment(undefined), deployment(null)];
    const posted = postObjects(objects);
    assert.deepEqual(posted.namespaces, ["shop-dev", null, null]);
    assert.ok(posted.texts[0]!.includes(NS_SENTINEL));
    assert.deepEqual(receiveObjects(posted), objects);
    // posting leaves the rendered objects as they were
    assert.equal(objects[0]!.metadata.namespace, "shop-dev");
  });

  it("reuses one emit for the same object in three environments, with each one's namespace", () => {
    const w = new AppObjects();
    for (const ns of ["shop-dev", "shop", "true", "123", "a b", "ns: x", ""]) {
      const o = deployment(ns);
      assert.equal(texts(w, "shop", [o])[0], emitYaml(o), `namespace ${JSON.stringify(ns)}`);
    }
  });

  it("emits whole an object that holds the sentinel elsewhere or a multi-line namespace", () => {
    const w = new AppObjects();
    const tricky = deployment("dev", { data: { note: `\n  namespace: ${NS_SENTINEL}\n` } });
    const twice = deployment("prod", { data: { note: `\n  namespace: ${NS_SENTINEL}\n` } });
    assert.equal(texts(w, "a", [tricky])[0], emitYaml(tricky));
    assert.equal(texts(w, "a", [twice])[0], emitYaml(twice));
    const block = deployment("line\nbreak");
    assert.equal(texts(w, "a", [block])[0], emitYaml(block));
    const plain = deployment("plain");
    assert.equal(texts(w, "a", [plain, block])[1], emitYaml(block));
  });

  it("gives emitYaml's bytes for any object and namespaces (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), jsonValue, { maxKeys: 4 }),
        fc.array(fc.oneof(trickyString, fc.constant(undefined), fc.constant(7)), {
          minLength: 1,
          maxLength: 3,
        }),
        (raw, namespaces) => {
          // rendered objects are JSON values (plain prototypes)
          const spec = JSON.parse(JSON.stringify(raw)) as unknown;
          const w = new AppObjects();
          for (const ns of namespaces) {
            const o = deployment(ns, { spec });
            assert.equal(texts(w, "p", [o])[0], emitYaml(o));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("checks a distinct object once per Kubernetes version, and forgets it with the next app", () => {
    const w = new AppObjects();
    const seen: string[] = [];
    const check = (o: KObject) => (seen.push(String(o.metadata.namespace)), true);
    const run = (app: string, ns: string, kube: string) => {
      const posted = postObjects([deployment(ns)]);
      const { objects, entries } = w.receive(app, posted);
      return AppObjects.valid(entries[0]!, objects[0]!, kube, check);
    };
    assert.ok(run("a", "dev", "1.31"));
    assert.ok(run("a", "staging", "1.31"));
    assert.ok(run("a", "prod", "1.30"));
    assert.ok(run("b", "dev", "1.31"));
    // the check saw the object as rendered (its own namespace), once per version per app
    assert.deepEqual(seen, ["dev", "prod", "dev"]);
    const failing = new AppObjects();
    const no = () => false;
    const posted = postObjects([deployment("x")]);
    const r = failing.receive("c", posted);
    assert.equal(AppObjects.valid(r.entries[0]!, r.objects[0]!, "1.31", no), false);
  });
});
