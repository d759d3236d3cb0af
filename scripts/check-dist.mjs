// Fails when dist/ is stale: rebuilds into a temporary folder and compares bytes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";

const out = mkdtempSync(join(tmpdir(), "capstan-dist-"));
try {
  const r = spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const list = (d) =>
    readdirSync(d).flatMap((n) => {
      const p = join(d, n);
      return statSync(p).isDirectory() ? list(p) : [p];
    });
  const fresh = new Map(list(out).map((p) => [relative(out, p), readFileSync(p)]));
  const committed = new Map(list("dist").map((p) => [relative("dist", p), readFileSync(p)]));
  const stale = [];
  for (const [p, b] of fresh) if (!committed.get(p)?.equals(b)) stale.push(p);
  for (const p of committed.keys()) if (!fresh.has(p)) stale.push(p);
  if (stale.length) {
    console.error(
      `dist/ is stale against src/ (${stale.length} file(s) differ: ${stale.slice(0, 5).join(", ")}); run \`npm run build\` and commit dist/`,
    );
    process.exit(1);
  }
  console.log(`dist/ is current (${fresh.size} files)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
