/**
 * Secrets: the env repo token never appears in stdout, stderr, errors, annotations,
 * the job summary, outputs, the stored remote URL or `.git/config` — asserted by
 * capturing everything a failing (wrong token) and a succeeding (right token) push
 * prints, through the CLI and through the Action.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { run } from "../../src/action/run.ts";
import { commitAll, git, initRepo, seededRemote } from "../helpers/git.ts";
import { startHttpGitServer, type HttpGitServer } from "../helpers/http-git-server.ts";
import { cleanupAll, makeSource, runCli, SOURCE_REPO, tempDir } from "./harness.ts";

const TOKEN = "ghs_HostileSuiteToken_0123456789abcdefXYZ";
const WRONG = "ghs_WrongToken_9876543210fedcbaZYX";
const forms = (t: string) => [
  t,
  Buffer.from(t).toString("base64"),
  Buffer.from(`x-access-token:${t}`).toString("base64"),
  encodeURIComponent(t),
];

let server: HttpGitServer | undefined;
after(async () => {
  await server?.close();
  await cleanupAll();
});

function assertNoToken(text: string, where: string, tokens = [TOKEN, WRONG]): void {
  for (const t of tokens)
    for (const f of forms(t)) assert.ok(!text.includes(f), `token leaked in ${where}`);
}

/** Every file under dir, concatenated (for .git/config, hooks, logs, state…). */
function allText(dir: string): string {
  const out: string[] = [];
  const rec = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const st = statSync(p);
      if (st.isDirectory()) rec(p);
      else if (st.size < 5_000_000) out.push(readFileSync(p).toString("latin1"));
    }
  };
  rec(dir);
  return out.join("\n");
}

async function setup(): Promise<{ src: string; url: string; bare: string }> {
  const root = await tempDir("capstan-http-");
  const bare = await seededRemote({ "README.md": "deploy\n" }, join(root, "deploy.git"));
  server ??= await startHttpGitServer({ root, token: TOKEN });
  // one server per file: re-point it by serving from the first root; later repos go there too
  const src = await makeSource();
  await initRepo(src);
  await commitAll(src, "source");
  return { src, url: server.urlFor("deploy.git"), bare };
}

let shared: Awaited<ReturnType<typeof setup>> | undefined;
const env = async () => (shared ??= await setup());

async function withToken<T>(token: string | undefined, fn: () => Promise<T>): Promise<T> {
  const old = process.env.CAPSTAN_TOKEN;
  if (token === undefined) delete process.env.CAPSTAN_TOKEN;
  else process.env.CAPSTAN_TOKEN = token;
  try {
    return await fn();
  } finally {
    if (old === undefined) delete process.env.CAPSTAN_TOKEN;
    else process.env.CAPSTAN_TOKEN = old;
  }
}

test("secrets: a wrong token over smart HTTP fails with exit 3 and leaks nothing", async () => {
  const { src, url, bare } = await env();
  const before = await git(bare, "for-each-ref");
  const workdir = join(await tempDir("capstan-wd-"), "clone");
  const r = await withToken(WRONG, () =>
    runCli([
      "render",
      "--source",
      src,
      "--env-repo",
      url,
      "--push",
      "--source-repo",
      SOURCE_REPO,
      "--workdir",
      workdir,
    ]),
  );
  assert.equal(r.thrown, undefined);
  assert.equal(r.code, 3, r.output);
  assert.match(
    r.output,
    /error: git: could not list http:\/\/127\.0\.0\.1:\d+\/deploy\.git: .* — the env repo refused the credentials: check that the token \(CAPSTAN_TOKEN, or the Action's token input\) is set and may push/,
  );
  assertNoToken(r.output, "CLI output");
  assert.equal(await git(bare, "for-each-ref"), before, "remote refs moved");
  try {
    assertNoToken(allText(workdir), "the clone");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  // The wrong credentials were only ever sent to the env repo's origin.
  assert.ok(server!.requests.some((q) => q.status === 401));
});

test("secrets: no token at all fails with exit 3 without prompting", async () => {
  const { src, url } = await env();
  const r = await withToken(undefined, () =>
    runCli(["render", "--source", src, "--env-repo", url, "--push", "--source-repo", SOURCE_REPO]),
  );
  assert.equal(r.code, 3, r.output);
  assert.match(r.output, /error: git: could not .*refused the credentials/);
});

test("secrets: a token inside the URL is stripped from messages even when it is wrong", async () => {
  const { src, url } = await env();
  const withCreds = url.replace("http://", `http://x-access-token:${WRONG}@`);
  const r = await withToken(undefined, () =>
    runCli([
      "render",
      "--source",
      src,
      "--env-repo",
      withCreds,
      "--push",
      "--source-repo",
      SOURCE_REPO,
    ]),
  );
  assert.equal(r.code, 3, r.output);
  assertNoToken(r.output, "CLI output (URL userinfo)");
});

test("secrets: the right token pushes; not in output, .git/config, the stored remote URL, commits or files", async () => {
  const { src, url, bare } = await env();
  const workdir = join(await tempDir("capstan-wd-"), "clone");
  const r = await withToken(TOKEN, () =>
    runCli([
      "render",
      "--source",
      src,
      "--env-repo",
      url,
      "--push",
      "--source-repo",
      SOURCE_REPO,
      "--workdir",
      workdir,
    ]),
  );
  assert.equal(r.code, 0, r.output);
  assertNoToken(r.output, "CLI output");
  assertNoToken(readFileSync(join(workdir, ".git/config"), "utf8"), ".git/config");
  assert.equal(await git(workdir, "remote", "get-url", "origin"), url);
  assertNoToken(allText(workdir), "the kept clone (.git included)");
  assertNoToken(await git(bare, "log", "-p", "--all"), "env repo history");
  assert.ok(
    server!.requests.some(
      (q) => q.method === "POST" && q.url.endsWith("git-receive-pack") && q.status === 200,
    ),
  );
});

test("secrets: the Action masks the token and never prints it in annotations, summary or outputs", async () => {
  const { src, url } = await env();
  const files = await tempDir("capstan-gh-");
  const summary = join(files, "summary.md");
  const output = join(files, "output.txt");
  writeFileSync(summary, "");
  writeFileSync(output, "");
  for (const token of [WRONG, TOKEN]) {
    const saved = { ...process.env };
    Object.assign(process.env, {
      INPUT_COMMAND: "render",
      INPUT_TOKEN: token,
      INPUT_SOURCE: src,
      "INPUT_ENV-REPO": url,
      INPUT_FROZEN: "false",
      "INPUT_DRY-RUN": "false",
      "INPUT_ALLOW-MASS-DELETION": "false",
      "INPUT_PRUNE-REMOVED-ENVS": "false",
      INPUT_COMMENT: "auto",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_REPOSITORY: SOURCE_REPO,
      GITHUB_SERVER_URL: "http://127.0.0.1:1",
      GITHUB_API_URL: "http://127.0.0.1:1",
    });
    const chunks: string[] = [];
    const orig = { out: process.stdout.write, err: process.stderr.write };
    // stdout passes through: the test runner reports on it (and the runner-side
    // `::add-mask::` line is the only place the token is printed).
    const tap =
      (write: typeof process.stdout.write | undefined) =>
      (c: Uint8Array | string, ...rest: unknown[]): boolean => {
        chunks.push(typeof c === "string" ? c : Buffer.from(c).toString("utf8"));
        if (write) (write as (x: Uint8Array | string, ...r: unknown[]) => boolean)(c, ...rest);
        return true;
      };
    process.stdout.write = tap(orig.out.bind(process.stdout)) as typeof process.stdout.write;
    process.stderr.write = tap(undefined) as typeof process.stderr.write;
    const exitCode = process.exitCode;
    try {
      await run();
    } finally {
      process.stdout.write = orig.out;
      process.stderr.write = orig.err;
      process.exitCode = exitCode;
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    const printed = chunks.join("");
    // The only place the token may appear is the runner's own mask command.
    const masked = printed
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    assert.match(printed, new RegExp(`::add-mask::${token}`), "token registered as a secret");
    assertNoToken(masked, `Action log (${token === TOKEN ? "right" : "wrong"} token)`);
    if (token === WRONG) assert.match(masked, /::error::.*git: could not/);
    assertNoToken(readFileSync(summary, "utf8"), "job summary");
    assertNoToken(readFileSync(output, "utf8"), "step outputs");
  }
});
