/**
 * The built `dist/index.js` run as GitHub runs it for `command: promote`: INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the env repo over smart HTTP
 * as `owner/name` on `server-url`, the GitHub API served by the fake (real Octokit).
 * Runs on CAPSTAN_NODE24 (the Action's runtime) when set, else on this Node.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.ts";
import { commitAll, git } from "../helpers/git.ts";
import { startHttpGitServer, type HttpGitServer } from "../helpers/http-git-server.ts";
import { configYaml, stateAt } from "../flow/fixtures.ts";
import { cleanup, CHAIN, renderStaging, scratch, setup } from "./fixtures.ts";

const NODE = process.env.CAPSTAN_NODE24 ?? process.execPath;
const TOKEN = "ghs_promoteActionToken0123456789abcd";
let server: HttpGitServer;
let fake: FakeGitHub;
let gitRoot: string;

before(async () => {
  gitRoot = await scratch();
  server = await startHttpGitServer({ root: gitRoot, token: TOKEN });
  fake = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: "deploy" });
});
after(async () => {
  await server.close();
  await fake.close();
  await cleanup();
});

/** GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` records. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

async function runAction(
  work: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
) {
  const output = path.join(work, "output");
  const summary = path.join(work, "summary");
  await fs.writeFile(output, "");
  await fs.writeFile(summary, "");
  const e: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? work,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(NODE, ["dist/index.js"], { env: e }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    ),
  );
  return {
    ...r,
    outputs: parseOutputs(await fs.readFile(output, "utf8")),
    summary: await fs.readFile(summary, "utf8"),
  };
}

test("dist/index.js: command promote opens the PR and sets pr-number, pr-url, changed", async () => {
  const w = await setup({ remote: path.join(gitRoot, "acme", "deploy.git") });
  await fs.writeFile(path.join(w.src.dir, "capstan.yaml"), configYaml(CHAIN, "acme/deploy"));
  const lock = await runCli(["lock", "--source", w.src.dir]);
  assert.equal(lock.code, 0, lock.text);
  const sha = await commitAll(w.src.dir, "lock");
  await renderStaging(w.src.dir, w.url);
  const work = await scratch();
  const env = {
    GITHUB_WORKSPACE: w.src.dir,
    GITHUB_REPOSITORY: "acme/src",
    GITHUB_SHA: sha,
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_API_URL: fake.baseUrl,
    GITHUB_SERVER_URL: "https://github.invalid",
  };
  const inputs = {
    command: "promote",
    from: "staging",
    to: "production",
    token: TOKEN,
    "server-url": server.baseUrl,
  };
  const r = await runAction(work, inputs, env);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.split(TOKEN).length, 2, "the token appears only in the add-mask command");
  assert.equal(fake.state.pulls.length, 1);
  const pr = fake.state.pulls[0]!;
  assert.equal(pr.title, `Promote staging → production: ${sha.slice(0, 7)} (2 apps)`);
  assert.deepEqual(pr.labels, ["capstan:promotion"]);
  assert.equal(r.outputs["pr-number"], String(pr.number));
  assert.equal(r.outputs["pr-url"], `https://github.test/acme/deploy/pull/${pr.number}`);
  assert.equal(r.outputs.changed, "true");
  assert.equal(r.outputs.revision, sha);
  assert.match(r.summary, /## Promote staging → production/);
  const branch = "capstan/promote/staging-to-production";
  assert.equal((await stateAt(w.remote, branch, "production"))?.apps.shop?.commit, sha);
  assert.equal(await git(w.remote, "log", "-1", "--format=%an", branch), "github-actions[bot]");

  // Merged; run again: nothing to promote, the (stale) PR is closed, changed=false.
  await git(w.remote, "update-ref", "refs/heads/main", branch);
  const again = await runAction(work, inputs, env);
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.equal(again.outputs.changed, "false");
  assert.equal(again.outputs["pr-number"], String(pr.number));
  assert.equal(pr.state, "closed");

  // An undeclared edge fails the step with the declared ones listed.
  const bad = await runAction(work, { ...inputs, from: "production", to: "staging" }, env);
  assert.equal(bad.code, 1);
  assert.match(
    bad.stdout,
    /::error::cannot promote production → staging: .*Declared promotions: staging → production, production → eu/,
  );
});

test("dist/index.js: a gated promotion waits for its commit status (verified=false, job summary names the context), then opens the PR", async () => {
  const gh = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: "gated" });
  try {
    const envs = [
      { name: "staging", autoDeploy: true },
      {
        name: "production",
        promotesFrom: "staging",
        extra: [`verify: { statuses: ["kustomization/capstan-staging/*"] }`],
      },
    ];
    const w = await setup({ envs, remote: path.join(gitRoot, "acme", "gated.git") });
    gh.gitDir = w.remote;
    await fs.writeFile(path.join(w.src.dir, "capstan.yaml"), configYaml(envs, "acme/gated"));
    assert.equal((await runCli(["lock", "--source", w.src.dir])).code, 0);
    const sha = await commitAll(w.src.dir, "lock");
    await renderStaging(w.src.dir, w.url);
    const rendered = await git(w.remote, "rev-parse", "main");
    const work = await scratch();
    const env = {
      GITHUB_WORKSPACE: w.src.dir,
      GITHUB_REPOSITORY: "acme/src",
      GITHUB_SHA: sha,
      GITHUB_EVENT_NAME: "schedule",
      GITHUB_API_URL: gh.baseUrl,
      GITHUB_SERVER_URL: "https://github.invalid",
    };
    const inputs = {
      command: "promote",
      from: "staging",
      to: "production",
      token: TOKEN,
      "server-url": server.baseUrl,
    };
    const refs = () => git(w.remote, "for-each-ref", "--format=%(refname) %(objectname)");
    const before = await refs();
    const r = await runAction(work, inputs, env);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verified, "false");
    assert.equal(r.outputs.changed, "false");
    assert.equal(r.outputs["pr-number"], "");
    assert.match(r.stdout, /kustomization\/capstan-staging\/\*: missing/);
    assert.match(r.summary, /## staging → production: not verified, nothing promoted/);
    assert.match(r.summary, /\| `kustomization\/capstan-staging\/\*` \| ❔ missing \| — \| — \|/);
    assert.equal(await refs(), before, "the env repo is untouched");
    assert.equal(gh.writes().length, 0, "no pull request, no comment");

    // Flux reports the staging Kustomization healthy on the rendered commit.
    gh.seedStatus(rendered, "kustomization/capstan-staging/1a2b3c4d", "success");
    const ok = await runAction(work, inputs, env);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.equal(ok.outputs.verified, "true");
    assert.equal(ok.outputs.changed, "true");
    assert.equal(gh.state.pulls.length, 1);
    assert.equal(ok.outputs["pr-number"], String(gh.state.pulls[0]!.number));
    assert.match(
      gh.state.pulls[0]!.body,
      /\| `kustomization\/capstan-staging\/\*` \| ✅ success \| `kustomization\/capstan-staging\/1a2b3c4d` \|/,
    );
    assert.match(ok.summary, /### Verification of `staging`/);
  } finally {
    await gh.close();
  }
});
