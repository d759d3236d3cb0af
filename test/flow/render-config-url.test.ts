/**
 * `capstan render` with neither --out nor --env-repo renders to capstan.yaml's
 * envRepo.url, as the Action does: a dry run unless --push. And an env repo made with
 * a plain `git init --bare` (HEAD `master`) next to `git init --bare -b main`.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { after, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { bareRemote, git, rmrf, tmpdir } from "../helpers/git.ts";
import { appYaml, configYaml, DEFAULT_ENVS, refs, sourceRepo } from "./fixtures.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));

async function setup(url: (remote: string) => string) {
  const root = await tmpdir("capstan-config-url-");
  dirs.push(root);
  const remote = await bareRemote(path.join(root, "env.git"));
  const src = await sourceRepo(path.join(root, "src"), {});
  await src.commit({
    "capstan.yaml": configYaml(DEFAULT_ENVS, url(remote)),
    "apps/shop.yaml": appYaml("shop", "1.0.0"),
  });
  return { root, remote, src };
}

const render = (source: string, ...extra: string[]) =>
  runCli(["render", "--source", source, "--source-repo", "acme/src", ...extra]);

test("render without --out or --env-repo: envRepo.url, a dry run until --push", async () => {
  const { remote, src } = await setup((r) => `file://${r}`);
  const dry = await render(src.dir);
  assert.equal(dry.code, 0, dry.text);
  assert.match(
    dry.text,
    /env repo: file:\/\/.*env\.git \(envRepo\.url in capstan\.yaml\) — a dry run/,
  );
  assert.match(dry.text, /dry run, nothing committed/);
  assert.deepEqual(await refs(remote), {}, "the dry run pushed nothing");

  const pushed = await render(src.dir, "--push");
  assert.equal(pushed.code, 0, pushed.text);
  assert.ok((await refs(remote))["refs/heads/main"], "main pushed");
  assert.match(await git(remote, "ls-tree", "-r", "--name-only", "main"), /envs\/staging\/shop\//);
});

test("a relative envRepo.url is a path from the source folder", async () => {
  const { remote, src } = await setup(() => "../env.git");
  const r = await render(src.dir, "--push");
  assert.equal(r.code, 0, r.text);
  assert.ok((await refs(remote))["refs/heads/main"]);
});

test("the placeholder init writes is named, not cloned", async () => {
  const { src } = await setup(() => "https://github.com/OWNER/deploy.git");
  const r = await render(src.dir);
  assert.equal(r.code, 2);
  assert.match(r.text, /envRepo\.url in capstan\.yaml is still the placeholder/);
});
