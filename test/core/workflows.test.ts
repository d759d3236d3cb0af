/**
 * Every workflow file capstan documents or scaffolds uses the action with inputs
 * and outputs action.yml really declares (the README shows these files).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { initFiles } from "../../src/tools/init.ts";

const action = parse(readFileSync("action.yml", "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

function check(name: string, text: string): number {
  const wf = parse(text) as {
    jobs: Record<
      string,
      { steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[] }
    >;
  };
  let uses = 0;
  for (const job of Object.values(wf.jobs ?? {}))
    for (const step of job.steps ?? []) {
      if (!step.uses?.startsWith("capstan-dev/capstan@")) continue;
      uses++;
      for (const input of Object.keys(step.with ?? {}))
        assert.ok(input in action.inputs, `${name}: input ${input} is not in action.yml`);
      assert.ok(
        ["render", "preview", "promote", "validate"].includes(String(step.with?.command)),
        `${name}: command`,
      );
    }
  for (const m of text.matchAll(/steps\.[a-z-]+\.outputs\.([a-z-]+)/g))
    if (!/app-token/.test(m[0]))
      assert.ok(m[1]! in action.outputs, `${name}: output ${m[1]} is not in action.yml`);
  return uses;
}

test("docs/workflows/*.yml use only real inputs and outputs", () => {
  let total = 0;
  for (const f of readdirSync("docs/workflows").filter((f) => f.endsWith(".yml")))
    total += check(f, readFileSync(`docs/workflows/${f}`, "utf8"));
  assert.ok(total >= 4, "render, preview, promote and the snippets use the action");
});

test("the workflows `capstan init` scaffolds use only real inputs and outputs", () => {
  const files = [...initFiles()].filter(([p]) => p.startsWith(".github/workflows/"));
  assert.equal(files.length, 3);
  for (const [p, t] of files) assert.ok(check(p, t) >= 1, p);
});

test("the README's workflow blocks use only real inputs", () => {
  const readme = readFileSync("README.md", "utf8");
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((b) => /^jobs:/m.test(b));
  for (const b of blocks) check("README.md", b);
});
