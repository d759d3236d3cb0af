/**
 * `capstan promote` from the CLI over file:// and in place (no GitHub): the undeclared
 * edge, the pull request printed instead of opened, and the chain staging → production
 * → eu after each promotion is merged.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { git, revParse } from "../helpers/git.ts";
import { appYaml, asSchema3, stateAt } from "../flow/fixtures.ts";
import {
  cleanup,
  comparable,
  envFilesAt,
  merge,
  renderOutAt,
  renderStaging,
  setup,
  SOURCE_REPO,
} from "./fixtures.ts";

after(cleanup);

const promoteCli = (src: string, envRepo: string, ...extra: string[]) =>
  runCli([
    "promote",
    "--source",
    src,
    "--env-repo",
    envRepo,
    "--source-repo",
    SOURCE_REPO,
    ...extra,
  ]);

test("promote --apps: the recorded file, else every file", async () => {
  const w = await setup();
  await renderStaging(w.src.dir, w.url);
  const promote = (remote: string) =>
    promoteCli(w.src.dir, `file://${remote}`, "--from", "staging", "--to", "production");
  // a second env repo whose staging state names the wrong file for shop
  const other = path.join(w.root, "other.git");
  await git(w.root, "clone", "-q", "--bare", w.remote, other);
  const co = path.join(w.root, "co");
  await git(w.root, "clone", "-q", other, co);
  const statePath = path.join(co, "envs/staging/.capstan/state.json");
  // the index's row of shop: [sourceRepo, commit, inputDigest, source, count]
  const state = JSON.parse(await fs.readFile(statePath, "utf8")) as {
    apps: Record<string, unknown[]>;
  };
  state.apps.shop![3] = "apps/cart.yaml";
  await fs.writeFile(statePath, JSON.stringify(state, null, 2) + "\n");
  await git(co, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", "hand edit");
  await git(co, "push", "-q", "origin", "main");
  for (const remote of [w.remote, other]) {
    const r = await promote(remote);
    assert.equal(r.code, 0, r.text);
  }
  // one at a time: runCli captures the process's stdout while it runs
  const onlyShop = [];
  for (const remote of [w.remote, other])
    onlyShop.push(
      await promoteCli(
        w.src.dir,
        `file://${remote}`,
        "--from",
        "staging",
        "--to",
        "production",
        "--apps",
        "shop",
      ),
    );
  for (const r of onlyShop) assert.equal(r.code, 0, r.text);
  const diffOf = (t: string) =>
    t
      .split("\n")
      .filter((l) => /^[+-] |shop|cart/.test(l))
      .join("\n");
  assert.equal(diffOf(onlyShop[1]!.text), diffOf(onlyShop[0]!.text));
  assert.match(onlyShop[0]!.text, /shop/);
  assert.doesNotMatch(onlyShop[0]!.text, /cart.*(added|changed)/);
});

test("an undeclared edge fails with exit 2 and lists the declared promotions", async () => {
  const w = await setup();
  const r = await promoteCli(w.src.dir, w.url, "--from", "staging", "--to", "eu");
  assert.equal(r.code, 2, r.text);
  assert.match(
    r.text,
    /cannot promote staging → eu: capstan\.yaml declares no such promotion \(eu promotes from production\)\. Declared promotions: staging → production, production → eu/,
  );
  const unknown = await promoteCli(w.src.dir, w.url, "--from", "staging", "--to", "prod");
  assert.equal(unknown.code, 2);
  assert.match(
    unknown.text,
    /unknown environment "prod" \(did you mean "production"\?\); capstan\.yaml defines: staging, production, eu/,
  );
  const missing = await promoteCli(w.src.dir, w.url, "--from", "staging");
  assert.equal(missing.code, 2);
  // Nothing rendered in staging yet: a user error, not a crash.
  const empty = await promoteCli(w.src.dir, w.url, "--from", "staging", "--to", "production");
  assert.equal(empty.code, 1, empty.text);
  assert.match(empty.text, /environment "staging" has nothing rendered yet/);
});

test("file:// without a token: pushes the branch, prints the PR it would open; the chain staging → production → eu", async () => {
  const w = await setup();
  const c1 = w.src.commits[0]!;
  await renderStaging(w.src.dir, w.url);
  const r = await promoteCli(w.src.dir, w.url, "--from", "staging", "--to", "production", "--push");
  assert.equal(r.code, 0, r.text);
  assert.match(
    r.text,
    /pull request \(not opened: no token\) capstan\/promote\/staging-to-production → main:/,
  );
  assert.match(
    r.text,
    new RegExp(`title: Promote staging → production: ${c1.slice(0, 7)} \\(2 apps\\)`),
  );
  assert.match(r.text, /\*\*capstan preview\*\* of production promoted/);
  assert.ok(await revParse(w.remote, "refs/heads/capstan/promote/staging-to-production"));

  // Merged: production's state records the promoted revision; production → eu works the same way.
  await merge(w.remote, "capstan/promote/staging-to-production");
  assert.equal((await stateAt(w.remote, "main", "production"))?.apps.shop?.commit, c1);
  const c2 = await w.src.commit({ "apps/shop.yaml": appYaml("shop", "1.1.0") });
  await renderStaging(w.src.dir, w.url); // staging moves on; eu follows production, not staging
  const eu = await promoteCli(w.src.dir, w.url, "--from", "production", "--to", "eu", "--push");
  assert.equal(eu.code, 0, eu.text);
  assert.match(
    eu.text,
    new RegExp(`title: Promote production → eu: ${c1.slice(0, 7)} \\(2 apps\\)`),
  );
  const branch = "capstan/promote/production-to-eu";
  assert.deepEqual(
    comparable(await envFilesAt(w.remote, branch, "eu")),
    comparable(await renderOutAt(w.src.dir, c1, "eu")),
  );
  await merge(w.remote, branch);

  // staging → production at c2, merged, then eu follows to c2.
  assert.equal(
    (await promoteCli(w.src.dir, w.url, "--from", "staging", "--to", "production", "--push")).code,
    0,
  );
  await merge(w.remote, "capstan/promote/staging-to-production");
  const eu2 = await promoteCli(w.src.dir, w.url, "--from", "production", "--to", "eu", "--push");
  assert.equal(eu2.code, 0, eu2.text);
  assert.match(eu2.text, new RegExp(`Promote production → eu: ${c2.slice(0, 7)} \\(1 app\\)`));
  await merge(w.remote, branch);
  const st = await stateAt(w.remote, "main", "eu");
  assert.equal(st?.apps.shop?.commit, c2);
  assert.equal(st?.apps.cart?.commit, c1);
  const done = await promoteCli(w.src.dir, w.url, "--from", "production", "--to", "eu", "--push");
  assert.equal(done.code, 0);
  assert.match(done.text, /nothing to promote: eu already runs what production runs/);
});

test("a local non-bare env repo: the promotion branch is committed in place; a URL without --push is a dry run", async () => {
  const w = await setup({ apps: { shop: "1.0.0" } });
  await renderStaging(w.src.dir, w.url);
  const dry = await promoteCli(w.src.dir, w.url, "--from", "staging", "--to", "production");
  assert.equal(dry.code, 0, dry.text);
  assert.match(dry.text, /not opened: dry run: nothing pushed/);
  assert.equal(
    await revParse(w.remote, "refs/heads/capstan/promote/staging-to-production"),
    undefined,
  );

  const co = path.join(w.root, "co");
  await git(w.root, "clone", "-q", w.url, co);
  const r = await promoteCli(w.src.dir, co, "--from", "staging", "--to", "production");
  assert.equal(r.code, 0, r.text);
  assert.match(r.text, /committed capstan\/promote\/staging-to-production in place/);
  assert.match(r.text, /title: Promote staging → production/);
  assert.equal(await git(co, "rev-parse", "--abbrev-ref", "HEAD"), "main");
  assert.match(
    await git(
      co,
      "show",
      "capstan/promote/staging-to-production:envs/production/shop/deployment-web.yaml",
    ),
    /shop:1\.0\.0/,
  );
  assert.equal(await git(co, "status", "--porcelain"), "");
});

test("promoting an app new to the environment writes its detail shard with the apps already there; a schema-3 environment is written as schema 4", async () => {
  // b and e share detail shard 3 (the first hex digit of the sha256 of each name)
  const w = await setup({ apps: { b: "1.0.0", e: "2.0.0" } });
  await renderStaging(w.src.dir, w.url);
  const promote = (app: string) =>
    promoteCli(
      w.src.dir,
      w.url,
      "--from",
      "staging",
      "--to",
      "production",
      "--apps",
      app,
      "--push",
    );
  const branch = "capstan/promote/staging-to-production";
  const shard = async (ref: string) =>
    JSON.parse(
      await git(w.remote, "show", `${ref}:envs/production/.capstan/details/3.json`),
    ) as Record<string, { objects: Record<string, string> }>;
  assert.equal((await promote("e")).code, 0);
  await merge(w.remote, branch);
  assert.deepEqual(Object.keys(await shard("main")), ["e"]);

  const r = await promote("b");
  assert.equal(r.code, 0, r.text);
  const both = await shard(branch);
  assert.deepEqual(Object.keys(both), ["b", "e"]);
  assert.deepEqual(both.e, (await shard("main")).e, "e's part is kept as it was");

  // production as a schema-3 capstan left it: a detail file per app
  await asSchema3(w.url, w.root, "production");

  const again = await promote("b");
  assert.equal(again.code, 0, again.text);
  const files = await envFilesAt(w.remote, branch, "production");
  assert.deepEqual(
    [...files.keys()].filter((p) => p.startsWith(".capstan/")),
    [".capstan/details/3.json", ".capstan/state.json"],
  );
  assert.equal(JSON.parse(files.get(".capstan/state.json")!).schemaVersion, 4);
  assert.deepEqual(JSON.parse(files.get(".capstan/details/3.json")!), both);
});
