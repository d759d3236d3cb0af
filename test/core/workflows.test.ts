/**
 * Every workflow file capstan documents or scaffolds uses the action with inputs
 * and outputs action.yml really declares (the README shows these files).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { initFiles } from "../../src/tools/init.ts";
import { WORKFLOWS } from "../../src/tools/workflows.generated.ts";
import {
  ACTION_REF,
  CAPSTAN_REPO,
  CAPSTAN_VERSION,
  NPX_CLI,
} from "../../src/core/model/version.ts";

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

/** A workflow as data: comments and layout aside. */
const asYaml = (text: string): unknown => parse(text) as unknown;

test("init --env-repo acme/deploy writes the workflow files docs/workflows and the README show", () => {
  const files = initFiles({ envRepo: "acme/deploy" });
  const readme = readFileSync("README.md", "utf8");
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => asYaml(m[1]!));
  for (const w of ["render", "preview", "promote"] as const) {
    const doc = readFileSync(`docs/workflows/${w}.yml`, "utf8");
    assert.equal(files.get(`.github/workflows/capstan-${w}.yml`), doc, `init writes ${w}.yml`);
    assert.equal(
      WORKFLOWS[w],
      doc,
      "stale src/tools/workflows.generated.ts: node scripts/gen-workflows.mjs",
    );
    const name = (asYaml(doc) as { name: string }).name;
    const shown = blocks.filter((b) => (b as { name?: string } | null)?.name === name);
    assert.equal(shown.length, 1, `the README shows the ${name} workflow once`);
    assert.deepEqual(
      shown[0],
      asYaml(doc),
      `the README's ${name} workflow equals docs/workflows/${w}.yml`,
    );
  }
  const other = initFiles({ envRepo: "https://github.com/beta/envs.git" });
  const render = asYaml(other.get(".github/workflows/capstan-render.yml")!) as {
    jobs: { render: { steps: { with?: Record<string, string> }[] } };
  };
  const withs = render.jobs.render.steps.map((s) => s.with ?? {});
  assert.ok(withs.some((w) => w["env-repo"] === "beta/envs"));
  assert.ok(withs.some((w) => w.repositories === "envs,${{ github.event.repository.name }}"));
});

test("one name for capstan everywhere: every `uses:` and npx line is ACTION_REF / NPX_CLI", () => {
  const texts: [string, string][] = [["README.md", readFileSync("README.md", "utf8")]];
  for (const f of readdirSync("docs").filter((f) => f.endsWith(".md")))
    texts.push([`docs/${f}`, readFileSync(`docs/${f}`, "utf8")]);
  for (const f of readdirSync("docs/workflows"))
    texts.push([`docs/workflows/${f}`, readFileSync(`docs/workflows/${f}`, "utf8")]);
  for (const [p, t] of initFiles()) texts.push([`init:${p}`, t]);
  let refs = 0;
  for (const [where, text] of texts) {
    for (const m of text.matchAll(/uses: ([\w.-]+\/capstan)@([\w.-]+)/g)) {
      // the moving major tag, or this release's exact tag
      const ref = `${m[1]}@${m[2]}`;
      assert.ok(
        [ACTION_REF, `${CAPSTAN_REPO}@v${CAPSTAN_VERSION}`].includes(ref),
        `${where}: ${m[0]}`,
      );
      refs++;
    }
    for (const m of text.matchAll(/npx (--yes )?([\w:./#@-]*capstan[\w:./#@-]*)/g))
      assert.ok(NPX_CLI.endsWith(m[2]!), `${where}: ${m[0]} (the CLI runs as ${NPX_CLI})`);
    assert.doesNotMatch(text, /once installed as a package|capstan@0\b/, where);
  }
  assert.ok(refs >= 8, `${refs} action references`);
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { repository?: { url?: string } };
  assert.equal(pkg.repository?.url, `git+https://github.com/${CAPSTAN_REPO}.git`);
});
