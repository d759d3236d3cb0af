import { createHash } from "node:crypto";
import { parseYamlWithDocs, YamlError } from "../../yaml/fast.ts";
import { jsonSchemaProblem, ownValidators } from "../checks/ajv.ts";
import type { Problem } from "../common/errors.ts";
import { ajvProblems, type DocRef } from "../model/located.ts";
import { DNS1123_LABEL } from "../model/names.ts";
import { parseSemVer, type SemVer } from "../model/semver.ts";
import type { CapabilityPack } from "../model/source.ts";
import { compileTemplate, type TemplateFn } from "./template.ts";
import type { DirectFn } from "./direct.ts";
import { precompiledCapabilityValue } from "./precompiled.ts";
import type { Capability, CapabilityKind, KindRef } from "./types.ts";

/** The content digest the lock records: capability.yaml and templates, LF-normalised, sorted (tests/ excluded). */
export function capabilityDigest(files: Map<string, string>): string {
  const h = createHash("sha256");
  for (const p of [...files.keys()].filter((p) => !p.startsWith("tests/")).sort()) {
    h.update(p);
    h.update("\0");
    h.update(files.get(p)!.replace(/\r\n?/g, "\n"));
    h.update("\0");
  }
  return "sha256:" + h.digest("hex");
}

/** Reads every `<name>/<version>/` folder of a pack. Problems are returned, never thrown. */
export function loadPack(pack: CapabilityPack): {
  capabilities: Capability[];
  problems: Problem[];
} {
  const groups = new Map<string, Map<string, string>>();
  for (const [path, text] of pack.files) {
    const parts = path.split("/");
    if (parts.length < 3) continue; // README.md etc. at the pack root or a capability's root
    const key = `${parts[0]}/${parts[1]}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Map()));
    g.set(parts.slice(2).join("/"), text);
  }
  const capabilities: Capability[] = [];
  const problems: Problem[] = [];
  for (const key of [...groups.keys()].sort()) {
    const [name, version] = key.split("/") as [string, string];
    const files = groups.get(key)!;
    const dir = pack.displayRoot + key;
    const cap = loadOne(name, version, files, dir, pack, problems);
    if (cap) capabilities.push(cap);
  }
  return { capabilities, problems };
}

/** One `<name>/<version>/` folder as a Capability, or undefined with its problem recorded. */
function loadOne(
  name: string,
  version: string,
  files: Map<string, string>,
  dir: string,
  pack: CapabilityPack,
  problems: Problem[],
): Capability | undefined {
  const id = `${name}@${version}`;
  const semver = folderSemVer(name, version, dir, id, problems);
  if (!semver) return undefined;
  const text = files.get("capability.yaml");
  if (text === undefined) {
    problems.push({
      file: dir,
      code: "capability",
      capability: id,
      message: "missing capability.yaml",
    });
    return undefined;
  }
  const yamlFile = `${dir}/capability.yaml`;
  const y = readDefinition(text, yamlFile, id, problems);
  if (!y) return undefined;
  const templateName = y.kind === "ComponentType" ? "template.yaml.hbs" : "patch.yaml.hbs";
  const templateText = files.get(templateName);
  if (templateText === undefined) {
    problems.push({
      file: dir,
      code: "capability",
      capability: id,
      message: `a ${y.kind} needs ${templateName}`,
    });
    return undefined;
  }
  const why = jsonSchemaProblem(y.parameters);
  if (why !== undefined) {
    problems.push({
      file: yamlFile,
      code: "capability",
      capability: id,
      path: "/parameters",
      message: `parameters is not a valid JSON Schema: ${why}`,
    });
    return undefined;
  }
  const templateFile = `${dir}/${templateName}`;
  const template = lazyTemplate(templateText, templateFile, id);
  return {
    name,
    version,
    semver,
    kind: y.kind,
    description: y.description,
    workload: y.workload,
    podTemplate: y.podTemplate,
    appliesTo: y.appliesTo ?? ["*"],
    conflictsWith: (y.conflictsWith ?? []).map((c) => (typeof c === "string" ? c : c.trait)),
    conflictReasons: Object.fromEntries(
      (y.conflictsWith ?? []).flatMap((c) => (typeof c === "string" ? [] : [[c.trait, c.reason]])),
    ),
    emits: y.emits ?? (y.workload ? [y.workload] : []),
    parameters: y.parameters,
    examples: y.examples ?? [],
    source: pack.source,
    commit: pack.commit,
    digest: capabilityDigest(files),
    dir,
    templateFile,
    templateText,
    template: template.template,
    templateValue: template.templateValue,
    templateProblems: template.templateProblems,
    tests: testCases(files),
  };
}

/** The version folder's semantic version, when both folder names are valid. */
function folderSemVer(
  name: string,
  version: string,
  dir: string,
  id: string,
  problems: Problem[],
): SemVer | undefined {
  if (!DNS1123_LABEL.test(name)) {
    problems.push({
      file: dir,
      code: "capability",
      capability: id,
      message: `capability folder "${name}" is not a valid name (lower-case letters, digits, '-')`,
    });
    return undefined;
  }
  const semver = parseSemVer(version);
  if (!semver || version.startsWith("v")) {
    problems.push({
      file: dir,
      code: "capability",
      capability: id,
      message: `version folder "${version}" is not a semantic version like 1.0.0`,
    });
    return undefined;
  }
  return semver;
}

/** capability.yaml as the schema admits it. */
interface Definition {
  kind: CapabilityKind;
  description: string;
  workload?: KindRef;
  podTemplate?: string;
  appliesTo?: string[];
  conflictsWith?: (string | { trait: string; reason: string })[];
  emits?: KindRef[];
  parameters: Record<string, unknown>;
  examples?: unknown[];
}

/** capability.yaml parsed (or precompiled) and validated by its schema. */
function readDefinition(
  text: string,
  yamlFile: string,
  id: string,
  problems: Problem[],
): Definition | undefined {
  let value: unknown = precompiledCapabilityValue(text);
  try {
    value ??= parseYamlWithDocs(text)[0]?.value;
  } catch (e) {
    if (e instanceof YamlError) {
      problems.push({
        file: yamlFile,
        line: e.line,
        col: e.col,
        code: "yaml",
        capability: id,
        message: e.message,
      });
      return undefined;
    }
    throw e;
  }
  const doc: DocRef = { file: yamlFile, text, docIndex: 0 };
  const validate = ownValidators.capability;
  if (!validate(value)) {
    problems.push(...ajvProblems(doc, [], validate.errors, { capability: id }));
    return undefined;
  }
  return value as Definition;
}

/**
 * The template, compiled on first use (most runs use a few of the capabilities a pack
 * holds): the dialect's checks then report there — `prepare` for a render,
 * `templateProblems` for validate / `capabilities test` / `capabilities add`, which
 * check every template.
 */
function lazyTemplate(
  templateText: string,
  templateFile: string,
  id: string,
): Pick<Capability, "template" | "templateValue" | "templateProblems"> {
  let compiled: { fn?: TemplateFn; direct?: DirectFn; problems: Problem[] } | undefined;
  const compile = (): { fn?: TemplateFn; direct?: DirectFn; problems: Problem[] } =>
    (compiled ??= compileLocated(templateText, templateFile, id));
  return {
    template: (context) => {
      const c = compile();
      if (!c.fn) throw new Error(c.problems[0]?.message ?? "template does not compile");
      return c.fn(context);
    },
    templateValue: (input) => compile().direct?.(input),
    templateProblems: () => compile().problems,
  };
}

/** The golden cases: `tests/<case>/<file>` → case → file → text. */
function testCases(files: Map<string, string>): Map<string, Map<string, string>> {
  const tests = new Map<string, Map<string, string>>();
  for (const [p, t] of files) {
    const m = /^tests\/([^/]+)\/(.+)$/.exec(p);
    if (!m) continue;
    let c = tests.get(m[1]!);
    if (!c) tests.set(m[1]!, (c = new Map()));
    c.set(m[2]!, t);
  }
  return tests;
}

function compileLocated(
  text: string,
  file: string,
  capability: string,
): { fn?: TemplateFn; direct?: DirectFn; problems: Problem[] } {
  const r = compileTemplate(text);
  return {
    fn: r.fn,
    direct: r.direct,
    problems: r.issues.map((i) => ({
      file,
      line: i.line,
      col: i.col,
      code: "template",
      capability,
      message: i.message,
    })),
  };
}

/** Compiles every template of `caps` (they compile lazily) and returns the located problems. */
export function templateProblems(caps: readonly Capability[]): Problem[] {
  return caps.flatMap((c) => c.templateProblems());
}
