/**
 * Every message docs/troubleshooting.md quotes (**`…`**) is one capstan prints: each
 * has a trigger in triggers.ts that produces it, and no trigger is left without its
 * entry. `…` in a quote matches any text within the same line.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { rmrf } from "../helpers/git.ts";
import { dirs, TRIGGERS } from "./triggers.ts";

after(() => rmrf(...dirs));

const DOC = readFileSync("docs/troubleshooting.md", "utf8");
// A quote is **`…`**, or **`` … ``** when the message itself holds backticks.
const QUOTES = [...DOC.matchAll(/\*\*`` (.+?) ``\*\*|\*\*`([^`]+)`\*\*/g)].map((m) =>
  (m[1] ?? m[2])!.replace(/^error: /, ""),
);

/**
 * Documented messages not yet produced by a trigger, and why. Keep this list short:
 * give each a trigger and remove it here.
 */
export const PENDING: Record<string, string> = {
  "/…/envs/staging/shop/service-web.yaml: cannot write: ENOSPC (…); the output folder was left as it was":
    "needs a full disk; test/flow/render-writes.test.ts injects the write failure instead",
  'notice: environment "staging" already holds the render of acme/src@756c492 (…), a newer commit than this run\'s 1a4ce02; not replacing it':
    "the quote names example commits; test/flow/render-file.test.ts makes capstan print it for real ones",
  "gave up: the env repo kept moving":
    "capstan prints it only from a branch no run reaches (issue 20); owned by the env-repo transaction work",
};

/** The quote as a pattern: literal text, `…` any run of characters on one line. */
function pattern(quote: string): RegExp {
  // Backticks are dropped from what capstan printed (below), so from the quote too.
  const parts = quote
    .replace(/`/g, "")
    .split("…")
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join("[^\\n]*"));
}

test("every quoted message has one trigger (or a reason it has none yet), and every trigger its entry", () => {
  const missing = QUOTES.filter((q) => !(q in TRIGGERS) && !(q in PENDING));
  assert.deepEqual(
    missing,
    [],
    "documented messages without a trigger in test/troubleshooting/triggers.ts",
  );
  const stale = [...Object.keys(TRIGGERS), ...Object.keys(PENDING)].filter(
    (q) => !QUOTES.includes(q),
  );
  assert.deepEqual(stale, [], "triggers whose message docs/troubleshooting.md does not quote");
});

for (const [quote, trigger] of Object.entries(TRIGGERS))
  test(`prints: ${quote.slice(0, 100)}`, async () => {
    // Backticks around commands (`capstan lock`) cannot be quoted inside a code span.
    const out = (await trigger()).replace(/`/g, "").replace(/ {2,}/g, " ");
    assert.match(out, pattern(quote), `capstan printed:\n${out}`);
  });
