// Runs every test/**/*.test.ts with node's test runner (Node 20 has no --test globs).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

function find(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? find(p) : p.endsWith(".test.ts") ? [p] : [];
    });
}

const only = process.argv.slice(2);
const files = only.length ? only : find("test");
const r = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", ...files],
  { stdio: "inherit" },
);
process.exit(r.status ?? 1);
