/**
 * `capstan render --env-repo` against bare repositories over file:// (real git):
 * the committed tree, idempotency, the older-commit rule, atomicity on errors,
 * in-place and dry-run modes, corrupt state, the mass-deletion guard, removed
 * environments, several source repos, branch-per-environment.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { pathCounts, referenceMode } from "../../src/reference-mode.ts";
import { bareRemote, git, initRepo, rmrf, tmpdir, commitAll } from "../helpers/git.ts";
import {
  appYaml,
  configYaml,
  log,
  refs,
  show,
  sourceRepo,
  stateAt,
  type EnvSpec,
} from "./fixtures.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));
async function scratch(): Promise<string> {
  const d = await tmpdir("capstan-flow-");
  dirs.push(d);
  return d;
}

async function setup(envs?: EnvSpec[], apps: Record<string, string> = { shop: "1.0.0" }) {
  const root = await scratch();
  const files: Record<string, string> = { "capstan.yaml": configYaml(envs) };
  for (const [name, tag] of Object.entries(apps)) files[`apps/${name}.yaml`] = appYaml(name, tag);
  const src = await sourceRepo(path.join(root, "src"), files);
  const remote = await bareRemote(path.join(root, "env.git"));
  return { root, src, remote, url: `file://${remote}` };
}

function render(source: string, envRepo: string, ...extra: string[]) {
  return runCli([
    "render",
    "--source",
    source,
    "--env-repo",
    envRepo,
    "--source-repo",
    "acme/src",
    ...extra,
  ]);
}

describe("render --env-repo over file://", () => {
  test("commits the right tree once; kustomize builds it; a second run commits nothing", async () => {
    const { src, remote, url, root } = await setup();
    const r = await render(src.dir, url, "--push");
    assert.equal(r.code, 0, r.text);
    assert.deepEqual(await log(remote), [
      `render staging: shop from acme/src@${src.commits[0]!.slice(0, 7)}`,
    ]);
    const body = await git(remote, "log", "-1", "--format=%B", "main");
    assert.match(body, /\nCapstan-Source-Repo: acme\/src\nCapstan-Source-Commit: [0-9a-f]{40}$/);
    assert.match(body, new RegExp(`Capstan-Source-Commit: ${src.commits[0]}`));
    const files = (await git(remote, "ls-tree", "-r", "--name-only", "main")).split("\n");
    assert.deepEqual(files, [
      "envs/staging/.capstan/details/8.json",
      "envs/staging/.capstan/state.json",
      "envs/staging/README.md",
      "envs/staging/hydrator.metadata",
      "envs/staging/kustomization.yaml",
      "envs/staging/shop/deployment-web.yaml",
      "envs/staging/shop/kustomization.yaml",
      "envs/staging/shop/service-web.yaml",
    ]);
    const state = await stateAt(remote, "main", "staging");
    assert.equal(state?.apps.shop?.commit, src.commits[0]);
    assert.equal(state?.apps.shop?.sourceRepo, "acme/src");

    const co = path.join(root, "co");
    await git(root, "clone", "-q", url, co);
    const built = execFileSync("kubectl", ["kustomize", path.join(co, "envs/staging")], {
      encoding: "utf8",
    });
    assert.match(built, /kind: Deployment/);
    assert.match(built, /image: ghcr.io\/acme\/shop:1.0.0/);

    const before = await refs(remote);
    const parsedBefore = pathCounts().parse.fast;
    const again = await render(src.dir, url, "--push");
    assert.equal(again.code, 0, again.text);
    assert.deepEqual(await refs(remote), before, "idempotent: no new commit");
    assert.match(again.text, /staging: unchanged/);
    // the state fetched from the env repo vouched for the unchanged Application file
    if (!referenceMode()) assert.equal(pathCounts().parse.fast, parsedBefore + 1);
  });

  test("an older source commit after a newer one does not overwrite it", async () => {
    const { src, remote, url, root } = await setup();
    await src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
    const old = path.join(root, "old");
    await git(src.dir, "worktree", "add", "-q", "--detach", old, src.commits[0]!);

    assert.equal((await render(src.dir, url, "--push")).code, 0);
    const newer = await refs(remote);
    const r = await render(old, url, "--push");
    assert.equal(r.code, 0, r.text);
    assert.deepEqual(await refs(remote), newer);
    assert.match(r.text, /skipped-older/);
    assert.match(r.text, /newer commit than this run's/);
    assert.match(
      (await show(remote, "main", "envs/staging/shop/deployment-web.yaml")) ?? "",
      /2\.0\.0/,
    );
  });

  test("diverged history is refused with exit 1", async () => {
    const { src, remote, url } = await setup();
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    const before = await refs(remote);
    // Rewrite the source history: c1 is gone, a new root takes its place.
    await git(src.dir, "checkout", "-q", "--orphan", "rewritten");
    await fs.writeFile(path.join(src.dir, "apps/shop.yaml"), appYaml("shop", "9.9.9"));
    await commitAll(src.dir, "rewritten");
    await git(src.dir, "branch", "-D", "main");
    await git(src.dir, "reflog", "expire", "--expire=now", "--all");
    await git(src.dir, "gc", "-q", "--prune=now");
    const r = await render(src.dir, url, "--push");
    assert.equal(r.code, 1, r.text);
    assert.match(r.text, /neither an ancestor nor a descendant/);
    assert.deepEqual(await refs(remote), before);
  });

  test("a source error exits 1 and leaves every ref of the remote unchanged", async () => {
    const { src, remote, url } = await setup([
      { name: "staging", autoDeploy: true },
      { name: "qa", autoDeploy: true, branch: "env/qa" },
    ]);
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    const before = await refs(remote);
    assert.ok(before["refs/heads/env/qa"] && before["refs/heads/main"]);
    await src.commit({
      "apps/shop.yaml": appYaml("shop", "2.0.0"),
      "apps/broken.yaml": appYaml("broken", "1").replace("webservice", "no-such-type"),
    });
    const r = await render(src.dir, url, "--push");
    assert.equal(r.code, 1, r.text);
    assert.match(r.text, /apps\/broken\.yaml:\d+:\d+/);
    assert.deepEqual(await refs(remote), before);
  });

  test("naming a promotion-only environment is a usage error (exit 2)", async () => {
    const { src, url } = await setup();
    const r = await render(src.dir, url, "--push", "--env", "production");
    assert.equal(r.code, 2, r.text);
    assert.match(r.text, /only reachable through `capstan promote --from staging --to production`/);
  });

  test("a local worktree without --push is committed in place; a URL without --push is a dry run", async () => {
    const { src, remote, url, root } = await setup();
    const r = await render(src.dir, url);
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /dry run: would commit to main/);
    assert.match(r.text, /\+ envs\/staging\/shop\/deployment-web\.yaml/);
    assert.deepEqual(await refs(remote), {});

    const local = await initRepo(path.join(root, "local"), { "README.md": "env repo\n" });
    const l = await render(src.dir, local);
    assert.equal(l.code, 0, l.text);
    assert.match(l.text, /committed in place/);
    assert.match(
      await git(local, "log", "-1", "--format=%s"),
      /^render staging: shop from acme\/src@/,
    );
    assert.equal(await git(local, "status", "--porcelain"), "");
    await fs.writeFile(path.join(local, "README.md"), "dirty\n");
    const d = await render(src.dir, local);
    assert.equal(d.code, 1);
    assert.match(d.text, /uncommitted changes/);
  });

  test("a corrupt state.json is a clear error and is not overwritten", async () => {
    const { src, remote, url, root } = await setup();
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    const co = path.join(root, "co");
    await git(root, "clone", "-q", url, co);
    await fs.writeFile(path.join(co, "envs/staging/.capstan/state.json"), "{ not json");
    await git(co, "commit", "-qam", "hand edit");
    await git(co, "push", "-q", "origin", "main");
    const before = await refs(remote);
    await src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
    const r = await render(src.dir, url, "--push");
    assert.equal(r.code, 1, r.text);
    assert.match(r.text, /envs\/staging\/\.capstan\/state\.json: .*is not valid JSON/);
    assert.match(r.text, /will not overwrite/);
    assert.deepEqual(await refs(remote), before);
  });

  test("the mass-deletion guard stops a run deleting most objects, unless allowed", async () => {
    const { src, remote, url } = await setup(undefined, { a: "1", b: "1", c: "1" });
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    const before = await refs(remote);
    await src.remove("apps/a.yaml");
    await src.remove("apps/b.yaml");
    const r = await render(src.dir, url, "--push");
    assert.equal(r.code, 1, r.text);
    assert.match(r.text, /would delete 4 of the 6 objects in environment "staging"/);
    assert.deepEqual(await refs(remote), before);
    const ok = await render(src.dir, url, "--push", "--allow-mass-deletion");
    assert.equal(ok.code, 0, ok.text);
    assert.match((await log(remote))[0]!, /^render staging: -a, -b from/);
  });

  test("an environment removed from capstan.yaml is reported, and pruned only with the flag", async () => {
    const { src, remote, url } = await setup([
      { name: "staging", autoDeploy: true },
      { name: "qa", autoDeploy: true },
    ]);
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    await src.commit({ "capstan.yaml": configYaml([{ name: "staging", autoDeploy: true }]) });
    const r = await render(src.dir, url, "--push");
    assert.equal(r.code, 0, r.text);
    assert.match(
      r.text,
      /environment "qa" on main is no longer in capstan\.yaml but still holds shop/,
    );
    assert.ok(await show(remote, "main", "envs/qa/shop/deployment-web.yaml"));

    const p = await render(src.dir, url, "--push", "--prune-removed-envs");
    assert.equal(p.code, 0, p.text);
    const files = await git(remote, "ls-tree", "-r", "--name-only", "main");
    assert.doesNotMatch(files, /envs\/qa\//);
    assert.match(files, /envs\/staging\/shop\/deployment-web\.yaml/);
    assert.match((await log(remote))[0]!, /^render qa: -shop from acme\/src@/);
  });

  test("several source repos feed one env repo; an app-name collision is an error", async () => {
    const { src, remote, url, root } = await setup();
    const other = await sourceRepo(path.join(root, "other"), {
      "capstan.yaml": configYaml(),
      "apps/cart.yaml": appYaml("cart", "1.0.0"),
    });
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    const o = await runCli([
      "render",
      "--source",
      other.dir,
      "--env-repo",
      url,
      "--source-repo",
      "acme/other",
      "--push",
    ]);
    assert.equal(o.code, 0, o.text);
    const state = await stateAt(remote, "main", "staging");
    assert.equal(state?.apps.shop?.sourceRepo, "acme/src");
    assert.equal(state?.apps.cart?.sourceRepo, "acme/other");
    assert.match(
      (await show(remote, "main", "envs/staging/kustomization.yaml")) ?? "",
      /- cart\n {2}- shop/,
    );

    // The first repo re-renders without pruning the other repo's app.
    await src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    assert.ok((await stateAt(remote, "main", "staging"))?.apps.cart);

    await other.commit({ "apps/shop.yaml": appYaml("shop", "7.0.0") });
    const before = await refs(remote);
    const c = await runCli([
      "render",
      "--source",
      other.dir,
      "--env-repo",
      url,
      "--source-repo",
      "acme/other",
      "--push",
    ]);
    assert.equal(c.code, 1, c.text);
    assert.match(c.text, /app "shop" in environment "staging" is already rendered from acme\/src/);
    assert.deepEqual(await refs(remote), before);
  });

  test("branch-per-environment: same paths on different branches, one atomic push", async () => {
    const { src, remote, url } = await setup([
      { name: "staging", autoDeploy: true, branch: "env/staging" },
      { name: "qa", autoDeploy: true, branch: "env/qa" },
    ]);
    const r = await render(src.dir, url, "--push");
    assert.equal(r.code, 0, r.text);
    const after1 = await refs(remote);
    // and the record, which names what the next run reads at each branch (read-set.ts)
    assert.deepEqual(Object.keys(after1).sort(), [
      "refs/capstan/rendered",
      "refs/heads/env/qa",
      "refs/heads/env/staging",
    ]);
    assert.ok(await show(remote, "env/staging", "envs/staging/shop/deployment-web.yaml"));
    assert.equal(await show(remote, "env/staging", "envs/qa/kustomization.yaml"), undefined);
    assert.ok(await show(remote, "env/qa", "envs/qa/shop/deployment-web.yaml"));
    assert.deepEqual(await log(remote, "env/qa"), [
      `render qa: shop from acme/src@${src.commits[0]!.slice(0, 7)}`,
    ]);
    await src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
    assert.equal((await render(src.dir, url, "--push")).code, 0);
    assert.equal((await log(remote, "env/qa")).length, 2);
    assert.equal((await log(remote, "env/staging")).length, 2);
  });
});
