// Adds NEW built-in capability versions to capabilities/DIGESTS.json:
//   npx tsx scripts/update-capability-digests.ts
// A recorded version whose bytes changed is never rewritten: publish a new version
// instead. Only for a version that was never released may the entry be replaced,
// explicitly and one at a time: `--replace name@version`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { builtinPackDir } from "../src/adapters/source-files.ts";
import { builtinRegistry } from "../src/tools/capability-docs.ts";
import { checkDigests, emitDigestTable, type DigestTable } from "../src/tools/capability-tests.ts";

const { values } = parseArgs({ options: { replace: { type: "string", multiple: true } } });
const replace = new Set(values.replace ?? []);
const file = join(builtinPackDir(), "DIGESTS.json");
const table: DigestTable = existsSync(file)
  ? (JSON.parse(readFileSync(file, "utf8")) as DigestTable)
  : {};
const check = checkDigests(builtinRegistry().all(), table);
let failed = false;
for (const c of check.changed) {
  if (replace.has(c.id)) {
    table[c.id] = c.actual;
    process.stdout.write(
      `replaced ${c.id} (was ${c.recorded}) — only for a version never released\n`,
    );
  } else {
    failed = true;
    process.stderr.write(
      `${c.id} changed bytes (recorded ${c.recorded}, now ${c.actual}): built-in versions never change; publish a new version instead\n`,
    );
  }
}
for (const id of check.removed)
  process.stderr.write(
    `warning: ${id} is recorded but no longer in the pack (a removed built-in version breaks locked users)\n`,
  );
for (const m of check.missing) {
  table[m.id] = m.actual;
  process.stdout.write(`added ${m.id} ${m.actual}\n`);
}
writeFileSync(file, emitDigestTable(table));
process.exitCode = failed ? 1 : 0;
