/**
 * Golden preview reports for small real-git source repos. Update with
 * `UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/diff/golden.test.ts` and review the diff.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { computePreview } from "../../src/flows/preview/diff.ts";
import { renderMarkdown, reportJson } from "../../src/core/preview/report.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { rmrf } from "../helpers/git.ts";
import { app, CONFIG, prRepo, teamLabels } from "./fixtures.ts";

const GOLDEN = join(import.meta.dirname, "golden");
const dirs: string[] = [];
after(() => rmrf(...dirs));

const quiet: Reporter = { info() {}, notice() {}, warn() {}, problems() {} };

async function preview(head: Record<string, string | null>) {
  const repo = await prRepo(head);
  dirs.push(repo.dir);
  const r = await computePreview(
    { source: repo.dir, base: "main", head: "pr", sourceRepo: "acme/shop" },
    quiet,
  );
  return { repo, r };
}

function golden(name: string, text: string): void {
  const file = join(GOLDEN, `${name}.md`);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    writeFileSync(file, text);
    if (process.env.UPDATE_GOLDEN !== "1")
      assert.fail(`wrote new golden ${file}; review it and re-run`);
    return;
  }
  assert.equal(
    text,
    readFileSync(file, "utf8"),
    `golden ${name}.md differs (UPDATE_GOLDEN=1 to rewrite)`,
  );
}

const marker = "<!-- capstan:preview:. -->";

test("change: an image bump changes one Deployment per environment, only that app is rendered", async () => {
  const { r } = await preview({ "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.5.0") });
  assert.deepEqual(
    r.report.diffs.map((d) => `${d.env}/${d.app} +${d.added} ~${d.changed} -${d.removed}`),
    ["staging/shop +0 ~1 -0", "production/shop +0 ~1 -0"],
  );
  assert.deepEqual(r.report.rendered, { apps: 2, of: 6 });
  golden("change", renderMarkdown(r.report, { marker }).body);
});

test("add: a new app shows every object as added", async () => {
  const { r } = await preview({ "apps/search.yaml": app("search", "ghcr.io/acme/search:0.1.0") });
  // per environment: the app's two objects and its kustomization.yaml, and the
  // environment's kustomization.yaml, which now lists the app — all that render writes
  assert.deepEqual(
    r.report.diffs.map((d) => `${d.env}/${d.app} +${d.added} ~${d.changed} -${d.removed}`),
    [
      "staging/(environment) +0 ~1 -0",
      "staging/search +3 ~0 -0",
      "production/(environment) +0 ~1 -0",
      "production/search +3 ~0 -0",
    ],
  );
  golden("add", renderMarkdown(r.report, { marker }).body);
});

test("remove: a deleted app shows every object as removed", async () => {
  const { r } = await preview({ "apps/users.yaml": null });
  assert.deepEqual(
    r.report.diffs.map((d) => `${d.env}/${d.app} +${d.added} ~${d.changed} -${d.removed}`),
    [
      "staging/(environment) +0 ~1 -0",
      "staging/users +0 ~0 -3",
      "production/(environment) +0 ~1 -0",
      "production/users +0 ~0 -3",
    ],
  );
  golden("remove", renderMarkdown(r.report, { marker }).body);
});

test("capability bump: team-labels 1.0.0 → 1.1.0 re-renders every app and says so", async () => {
  const { r } = await preview(teamLabels("1.1.0"));
  assert.equal(r.report.diffs.length, 6);
  assert.deepEqual(r.report.causes, [
    "`team-labels` 1.0.0 → 1.1.0 changes 3 apps in 2 environments",
  ]);
  golden("capability-bump", renderMarkdown(r.report, { marker }).body);
});

test("rename: an object renamed with a near-identical body is one rename", async () => {
  const { r } = await preview({
    "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.4.2").replace(
      "- name: web",
      "- name: storefront",
    ),
  });
  const kinds = r.report.diffs.flatMap((d) =>
    d.objects.map((o) => `${o.change} ${o.fromPath ?? ""}→${o.path}`),
  );
  assert.ok(
    kinds.includes("renamed shop/service-web.yaml→shop/service-storefront.yaml"),
    kinds.join("\n"),
  );
});

test("no-op: a comment-only change renders both sides and reports one line", async () => {
  const { r } = await preview({
    "apps/cart.yaml": app("cart", "ghcr.io/acme/cart:1.0.0").replace(
      "spec:\n",
      "spec: # owned by the cart team\n",
    ),
  });
  assert.equal(r.report.diffs.length, 0);
  assert.deepEqual(r.report.rendered, { apps: 2, of: 6 });
  const body = renderMarkdown(r.report, { marker }).body;
  assert.equal(body.split("\n").filter(Boolean).length, 2); // marker + one line
  golden("no-op", body);
  assert.equal((reportJson(r.report) as { changed: boolean }).changed, false);
});

test("head errors are listed first with links to the head blob, and rendering goes on for the rest", async () => {
  const { repo, r } = await preview({
    "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:1.5.0").replace(
      "replicas: 1",
      'replicas: "many"',
    ),
    "apps/cart.yaml": app("cart", "ghcr.io/acme/cart:1.1.0"),
  });
  assert.ok(r.report.problems.length >= 1);
  assert.ok(r.report.problems.some((p) => p.file === "apps/shop.yaml" && p.line !== undefined));
  assert.ok(r.report.diffs.some((d) => d.app === "cart"));
  r.report.blobBase = `https://github.com/acme/shop/blob/${repo.head}/`;
  const body = renderMarkdown(r.report, { marker }).body;
  const errAt = body.indexOf("error");
  assert.ok(errAt > 0 && errAt < body.indexOf("```diff"));
  assert.match(
    body,
    new RegExp(`\\(https://github.com/acme/shop/blob/${repo.head}/apps/shop.yaml#L\\d+\\)`),
  );
});

test("createNamespaces turned on: the diff shows the Namespace objects render writes", async () => {
  const { r } = await preview({
    "capstan.yaml": CONFIG.replace(
      "namespace: staging\n",
      "namespace: staging\n    createNamespaces: true\n",
    ),
  });
  assert.deepEqual(r.report.problems, []);
  const staging = r.report.diffs.filter((d) => d.env === "staging");
  assert.deepEqual(
    staging.flatMap((d) => d.objects.map((o) => `${o.change} ${o.path}`)),
    [
      "changed kustomization.yaml",
      "added _namespaces/kustomization.yaml",
      "added _namespaces/namespace-cart.yaml",
      "added _namespaces/namespace-shop.yaml",
      "added _namespaces/namespace-users.yaml",
    ],
  );
  assert.deepEqual(
    r.report.diffs.filter((d) => d.env === "production"),
    [],
    "production keeps createNamespaces off",
  );
});
