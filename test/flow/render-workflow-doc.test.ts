/** docs/workflows/render.yml uses exactly the action's real inputs and outputs. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";

test("the documented render workflow names only real inputs and outputs of action.yml", () => {
  const action = parse(readFileSync("action.yml", "utf8")) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };
  const text = readFileSync("docs/workflows/render.yml", "utf8");
  const wf = parse(text) as {
    jobs: { render: { steps: { id?: string; with?: Record<string, unknown> }[] } };
  };
  const step = wf.jobs.render.steps.find((s) => s.id === "capstan");
  assert.ok(step?.with);
  // Inputs set, and the ones shown commented out as options.
  const block = text.slice(text.indexOf("id: capstan"), text.indexOf("- name: Report"));
  const commented = [...block.matchAll(/^\s+# ([a-z][a-z-]+):/gm)].map((m) => m[1]!);
  const used = [...Object.keys(step.with), ...commented];
  for (const name of used) assert.ok(name in action.inputs, `input ${name} is not in action.yml`);
  for (const name of [
    "env-repo",
    "token",
    "environments",
    "dry-run",
    "allow-mass-deletion",
    "prune-removed-envs",
    "committer-name",
    "committer-email",
    "frozen",
  ])
    assert.ok(used.includes(name), `the workflow documents input ${name}`);
  for (const m of text.matchAll(/steps\.capstan\.outputs\.([a-z-]+)/g))
    assert.ok(m[1]! in action.outputs, `output ${m[1]} is not in action.yml`);
  assert.match(text, /concurrency:/);
  assert.match(text, /actions\/create-github-app-token/);
});
