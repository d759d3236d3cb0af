/**
 * The built dist/index.js run as GitHub runs it for a pull_request event, against
 * the fake GitHub REST API (real Octokit): create, update, then no write at all.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { after, test } from "node:test";
import { startFakeGitHub } from "../helpers/fake-github.ts";
import { commitAll, rmrf, tmpdir, writeTree } from "../helpers/git.ts";
import { app, prRepo } from "./fixtures.ts";

const execFileP = promisify(execFile);
const DIST = join(import.meta.dirname, "../../dist/index.js");
const dirs: string[] = [];
after(() => rmrf(...dirs));

interface RunResult {
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runAction(
  repo: string,
  base: string,
  head: string,
  apiUrl: string,
): Promise<RunResult> {
  const work = await tmpdir("capstan-runner-");
  dirs.push(work);
  const event = join(work, "event.json");
  writeFileSync(
    event,
    JSON.stringify({
      action: "synchronize",
      pull_request: {
        number: 7,
        base: { sha: base, ref: "main", repo: { full_name: "acme/shop" } },
        head: { sha: head, ref: "pr", repo: { full_name: "acme/shop" } },
      },
    }),
  );
  const output = join(work, "output");
  const summary = join(work, "summary");
  mkdirSync(join(work, "tmp"));
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_WORKSPACE: repo,
    GITHUB_SHA: head,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: join(work, "tmp"),
    INPUT_COMMAND: "preview",
    INPUT_SOURCE: ".",
    INPUT_FROZEN: "false",
    INPUT_TOKEN: "t0ken-preview",
    INPUT_COMMENT: "auto",
  };
  const { stdout } = await execFileP(process.execPath, [DIST], { env, cwd: repo });
  const outputs: Record<string, string> = {};
  const text = readFileSync(output, "utf8");
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { stdout, outputs, summary: readFileSync(summary, "utf8") };
}

test("dist/index.js preview: creates the sticky comment, updates it, then leaves it alone", async () => {
  const gh = await startFakeGitHub({ owner: "acme", repo: "shop", token: "t0ken-preview" });
  try {
    const repo = await prRepo({ "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.5.0") });
    dirs.push(repo.dir);

    const first = await runAction(repo.dir, repo.base, repo.head, gh.baseUrl);
    assert.doesNotMatch(first.stdout, /::error/);
    assert.deepEqual(
      gh.writes().map((w) => `${w.method} ${w.path}`),
      ["POST /repos/acme/shop/issues/7/comments"],
    );
    const body1 = gh.state.comments[0]!.body;
    assert.ok(body1.startsWith("<!-- capstan:preview:. -->\n"));
    assert.match(body1, /ghcr\.io\/acme\/shop:1\.5\.0/);
    assert.equal(first.outputs.changed, "true");
    assert.deepEqual(JSON.parse(first.outputs["changed-apps"]!), [
      { env: "staging", app: "shop", added: 0, changed: 1, removed: 0 },
      { env: "production", app: "shop", added: 0, changed: 1, removed: 0 },
    ]);
    assert.match(readFileSync(first.outputs["report-path"]!, "utf8"), /shop:1\.5\.0/);
    assert.match(first.summary, /capstan preview/);

    await writeTree(repo.dir, { "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.6.0") });
    const head2 = await commitAll(repo.dir, "again", "2024-01-03T00:00:00Z");
    await runAction(repo.dir, repo.base, head2, gh.baseUrl);
    assert.deepEqual(
      gh
        .writes()
        .map((w) => `${w.method} ${w.path}`)
        .slice(1),
      [`PATCH /repos/acme/shop/issues/comments/${gh.state.comments[0]!.id}`],
    );
    assert.equal(gh.state.comments.length, 1);
    assert.match(gh.state.comments[0]!.body, /shop:1\.6\.0/);

    const writes = gh.writes().length;
    const third = await runAction(repo.dir, repo.base, head2, gh.baseUrl);
    assert.equal(gh.writes().length, writes, "identical report: no API write");
    assert.match(third.stdout, /unchanged/);
    assert.ok(gh.requests.every((r) => r.authorization === "token t0ken-preview"));
  } finally {
    await gh.close();
  }
});
