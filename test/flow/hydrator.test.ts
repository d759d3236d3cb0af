/**
 * Argo CD Source Hydrator / GitOps Promoter conventions on a real env repo (file://):
 * every rendered environment's root carries hydrator.metadata (drySha = the source
 * commit of its newest render; author, date and message from that commit) and a
 * generated README.md; both change only with the rendered files; a README.md capstan
 * did not write is left alone.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, test } from "node:test";
import { runCli } from "../helpers/cli.ts";
import { bareRemote, git, rmrf, tmpdir } from "../helpers/git.ts";
import { appYaml, configYaml, refs, show, sourceRepo } from "./fixtures.ts";
import { README_MARKER } from "../../src/core/plan/hydrator.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));
async function scratch(): Promise<string> {
  const d = await tmpdir("capstan-hydrator-");
  dirs.push(d);
  return d;
}

const render = (source: string, ...where: string[]) =>
  runCli(["render", "--source", source, ...where, "--source-repo", "acme/src"]);

async function metadataAt(remote: string): Promise<Record<string, unknown>> {
  return JSON.parse((await show(remote, "main", "envs/staging/hydrator.metadata")) ?? "{}");
}

test("hydrator.metadata and README.md: drySha is the newest render's commit; bookkeeping only", async () => {
  const root = await scratch();
  const src = await sourceRepo(path.join(root, "src"), {
    "capstan.yaml": configYaml(),
    "apps/shop.yaml": appYaml("shop", "1.0.0"),
  });
  const remote = await bareRemote(path.join(root, "env.git"));
  const url = `file://${remote}`;
  const c1 = src.commits[0]!;
  assert.equal((await render(src.dir, "--env-repo", url, "--push")).code, 0);
  const author = await git(src.dir, "log", "-1", "--format=%an <%ae>", c1);
  const date = await git(src.dir, "log", "-1", "--format=%aI", c1);
  const subject = await git(src.dir, "log", "-1", "--format=%s", c1);
  assert.deepEqual(await metadataAt(remote), {
    repoURL: "https://github.com/acme/src.git",
    drySha: c1,
    commands: ["npx capstan@0.1.0 render --source . --env staging --out rendered"],
    author,
    date,
    subject,
  });
  const readme = (await show(remote, "main", "envs/staging/README.md"))!;
  assert.ok(readme.startsWith(README_MARKER));
  assert.match(readme, new RegExp(`git checkout ${c1}`));
  assert.equal(
    (await show(remote, "main", "envs/production/hydrator.metadata")) ?? "none",
    "none",
    "production is not rendered (it is reached by promotion)",
  );

  // A source commit that changes nothing rendered: no env-repo commit; drySha stays c1.
  const before = await refs(remote);
  await src.commit({ "docs/notes.md": "notes\n" });
  const noop = await render(src.dir, "--env-repo", url, "--push");
  assert.equal(noop.code, 0, noop.text);
  // (refs/capstan/rendered, the newest-commit record, may move; no branch does)
  const heads = (r: Record<string, string>) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith("refs/heads/")));
  assert.deepEqual(heads(await refs(remote)), heads(before), "a no-op render makes no commit");
  assert.equal((await metadataAt(remote)).drySha, c1);

  // Byte-identical across re-renders of the same commit (render --out into fresh folders).
  const outs = [path.join(root, "out1"), path.join(root, "out2")];
  for (const o of outs) assert.equal((await render(src.dir, "--out", o)).code, 0);
  const [a, b] = await Promise.all(
    outs.map((o) => fs.readFile(path.join(o, "envs/staging/hydrator.metadata"), "utf8")),
  );
  assert.equal(a, b);
  assert.equal(JSON.parse(a!).drySha, src.commits[1], "render --out of HEAD");

  // The app changes: drySha moves to that commit.
  const c3 = await src.commit({ "apps/shop.yaml": appYaml("shop", "1.1.0") }, "shop 1.1.0");
  assert.equal((await render(src.dir, "--env-repo", url, "--push")).code, 0);
  const m3 = await metadataAt(remote);
  assert.equal(m3.drySha, c3);
  assert.equal(m3.subject, "shop 1.1.0");
});

test("a README.md capstan did not write is left alone, with a notice", async () => {
  const root = await scratch();
  const src = await sourceRepo(path.join(root, "src"), {
    "capstan.yaml": configYaml(),
    "apps/shop.yaml": appYaml("shop", "1.0.0"),
  });
  const remote = await bareRemote(path.join(root, "env.git"));
  const url = `file://${remote}`;
  assert.equal((await render(src.dir, "--env-repo", url, "--push")).code, 0);
  const co = path.join(root, "co");
  await git(root, "clone", "-q", url, co);
  await fs.writeFile(path.join(co, "envs/staging/README.md"), "# Staging\n\nOur notes.\n");
  await git(co, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "our README");
  await git(co, "push", "-q", "origin", "main");

  const c2 = await src.commit({ "apps/shop.yaml": appYaml("shop", "2.0.0") });
  const r = await render(src.dir, "--env-repo", url, "--push");
  assert.equal(r.code, 0, r.text);
  assert.match(
    r.text,
    /environment "staging": its README\.md was not written by capstan; left as it is/,
  );
  assert.equal(await show(remote, "main", "envs/staging/README.md"), "# Staging\n\nOur notes.");
  assert.equal((await metadataAt(remote)).drySha, c2);
});
