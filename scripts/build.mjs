// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `--out DIR` builds elsewhere (the staleness test compares that with dist/).
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import {
  buildCapabilityValues,
  buildParamValidators,
  buildTemplateAsts,
} from "./param-validators.mjs";

const outIdx = process.argv.indexOf("--out");
const outdir = outIdx > 0 ? process.argv[outIdx + 1] : "dist";
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: {
    index: "src/index.ts",
    cli: "src/cli/main.ts",
    // write worker of `capstan render --out` (src/writer/writer-client.ts): node: modules
    // and the YAML emitter only
    "write-worker": "src/writer/write-worker.ts",
  },
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  // ajv-formats-draft2019 requires "punycode", which esbuild leaves to Node's core module;
  // that one is deprecated and node24 prints a DeprecationWarning into every job log.
  // The userland package (same API) is bundled instead.
  alias: { punycode: "punycode/punycode.js" },
  logLevel: "warning",
  // CommonJS dependencies inside an ESM bundle need require().
  banner: {
    js: 'import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);',
  },
});

// parameter validators of the built-in capabilities, precompiled (scripts/param-validators.mjs)
await buildParamValidators(outdir);
// the built-in capabilities' definitions, parsed (scripts/param-validators.mjs)
await buildCapabilityValues(outdir);
// the built-in capabilities' templates, parsed by Handlebars (scripts/param-validators.mjs)
await buildTemplateAsts(outdir);
