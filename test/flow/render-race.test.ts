/**
 * Ten renders of ten successive source commits, started at once against one env repo:
 * every run finishes, the env repo ends at the newest commit's render, and its history
 * has no empty and no duplicate commits, with source commits only moving forward.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { after, test } from "node:test";
import { loadFromDir } from "../../src/flows/shared/load.ts";
import { renderToRepo } from "../../src/flows/render/render-repo.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { bareRemote, git, rmrf, tmpdir } from "../helpers/git.ts";
import { appYaml, configYaml, show, sourceRepo, stateAt, worktreeAt } from "./fixtures.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));

const RUNS = 10;

test(`${RUNS} concurrent renders of successive commits: no lost update, newest wins`, async () => {
  const root = await tmpdir("capstan-race-");
  dirs.push(root);
  const src = await sourceRepo(path.join(root, "src"), {
    "capstan.yaml": configYaml(),
    "apps/shop.yaml": appYaml("shop", "1.0.1"),
    "apps/cart.yaml": appYaml("cart", "1.0.1"),
  });
  // c2..c10 alternate between the two apps, so an app's recorded commit lags behind.
  for (let i = 2; i <= RUNS; i++)
    await src.commit({
      [`apps/${i % 2 ? "shop" : "cart"}.yaml`]: appYaml(i % 2 ? "shop" : "cart", `1.0.${i}`),
    });
  const remote = await bareRemote(path.join(root, "env.git"));
  const checkouts: string[] = []; // one at a time: `git worktree add` is not concurrency-safe
  for (const [i, sha] of src.commits.entries())
    checkouts.push(await worktreeAt(src.dir, sha, path.join(root, `wt${i + 1}`)));
  const sources = await Promise.all(
    checkouts.map((dir, i) =>
      loadFromDir({ source: dir, sourceRepo: "acme/src", commit: src.commits[i]! }),
    ),
  );
  let replans = 0;
  const quiet: Reporter = {
    info: (l) => void (/re-planning/.test(l) && replans++),
    notice: () => {},
    warn: () => {},
    problems: () => {},
  };

  const results = await Promise.all(
    sources.map((s, i) =>
      renderToRepo(
        s,
        {
          envRepo: `file://${remote}`,
          push: true,
          sourceDir: checkouts[i]!,
          retry: { baseMs: 100, maxMs: 2_000 },
        },
        quiet,
      ),
    ),
  );
  assert.equal(results.length, RUNS);
  assert.ok(replans > 0, "the runs really raced (some re-planned after a rejected push)");

  // Final state: the newest commit's render.
  const newest = src.commits[RUNS - 1]!;
  const state = await stateAt(remote, "main", "staging");
  assert.equal(state?.apps.cart?.commit, newest, "c10 changed cart");
  // shop last changed in c9; it records the commit of whichever run rendered that content.
  assert.ok(
    [src.commits[RUNS - 2], newest].includes(state?.apps.shop?.commit ?? ""),
    "shop was rendered from c9 or c10",
  );
  assert.match(
    (await show(remote, "main", "envs/staging/cart/deployment-web.yaml")) ?? "",
    /cart:1\.0\.10/,
  );
  assert.match(
    (await show(remote, "main", "envs/staging/shop/deployment-web.yaml")) ?? "",
    /shop:1\.0\.9/,
  );

  // History: no empty commit, no duplicate, source commits strictly increasing.
  const shas = (await git(remote, "rev-list", "--reverse", "main")).split("\n");
  const order: number[] = [];
  for (const sha of shas) {
    const changed = await git(
      remote,
      "diff-tree",
      "--root",
      "--no-commit-id",
      "--name-only",
      "-r",
      sha,
    );
    assert.notEqual(changed, "", `commit ${sha} is empty`);
    const body = await git(remote, "log", "-1", "--format=%B", sha);
    const source = /Capstan-Source-Commit: ([0-9a-f]{40})/.exec(body)?.[1];
    order.push(src.commits.indexOf(source ?? ""));
  }
  assert.ok(order.every((n) => n >= 0));
  for (let i = 1; i < order.length; i++)
    assert.ok(order[i]! > order[i - 1]!, `source commits move forward: ${order.join(",")}`);
  assert.equal(order.at(-1), RUNS - 1);
});
