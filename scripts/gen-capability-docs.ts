// Writes docs/capabilities.md, the reference of the built-in capabilities:
// `npx tsx scripts/gen-capability-docs.ts` (test/capabilities/reference.test.ts checks it is current).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtinReference } from "../src/tools/capability-docs.ts";

const out = fileURLToPath(new URL("../docs/capabilities.md", import.meta.url));
writeFileSync(out, builtinReference());
process.stdout.write(`wrote ${out}\n`);
