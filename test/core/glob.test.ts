/** The `apps`/`schemas` globs (src/core/common/glob.ts): picomatch semantics, dotfiles included, `!` excludes. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { globBase, globSelector } from "../../src/core/common/glob.ts";
import { matchFiles } from "../../src/adapters/source-files.ts";

const FILES = [
  "apps/shop.yaml",
  "apps/.hidden.yaml",
  "apps/.team/a.yaml",
  "apps/legacy/old.yaml",
  "apps/v1.yaml",
  "apps/vx.yaml",
  "apps/notes.txt",
  "other/x.yaml",
];

function select(patterns: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "capstan-glob-"));
  try {
    for (const f of FILES) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), "");
    }
    return matchFiles(dir, patterns);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the default apps glob selects dotfiles and dot folders, as it always did", () => {
  assert.deepEqual(select(["apps/**/*.yaml"]), [
    "apps/.hidden.yaml",
    "apps/.team/a.yaml",
    "apps/legacy/old.yaml",
    "apps/shop.yaml",
    "apps/v1.yaml",
    "apps/vx.yaml",
  ]);
});

test("a leading ! excludes from what the list's other patterns select", () => {
  assert.deepEqual(select(["apps/**/*.yaml", "!apps/legacy/**", "!**/.*"]), [
    "apps/.team/a.yaml",
    "apps/shop.yaml",
    "apps/v1.yaml",
    "apps/vx.yaml",
  ]);
  assert.deepEqual(select(["!apps/shop.yaml"]), [], "exclusions alone select nothing");
});

test("character classes and braces", () => {
  assert.deepEqual(select(["apps/v[0-9].yaml", "{other,none}/*.yaml"]), [
    "apps/v1.yaml",
    "other/x.yaml",
  ]);
  const s = globSelector(["apps/*.yaml"]);
  assert.equal(s.test("apps/a/b.yaml"), false, "* stays within one folder");
});

test("globBase: where a walk starts", () => {
  assert.equal(globBase("apps/**/*.yaml"), "apps");
  assert.equal(globBase("apps/x.yaml"), "apps");
  assert.equal(globBase("*.yaml"), "");
  assert.equal(globBase("a/b/{c,d}/*.yaml"), "a/b");
});
