/**
 * `promote` against an env repo over smart HTTP with the GitHub API served by the fake
 * (real Octokit): the pull request, its branch's exact content, updates without
 * duplicates, partial promotion, nothing-to-promote, rollback and the never-backwards rule.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { promote, promoteLines, type PromoteOptions } from "../../src/flows/promote/promote.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.ts";
import { git } from "../helpers/git.ts";
import { startHttpGitServer, type HttpGitServer } from "../helpers/http-git-server.ts";
import { appYaml, stateAt } from "../flow/fixtures.ts";
import {
  cleanup,
  comparable,
  envFilesAt,
  merge,
  renderOutAt,
  renderStaging,
  scratch,
  setup,
  SOURCE_REPO,
} from "./fixtures.ts";

const TOKEN = "ghs_promoteTestToken0123456789abcdef";
const BRANCH = "capstan/promote/staging-to-production";
let server: HttpGitServer;
let gitRoot: string;
let n = 0;
const fakes: FakeGitHub[] = [];

before(async () => {
  gitRoot = await scratch();
  server = await startHttpGitServer({ root: gitRoot, token: TOKEN });
});
after(async () => {
  await server.close();
  await Promise.all(fakes.map((f) => f.close()));
  await cleanup();
});

function collect(): Reporter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (l) => lines.push(l),
    notice: (l) => lines.push(`notice: ${l}`),
    warn: (l) => lines.push(`warning: ${l}`),
    problems: () => undefined,
  };
}

/** A fresh env repo `acme/deploy<n>` served over HTTP; the fake GitHub answers for it. */
async function world(apps?: Record<string, string>) {
  const name = `deploy${++n}`;
  const w = await setup({ apps, remote: path.join(gitRoot, "acme", `${name}.git`) });
  const fake = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: name });
  fakes.push(fake);
  const run = (extra: Partial<PromoteOptions> = {}) => {
    const reporter = collect();
    return promote(
      {
        source: w.src.dir,
        envRepo: server.urlFor(`acme/${name}.git`),
        from: "staging",
        to: "production",
        push: true,
        token: TOKEN,
        sourceRepo: SOURCE_REPO,
        github: { apiUrl: fake.baseUrl, serverUrl: server.baseUrl },
        ...extra,
      },
      reporter,
    ).then((r) => ({ ...r, lines: reporter.lines }));
  };
  return { ...w, run, fake };
}

test("staging → production: one PR whose branch is exactly production re-rendered at staging's revision; re-running updates it", async () => {
  const w = await world();
  await renderStaging(w.src.dir, w.url);
  const r = await w.run();
  assert.equal(r.status, "proposed");
  assert.equal(r.pr?.action, "created");
  assert.equal(w.fake.state.pulls.length, 1);
  const pr = w.fake.state.pulls[0]!;
  const c1 = w.src.commits[0]!;
  assert.equal(pr.title, `Promote staging → production: ${c1.slice(0, 7)} (2 apps)`);
  assert.equal(pr.head, BRANCH);
  assert.equal(pr.base, "main");
  assert.deepEqual(pr.labels, ["capstan:promotion"]);
  assert.match(pr.body, /\*\*Promotion\*\* of `staging` → `production`/);
  assert.match(pr.body, /\*\*capstan preview\*\* of production promoted/);
  assert.match(pr.body, /\| `shop` \| \+3 \|/); // its two objects and its kustomization.yaml
  assert.match(pr.body, /\| `\(environment\)` \| \+1 \|/); // the environment kustomization.yaml
  assert.match(pr.body, /objects in 2 apps in 1 environment/); // (environment) is no app
  assert.ok(pr.body.length <= 65_536);
  const printed = [...r.lines, ...promoteLines(r)].filter((l) => l.includes(`/pull/${pr.number}`));
  assert.equal(printed.length, 1, `the pull request is reported once: ${printed.join(" | ")}`);

  // The branch: production exactly as `render --out` renders it at c1; staging untouched.
  const branch = comparable(await envFilesAt(w.remote, BRANCH, "production"));
  const direct = comparable(await renderOutAt(w.src.dir, c1, "production"));
  assert.deepEqual(branch, direct);
  assert.equal(
    await git(w.remote, "rev-parse", `${BRANCH}^`),
    await git(w.remote, "rev-parse", "main"),
  );
  assert.equal((await stateAt(w.remote, BRANCH, "production"))?.apps.shop?.commit, c1);

  // A new staging render (shop changes); the second promotion updates the same PR.
  const c2 = await w.src.commit({ "apps/shop.yaml": appYaml("shop", "1.1.0") });
  await renderStaging(w.src.dir, w.url);
  const again = await w.run();
  assert.equal(again.pr?.action, "updated");
  assert.equal(again.pr?.number, pr.number);
  assert.equal(w.fake.state.pulls.length, 1, "no duplicate pull request");
  assert.equal(pr.title, `Promote staging → production: ${c2.slice(0, 7)} (2 apps)`);
  assert.deepEqual(again.commits, { cart: c1, shop: c2 });
  const st = await stateAt(w.remote, BRANCH, "production");
  assert.equal(st?.apps.shop?.commit, c2);
  assert.equal(st?.apps.cart?.commit, c1, "each app at its own commit");
  assert.deepEqual(
    comparable(await envFilesAt(w.remote, BRANCH, "production")),
    comparable(await renderOutAt(w.src.dir, c2, "production")),
  );

  // The same promotion again: the branch is not rewritten.
  const tip = await git(w.remote, "rev-parse", BRANCH);
  const same = await w.run();
  assert.equal(same.pr?.action, "unchanged");
  assert.equal(await git(w.remote, "rev-parse", BRANCH), tip);

  // Merged: the source commits list of the next promotion starts at what production runs.
  await merge(w.remote, BRANCH);
  const c3 = await w.src.commit({ "apps/shop.yaml": appYaml("shop", "1.2.0") }, "shop 1.2.0");
  await renderStaging(w.src.dir, w.url);
  const third = await w.run();
  assert.equal(third.current, c2);
  assert.equal(third.revision, c3);
  assert.equal(w.fake.state.pulls.length, 1);
  assert.match(w.fake.state.pulls[0]!.body, /1 source commit brought by this promotion/);
  assert.match(w.fake.state.pulls[0]!.body, new RegExp(`${c3.slice(0, 7)}.*shop 1\\.2\\.0`));
  assert.equal(
    w.fake.state.pulls[0]!.title,
    `Promote staging → production: ${c3.slice(0, 7)} (1 app)`,
  );
});

test("partial promotion: only the named apps change; state.json keeps the others' revisions", async () => {
  const w = await world();
  await renderStaging(w.src.dir, w.url);
  await w.run();
  await merge(w.remote, BRANCH);
  const c1 = w.src.commits[0]!;
  const c2 = await w.src.commit({
    "apps/shop.yaml": appYaml("shop", "1.1.0"),
    "apps/cart.yaml": appYaml("cart", "2.1.0"),
  });
  await renderStaging(w.src.dir, w.url);
  const before = await envFilesAt(w.remote, "main", "production");
  const r = await w.run({ apps: ["shop"] });
  assert.equal(r.status, "proposed");
  assert.deepEqual(r.commits, { shop: c2 });
  assert.match(w.fake.state.pulls.at(-1)!.title, /\(1 app\)$/);
  const after = await envFilesAt(w.remote, BRANCH, "production");
  const changed = [...after.keys()].filter((p) => after.get(p) !== before.get(p));
  assert.deepEqual(changed.sort(), [
    ".capstan/details/8.json",
    ".capstan/state.json",
    "README.md",
    "hydrator.metadata",
    "shop/deployment-web.yaml",
  ]);
  assert.equal(
    JSON.parse(after.get("hydrator.metadata")!).drySha,
    c2,
    "the newest render's commit",
  );
  assert.match(after.get("shop/deployment-web.yaml")!, /shop:1\.1\.0/);
  assert.match(after.get("cart/deployment-web.yaml")!, /cart:2\.0\.0/);
  const st = await stateAt(w.remote, BRANCH, "production");
  assert.equal(st?.apps.shop?.commit, c2);
  assert.equal(st?.apps.cart?.commit, c1);

  // An app staging does not run is refused.
  await assert.rejects(w.run({ apps: ["nope"] }), /app "nope" is not deployed in staging/);
});

test("nothing to promote closes the stale promotion PR with a comment", async () => {
  const w = await world();
  await renderStaging(w.src.dir, w.url);
  const r = await w.run();
  const number = r.pr!.number!;
  await merge(w.remote, BRANCH); // merged outside, the PR still shows open here
  const again = await w.run();
  assert.equal(again.status, "nothing-to-promote");
  assert.equal(again.pr?.action, "closed");
  const pr = w.fake.state.pulls.find((p) => p.number === number)!;
  assert.equal(pr.state, "closed");
  const comment = w.fake.state.comments.find((c) => c.issue === number);
  assert.match(
    comment?.body ?? "",
    /nothing to promote: production already runs what staging runs/,
  );
  assert.ok(again.lines.some((l) => /nothing to promote/.test(l)));
  // With no PR open: none is opened, and it says so.
  const third = await w.run();
  assert.equal(third.status, "nothing-to-promote");
  assert.equal(third.pr?.action, "none");
  assert.equal(w.fake.state.pulls.filter((p) => p.state === "open").length, 0);
});

test("rollback: --revision of an older commit says so; without it an app never moves backwards", async () => {
  const w = await world({ shop: "1.0.0" });
  const c1 = w.src.commits[0]!;
  await renderStaging(w.src.dir, w.url);
  const c2 = await w.src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
  await renderStaging(w.src.dir, w.url);
  await w.run();
  await merge(w.remote, BRANCH);

  const rb = await w.run({ revision: c1 });
  assert.equal(rb.rollback, true);
  const pr = w.fake.state.pulls.find((p) => p.state === "open")!;
  assert.equal(pr.title, `Rollback staging → production: ${c1.slice(0, 7)} (1 app)`);
  assert.match(pr.body, /\*\*Rollback\*\* of `production`/);
  assert.match(pr.body, /1 source commit taken back by this rollback/);
  assert.match(pr.body, new RegExp(c2.slice(0, 7)));
  assert.deepEqual(
    comparable(await envFilesAt(w.remote, BRANCH, "production")),
    comparable(await renderOutAt(w.src.dir, c1, "production")),
  );
  assert.equal((await stateAt(w.remote, BRANCH, "production"))?.apps.shop?.commit, c1);

  // Production ahead of staging (an explicit newer revision merged): a plain promotion
  // does not move it back; it says so and proposes nothing.
  const c3 = await w.src.commit({ "apps/shop.yaml": appYaml("shop", "3.0.0") });
  const fwd = await w.run({ revision: c3 });
  assert.equal(fwd.rollback, false);
  await merge(w.remote, BRANCH);
  const back = await w.run();
  assert.equal(back.status, "nothing-to-promote");
  assert.ok(
    back.lines.some((l) =>
      l.includes(`production already runs shop at ${c3.slice(0, 7)}, newer than ${c2.slice(0, 7)}`),
    ),
    back.lines.join("\n"),
  );
});
