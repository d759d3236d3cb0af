/**
 * Reading a capability pack for a render leaves its golden cases (tests/) unread: rendering
 * never uses them, so editing one must not count as a changed input.
 */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { readPack } from "../../src/adapters/source-files.ts";
import { packDigest } from "../../src/core/model/source.ts";
import { rmrf, tmpdir } from "../helpers/git.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));

async function pack(expected: string): Promise<string> {
  const dir = await tmpdir("capstan-pack-");
  dirs.push(dir);
  const v = join(dir, "web", "1.0.0");
  mkdirSync(join(v, "tests", "basic"), { recursive: true });
  writeFileSync(join(v, "capability.yaml"), "name: web\n");
  writeFileSync(join(v, "template.yaml.hbs"), "kind: Deployment\n");
  writeFileSync(join(v, "tests", "basic", "app.yaml"), "kind: Application\n");
  writeFileSync(join(v, "tests", "basic", "expected.yaml"), expected);
  return dir;
}

test("a render reads a pack without its golden cases; capability test reads them", async () => {
  const dir = await pack("kind: Deployment\n");
  const forRender = readPack(dir, "path:caps", "caps/", [], undefined, { goldenCases: false });
  assert.deepEqual(
    [...forRender.files.keys()],
    ["web/1.0.0/capability.yaml", "web/1.0.0/template.yaml.hbs"],
  );
  const whole = readPack(dir, "path:caps", "caps/", []);
  assert.ok(whole.files.has("web/1.0.0/tests/basic/expected.yaml"));

  // a golden case edited: the render's view of the pack is the same
  const edited = await pack("kind: Deployment\nmetadata: {}\n");
  const again = readPack(edited, "path:caps", "caps/", [], undefined, { goldenCases: false });
  assert.equal(packDigest(again), packDigest(forRender));
});
