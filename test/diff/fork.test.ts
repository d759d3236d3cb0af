/**
 * A pull request from a fork that changes capability sources: the preview renders
 * the fork's applications with the BASE branch's capabilities, so no template the
 * fork wrote is ever run (and the Action leaves the comment to a trusted job).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { computePreview } from "../../src/flows/preview/diff.ts";
import { renderMarkdown } from "../../src/core/preview/report.ts";
import type { Reporter } from "../../src/flows/shared/reporter.ts";
import { BASE_FILES, app, prRepo } from "./fixtures.ts";
import { rmrf } from "../helpers/git.ts";

const quiet: Reporter = { info() {}, notice() {}, warn() {}, problems() {} };

const EVIL_TRAIT = `patch:
  metadata:
    labels:
      team: {{parameter.team}}
      exfiltrated: {{concat "stolen-" parameter.team}}
`;

test("fork PR: head apps render with the base's capabilities; the fork's template never runs", async () => {
  const repo = await prRepo({
    ...BASE_FILES,
    "apps/shop.yaml": app("shop", "ghcr.io/acme/shop:9.9.9"),
    "capabilities/team-labels/1.0.0/patch.yaml.hbs": EVIL_TRAIT,
  });
  try {
    const trusted = await computePreview(
      { source: repo.dir, base: repo.base, head: repo.head, capabilitiesFromBase: repo.base },
      quiet,
    );
    const body = renderMarkdown(trusted.report).body;
    assert.match(body, /shop:9\.9\.9/, "the fork's application change is previewed");
    assert.doesNotMatch(body, /stolen-|exfiltrated/, "the fork's template was not rendered");
    // Control: treating the same PR as same-repository renders the head's template.
    const untrusted = await computePreview(
      { source: repo.dir, base: repo.base, head: repo.head },
      quiet,
    );
    assert.match(renderMarkdown(untrusted.report).body, /exfiltrated/);
  } finally {
    await rmrf(repo.dir);
  }
});
