/** The report within GitHub's limit: a property test over random change sets, and the line diff. */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { AppDiff, ObjectChange } from "../../src/core/preview/diff.ts";
import { COMMENT_LIMIT, renderMarkdown, type ReportInput } from "../../src/core/preview/report.ts";
import { diffLines, splitLines, unifiedDiff } from "../../src/core/preview/unified-diff.ts";
import type { Problem } from "../../src/core/common/errors.ts";

const line = fc.oneof(
  fc.string({ maxLength: 60 }).map((s) => s.replace(/\n/g, " ")),
  fc.constantFrom("```", "</details>", "<details>", "  image: x:1", "````diff"),
);
const body = fc.array(line, { minLength: 1, maxLength: 400 }).map((ls) => ls.join("\n") + "\n");

const objectArb = (app: string, i: number) =>
  fc
    .record({ change: fc.constantFrom("added", "removed", "changed"), before: body, after: body })
    .map(({ change, before, after }): ObjectChange => {
      const diff =
        change === "added"
          ? unifiedDiff("", after)
          : change === "removed"
            ? unifiedDiff(before, "")
            : unifiedDiff(before, after + "x\n");
      return {
        change: change as ObjectChange["change"],
        path: `${app}/deployment-o${i}.yaml`,
        id: { apiVersion: "apps/v1", kind: "Deployment", namespace: "ns", name: `o${i}` },
        diff,
        stat: { added: 1, removed: 1 },
      };
    });

const appArb = (env: string, a: number) =>
  fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => objectArb(`app${a}`, i)))
      .map((objects): AppDiff => ({
        env,
        app: `app${a}`,
        objects,
        added: objects.filter((o) => o.change === "added").length,
        changed: objects.filter((o) => o.change === "changed").length,
        removed: objects.filter((o) => o.change === "removed").length,
      })),
  );

const inputArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }))
  .chain(([apps, errors]) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length: apps }, (_, a) => appArb(a % 2 ? "production" : "staging", a)),
      ),
      fc.array(fc.string({ maxLength: 200 }), { minLength: errors, maxLength: errors }),
    ),
  )
  .map(([diffs, msgs]): ReportInput => ({
    base: { label: "main", commit: "a".repeat(40) },
    head: { label: "#7", commit: "b".repeat(40) },
    diffs,
    problems: msgs.map((m, i): Problem => ({
      file: `apps/a${i}.yaml`,
      line: i + 1,
      code: "schema",
      message: m,
    })),
    causes: ["`webservice` 1.0.0 → 1.1.0 changes 3 apps in 2 environments"],
    notices: [],
    blobBase: "https://github.com/acme/shop/blob/" + "b".repeat(40) + "/",
  }));

/** Drops fenced code blocks (opening fence of n backticks until a line of exactly n). */
function outsideFences(md: string): { text: string; balanced: boolean } {
  const out: string[] = [];
  let open: string | undefined;
  for (const l of md.split("\n")) {
    if (open === undefined) {
      const m = /^(`{3,})/.exec(l);
      if (m) open = m[1];
      else out.push(l);
    } else if (l === open) open = undefined;
  }
  return { text: out.join("\n"), balanced: open === undefined };
}

test("any change set: ≤ 65,536 chars, balanced fences and <details>, every object shown or named", () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const r = renderMarkdown(input, { marker: "<!-- capstan:preview:. -->" });
      assert.ok(r.body.length <= COMMENT_LIMIT, `body is ${r.body.length} chars`);
      const { text, balanced } = outsideFences(r.body);
      assert.ok(balanced, "a code fence is left open");
      const opens = text.match(/<details>/g)?.length ?? 0;
      const closes = text.match(/<\/details>/g)?.length ?? 0;
      assert.equal(opens, closes);
      const total = input.diffs.reduce((n, d) => n + d.objects.length, 0);
      assert.equal(r.shown + r.grouped + r.named + r.counted, total);
      // Every object is shown (its app's heading and path), named, or counted.
      let found = 0;
      for (const d of input.diffs)
        for (const o of d.objects)
          if (
            text.includes(`\`${d.env}/${o.path}\``) ||
            text.includes(
              `**\`${d.env}\` / \`${d.app}\`** ${o.change === "changed" ? "~" : o.change === "added" ? "+" : "−"}`,
            )
          )
            found++;
      assert.ok(found >= r.shown + r.named, `${found} objects found, ${r.shown + r.named} listed`);
      if (r.counted)
        assert.match(text, /… and \d+ (more )?objects? in \d+ app × environment pairs?/);
      if (r.truncated) assert.match(r.body, /full report is in the job summary/);
    }),
    { numRuns: 60 },
  );
});

test("many identical changes: one diff, every other object grouped under it and counted", () => {
  const diffs: AppDiff[] = Array.from({ length: 300 }, (_, a) => ({
    env: "staging",
    app: `app${a}`,
    added: 0,
    changed: 2,
    removed: 0,
    objects: [0, 1].map((i) => ({
      change: "changed" as const,
      path: `app${a}/configmap-c${i}.yaml`,
      id: { apiVersion: "v1", kind: "ConfigMap", name: `c${i}` },
      diff: "@@ -1 +1 @@\n-" + "a".repeat(500) + "\n+" + "b".repeat(500) + "\n",
      stat: { added: 1, removed: 1 },
    })),
  }));
  const r = renderMarkdown({
    base: { label: "main", commit: "" },
    head: { label: "#1", commit: "" },
    diffs,
    problems: [],
    causes: [],
    notices: [],
  });
  assert.ok(r.body.length <= COMMENT_LIMIT);
  assert.deepEqual([r.shown, r.grouped, r.named, r.counted, r.truncated], [1, 599, 0, 0, false]);
  assert.match(r.body, /~600 objects in 300 apps in 1 environment/);
  assert.match(r.body, /_and 599 more like it_: `staging\/app0\/configmap-c1\.yaml`, /);
});

test("errors past a quarter of the limit are counted, not cut", () => {
  const problems: Problem[] = Array.from({ length: 2000 }, (_, i) => ({
    file: `apps/a${i}.yaml`,
    line: 1,
    code: "schema",
    message: "x".repeat(40),
  }));
  const r = renderMarkdown({
    base: { label: "main", commit: "" },
    head: { label: "#1", commit: "" },
    diffs: [],
    problems,
    causes: [],
    notices: [],
  });
  const listed = r.body.match(/^- `apps\/a\d+\.yaml:1:1`/gm)?.length ?? 0;
  assert.ok(listed > 50 && listed < 2000, `${listed} listed`);
  assert.match(r.body, new RegExp(`- … and ${2000 - listed} more \\(see the check's annotations`));
});

test("line diff: the edit script rebuilds both sides; hunks match GNU diff -u", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 40 }),
      fc.array(fc.constantFrom("a", "b", "c", "e"), { maxLength: 40 }),
      (a, b) => {
        const e = diffLines(a, b);
        assert.deepEqual(
          e.filter((x) => x.op !== "+").map((x) => x.line),
          a,
        );
        assert.deepEqual(
          e.filter((x) => x.op !== "-").map((x) => x.line),
          b,
        );
      },
    ),
  );
  const before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
  const after = "a\nb\nX\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
  assert.equal(
    unifiedDiff(before, after),
    "@@ -1,6 +1,6 @@\n a\n b\n-c\n+X\n d\n e\n f\n@@ -9,3 +9,4 @@\n i\n j\n k\n+l\n",
  );
  assert.equal(unifiedDiff("x\n", "x\n"), "");
  assert.deepEqual(splitLines("a\nb\n"), ["a", "b"]);
});
