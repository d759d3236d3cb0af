import assert from "node:assert/strict";
import { test } from "node:test";
import { ExternalError } from "../../src/core/common/errors.ts";
import { GitHubApi, parseGitHubRepoUrl, stickyMarker } from "../../src/adapters/github.ts";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.ts";

const TOKEN = "ghs_ApiToken0123456789SECRET";

async function withFake(fn: (fake: FakeGitHub, api: GitHubApi) => Promise<void>): Promise<void> {
  const fake = await startFakeGitHub({ token: TOKEN });
  try {
    await fn(
      fake,
      new GitHubApi({ token: TOKEN, owner: fake.owner, repo: fake.repo, baseUrl: fake.baseUrl }),
    );
  } finally {
    await fake.close();
  }
}

test("createOrUpdatePr twice opens one PR and updates it only when it changed", async () => {
  await withFake(async (fake, api) => {
    const req = {
      head: "capstan/promote/staging-to-production",
      base: "main",
      title: "promote",
      body: "diff 1",
      labels: ["capstan"],
    };
    const first = await api.createOrUpdatePr(req);
    assert.equal(first.action, "created");
    assert.equal(first.number, 1);
    const again = await api.createOrUpdatePr(req);
    assert.equal(again.action, "unchanged");
    assert.equal(again.number, 1);
    const changed = await api.createOrUpdatePr({ ...req, body: "diff 2" });
    assert.equal(changed.action, "updated");
    assert.equal(fake.state.pulls.length, 1);
    assert.equal(fake.state.pulls[0]?.body, "diff 2");
    assert.deepEqual(fake.state.pulls[0]?.labels, ["capstan"]);
    assert.equal(
      fake.writes().filter((r) => r.method === "POST" && r.path.endsWith("/pulls")).length,
      1,
    );
    assert.equal(fake.writes().filter((r) => r.method === "PATCH").length, 1);
    for (const r of fake.requests) assert.equal(r.authorization, `token ${TOKEN}`);

    assert.equal((await api.findOpenPr(req.head, req.base))?.number, 1);
    assert.equal(await api.findOpenPr(req.head, "other"), undefined);
    await api.closePr(1, "superseded");
    assert.equal(fake.state.pulls[0]?.state, "closed");
    assert.equal(fake.state.comments[0]?.body, "superseded");
    assert.equal(await api.findOpenPr(req.head, req.base), undefined);
  });
});

test("a PR opened by a racing run (422) is found and updated, not duplicated", async () => {
  await withFake(async (fake, api) => {
    // The racing run's PR exists, but our look-up ran just before it was opened.
    fake.state.pulls.push({
      number: 7,
      state: "open",
      title: "old",
      body: "old",
      head: "h",
      headSha: "1".repeat(40),
      base: "main",
      labels: [],
    });
    fake.respondNext("GET", /\/pulls$/, 200, []);
    const res = await api.createOrUpdatePr({ head: "h", base: "main", title: "new", body: "new" });
    assert.equal(res.number, 7);
    assert.equal(res.action, "updated");
    assert.equal(fake.state.pulls.length, 1);
    assert.equal(fake.state.pulls[0]?.title, "new");
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${r.path.split("?")[0]}`),
      [
        "GET /repos/acme/deploy/pulls",
        "POST /repos/acme/deploy/pulls",
        "GET /repos/acme/deploy/pulls",
        "PATCH /repos/acme/deploy/pulls/7",
      ],
    );
  });
});

test("sticky comment: created, then updated, then unchanged with no write", async () => {
  await withFake(async (fake, api) => {
    assert.equal(await api.upsertStickyComment(5, "preview", "## diff v1"), "created");
    assert.equal(fake.state.comments[0]?.body, `${stickyMarker("preview")}\n## diff v1`);
    assert.equal(await api.upsertStickyComment(5, "preview", "## diff v2"), "updated");
    assert.equal(fake.state.comments.length, 1);
    const writesBefore = fake.writes().length;
    assert.equal(await api.upsertStickyComment(5, "preview", "## diff v2"), "unchanged");
    assert.equal(fake.writes().length, writesBefore, "no API write for an identical body");
    assert.ok(!fake.requests.slice(-1).some((r) => r.method === "PATCH"));
    // Another marker is another comment.
    assert.equal(await api.upsertStickyComment(5, "promote", "x"), "created");
    assert.equal(fake.state.comments.length, 2);
  });
});

test("the marker is found on page 2 of more than 100 comments", async () => {
  await withFake(async (fake, api) => {
    fake.seedComments(
      9,
      Array.from({ length: 130 }, (_, i) => `chatter ${i}`),
    );
    const [sticky] = fake.seedComments(9, [`${stickyMarker("preview")}\nold`]);
    fake.seedComments(9, ["later chatter"]);
    assert.equal(await api.upsertStickyComment(9, "preview", "new"), "updated");
    const patch = fake.writes();
    assert.equal(patch.length, 1);
    assert.equal(patch[0]?.method, "PATCH");
    assert.equal(patch[0]?.path, `/repos/acme/deploy/issues/comments/${sticky?.id}`);
    assert.ok(fake.requests.some((r) => r.method === "GET" && r.path.includes("page=2")));
    assert.equal(fake.state.comments.length, 132);
  });
});

test("commit status and labels", async () => {
  await withFake(async (fake, api) => {
    const sha = "a".repeat(40);
    await api.setCommitStatus({
      sha,
      state: "success",
      context: "capstan/render",
      description: "x".repeat(200),
      targetUrl: "https://e.test/c",
    });
    const s = fake.state.statuses[0];
    assert.equal(s?.state, "success");
    assert.equal(s?.description?.length, 140);
    assert.equal(s?.target_url, "https://e.test/c");
    await api.addLabels(3, ["a", "b"]);
    assert.deepEqual(fake.state.issueLabels.get(3), ["a", "b"]);
    assert.equal(await api.defaultBranch(), "main");
  });
});

test("API errors are ExternalErrors with the HTTP status and no token", async () => {
  await withFake(async (fake, api) => {
    fake.failNext("POST", /\/statuses\//, 403, `Resource not accessible by integration ${TOKEN}`);
    await assert.rejects(
      api.setCommitStatus({ sha: "b".repeat(40), state: "pending", context: "c" }),
      (e: unknown) => {
        assert.ok(e instanceof ExternalError);
        assert.equal(e.status, 403);
        assert.equal(e.exitCode, 3);
        assert.ok(!e.message.includes(TOKEN));
        return true;
      },
    );
    const bad = new GitHubApi({
      token: "wrong-token-123",
      owner: "acme",
      repo: "deploy",
      baseUrl: fake.baseUrl,
    });
    await assert.rejects(
      bad.findOpenPr("h", "main"),
      (e: unknown) => e instanceof ExternalError && e.status === 401,
    );
    fake.failNext("GET", /\/issues\/1\/comments$/, 502);
    await assert.rejects(
      api.upsertStickyComment(1, "preview", "x"),
      (e: unknown) => e instanceof ExternalError && e.status === 502,
    );
  });
});

test("parseGitHubRepoUrl", () => {
  assert.deepEqual(parseGitHubRepoUrl("https://github.com/acme/deploy.git"), {
    owner: "acme",
    repo: "deploy",
  });
  assert.deepEqual(parseGitHubRepoUrl("https://x-access-token:t@github.com/acme/deploy"), {
    owner: "acme",
    repo: "deploy",
  });
  assert.deepEqual(parseGitHubRepoUrl("git@github.com:acme/deploy.git"), {
    owner: "acme",
    repo: "deploy",
  });
  assert.deepEqual(parseGitHubRepoUrl("https://ghe.acme.test/p/d.git", "ghe.acme.test"), {
    owner: "p",
    repo: "d",
  });
  assert.equal(parseGitHubRepoUrl("https://gitlab.com/acme/deploy.git"), undefined);
  assert.equal(parseGitHubRepoUrl("/srv/git/deploy.git"), undefined);
});
