// Precompiles the parameter schemas of the built-in capabilities (ajv standalone code,
// bundled as CommonJS into <outdir>/validators/) so a run loads a validator instead of
// compiling it (docs/performance.md). The runtime picks one only
// when the schema's hash matches (src/core/capabilities/precompiled.ts); any other
// schema — a pack's, or a changed built-in — is compiled as before.
// The Ajv options are src/core/checks/ajv.ts's (src/core/checks/ajv-options.json).
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { parse } from "yaml";
import { build } from "esbuild";
import AJV_OPTIONS from "../src/core/checks/ajv-options.json" with { type: "json" };

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standalone = standaloneCode.default ?? standaloneCode;

/** sha256 of the schema's JSON text: the key the runtime looks validators up by. */
export function schemaHash(schema) {
  return createHash("sha256").update(JSON.stringify(schema)).digest("hex").slice(0, 32);
}

export async function buildParamValidators(outdir, capabilitiesDir = "capabilities") {
  const tmp = mkdtempSync(join(tmpdir(), "capstan-validators-"));
  try {
    const entryPoints = {};
    const index = {};
    for (const name of readdirSync(capabilitiesDir).sort()) {
      const dir = join(capabilitiesDir, name);
      if (!existsSync(dir) || name.endsWith(".json")) continue;
      for (const version of readdirSync(dir).sort()) {
        const file = join(dir, version, "capability.yaml");
        if (!existsSync(file)) continue;
        const schema = parse(readFileSync(file, "utf8"))?.parameters;
        if (!schema || typeof schema !== "object") continue;
        const hash = schemaHash(schema);
        if (index[hash]) continue;
        const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
        addFormats(ajv);
        const code = standalone(ajv, ajv.compile(schema));
        // formats would need ajv-formats at run time: leave those schemas to the runtime compile
        if (code.includes("ajv-formats")) continue;
        const base = `${name}@${version}`;
        writeFileSync(join(tmp, `${base}.cjs`), code);
        entryPoints[base] = join(tmp, `${base}.cjs`);
        index[hash] = `${base}.cjs`;
      }
    }
    const out = join(outdir, "validators");
    mkdirSync(out, { recursive: true });
    await build({
      entryPoints,
      outdir: out,
      outExtension: { ".js": ".cjs" },
      bundle: true,
      // the generated files sit in a temp dir: resolve ajv's runtime from this project
      nodePaths: [join(process.cwd(), "node_modules")],
      platform: "node",
      format: "cjs",
      target: "node20",
      legalComments: "none",
      // drops esbuild's path comments, which would name the temp dir (builds must be reproducible)
      minifyWhitespace: true,
      logLevel: "warning",
    });
    writeFileSync(join(out, "index.json"), JSON.stringify(index, null, 1) + "\n");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The built-in capabilities' capability.yaml files, parsed at build time by capstan's own
 * YAML reader (src/yaml/fast.ts) into <outdir>/validators/capabilities.json, keyed by the
 * sha256 of the text: a run looks a definition up instead of parsing it
 * (docs/performance.md). Only values that survive a JSON round trip unchanged
 * are kept; anything else is parsed at run time as before.
 */
export async function buildCapabilityValues(outdir, capabilitiesDir = "capabilities") {
  const { register } = await import("tsx/esm/api");
  const unregister = register();
  try {
    const { parseYamlWithDocs } = await import("../src/yaml/fast.ts");
    const { isDeepStrictEqual } = await import("node:util");
    const values = {};
    for (const name of readdirSync(capabilitiesDir).sort()) {
      const dir = join(capabilitiesDir, name);
      if (!existsSync(dir) || name.endsWith(".json")) continue;
      for (const version of readdirSync(dir).sort()) {
        const file = join(dir, version, "capability.yaml");
        if (!existsSync(file)) continue;
        // keyed by the text as the runtime reads it (UTF-8, a BOM dropped): any other text misses
        let text = readFileSync(file, "utf8");
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        const docs = parseYamlWithDocs(text);
        if (docs.length !== 1) continue;
        const json = JSON.stringify(docs[0].value);
        if (!isDeepStrictEqual(JSON.parse(json), docs[0].value)) continue;
        values[createHash("sha256").update(text).digest("hex")] = json;
      }
    }
    const out = join(outdir, "validators");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "capabilities.json"), JSON.stringify(values, null, 1) + "\n");
  } finally {
    await unregister();
  }
}

/**
 * The built-in capabilities' templates (template.yaml.hbs, patch.yaml.hbs), parsed at
 * build time by Handlebars into <outdir>/validators/templates/<sha256 of the text>.json,
 * one file each (a run reads the few it uses). A run's first use of a template looks its
 * AST up instead of parsing it (src/core/capabilities/template.ts; docs/performance.md);
 * any other text — a pack's, a changed built-in, reference mode — is parsed as before.
 */
export async function buildTemplateAsts(outdir, capabilitiesDir = "capabilities") {
  const { default: Handlebars } = await import("handlebars");
  const hbs = Handlebars.create();
  const out = join(outdir, "validators", "templates");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(capabilitiesDir).sort()) {
    const dir = join(capabilitiesDir, name);
    if (!existsSync(dir) || name.endsWith(".json")) continue;
    for (const version of readdirSync(dir).sort())
      for (const file of ["template.yaml.hbs", "patch.yaml.hbs"]) {
        const path = join(dir, version, file);
        if (!existsSync(path)) continue;
        const text = readFileSync(path, "utf8");
        let ast;
        try {
          ast = hbs.parse(text);
        } catch {
          continue; // a syntax error is reported at run time, by the same parse
        }
        const key = createHash("sha256").update(text).digest("hex");
        writeFileSync(join(out, `${key}.json`), JSON.stringify(ast) + "\n");
      }
  }
}
