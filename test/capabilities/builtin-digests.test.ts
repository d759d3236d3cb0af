import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinPackDir } from "../../src/adapters/source-files.ts";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import {
  checkDigests,
  emitDigestTable,
  type DigestTable,
} from "../../src/tools/capability-tests.ts";
import { capabilityDigest } from "../../src/core/capabilities/load.ts";

const tableFile = join(builtinPackDir(), "DIGESTS.json");
const table = JSON.parse(readFileSync(tableFile, "utf8")) as DigestTable;
const HOW =
  "built-in versions never change bytes across capstan releases: publish a new version instead (capabilities/<name>/<next-version>/), then `npm run generate`";

test("no built-in capability version changed bytes", () => {
  const { changed } = checkDigests(builtinRegistry().all(), table);
  assert.deepEqual(
    changed.map((c) => c.id),
    [],
    `${changed.map((c) => `${c.id}: recorded ${c.recorded}, now ${c.actual}`).join("\n")}\n${HOW}`,
  );
});

test("every built-in capability version is in capabilities/DIGESTS.json", () => {
  const { missing } = checkDigests(builtinRegistry().all(), table);
  assert.deepEqual(
    missing.map((m) => m.id),
    [],
    "new versions: run `npm run generate` and commit capabilities/DIGESTS.json",
  );
});

test("no recorded built-in version was removed", () => {
  assert.deepEqual(checkDigests(builtinRegistry().all(), table).removed, [], HOW);
});

test("DIGESTS.json is in its canonical form", () => {
  assert.equal(readFileSync(tableFile, "utf8"), emitDigestTable(table));
});

test("the check reports changed, missing and removed versions", () => {
  const cap = builtinRegistry()
    .versions("scaler")
    .find((c) => c.version === "1.0.0")!;
  const other = { ...cap, version: "9.9.9" };
  const r = checkDigests([cap, other], { "scaler@1.0.0": "sha256:0", "gone@1.0.0": "sha256:1" });
  assert.deepEqual(
    r.changed.map((c) => c.id),
    ["scaler@1.0.0"],
  );
  assert.deepEqual(
    r.missing.map((m) => m.id),
    ["scaler@9.9.9"],
  );
  assert.deepEqual(r.removed, ["gone@1.0.0"]);
  // The digest covers capability.yaml and templates, not tests/.
  const files = new Map([
    ["capability.yaml", "a"],
    ["patch.yaml.hbs", "b"],
  ]);
  const d = capabilityDigest(files);
  files.set("tests/x/app.yaml", "c");
  assert.equal(capabilityDigest(files), d);
  files.set("patch.yaml.hbs", "b2");
  assert.notEqual(capabilityDigest(files), d);
});
