#!/usr/bin/env node
// Current API versions without current packages (docs/architecture.md, "Current API
// versions"). The schema packages' current majors declare engines node >=22 and must not
// be installed (Node 20 is supported). This script fetches the versions pinned in
// scripts/kube-pins.json with `npm pack` into the git-ignored .cache/kube-schemas/,
// checks each tarball's integrity, and compiles what the runtime needs for every kind
// the installed packages lack:
//   src/generated/current/<kind>.js   the package's precompiled ajv validator, bundled
//                                (formats come from the installed @kubernetes-models/validate,
//                                whose `formats` is the same as the pinned one's)
//   src/generated/kube-current.ts  field trees and loaders of those kinds, with the pins
//                                and a digest of everything generated in its header
//
//   node scripts/gen-kube-current.mjs          # fetch (network only when the cache lacks a pin) and write
//   node scripts/gen-kube-current.mjs --check  # offline: pins in the header = kube-pins.json,
//                                              # and the generated files are unedited
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { buildTrees } from "./kube-field-trees.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pinsFile = join(root, "scripts/kube-pins.json");
const cache = join(root, ".cache/kube-schemas");
const outDir = join(root, "src/generated/current");
const outTs = join(root, "src/generated/kube-current.ts");
const registryFile = join(root, "src/generated/kube-registry.ts");

const SKIP_KINDS = new Set([
  "Binding",
  "DeploymentRollback",
  "Eviction",
  "LocalSubjectAccessReview",
  "Scale",
  "SelfSubjectAccessReview",
  "SelfSubjectReview",
  "SelfSubjectRulesReview",
  "SubjectAccessReview",
  "TokenRequest",
  "TokenReview",
]);

const pins = JSON.parse(readFileSync(pinsFile, "utf8"));
const allPins = [...pins.packages, ...pins.support];
const pinLines = allPins.map((p) => `// ${p.name}@${p.version} ${p.integrity}`);

function sha512(file) {
  return `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;
}

/** The pinned tarball in the cache (fetched when missing), integrity checked, extracted. */
function fetchPin(pin) {
  const tarballs = join(cache, "tarballs");
  mkdirSync(tarballs, { recursive: true });
  const tgz = join(tarballs, `${pin.name.replace(/^@/, "").replace("/", "-")}-${pin.version}.tgz`);
  if (!existsSync(tgz)) {
    const r = spawnSync(
      "npm",
      ["pack", `${pin.name}@${pin.version}`, "--pack-destination", tarballs, "--silent"],
      {
        encoding: "utf8",
      },
    );
    if (r.status !== 0) throw new Error(`npm pack ${pin.name}@${pin.version} failed: ${r.stderr}`);
  }
  const got = sha512(tgz);
  if (got !== pin.integrity)
    throw new Error(
      `${pin.name}@${pin.version}: tarball integrity ${got} ≠ pinned ${pin.integrity}`,
    );
  const dir = join(cache, "node_modules", pin.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const x = spawnSync("tar", ["-xzf", tgz, "-C", dir, "--strip-components=1"], {
    encoding: "utf8",
  });
  if (x.status !== 0) throw new Error(`cannot extract ${tgz}: ${x.stderr}`);
  return dir;
}

/** `interface I<Kind>` with literal apiVersion/kind in a .d.ts → apiVersion, else undefined. */
function apiVersionOf(dts, kind) {
  const text = readFileSync(dts, "utf8");
  if (!/static apiVersion/.test(text)) return undefined;
  const sf = ts.createSourceFile(dts, text, ts.ScriptTarget.Latest, false);
  let found;
  sf.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== `I${kind}`) return;
    const lit = (name) => {
      const m = node.members.find(
        (x) => x.name && ts.isStringLiteral(x.name) && x.name.text === name,
      );
      return m?.type && ts.isLiteralTypeNode(m.type) && ts.isStringLiteral(m.type.literal)
        ? m.type.literal.text
        : undefined;
    };
    if (lit("kind") === kind) found = lit("apiVersion");
  });
  return found;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory())
        return e.name === "_schemas" || e.name === "node_modules" ? [] : filesUnder(p);
      return [p];
    });
}

/**
 * Every kind of the pinned packages, each with its validator module; `isNew` when the
 * installed packages lack it (only those get a validator; every kind gets a field tree, so
 * that fields newer than the installed schemas are not refused).
 */
function pinnedKinds(dirs) {
  const installed = new Set(
    [...readFileSync(registryFile, "utf8").matchAll(/^ {2}\["([^"]+)"/gm)].map((m) => m[1]),
  );
  const kinds = new Map();
  for (const dir of dirs) {
    for (const dts of filesUnder(dir).filter(
      (f) => f.endsWith(".d.ts") && !f.endsWith("index.d.ts"),
    )) {
      const kind = dts.slice(dts.lastIndexOf("/") + 1, -".d.ts".length);
      if (kind.endsWith("List") || SKIP_KINDS.has(kind)) continue;
      const js = dts.replace(/\.d\.ts$/, ".js");
      if (!existsSync(js)) continue;
      const apiVersion = apiVersionOf(dts, kind);
      if (!apiVersion) continue;
      const key = `${apiVersion}|${kind}`;
      if (kinds.has(key)) continue;
      const m = /from"(\.[^"]*_schemas\/[^"]+)"/.exec(readFileSync(js, "utf8"));
      if (!m) throw new Error(`${js}: no precompiled validator import`);
      kinds.set(key, {
        key,
        kind,
        dts,
        validator: join(dirname(js), m[1]),
        isNew: !installed.has(key),
      });
    }
  }
  return [...kinds.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const moduleName = (key) => key.replace(/[^A-Za-z0-9]+/g, "_");

async function bundleValidators(kinds) {
  const { build } = await import("esbuild");
  const entries = join(cache, "entries");
  rmSync(entries, { recursive: true, force: true });
  mkdirSync(entries, { recursive: true });
  const entryPoints = {};
  for (const k of kinds) {
    const f = join(entries, `${moduleName(k.key)}.js`);
    writeFileSync(f, `export { validate } from ${JSON.stringify(k.validator)};\n`);
    entryPoints[moduleName(k.key)] = f;
  }
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    chunkNames: "chunks/[hash]",
    legalComments: "none",
    external: ["@kubernetes-models/validate", "@kubernetes-models/validate/*"],
    banner: {
      js: "// GENERATED by scripts/gen-kube-current.mjs from the MIT-licensed packages pinned in scripts/kube-pins.json — do not edit.",
    },
    logLevel: "warning",
  });
  const dts =
    "// GENERATED by scripts/gen-kube-current.mjs — do not edit.\n" +
    'export declare const validate: ((data: unknown) => boolean) & { errors?: import("../problems.ts").AjvLikeError[] | null };\n';
  for (const k of kinds) writeFileSync(join(outDir, `${moduleName(k.key)}.d.ts`), dts);
}

/** sha256 over the generated validator files and the body of kube-current.ts. */
function digestOf(body) {
  const h = createHash("sha256");
  if (existsSync(outDir))
    for (const f of filesUnder(outDir))
      h.update(`${relative(outDir, f)}\0`)
        .update(readFileSync(f))
        .update("\0");
  return h.update(body).digest("hex");
}

const HEAD = "// GENERATED by scripts/gen-kube-current.mjs — do not edit by hand.\n";

function bodyOf(kinds, trees) {
  let s = `
export type FieldNode = Readonly<Record<string, number>>;

/** Field trees of every pinned kind ({ field: child }, { "": child } for a map, -1 open). */
export const CURRENT_FIELD_NODES: readonly FieldNode[] = JSON.parse(${JSON.stringify(JSON.stringify(trees.table))});

export const CURRENT_FIELD_ROOTS: ReadonlyMap<string, number> = new Map(JSON.parse(${JSON.stringify(JSON.stringify(trees.roots))}));

/** "apiVersion|Kind" → the kind's validator module (it exports \`validate\`, an ajv function). */
export const CURRENT_KINDS: ReadonlyMap<string, () => Promise<unknown>> = new Map<string, () => Promise<unknown>>([
`;
  for (const k of kinds)
    s += `  [${JSON.stringify(k.key)}, () => import("./current/${moduleName(k.key)}.js")],\n`;
  return s + "]);\n";
}

function header(digest, count, trees) {
  return `${HEAD}// Pinned (scripts/kube-pins.json; fetched with npm pack, never installed):
${pinLines.join("\n")}
// Field trees of the ${trees} kinds they define (used before the installed packages' trees).
// ${count} kinds the installed schema packages lack. digest ${digest}
`;
}

function check() {
  const text = existsSync(outTs) ? readFileSync(outTs, "utf8") : "";
  const at = text.indexOf("\nexport type FieldNode");
  const digest = /digest ([0-9a-f]{64})/.exec(text)?.[1];
  const count = /\/\/ (\d+) kinds the installed/.exec(text)?.[1];
  const trees = /Field trees of the (\d+) kinds/.exec(text)?.[1];
  const problems = [];
  if (at < 0 || !digest || !count || !trees) problems.push(`${outTs} is missing or malformed`);
  else {
    if (
      text.slice(0, text.indexOf("\n", text.indexOf(" kinds the installed")) + 1) !==
      header(digest, count, trees)
    )
      problems.push(`the pins in ${relative(root, outTs)} differ from scripts/kube-pins.json`);
    if (digestOf(text.slice(at)) !== digest)
      problems.push(
        `src/generated/current/ or ${relative(root, outTs)} was edited after generation`,
      );
  }
  if (problems.length) {
    console.error(
      `${problems.join("\n")}\nrun node scripts/gen-kube-current.mjs (fetches the pinned tarballs)`,
    );
    process.exit(1);
  }
  console.log(`${outTs} is consistent with scripts/kube-pins.json (${count} kinds)`);
}

async function generate() {
  const dirs = pins.packages.map(fetchPin);
  pins.support.forEach(fetchPin);
  const all = pinnedKinds(dirs);
  const trees = buildTrees(all, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const kinds = all.filter((k) => k.isNew);
  await bundleValidators(kinds);
  const body = bodyOf(kinds, trees);
  writeFileSync(outTs, header(digestOf(body), kinds.length, all.length) + body);
  console.log(
    `wrote ${relative(root, outTs)} and src/generated/current/ (${kinds.length} new kinds, ${all.length} field trees)`,
  );
}

if (process.argv.includes("--check")) check();
else await generate();
