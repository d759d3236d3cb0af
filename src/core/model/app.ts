import { parseYamlWithDocs, YamlError } from "../../yaml/fast.ts";
import { ownValidators } from "../checks/ajv.ts";
import type { Problem } from "../common/errors.ts";
import { ajvProblems, problemAt, type DocRef } from "./located.ts";
import { checkLabelName } from "./names.ts";
import type { SourceFile } from "./source.ts";

export interface TraitSpec {
  type: string;
  properties: Record<string, unknown>;
}

export interface ComponentSpec {
  name: string;
  type: string;
  properties: Record<string, unknown>;
  traits: TraitSpec[];
  /** index in spec.components, for error paths */
  index: number;
}

export interface PolicySpec {
  name: string;
  type: string;
  properties: Record<string, unknown>;
  index: number;
}

export interface StepSpec {
  name: string;
  type: string;
  properties: Record<string, unknown>;
  index: number;
  raw: Record<string, unknown>;
}

export interface AppSpec {
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  doc: DocRef;
  /** The document's own text: the app's share of the input digest. */
  docText: string;
  components: ComponentSpec[];
  policies: PolicySpec[];
  steps?: StepSpec[];
}

/** Parses every Application of the given files; problems are returned, never thrown. */
export function loadApps(files: SourceFile[]): { apps: AppSpec[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const apps: AppSpec[] = [];
  const seen = new Map<string, AppSpec>();
  for (const f of files) {
    const parsed = parseAppFile(f);
    problems.push(...parsed.problems);
    for (const app of parsed.apps) {
      const prev = seen.get(app.name);
      if (prev) {
        problems.push(
          problemAt(
            app.doc,
            ["metadata", "name"],
            `duplicate application "${app.name}" (also in ${prev.doc.file})`,
            "duplicate-app",
          ),
        );
        continue;
      }
      seen.set(app.name, app);
      apps.push(app);
    }
  }
  apps.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { apps, problems };
}

/**
 * Parsed files by path and content: the preview loads the base and the head of a
 * repository whose files are mostly identical, and parses each distinct file once.
 * Specs are never mutated after parsing (overrides and defaults work on copies).
 */
const parsedFiles = new Map<string, { apps: AppSpec[]; problems: Problem[] }>();
const PARSED_FILES_MAX = 20_000;

/**
 * Parses `files` into the cache `loadApps` reads, without collecting anything: a loader
 * that wants the event loop free meanwhile (git running beside it) parses in slices and
 * yields between them (flows/shared/load.ts).
 */
export function warmAppFiles(files: SourceFile[]): void {
  for (const f of files) parseAppFile(f);
}

function parseAppFile(f: SourceFile): { apps: AppSpec[]; problems: Problem[] } {
  const key = f.file + "\0" + f.text;
  const hit = parsedFiles.get(key);
  if (hit) return hit;
  const r = parseAppFileUncached(f);
  if (parsedFiles.size >= PARSED_FILES_MAX) parsedFiles.clear();
  parsedFiles.set(key, r);
  return r;
}

function parseAppFileUncached(f: SourceFile): { apps: AppSpec[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const apps: AppSpec[] = [];
  let docs: ReturnType<typeof parseYamlWithDocs>;
  try {
    docs = parseYamlWithDocs(f.text);
  } catch (e) {
    if (e instanceof YamlError) {
      problems.push({ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message });
      return { apps, problems };
    }
    throw e;
  }
  docs.forEach((d, docIndex) => {
    const doc: DocRef = { file: f.file, text: f.text, docIndex };
    if (d.value === null || d.value === undefined) return; // empty document
    const v = d.value as Record<string, unknown>;
    if (typeof v !== "object" || Array.isArray(v)) {
      problems.push(
        problemAt(
          doc,
          [],
          "expected an Application (a mapping with apiVersion: core.oam.dev/v1beta1, kind: Application)",
          "schema",
        ),
      );
      return;
    }
    if (v.kind !== "Application" || v.apiVersion !== "core.oam.dev/v1beta1") {
      problems.push(
        problemAt(
          doc,
          v.kind !== "Application" ? ["kind"] : ["apiVersion"],
          `expected apiVersion: core.oam.dev/v1beta1, kind: Application; found ${String(v.apiVersion)} ${String(v.kind)}`,
          "schema",
        ),
      );
      return;
    }
    const validate = ownValidators.app;
    if (!validate(v)) {
      problems.push(...ajvProblems(doc, [], validate.errors));
      return;
    }
    const app = toApp(v, doc, d.text, problems);
    if (app) apps.push(app);
  });
  return { apps, problems };
}

/** metadata and spec of an Application the schema accepted */
interface RawApp {
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: {
    components: RawComponent[];
    policies?: RawPolicy[];
    workflow?: { steps?: Record<string, unknown>[] };
  };
}

interface RawComponent {
  name: string;
  type: string;
  properties?: Record<string, unknown>;
  traits?: { type: string; properties?: Record<string, unknown> }[];
  dependsOn?: unknown;
  inputs?: unknown;
  outputs?: unknown;
}

interface RawPolicy {
  name: string;
  type: string;
  properties?: Record<string, unknown>;
}

/** The AppSpec of a schema-valid Application, or undefined when a name or field is refused. */
function toApp(
  v: Record<string, unknown>,
  doc: DocRef,
  docText: string,
  problems: Problem[],
): AppSpec | undefined {
  const { metadata: meta, spec } = v as unknown as RawApp;
  const bad = checkLabelName(meta.name);
  if (bad) {
    problems.push(problemAt(doc, ["metadata", "name"], `application name ${bad}`, "name"));
    return undefined;
  }
  const before = problems.length;
  const components = toComponents(spec.components, doc, problems);
  const policies = toPolicies(spec.policies ?? [], doc, problems);
  const rawSteps = spec.workflow?.steps;
  const steps = rawSteps ? toSteps(rawSteps, doc, problems) : undefined;
  if (problems.length > before) return undefined;
  return {
    name: meta.name,
    namespace: meta.namespace,
    labels: meta.labels ?? {},
    annotations: meta.annotations ?? {},
    doc,
    docText,
    components,
    policies,
    steps,
  };
}

/** The components: names DNS labels and unique; fields that need KubeVela's runtime refused. */
function toComponents(raw: RawComponent[], doc: DocRef, problems: Problem[]): ComponentSpec[] {
  const names = new Set<string>();
  return raw.map((c, index) => {
    const badName = checkLabelName(c.name);
    if (badName)
      problems.push(
        problemAt(doc, ["spec", "components", index, "name"], `component name ${badName}`, "name"),
      );
    if (names.has(c.name))
      problems.push(
        problemAt(
          doc,
          ["spec", "components", index, "name"],
          `duplicate component name "${c.name}"`,
          "duplicate-component",
        ),
      );
    names.add(c.name);
    for (const runtimeOnly of ["dependsOn", "inputs", "outputs"] as const) {
      if (c[runtimeOnly] !== undefined)
        problems.push(
          problemAt(
            doc,
            ["spec", "components", index, runtimeOnly],
            `"${runtimeOnly}" needs KubeVela's cluster runtime (health-gated ordering and data passing); capstan renders offline and cannot honour it — remove it, or order rollout with sync waves in the env repo`,
            "runtime-only",
          ),
        );
    }
    return {
      name: c.name,
      type: c.type,
      properties: c.properties ?? {},
      traits: (c.traits ?? []).map((t) => ({ type: t.type, properties: t.properties ?? {} })),
      index,
    };
  });
}

/** The policies: names unique. */
function toPolicies(raw: RawPolicy[], doc: DocRef, problems: Problem[]): PolicySpec[] {
  const policyNames = new Set<string>();
  return raw.map((p, index) => {
    if (policyNames.has(p.name))
      problems.push(
        problemAt(
          doc,
          ["spec", "policies", index, "name"],
          `duplicate policy name "${p.name}"`,
          "duplicate-policy",
        ),
      );
    policyNames.add(p.name);
    return { name: p.name, type: p.type, properties: p.properties ?? {}, index };
  });
}

/** The workflow steps: fields that need KubeVela's runtime refused. */
function toSteps(raw: Record<string, unknown>[], doc: DocRef, problems: Problem[]): StepSpec[] {
  return raw.map((s, index) => {
    for (const runtimeOnly of ["dependsOn", "inputs", "outputs", "if"] as const) {
      if (s[runtimeOnly] !== undefined)
        problems.push(
          problemAt(
            doc,
            ["spec", "workflow", "steps", index, runtimeOnly],
            `workflow step "${runtimeOnly}" needs KubeVela's cluster runtime; capstan renders offline and cannot honour it`,
            "runtime-only",
          ),
        );
    }
    return {
      name: s.name as string,
      type: s.type as string,
      properties: (s.properties as Record<string, unknown>) ?? {},
      index,
      raw: s,
    };
  });
}
