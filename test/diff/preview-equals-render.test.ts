/**
 * Preview = render, as a property: for random pairs of source trees, the files that
 * `render --out` changes when it renders the head over the base's render are exactly the
 * files `capstan diff` reports (objects, kustomization files, `_namespaces/`) — and
 * Bookkeeping (state.json and the apps' detail files, hydrator.metadata, the env README.md) is never among them.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, test } from "node:test";
import fc from "fast-check";
import { computePreview } from "../../src/flows/preview/diff.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { runCli } from "../helpers/cli.ts";
import { treeOf, treeShape, type Tree } from "../helpers/corpus.ts";
import { commitAll, git, initRepo, rmrf, tmpdir, writeTree } from "../helpers/git.ts";
import { snapshot } from "../hostile/harness.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));
const quiet: Reporter = { info() {}, notice() {}, warn() {}, problems() {} };

/** Paths (under the out folder) whose bytes differ or that exist on one side only. */
function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const all = new Set([...before.keys(), ...after.keys()]);
  return [...all].filter((p) => !p.endsWith("/") && before.get(p) !== after.get(p)).sort();
}

async function folder(root: string, name: string, tree: Tree): Promise<string> {
  const dir = path.join(root, name);
  await writeTree(dir, tree);
  return dir;
}

async function prRepo(root: string, base: Tree, head: Tree): Promise<string> {
  const dir = path.join(root, "repo");
  await initRepo(dir, base);
  await git(dir, "checkout", "-q", "-b", "pr");
  for (const p of Object.keys(base))
    if (!(p in head)) await fs.rm(path.join(dir, p), { force: true });
  await writeTree(dir, head);
  await commitAll(dir, "head", "2024-01-02T00:00:00Z");
  return dir;
}

async function check(base: Tree, head: Tree): Promise<void> {
  const root = await tmpdir("capstan-p=r-");
  dirs.push(root);
  const out = path.join(root, "out");
  const render = async (src: string) => {
    const r = await runCli([
      "render",
      "--source",
      src,
      "--out",
      out,
      "--source-repo",
      "acme/src",
      "--allow-mass-deletion",
    ]);
    assert.equal(r.code, 0, r.text);
  };
  await render(await folder(root, "base", base));
  const before = snapshot(out);
  await render(await folder(root, "head", head));
  // bookkeeping (state.json, the detail shards, hydrator.metadata, the env README.md) is no rendered change
  const rendered = changedFiles(before, snapshot(out)).filter(
    (p) =>
      !/^envs\/[^/]+\/(\.capstan\/(state|details\/[^/]+)\.json|hydrator\.metadata|README\.md)$/.test(
        p,
      ),
  );

  const repo = await prRepo(root, base, head);
  const r = await computePreview(
    { source: repo, base: "main", head: "pr", sourceRepo: "acme/src" },
    quiet,
  );
  assert.deepEqual(r.report.problems, []);
  const previewed = r.report.diffs
    .flatMap((d) =>
      d.objects
        .flatMap((o) => [o.path, ...(o.fromPath ? [o.fromPath] : [])])
        .map((p) => `envs/${d.env}/${p}`),
    )
    .sort();
  assert.deepEqual(previewed, rendered);
}

test("property: the files render changes between base and head are exactly the files the diff reports", async () => {
  await fc.assert(
    fc.asyncProperty(treeShape, treeShape, async (a, b) => {
      try {
        await check(treeOf(a), treeOf(b));
      } catch (e) {
        console.error(String((e as Error).message).slice(0, 4000));
        throw e;
      }
    }),
    { numRuns: 12, seed: 15, endOnFailure: true },
  );
});

test("a fixed case: createNamespaces turned on at the head puts the Namespace files in both lists", async () => {
  // createNamespaces on at the head only: the Namespace files must be in both lists
  const shape = {
    createNamespaces: false,
    prodKube: "1.31" as const,
    apps: [
      {
        name: "cart",
        tag: 1,
        replicas: 1,
        expose: true,
        sharedNamespace: false,
        worker: false,
        configMap: false,
      },
    ],
  };
  await check(treeOf(shape), treeOf({ ...shape, createNamespaces: true }));
});
