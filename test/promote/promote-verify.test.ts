/**
 * Verified promotion against the local GitHub stand-in (real Octokit; `GET /commits`
 * answered from the bare env repo's real history): statuses missing / pending / failure /
 * success, a failure after a success, minAge with an injected clock, --force, autoPromote,
 * and verify without a GitHub API.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { promote, type PromoteOptions } from "../../src/flows/promote/promote.ts";
import { promoteFanOut } from "../../src/flows/promote/fan-out.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.ts";
import { git } from "../helpers/git.ts";
import { startHttpGitServer, type HttpGitServer } from "../helpers/http-git-server.ts";
import { appYaml, configYaml, show, stateAt, type EnvSpec } from "../flow/fixtures.ts";
import { cleanup, merge, renderStaging, scratch, setup, SOURCE_REPO } from "./fixtures.ts";

const TOKEN = "ghs_verifyTestToken0123456789abcdefgh";
const BRANCH = "capstan/promote/staging-to-production";
const FLUX = "kustomization/capstan-staging/1a2b3c4d";
const ARGO = "argocd/shop-staging";
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

const gated = (extra: string[]): EnvSpec[] => [
  { name: "staging", autoDeploy: true },
  { name: "production", promotesFrom: "staging", extra },
];

async function world(production: string[], envs = gated(production)) {
  const name = `verify${++n}`;
  const w = await setup({
    envs,
    apps: { shop: "1.0.0" },
    remote: path.join(gitRoot, "acme", `${name}.git`),
  });
  const fake = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: name });
  fake.gitDir = w.remote;
  fakes.push(fake);
  const fanOut = (to?: string[]) => {
    const reporter = collect();
    return promoteFanOut(
      {
        source: w.src.dir,
        envRepo: server.urlFor(`acme/${name}.git`),
        from: "staging",
        to,
        push: true,
        token: TOKEN,
        sourceRepo: SOURCE_REPO,
        github: { apiUrl: fake.baseUrl, serverUrl: server.baseUrl },
      },
      reporter,
    );
  };
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
  const main = () => git(w.remote, "rev-parse", "main");
  const refs = () => git(w.remote, "for-each-ref", "--format=%(refname) %(objectname)");
  return { ...w, run, fanOut, fake, main, refs };
}

test("gates: missing, pending and failure leave the env repo and PRs untouched; success opens the PR with a Verification table", async () => {
  const w = await world([
    `verify: { statuses: ["kustomization/capstan-staging/*", "argocd/*-staging"] }`,
  ]);
  await renderStaging(w.src.dir, w.url);
  const rendered = await w.main();
  const refs = await w.refs();

  const none = await w.run();
  assert.equal(none.status, "unverified");
  assert.equal(none.verification?.verified, false);
  assert.deepEqual(
    none.verification?.gates.map((g) => [g.pattern, g.state]),
    [
      ["kustomization/capstan-staging/*", "missing"],
      ["argocd/*-staging", "missing"],
    ],
  );
  assert.equal(none.verification?.anchor, rendered, "the commit that last changed envs/staging");
  assert.ok(
    none.lines.some((l) => l.includes("kustomization/capstan-staging/*: missing")),
    none.lines.join("\n"),
  );
  assert.ok(none.lines.some((l) => /not promoting staging → production/.test(l)));
  assert.equal(await w.refs(), refs, "no ref changed");
  assert.equal(w.fake.writes().length, 0, "no GitHub write");

  // Flux reports success, Argo CD is still pending: not verified.
  w.fake.seedStatus(rendered, FLUX, "success");
  w.fake.seedStatus(rendered, ARGO, "pending");
  const pending = await w.run();
  assert.equal(pending.status, "unverified");
  assert.deepEqual(
    pending.verification?.gates.map((g) => [g.state, g.context, g.commit]),
    [
      ["success", FLUX, rendered],
      ["pending", ARGO, rendered],
    ],
  );
  // Argo CD fails.
  w.fake.seedStatus(rendered, ARGO, "failure");
  const failed = await w.run();
  assert.equal(failed.status, "unverified");
  assert.equal(failed.verification?.gates[1]?.state, "failure");
  assert.equal(await w.refs(), refs);
  assert.equal(w.fake.writes().length, 0);

  // Argo CD succeeds, reported on a later env-repo commit (another env's render).
  await git(w.remote, "update-ref", "refs/heads/main", await laterCommit(w.remote));
  const later = await w.main();
  w.fake.seedStatus(later, ARGO, "success");
  const ok = await w.run();
  assert.equal(ok.status, "proposed");
  assert.equal(ok.verification?.verified, true);
  assert.equal(ok.verification?.gates[1]?.commit, later);
  assert.equal(w.fake.state.pulls.length, 1);
  const body = w.fake.state.pulls[0]!.body;
  assert.match(body, /### Verification of `staging`/);
  assert.match(
    body,
    new RegExp(
      `\\| \`argocd/\\*-staging\` \\| ✅ success \\| \`${ARGO}\` \\| \`${later.slice(0, 7)}\` \\|`,
    ),
  );
  assert.match(body, /\*\*Verified\.\*\*/);
  assert.doesNotMatch(body, /Forced/);
  assert.equal(
    (await stateAt(w.remote, BRANCH, "production"))?.apps.shop?.commit,
    w.src.commits[0],
  );
});

/** A commit on main after its tip that does not touch envs/staging. */
async function laterCommit(remote: string): Promise<string> {
  const tree = await git(remote, "rev-parse", "main^{tree}");
  return git(remote, "commit-tree", tree, "-p", "main", "-m", "unrelated");
}

test("a failure after a success blocks; --force promotes and the PR says so in its first line", async () => {
  const w = await world([`verify: { statuses: ["argocd/*-staging"] }`]);
  await renderStaging(w.src.dir, w.url);
  const rendered = await w.main();
  w.fake.seedStatus(rendered, ARGO, "success", Date.now() - 60_000);
  w.fake.seedStatus(rendered, ARGO, "failure");
  const r = await w.run();
  assert.equal(r.status, "unverified");
  assert.deepEqual(r.verification?.gates[0], {
    pattern: "argocd/*-staging",
    state: "failure",
    context: ARGO,
    commit: rendered,
  });
  assert.equal(w.fake.state.pulls.length, 0);

  const forced = await w.run({ force: true });
  assert.equal(forced.status, "proposed");
  assert.equal(forced.forced, true);
  const body = w.fake.state.pulls[0]!.body;
  assert.match(
    body.split("\n")[0]!,
    /^> ⚠️ \*\*Forced\*\*: promoted with `--force` although the gates of `production` did not pass \(argocd\/\*-staging: failure\)/,
  );
  assert.match(body, /\*\*Not verified\.\*\*/);
});

test("minAge counts from the first success, with the injected clock", async () => {
  const w = await world([`verify: { statuses: ["argocd/*"], minAge: 10m }`]);
  await renderStaging(w.src.dir, w.url);
  const rendered = await w.main();
  const t0 = Date.parse("2026-01-01T12:00:00Z");
  w.fake.seedStatus(rendered, ARGO, "success", t0);
  const young = await w.run({ now: () => t0 + 9 * 60_000 });
  assert.equal(young.status, "unverified");
  assert.deepEqual(young.verification?.minAge, {
    required: "10m",
    since: "2026-01-01T12:00:00.000Z",
    ageMs: 9 * 60_000,
    ok: false,
  });
  assert.ok(
    young.lines.some((l) => /minAge 10m: staging has run this revision for 9m .* not yet/.test(l)),
  );
  const old = await w.run({ now: () => t0 + 10 * 60_000 });
  assert.equal(old.status, "proposed");
  assert.match(w.fake.state.pulls[0]!.body, /✅ minAge 10m: staging has run this revision for 10m/);
});

test("autoPromote pushes a verified promotion straight to the env branch; no PR", async () => {
  const w = await world([`verify: { statuses: ["argocd/*"] }`, "autoPromote: true"]);
  await renderStaging(w.src.dir, w.url);
  const rendered = await w.main();
  w.fake.seedStatus(rendered, ARGO, "success");
  const r = await w.run();
  assert.equal(r.status, "proposed");
  assert.equal(r.direct, true);
  assert.equal(w.fake.state.pulls.length, 0);
  assert.equal(await git(w.remote, "rev-parse", "main^"), rendered, "a fast-forward of main");
  assert.equal(
    (await stateAt(w.remote, "main", "production"))?.apps.shop?.commit,
    w.src.commits[0],
  );
  assert.equal((await git(w.remote, "branch", "--list", BRANCH)).trim(), "", "no promotion branch");
  // Nothing more to promote: nothing opens, nothing is pushed.
  const tip = await w.main();
  const again = await w.run();
  assert.equal(again.status, "nothing-to-promote");
  assert.equal(await w.main(), tip);

  // A forced promotion of an unverified revision still goes through a pull request.
  await w.src.commit({ "apps/shop.yaml": appYaml("shop", "1.1.0") });
  await renderStaging(w.src.dir, w.url);
  const forced = await w.run({ force: true });
  assert.equal(forced.direct, false);
  assert.equal(w.fake.state.pulls.length, 1);
});

test("verify with no GitHub API is a clear error naming capstan.yaml's line; --force promotes", async () => {
  const w = await world([`verify: { statuses: ["argocd/*"] }`]);
  await renderStaging(w.src.dir, w.url);
  await assert.rejects(w.run({ token: undefined, envRepo: w.url }), (e: Error) => {
    assert.match(
      e.message,
      /capstan\.yaml:\d+:\d+.*environment "production" is gated \(verify\), but .*pass --force/,
    );
    return true;
  });
  const r = await w.run({ token: undefined, envRepo: w.url, force: true });
  assert.equal(r.status, "proposed");
  assert.match(r.body ?? "", /Not checked: /);
  await merge(w.remote, BRANCH);
});

test("fan-out: --to eu,us opens one PR per target, each gated on its own; nothing to promote opens nothing", async () => {
  const w = await world(
    [],
    [
      { name: "staging", autoDeploy: true },
      { name: "eu", promotesFrom: "staging", extra: [`verify: { statuses: ["argocd/*"] }`] },
      { name: "us", promotesFrom: "staging" },
      { name: "production", promotesFrom: "us" },
    ],
  );
  await renderStaging(w.src.dir, w.url);
  const rendered = await w.main();
  const first = await w.fanOut(["eu", "us"]);
  assert.deepEqual(
    first.map((r) => [r.to, r.status]),
    [
      ["eu", "unverified"],
      ["us", "proposed"],
    ],
  );
  assert.deepEqual(
    w.fake.state.pulls.map((p) => p.head),
    ["capstan/promote/staging-to-us"],
  );
  w.fake.seedStatus(rendered, "argocd/shop-staging", "success");
  // `to` omitted: every environment that promotes from staging (not production).
  const second = await w.fanOut();
  assert.deepEqual(
    second.map((r) => [r.to, r.status, r.pr?.action]),
    [
      ["eu", "proposed", "created"],
      ["us", "proposed", "unchanged"],
    ],
  );
  assert.deepEqual(
    w.fake.state.pulls.map((p) => [p.head, p.base, p.state]),
    [
      ["capstan/promote/staging-to-us", "main", "open"],
      ["capstan/promote/staging-to-eu", "main", "open"],
    ],
  );
  assert.equal(
    (await stateAt(w.remote, "capstan/promote/staging-to-eu", "eu"))?.apps.shop?.commit,
    w.src.commits[0],
  );
  assert.equal(
    (await stateAt(w.remote, "capstan/promote/staging-to-us", "us"))?.apps.shop?.commit,
    w.src.commits[0],
  );

  // Both merged: nothing to promote; both stale PRs closed, nothing opened.
  await merge(w.remote, "capstan/promote/staging-to-eu");
  await mergeOnto(w.remote, "capstan/promote/staging-to-us");
  const third = await w.fanOut(["eu", "us"]);
  assert.deepEqual(
    third.map((r) => [r.to, r.status]),
    [
      ["eu", "nothing-to-promote"],
      ["us", "nothing-to-promote"],
    ],
  );
  assert.equal(w.fake.state.pulls.filter((p) => p.state === "open").length, 0);
  assert.equal(w.fake.state.pulls.length, 2);

  // An undeclared target is refused before anything runs.
  await assert.rejects(w.fanOut(["eu", "production"]), /cannot promote staging → production/);
});

/** A merged PR whose branch forked before main moved: its tree changes replayed on main. */
async function mergeOnto(remote: string, branch: string): Promise<void> {
  const base = await git(remote, "merge-base", "main", branch);
  const wt = await scratch();
  await git(wt, "clone", "-q", remote, "c");
  const c = path.join(wt, "c");
  await git(
    c,
    "-c",
    "user.name=t",
    "-c",
    "user.email=t@t",
    "cherry-pick",
    `${base}..origin/${branch}`,
  );
  await git(c, "push", "-q", "origin", "HEAD:main");
}

test("a later source commit that changes only the target's settings is promoted at the next promotion", async () => {
  const w = await world([]);
  await renderStaging(w.src.dir, w.url);
  const c1 = w.src.commits[0]!;
  await w.run();
  await merge(w.remote, BRANCH);
  // c2 changes only production (a guardrail giving containers default requests); staging's
  // render makes no commit. (The fixture app pins its own namespace, so production's
  // `namespace:` would not change its output.)
  const c2 = await w.src.commit({
    "capstan.yaml": configYaml(
      gated([
        "guardrails:",
        "  - { type: resource-defaults, properties: { requests: { cpu: 250m } } }",
      ]),
    ),
  });
  const before = await w.main();
  await renderStaging(w.src.dir, w.url);
  assert.equal(await w.main(), before, "staging unchanged");
  assert.equal((await stateAt(w.remote, "main", "staging"))?.apps.shop?.commit, c1);

  const r = await w.run();
  assert.equal(r.status, "proposed", r.lines.join("\n"));
  assert.deepEqual(r.commits, { shop: c2 });
  assert.ok(r.lines.some((l) => /shop: staging runs it unchanged at .*promoting it at/.test(l)));
  const deployment = await show(w.remote, BRANCH, "envs/production/shop/deployment-web.yaml");
  assert.match(deployment ?? "", /cpu: 250m/);
  assert.equal((await stateAt(w.remote, BRANCH, "production"))?.apps.shop?.commit, c2);
});

test("drift: files of the target edited by hand are listed in the promotion PR", async () => {
  const w = await world(
    [],
    [
      { name: "staging", autoDeploy: true },
      { name: "production", promotesFrom: "staging" },
    ],
  );
  await renderStaging(w.src.dir, w.url);
  await w.run();
  await merge(w.remote, BRANCH);
  // Someone edits production's Service by hand in the env repo.
  const co = path.join(await scratch(), "co");
  await git(path.dirname(co), "clone", "-q", w.remote, co);
  const svc = path.join(co, "envs/production/shop/service-web.yaml");
  await fs.appendFile(svc, "# hand edit\n");
  await git(co, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "hotfix by hand");
  await git(co, "push", "-q", "origin", "main");

  await w.src.commit({ "apps/shop.yaml": appYaml("shop", "1.1.0") });
  await renderStaging(w.src.dir, w.url);
  const r = await w.run();
  assert.equal(r.status, "proposed");
  const body = w.fake.state.pulls.find((p) => p.state === "open")!.body;
  assert.match(body, /### Drift in `production`/);
  assert.match(body, /- \*\*shop\*\*: `shop\/service-web\.yaml` edited \(kept\)/);
  assert.ok(r.lines.some((l) => /production has files edited by hand .*\(shop\)/.test(l)));
});
