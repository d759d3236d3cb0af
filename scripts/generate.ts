/**
 * Every generated file of the repository, from one list (docs/architecture.md,
 * "Generated files"):
 *
 *   npm run generate                      write every file that is stale
 *   npm run generate -- --check           exit 1 naming each stale file (npm test runs it)
 *   npm run generate -- --replace n@v     DIGESTS.json: replace an unreleased version's digest
 *
 * To add a generated file, add one entry to GENERATORS: its path and a function returning
 * the text it must hold. dist/ (the bundles and the built-in parameter validators) comes
 * last, from scripts/build.mjs, and is compared the same way (scripts/check-dist.mjs).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { builtinReference } from "../src/tools/capability-docs.ts";
import { generateDigests } from "./generators/digests.ts";
import { generateKubeRegistry } from "./generators/kube-registry.mjs";
import { generateValidators } from "./generators/validators.ts";

const ROOT = join(import.meta.dirname, "..");

interface Generator {
  /** relative to the repository root */
  file: string;
  make: (opts: { replace: ReadonlySet<string> }) => string | Promise<string>;
}

const GENERATORS: Generator[] = [
  { file: "src/generated/validators.ts", make: () => generateValidators() },
  { file: "src/generated/kube-registry.ts", make: () => generateKubeRegistry() },
  { file: "docs/capabilities.md", make: () => builtinReference() },
  { file: "capabilities/DIGESTS.json", make: ({ replace }) => generateDigests(replace) },
];

/**
 * Generators that are scripts of their own: `--check` compares offline, a plain run writes.
 * Each is checked first and written only when stale: scripts/gen-kube-current.mjs fetches its
 * pinned packages with `npm pack` (the registry) when it writes; its check needs no network.
 */
const SCRIPTS: { files: string; script: string }[] = [
  { files: "src/generated/kube-fields.ts", script: "scripts/gen-kube-fields.mjs" },
  {
    files: "src/generated/kube-current.ts, src/generated/current/",
    script: "scripts/gen-kube-current.mjs",
  },
];

const { values } = parseArgs({
  options: {
    check: { type: "boolean" },
    replace: { type: "string", multiple: true },
    "no-dist": { type: "boolean" },
  },
});
const replace = new Set(values.replace ?? []);
const stale: string[] = [];
for (const g of GENERATORS) {
  const path = join(ROOT, g.file);
  let text: string;
  try {
    text = await g.make({ replace });
  } catch (e) {
    process.stderr.write(`${g.file}: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (current === text) continue;
  if (values.check) stale.push(g.file);
  else {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${g.file}\n`);
  }
}
for (const s of SCRIPTS) {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, s.script), ...args], { encoding: "utf8", cwd: ROOT });
  if (run("--check").status === 0) continue;
  if (values.check) {
    stale.push(s.files);
    continue;
  }
  const r = run();
  if (r.status !== 0) {
    process.stderr.write(`${s.files}: ${r.stderr || r.stdout}`);
    process.exit(1);
  }
  process.stdout.write(r.stdout);
}
if (stale.length) {
  process.stderr.write(`stale generated file(s): ${stale.join(", ")}; run \`npm run generate\`\n`);
  process.exit(1);
}
if (!values["no-dist"]) {
  const script = values.check ? "scripts/check-dist.mjs" : "scripts/build.mjs";
  const r = spawnSync(process.execPath, [join(ROOT, script)], { stdio: "inherit", cwd: ROOT });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (values.check)
  process.stdout.write(
    `generated files are current (${GENERATORS.length + SCRIPTS.length}${values["no-dist"] ? "" : " + dist/"})\n`,
  );
