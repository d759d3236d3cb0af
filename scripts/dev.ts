// Runs the CLI from sources (no bundle): `npx tsx scripts/dev.ts <command> …`.
import { main } from "../src/cli/main.ts";

process.exitCode = await main(process.argv.slice(2));
