/**
 * Golden preview comments for the five cases a reviewer meets most (issue 20): one
 * app in three environments, a promotion-only environment, a Secret, and 300 apps
 * with the same or with different changes. Real git source repos, real renders.
 * Update with `UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/diff/golden-cases.test.ts`.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { computePreview } from "../../src/flows/preview/diff.ts";
import {
  COMMENT_LIMIT,
  renderMarkdown,
  renderText,
  reportJson,
} from "../../src/core/preview/report.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { rmrf } from "../helpers/git.ts";
import { CONFIG3, manyApps, prRepo, secretApp, stagedApp } from "./fixtures.ts";

const GOLDEN = join(import.meta.dirname, "golden");
const dirs: string[] = [];
after(() => rmrf(...dirs));
const quiet: Reporter = { info() {}, notice() {}, warn() {}, problems() {} };
const marker = "<!-- capstan:preview:. -->";

async function preview(base: Record<string, string>, head: Record<string, string | null>) {
  const repo = await prRepo(head, { "capstan.yaml": CONFIG3, ...base });
  dirs.push(repo.dir);
  const r = await computePreview(
    { source: repo.dir, base: "main", head: "pr", sourceRepo: "acme/shop" },
    quiet,
  );
  // Commit ids depend on the temp repo; the goldens hold short labels instead.
  r.report.base = { label: "main", commit: "" };
  r.report.head = { label: "#7", commit: "" };
  return r.report;
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

const shop = (image: string) => ({
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

test("one app in three environments: the headline says 1 app, the diff is shown once", async () => {
  const report = await preview(shop("ghcr.io/acme/shop:1.4.2"), shop("ghcr.io/acme/shop:1.5.0"));
  const md = renderMarkdown(report, { marker });
  assert.match(md.body, /~3 objects in 1 app across 3 environments/);
  assert.match(
    md.body,
    /Merging this changes `dev`, `staging`; `production` changes on the next promotion\./,
  );
  assert.match(
    md.body,
    /_and 2 more like it_: `staging\/shop\/deployment-web\.yaml`, `production\/shop\/deployment-web\.yaml` \(on the next promotion\)/,
  );
  assert.equal(md.body.match(/```diff/g)?.length, 1);
  assert.deepEqual([md.shown, md.grouped, md.named, md.counted], [1, 2, 0, 0]);
  assert.match(renderText(report), /objects in 1 app across 3 environments/);
  assert.deepEqual((reportJson(report).summary as Record<string, number>).apps, 1);
  golden("one-app-three-envs", md.body);
});

test("a promotion-only environment: the merge itself changes no environment", async () => {
  const report = await preview(
    { "apps/shop.yaml": stagedApp("shop", "ghcr.io/acme/shop:1.4.2", 3) },
    { "apps/shop.yaml": stagedApp("shop", "ghcr.io/acme/shop:1.4.2", 4) },
  );
  const md = renderMarkdown(report, { marker });
  assert.deepEqual(
    report.diffs.map((d) => d.env),
    ["production"],
  );
  assert.match(
    md.body,
    /Merging this changes no environment by itself; `production` changes on the next promotion\./,
  );
  assert.match(md.body, /\| app \| `production` \(on the next promotion\) \|/);
  golden("promotion-only", md.body);
});

test("a Secret: its keys are named, its values never appear in any report format", async () => {
  const report = await preview(
    { "apps/creds.yaml": secretApp({ user: "admin", password: "s3cret-old" }) },
    { "apps/creds.yaml": secretApp({ user: "admin", password: "s3cret-new", token: "t0k-new" }) },
  );
  const md = renderMarkdown(report, { marker });
  assert.match(md.body, /Secret changed: keys password, token \(values hidden\)/);
  for (const text of [md.body, renderText(report), JSON.stringify(reportJson(report))])
    for (const value of ["s3cret-old", "s3cret-new", "t0k-new"])
      assert.ok(!text.includes(value), `${value} leaked`);
  assert.match(md.body, /\+ {2}token: "\(hidden\)"/);
  golden("secret", md.body);
});

test("300 apps with the same change: one diff, and 599 more like it", async () => {
  const report = await preview(
    manyApps(300, (i) => `ghcr.io/acme/app${String(i).padStart(3, "0")}:1.0.0`),
    manyApps(300, (i) => `ghcr.io/acme/app${String(i).padStart(3, "0")}:1.1.0`),
  );
  const md = renderMarkdown(report, { marker });
  assert.ok(md.body.length <= COMMENT_LIMIT);
  assert.match(md.body, /~600 objects in 300 apps across 2 environments/);
  assert.equal(md.body.match(/```diff/g)?.length, 1);
  assert.match(md.body, /_and 599 more like it_: .*, and 589 more\n/);
  assert.deepEqual([md.shown, md.grouped, md.truncated], [1, 599, false]);
  golden("300-same", md.body);
});

test("300 apps with different changes: whole diffs first, then every other object named or counted", async () => {
  const report = await preview(
    manyApps(300, (i) => `ghcr.io/acme/shop:1.0.${i}`),
    manyApps(300, (i) => `ghcr.io/acme/shop:2.${i}.0`),
  );
  const md = renderMarkdown(report, { marker, fullReport: "the job summary" });
  assert.ok(md.body.length <= COMMENT_LIMIT, `${md.body.length} chars`);
  assert.match(md.body, /~600 objects in 300 apps across 2 environments/);
  assert.ok(md.shown >= 30, `${md.shown} diffs shown`);
  assert.equal(md.shown + md.grouped + md.named + md.counted, 600);
  assert.ok(md.body.indexOf("```diff") < md.body.indexOf("whose diff did not fit"));
  assert.match(md.body, /\| … 280 more apps \| ~280 \| ~280 \|/);
  assert.match(
    md.body,
    /object diffs did not fit in this comment; the full report is in the job summary/,
  );
  golden("300-different", md.body);
});
