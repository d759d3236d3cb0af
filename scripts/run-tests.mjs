// Runs every test/**/*.test.ts with node's test runner (Node 20 has no --test globs), then
// the reference-mode pass: the golden, parity and example tests again with
// CAPSTAN_REFERENCE=1 (docs/reference-mode.md), whose outputs must be the same bytes.
//   node scripts/run-tests.mjs             both passes (npm test, after lint and generate --check)
//   node scripts/run-tests.mjs --quick     the quick tier (npm run test:quick)
//   node scripts/run-tests.mjs FILE…       those files, fast paths only
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

/** The tests that compare output with expected bytes: they must pass on both paths. */
export const REFERENCE_SUITE = [
  "test/capabilities/golden.test.ts",
  "test/capabilities/worked-example.test.ts",
  "test/core/example.test.ts",
  "test/core/reference-mode.test.ts",
  "test/core/unchanged.test.ts",
  "test/diff/golden.test.ts",
  "test/parity/kubevela-docs.test.ts",
  "test/parity/sock-shop.test.ts",
];

/**
 * The quick tier: unit tests of the pure core, YAML, kube checks and adapters' pure parts —
 * no git, no child process, no property runs, no whole-corpus renders (docs/engineering.md).
 */
export const QUICK_SUITE = [
  "test/adapters/github.test.ts",
  "test/adapters/retry.test.ts",
  "test/capabilities/builtin-digests.test.ts",
  "test/capabilities/reference.test.ts",
  "test/core/binding.test.ts",
  "test/core/config.test.ts",
  "test/core/glob.test.ts",
  "test/core/patch.test.ts",
  "test/core/registry.test.ts",
  "test/core/runtime.test.ts",
  "test/core/template.test.ts",
  "test/core/workflows.test.ts",
  "test/flow/posted-objects.test.ts",
  "test/hostile/spec.test.ts",
  "test/kube/kube.test.ts",
  "test/yaml/locate.test.ts",
];

function find(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? find(p) : p.endsWith(".test.ts") ? [p] : [];
    });
}

function run(files, env = {}) {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "--test", "--test-concurrency=2", ...files],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  return r.status ?? 1;
}

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = quick ? QUICK_SUITE : args;
let status = run(only.length ? only : find("test"), { CAPSTAN_REFERENCE: "0" });
if (status === 0 && !only.length) {
  process.stderr.write(
    "\nreference mode (CAPSTAN_REFERENCE=1): " + REFERENCE_SUITE.join(" ") + "\n",
  );
  status = run(REFERENCE_SUITE, { CAPSTAN_REFERENCE: "1" });
}
process.exit(status);
