// capabilities/DIGESTS.json: the recorded digest of every built-in capability version.
// New versions are added; a recorded version whose bytes changed is never rewritten —
// publish a new version instead (docs/writing-capabilities.md). Only for a version that
// was never released may the entry be replaced, explicitly and one at a time:
// `npm run generate -- --replace name@version`.
// One of the generators of `npm run generate` (scripts/generate.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinPackDir } from "../../src/adapters/source-files.ts";
import { builtinRegistry } from "../../src/tools/capability-docs.ts";
import {
  checkDigests,
  emitDigestTable,
  type DigestTable,
} from "../../src/tools/capability-tests.ts";

export const DIGESTS_FILE = join(builtinPackDir(), "DIGESTS.json");

/** The table with new versions added; throws when a recorded version changed bytes. */
export function generateDigests(replace: ReadonlySet<string> = new Set()): string {
  const table: DigestTable = existsSync(DIGESTS_FILE)
    ? (JSON.parse(readFileSync(DIGESTS_FILE, "utf8")) as DigestTable)
    : {};
  const check = checkDigests(builtinRegistry().all(), table);
  const changed: string[] = [];
  for (const c of check.changed) {
    if (replace.has(c.id)) table[c.id] = c.actual;
    else
      changed.push(
        `${c.id} changed bytes (recorded ${c.recorded}, now ${c.actual}): built-in versions never change; publish a new version instead`,
      );
  }
  if (changed.length) throw new Error(changed.join("\n"));
  for (const id of check.removed)
    process.stderr.write(
      `warning: ${id} is recorded but no longer in the pack (a removed built-in version breaks locked users)\n`,
    );
  for (const m of check.missing) table[m.id] = m.actual;
  return emitDigestTable(table);
}
