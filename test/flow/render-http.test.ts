/**
 * The render flow over smart HTTP with a token (git http-backend behind node:http),
 * the CLI run as a child process so every byte it prints is captured; and the
 * approval flow (branch + pull request) against the fake GitHub API.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import { basicAuthValue } from "../../src/adapters/git-exec.ts";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.ts";
import { bareRemote, rmrf, tmpdir } from "../helpers/git.ts";
import { startHttpGitServer, type HttpGitServer } from "../helpers/http-git-server.ts";
import { runCli } from "../helpers/cli.ts";
import { appYaml, configYaml, log, refs, show, sourceRepo } from "./fixtures.ts";

const TOKEN = "ghs_capstanTestToken0123456789abcdef";
const dirs: string[] = [];
let server: HttpGitServer;
let gitRoot: string;
let fake: FakeGitHub;

before(async () => {
  gitRoot = await tmpdir("capstan-http-root-");
  dirs.push(gitRoot);
  server = await startHttpGitServer({ root: gitRoot, token: TOKEN });
  fake = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: "deploy" });
});
after(async () => {
  await server.close();
  await fake.close();
  await rmrf(...dirs);
});

async function scratch(): Promise<string> {
  const d = await tmpdir("capstan-flow-");
  dirs.push(d);
  return d;
}

/** Every form in which the token could leak. */
function leaks(text: string): string[] {
  const forms = [TOKEN, basicAuthValue(TOKEN), Buffer.from(TOKEN).toString("base64")];
  return forms.filter((f) => text.includes(f));
}

function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/dev.ts", ...args],
      { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("render over smart HTTP with a token", () => {
  test("pushes with the Authorization header and never prints or stores the token", async () => {
    const remote = await bareRemote(path.join(gitRoot, "acme/pushed.git"));
    const root = await scratch();
    const src = await sourceRepo(path.join(root, "src"), {
      "capstan.yaml": configYaml(),
      "apps/shop.yaml": appYaml("shop", "1.0.0"),
    });
    const workdir = path.join(root, "clone");
    const url = server.urlFor("acme/pushed.git");
    const r = await cli(
      [
        "render",
        "--source",
        src.dir,
        "--env-repo",
        url,
        "--push",
        "--token-env",
        "CAPSTAN_TEST_TOKEN",
        "--workdir",
        workdir,
        "--source-repo",
        "acme/src",
      ],
      { CAPSTAN_TEST_TOKEN: TOKEN },
    );
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(leaks(r.stdout + r.stderr), []);
    assert.match((await log(remote))[0]!, /^render staging: shop from acme\/src@/);
    const pushes = server.requests.filter((q) => q.url.includes("git-receive-pack"));
    assert.ok(pushes.length > 0, "a push happened");
    for (const q of pushes.filter((x) => x.method === "POST"))
      assert.equal(q.authorization, `Basic ${basicAuthValue(TOKEN)}`);
    const config = await fs.readFile(path.join(workdir, ".git/config"), "utf8");
    assert.deepEqual(leaks(config), []);
    assert.doesNotMatch(config, /extraheader|Authorization/i);
    // Nothing anywhere in the clone's git dir carries it either.
    const files = await fs.readdir(path.join(workdir, ".git"));
    for (const f of files.filter((x) => !["objects", "refs", "logs", "hooks"].includes(x))) {
      const st = await fs.stat(path.join(workdir, ".git", f));
      if (st.isFile())
        assert.deepEqual(leaks(await fs.readFile(path.join(workdir, ".git", f), "utf8")), [], f);
    }
  });

  test("a wrong token exits 3 and prints no token", async () => {
    await bareRemote(path.join(gitRoot, "acme/denied.git"));
    const root = await scratch();
    const src = await sourceRepo(path.join(root, "src"), {
      "capstan.yaml": configYaml(),
      "apps/shop.yaml": appYaml("shop", "1.0.0"),
    });
    const wrong = "ghs_wrongTokenValue9876543210fedcba";
    const r = await cli(
      [
        "render",
        "--source",
        src.dir,
        "--env-repo",
        server.urlFor("acme/denied.git"),
        "--push",
        "--token-env",
        "WRONG_TOKEN",
      ],
      { WRONG_TOKEN: wrong },
    );
    assert.equal(r.code, 3, r.stdout + r.stderr);
    assert.match(r.stderr, /error: git: could not/);
    const all = r.stdout + r.stderr;
    for (const f of [wrong, basicAuthValue(wrong), TOKEN]) assert.equal(all.includes(f), false);
  });
});

describe("approval: pull-request environments", () => {
  test("render goes to capstan/render/<env> with exactly one PR after two runs", async () => {
    const remote = await bareRemote(path.join(gitRoot, "acme/deploy.git"));
    const root = await scratch();
    const src = await sourceRepo(path.join(root, "src"), {
      "capstan.yaml": configYaml([
        { name: "staging", autoDeploy: true },
        { name: "prod-eu", autoDeploy: true, approval: "pull-request" },
      ]),
      "apps/shop.yaml": appYaml("shop", "1.0.0"),
    });
    const saved = { ...process.env };
    Object.assign(process.env, {
      CAPSTAN_TOKEN: TOKEN,
      GITHUB_API_URL: fake.baseUrl,
      GITHUB_SERVER_URL: server.baseUrl,
    });
    try {
      const url = server.urlFor("acme/deploy.git");
      const args = [
        "render",
        "--source",
        src.dir,
        "--env-repo",
        url,
        "--push",
        "--source-repo",
        "acme/src",
      ];
      const r1 = await runCli(args);
      assert.equal(r1.code, 0, r1.text);
      const refs1 = await refs(remote);
      assert.ok(refs1["refs/heads/capstan/render/prod-eu"], JSON.stringify(refs1));
      // main has staging only; the approval branch adds prod-eu on top of it.
      assert.equal(await show(remote, "main", "envs/prod-eu/kustomization.yaml"), undefined);
      assert.ok(
        await show(remote, "capstan/render/prod-eu", "envs/prod-eu/shop/deployment-web.yaml"),
      );
      assert.deepEqual(await log(remote, "capstan/render/prod-eu"), [
        `render prod-eu: shop from acme/src@${src.commits[0]!.slice(0, 7)}`,
        `render staging: shop from acme/src@${src.commits[0]!.slice(0, 7)}`,
      ]);
      assert.equal(fake.state.pulls.length, 1);
      assert.equal(fake.state.pulls[0]!.head, "capstan/render/prod-eu");
      assert.equal(fake.state.pulls[0]!.base, "main");
      assert.match(r1.text, /pull request #1 created/);

      // Same source again: nothing new to push, the PR stays as it is.
      const r2 = await runCli(args);
      assert.equal(r2.code, 0, r2.text);
      assert.deepEqual(await refs(remote), refs1);
      assert.equal(fake.state.pulls.length, 1);

      // A new source commit: the branch is rewritten (lease), the same PR updated.
      await src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
      const r3 = await runCli(args);
      assert.equal(r3.code, 0, r3.text);
      assert.equal(fake.state.pulls.length, 1);
      assert.match(fake.state.pulls[0]!.title, new RegExp(src.commits[1]!.slice(0, 7)));
      assert.match(
        (await show(remote, "capstan/render/prod-eu", "envs/prod-eu/shop/deployment-web.yaml")) ??
          "",
        /2\.0\.0/,
      );
      assert.equal(
        (await log(remote, "capstan/render/prod-eu")).filter((s) => s.startsWith("render prod-eu"))
          .length,
        1,
        "one render commit on top of main, not a pile",
      );
    } finally {
      process.env = saved;
    }
  });

  test("without a token the PR is printed and the branch still pushed", async () => {
    const root = await scratch();
    const remote = await bareRemote(path.join(root, "env.git"));
    const src = await sourceRepo(path.join(root, "src"), {
      "capstan.yaml": configYaml([
        { name: "staging", autoDeploy: true },
        { name: "prod-eu", autoDeploy: true, approval: "pull-request" },
      ]),
      "apps/shop.yaml": appYaml("shop", "1.0.0"),
    });
    const r = await runCli([
      "render",
      "--source",
      src.dir,
      "--env-repo",
      `file://${remote}`,
      "--push",
    ]);
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /pull request \(not opened: no token\) capstan\/render\/prod-eu → main/);
    assert.match(r.text, /title: render prod-eu: shop from/);
    assert.ok((await refs(remote))["refs/heads/capstan/render/prod-eu"]);
  });
});
