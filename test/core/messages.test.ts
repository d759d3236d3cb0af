/** Messages a user meets first: "did you mean", one error per mistake, no false claims. */
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { closest } from "../../src/core/common/suggest.ts";
import { runCli } from "../helpers/cli.ts";
import { cliProcess } from "../helpers/cli.ts";
import { bareRemote, rmrf } from "../helpers/git.ts";
import { app, dirs, source } from "../troubleshooting/triggers.ts";

after(() => rmrf(...dirs));

test("closest: typos, names cut short and transpositions; nothing for unrelated or tiny names", () => {
  assert.equal(closest("imgae", ["image", "ports"]), "image");
  assert.equal(closest("stage", ["staging", "production"]), "staging");
  assert.equal(closest("prod", ["staging", "production"]), "production");
  assert.equal(closest("rendr", ["render", "diff", "init"]), "render");
  assert.equal(closest("Image", ["image"]), "image");
  assert.equal(closest("xyz", ["image", "ports"]), undefined);
  assert.equal(closest("ab", ["abc"]), undefined);
});

test("a mistyped command: exit 2 and did you mean", async () => {
  const r = await runCli(["rendr", "--out", "x"]);
  assert.equal(r.code, 2);
  assert.match(r.text, /unknown command "rendr"; did you mean "render"\?/);
});

test("a mistyped --env: did you mean", async () => {
  const dir = await source();
  const r = await runCli(["render", "--source", dir, "--out", `${dir}/../out`, "--env", "stagng"]);
  assert.notEqual(r.code, 0);
  assert.match(r.text, /unknown environment "stagng" \(did you mean "staging"\?\)/);
});

test("policies: [stage] is one error with its fix, not also a second deploy-step collision", async () => {
  const workflow = `  policies:
    - { name: staging, type: topology, properties: {} }
    - { name: production, type: topology, properties: {} }
  workflow:
    steps:
      - { name: to-staging, type: deploy, properties: { policies: [stage] } }
      - { name: to-prod, type: deploy, properties: { policies: [production] } }
`;
  const dir = await source({ "apps/shop.yaml": app("shop", "image: x:1", "", workflow) });
  const r = await runCli(["validate", "--source", dir]);
  assert.equal(r.code, 1);
  assert.equal(r.problems.length, 1, r.text);
  assert.match(
    r.problems[0]!.message,
    /deploy step "to-staging" names policy "stage", which the application does not define; did you mean "staging"\?/,
  );
});

test("a failed validate counts its errors and does not claim it would have written anything", async () => {
  const dir = await source({ "apps/shop.yaml": app("shop", "imgae: x:1") });
  const v = await cliProcess(["validate", "--source", dir]);
  assert.equal(v.code, 1);
  assert.match(v.stderr, /^\d+ errors?$/m);
  assert.doesNotMatch(v.stderr, /nothing was written/);
});

test("capabilities list shortens descriptions at a word, never inside one", async () => {
  const r = await runCli(["capabilities", "list"]);
  assert.equal(r.code, 0);
  const { builtinRegistry } = await import("../../src/tools/capability-docs.ts");
  const reg = builtinRegistry();
  let clipped = 0;
  for (const line of r.text.split("\n")) {
    const m = /^ {2}([a-z0-9-]+) +[\d., ]+? {2,}(.*)$/.exec(line);
    if (!m || !m[2]!.endsWith("…")) continue;
    clipped++;
    const full = reg.versions(m[1]!)[0]!.description.split("\n")[0]!.replace(/\s+/g, " ") + " ";
    const shown = m[2]!.slice(0, -1);
    assert.ok(full.startsWith(shown), `${m[1]}: "${shown}" is not the start of its description`);
    assert.match(full.slice(shown.length), /^[\s,;:.(-]/, `${m[1]}: cut inside a word`);
  }
  assert.ok(clipped > 0, "some descriptions are long enough to be shortened");
});

test("an unknown property: its fix when capstan can name one, else why KubeVela passed it", async () => {
  const typo = await source({ "apps/shop.yaml": app("shop", "image: x:1\n        imgae: x:1") });
  const t = await runCli(["validate", "--source", typo]);
  assert.match(t.text, /unknown property "imgae"; did you mean "image"\?\n/);
  assert.doesNotMatch(t.text, /no such parameter/);
  const other = await source({
    "apps/shop.yaml": app("shop", "image: x:1\n        debugMode: on"),
  });
  const o = await runCli(["validate", "--source", other]);
  assert.match(
    o.text,
    /unknown property "debugMode": webservice@1\.0\.0 has no such parameter \(KubeVela would have ignored it silently/,
  );
});

test("the Action's failed validate counts its errors and does not claim a commit; render does", async () => {
  const { spawnSync } = await import("node:child_process");
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await source({ "apps/shop.yaml": app("shop", "imgae: x:1") });
  const work = mkdtempSync(join(tmpdir(), "capstan-action-"));
  dirs.push(work);
  await bareRemote(join(work, "env.git"));
  const action = (command: string) => {
    const output = join(work, "output");
    writeFileSync(output, "");
    // the Action's entry from sources, as GitHub runs it: INPUT_* variables
    return spawnSync(process.execPath, ["--import", "tsx", "src/index.ts"], {
      encoding: "utf8",
      env: {
        PATH: process.env.PATH ?? "",
        GITHUB_OUTPUT: output,
        GITHUB_WORKSPACE: dir,
        INPUT_COMMAND: command,
        INPUT_SOURCE: dir,
        INPUT_FROZEN: "false",
        "INPUT_ENV-REPO": join(work, "env.git"),
        "INPUT_DRY-RUN": "true",
      },
    });
  };
  const v = action("validate");
  assert.equal(v.status, 1, v.stdout + v.stderr);
  assert.match(v.stdout, /^::error::\d+ error\(s\)$/m);
  assert.doesNotMatch(v.stdout, /nothing was committed/);
  const r = action("render");
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^::error::\d+ error\(s\); nothing was committed$/m);
});
