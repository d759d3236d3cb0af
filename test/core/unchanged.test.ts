/**
 * Unchanged Application files are not parsed (src/core/plan/unchanged.ts): a render that
 * skips them must write what a render of every file writes. The property: render a random
 * tree, change some of its apps (edit, remove, add, duplicate a name, touch capstan.yaml),
 * render again over two copies of the first output — with `capstan render` (which offers
 * the states, so unchanged files are skipped) and with the render flow given no states
 * (every file parsed): exit, problems and files are the same, and the files kept as they
 * were were not parsed.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { after, test } from "node:test";
import fc from "fast-check";
import { cli } from "../helpers/cli.ts";
import { formatProblem, UserError } from "../../src/core/common/errors.ts";
import { loadFromDir } from "../../src/flows/shared/load.ts";
import { renderToDir } from "../../src/flows/render/render-dir.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { sourceIdentity } from "../../src/flows/shared/identity.ts";
import { spawnSync } from "node:child_process";
import { loadConfig } from "../../src/core/model/config.ts";
import { readConfigFile, readSource } from "../../src/adapters/source-files.ts";
import { loadSource, planEnv, preloadForState } from "../../src/core/plan/plan.ts";
import { previousInDir } from "../../src/flows/render/render-dir.ts";
import { appText, configText, treeShape, type Tree } from "../helpers/corpus.ts";
import { rmrf, tmpdir, writeTree } from "../helpers/git.ts";
import { pathCounts } from "../../src/reference-mode.ts";
import { referenceMode } from "../../src/reference-mode.ts";

const dirs: string[] = [];
after(() => rmrf(...dirs));

async function readAll(dir: string): Promise<Tree> {
  const out: Tree = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[path.relative(dir, p)] = await fs.readFile(p, "utf8");
    }
  };
  await walk(dir);
  return out;
}

interface Change {
  edit: number[];
  remove: number[];
  add: boolean;
  duplicate: boolean;
  touchConfig: boolean;
}

const change: fc.Arbitrary<Change> = fc.record({
  edit: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 2 }),
  remove: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 1 }),
  add: fc.boolean(),
  duplicate: fc.constantFrom(false, false, false, true),
  touchConfig: fc.constantFrom(false, false, false, true),
});

function changed(before: Tree, c: Change, createNamespaces: boolean): Tree {
  const t: Tree = { ...before };
  const apps = Object.keys(t)
    .filter((p) => p.startsWith("apps/"))
    .sort();
  for (const i of c.edit) {
    const p = apps[i];
    if (p) t[p] = t[p]!.replace(/:1\.0\.(\d)/g, (_, d: string) => `:1.0.${Number(d) + 5}`);
  }
  for (const i of c.remove) if (apps[i]) delete t[apps[i]];
  if (c.add)
    t["apps/added.yaml"] = appText({
      name: "added",
      tag: 1,
      replicas: 2,
      expose: true,
      sharedNamespace: false,
      worker: false,
      configMap: false,
    });
  if (c.duplicate && apps[0] && t[apps[0]]) t["apps/zz-copy.yaml"] = t[apps[0]]!;
  if (c.touchConfig)
    t["capstan.yaml"] = configText({ createNamespaces, prodKube: "1.30" }) + "# touched\n";
  return t;
}

async function render(src: string, out: string) {
  const r = await cli("render", "--source", src, "--out", out, "--quiet");
  return { code: r.code, problems: r.problems.map(formatProblem) };
}

/** The same render, every file parsed: the flow as it was before states spared parsing. */
async function renderEveryFile(src: string, out: string) {
  const silent: Reporter = { info() {}, notice() {}, warn() {}, problems() {} };
  try {
    const id = await sourceIdentity(src);
    const loaded = await loadFromDir({ source: src, ...id });
    await renderToDir(loaded, { out }, silent);
    return { code: 0, problems: [] };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { code: 1, problems: e.problems.map(formatProblem) };
  }
}

test("a render that skips unchanged files writes what a render of every file writes", async () => {
  let skippedRuns = 0;
  await fc.assert(
    fc.asyncProperty(treeShape, change, async (shape, c) => {
      const base = await tmpdir("capstan-unchanged-");
      dirs.push(base);
      const [src, out, other] = ["src", "out", "other"].map((d) => path.join(base, d));
      const first: Tree = { "capstan.yaml": configText(shape), ...appsOf(shape) };
      await writeTree(src, first);
      assert.equal((await render(src, out)).code, 0);
      await fs.cp(out, other, { recursive: true });
      const second = changed(first, c, shape.createNamespaces);
      await rmrf(src);
      await writeTree(src, second);
      const before = pathCounts().parse.fast;
      const incremental = await render(src, out);
      const skipped = pathCounts().parse.fast - before;
      const whole = await renderEveryFile(src, other);
      assert.deepEqual(incremental, whole);
      assert.deepEqual(await readAll(out), await readAll(other));
      // files kept, same config, no namespaces to create: nothing to parse them for
      const kept = Object.keys(second).some((p) => p.startsWith("apps/") && second[p] === first[p]);
      const skippable = kept && !c.touchConfig && !c.duplicate && !shape.createNamespaces;
      if (!referenceMode() && skippable && whole.code === 0)
        assert.equal(skipped, 1, "the unchanged files were parsed");
      skippedRuns += skipped;
      if (referenceMode()) assert.equal(skipped, 0);
    }),
    { numRuns: 40 },
  );
  if (!referenceMode()) assert.ok(skippedRuns > 2, `only ${skippedRuns} runs skipped parsing`);
});

function appsOf(
  shape: Parameters<typeof configText>[0] & { apps: Parameters<typeof appText>[0][] },
): Tree {
  const t: Tree = {};
  for (const a of shape.apps) t[`apps/${a.name}.yaml`] = appText(a);
  return t;
}

test("a state that does not vouch for the unparsed files loads their apps' kinds before planning", async () => {
  const base = await tmpdir("capstan-unchanged-kinds-");
  dirs.push(base);
  const src = path.join(base, "src");
  const out = path.join(base, "out");
  const quota = `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata: { name: quota }
spec:
  components:
    - name: quota
      type: k8s-objects
      properties:
        objects:
          - apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: { name: batch-low }
            value: 100
`;
  await writeTree(src, {
    "capstan.yaml": configText({ createNamespaces: false, prodKube: "1.31" }),
    "apps/quota.yaml": quota,
  });
  // the first render in another process: this one has never loaded PriorityClass's validator
  const first = spawnSync(
    process.execPath,
    ["bin/capstan.js", "render", "--source", src, "--out", out],
    { encoding: "utf8" },
  );
  assert.equal(first.status, 0, first.stderr);
  const id = await sourceIdentity(src);
  const config = loadConfig(readConfigFile(src));
  const previous = previousInDir(config, out, undefined)!;
  const input = readSource(src, config, readConfigFile(src), id);
  const loaded = loadSource(
    input,
    [...previous.values()].map((p) => p.state),
  );
  if (referenceMode()) return; // every file parsed: nothing left unparsed to plan
  assert.deepEqual(loaded.apps, [], "quota.yaml was left unparsed");
  const env = loaded.config.environments[0]!;
  // planned against no state (as a retry meeting a state written by another run): every
  // file is parsed and quota is rendered, which needs PriorityClass's validator
  await preloadForState(loaded, undefined);
  const r = planEnv(loaded, env, {});
  assert.deepEqual(r.problems, []);
  assert.ok([...r.plan!.changes.keys()].some((p) => p.startsWith("quota/priorityclass-")));
});
