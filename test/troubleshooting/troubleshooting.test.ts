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
// A quote is **`…`**, or **`` … ``** when the message itself holds backticks; the
// prefix capstan puts before a message on the console (error:, notice:) is left out.
const QUOTED = [...DOC.matchAll(/\*\*`` (.+?) ``\*\*|\*\*`([^`]+)`\*\*/g)];
const QUOTES = QUOTED.map((m) => (m[1] ?? m[2])!.replace(/^(error|notice): /, ""));

/** The quote as a pattern: literal text, `…` any run of characters on one line. */
function pattern(quote: string): RegExp {
  // Backticks are dropped from what capstan printed (below), so from the quote too.
  const parts = quote
    .replace(/`/g, "")
    .split("…")
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join("[^\\n]*"));
}

test("every bold code span of the doc is read as a quote", () => {
  // one the patterns above miss (a backtick inside **`…`**) would go untested
  const starts = [...DOC.matchAll(/\*\*`/g)].map((m) => m.index);
  const read = new Set(QUOTED.map((m) => m.index));
  assert.deepEqual(
    starts.filter((i) => !read.has(i)).map((i) => DOC.slice(i, i + 80)),
    [],
    "write a quote holding backticks as **`` … ``**",
  );
});

test("every quoted message has one trigger, and every trigger its entry", () => {
  const missing = QUOTES.filter((q) => !(q in TRIGGERS));
  assert.deepEqual(
    missing,
    [],
    "documented messages without a trigger in test/troubleshooting/triggers.ts",
  );
  const stale = Object.keys(TRIGGERS).filter((q) => !QUOTES.includes(q));
  assert.deepEqual(stale, [], "triggers whose message docs/troubleshooting.md does not quote");
});

for (const [quote, trigger] of Object.entries(TRIGGERS))
  test(`prints: ${quote.slice(0, 100)}`, async () => {
    // Backticks around commands (`capstan lock`) cannot be quoted inside a code span.
    const out = (await trigger()).replace(/`/g, "").replace(/ {2,}/g, " ");
    assert.match(out, pattern(quote), `capstan printed:\n${out}`);
  });
