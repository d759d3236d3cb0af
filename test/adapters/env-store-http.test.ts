import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, test } from "node:test";
import { ExternalError } from "../../src/core/common/errors.ts";
import { redact } from "../../src/adapters/git-exec.ts";
import { openEnvStore } from "../../src/adapters/git/open-store.ts";
import type { EnvStore } from "../../src/adapters/git/store.ts";
import { revParse, rmrf, seededRemote, tmpdir, TEST_DATE } from "../helpers/git.ts";
import { startHttpGitServer } from "../helpers/http-git-server.ts";

const TOKEN = "ghs_TestToken0123456789abcdefSECRET";
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString("base64");
const DATES = { GIT_AUTHOR_DATE: TEST_DATE, GIT_COMMITTER_DATE: TEST_DATE };
const dirs: string[] = [];
after(() => rmrf(...dirs));

/** Captures everything written to this process's stdout/stderr while `fn` runs. */
async function captureOutput<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
  const chunks: string[] = [];
  const orig = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  const tap =
    (write: typeof process.stdout.write) =>
    (chunk: Uint8Array | string, ...rest: unknown[]): boolean => {
      chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return (write as (c: Uint8Array | string, ...r: unknown[]) => boolean)(chunk, ...rest);
    };
  process.stdout.write = tap(orig.out) as typeof process.stdout.write;
  process.stderr.write = tap(orig.err) as typeof process.stderr.write;
  try {
    return { result: await fn(), output: chunks.join("") };
  } finally {
    process.stdout.write = orig.out;
    process.stderr.write = orig.err;
  }
}

function assertNoSecret(text: string, where: string): void {
  assert.ok(!text.includes(TOKEN), `token leaked in ${where}`);
  assert.ok(!text.includes(BASIC), `basic credentials leaked in ${where}`);
}

async function setup(): Promise<{ root: string; remote: string; work: string }> {
  const root = await tmpdir("capstan-http-");
  const work = await tmpdir("capstan-work-");
  dirs.push(root, work);
  const remote = await seededRemote({ "envs/a/x.yaml": "x: 1\n" }, path.join(root, "deploy.git"));
  return { root, remote, work };
}

/** Tips of main, fetched. */
async function fetchMain(s: EnvStore): Promise<string> {
  const tips = await s.tips(["main"]);
  await s.fetch(tips.values());
  return tips.get("refs/heads/main")!;
}

test("fetch, commit and push over smart HTTP with a token that is never stored or printed", async () => {
  const { root, remote, work } = await setup();
  const server = await startHttpGitServer({ root, token: TOKEN });
  try {
    const { result: repo, output } = await captureOutput(async () => {
      const r = await openEnvStore({
        url: server.urlFor("deploy.git"),
        token: TOKEN,
        workdir: path.join(work, "clone"),
        committer: { name: "bot", email: "bot@example.test" },
        env: DATES,
      });
      const tip = await fetchMain(r);
      assert.deepEqual(await r.reads.read([`${tip}:envs/a/x.yaml`]), ["x: 1\n"]);
      const [sha] = await r.build([
        {
          ref: "refs/capstan/build/t",
          parent: tip,
          message: "render a\n",
          changes: new Map([["envs/a/y.yaml", "y: 2\n"]]),
        },
      ]);
      assert.deepEqual(await r.push([{ local: sha!, remote: "main", expect: tip }]), { ok: true });
      assert.equal(await revParse(remote, "main"), sha);
      return r;
    });
    assertNoSecret(output, "stdout/stderr");

    assert.ok(server.requests.length >= 3);
    assert.ok(server.requests.some((r) => r.url.includes("service=git-upload-pack")));
    assert.ok(
      server.requests.some((r) => r.method === "POST" && r.url.endsWith("/git-receive-pack")),
    );
    for (const r of server.requests)
      assert.equal(r.authorization, `Basic ${BASIC}`, `${r.method} ${r.url}`);

    const config = await fs.readFile(path.join(repo.dir, ".git", "config"), "utf8");
    assertNoSecret(config, ".git/config");
    assert.ok(config.includes(server.urlFor("deploy.git")));
    assertNoSecret(repo.url, "the stored remote URL");
  } finally {
    await server.close();
  }
});

test("credentials embedded in the URL are moved out of it", async () => {
  const { root, work } = await setup();
  const server = await startHttpGitServer({ root, token: TOKEN });
  try {
    const url = server.urlFor("deploy.git").replace("://", `://x-access-token:${TOKEN}@`);
    const repo = await openEnvStore({ url, workdir: path.join(work, "clone") });
    const tip = await fetchMain(repo);
    assert.deepEqual(await repo.reads.read([`${tip}:envs/a/x.yaml`]), ["x: 1\n"]);
    assertNoSecret(await fs.readFile(path.join(repo.dir, ".git", "config"), "utf8"), ".git/config");
    assertNoSecret(repo.url, "the stored remote URL");
  } finally {
    await server.close();
  }
});

test("a wrong token is an ExternalError that names no token", async () => {
  const { root, work } = await setup();
  const server = await startHttpGitServer({ root, token: TOKEN });
  const wrong = "ghs_WrongToken9876543210zyxwvuSECRET";
  try {
    const { output } = await captureOutput(async () => {
      await assert.rejects(
        openEnvStore({
          url: server.urlFor("deploy.git"),
          token: wrong,
          workdir: path.join(work, "c"),
        }).then(fetchMain),
        (e: unknown) => {
          assert.ok(e instanceof ExternalError);
          assert.equal(e.exitCode, 3);
          assert.ok(!e.message.includes(wrong), e.message);
          assert.ok(!e.message.includes(Buffer.from(`x-access-token:${wrong}`).toString("base64")));
          assert.match(e.message, /could not list http:\/\/127\.0\.0\.1:\d+\/deploy\.git/);
          return true;
        },
      );
    });
    assert.ok(!output.includes(wrong));
    assert.ok(server.requests.every((r) => r.status === 401));
  } finally {
    await server.close();
  }
});

test("no token: the server's 401 is an ExternalError, git never prompts", async () => {
  const { root, work } = await setup();
  const server = await startHttpGitServer({ root, token: TOKEN });
  try {
    await assert.rejects(
      openEnvStore({
        url: server.urlFor("deploy.git"),
        workdir: path.join(work, "c"),
      }).then(fetchMain),
      ExternalError,
    );
    assert.equal(server.requests[0]?.authorization, undefined);
  } finally {
    await server.close();
  }
});

test("redact scrubs a token and its header forms", () => {
  const text = `token ${TOKEN} header Basic ${BASIC} raw ${Buffer.from(TOKEN).toString("base64")}`;
  const out = redact(text, [TOKEN]);
  assertNoSecret(out, "redacted text");
  assert.ok(!out.includes(Buffer.from(TOKEN).toString("base64")));
  assert.equal(out, "token *** header Basic *** raw ***");
});
