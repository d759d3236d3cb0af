/**
 * `capstan capabilities test [DIR]`: runs each capability's golden cases
 * (tests/<case>/app.yaml [+ env.yaml] → expected.yaml). `--update` rewrites
 * expected.yaml, to be reviewed in the diff like code.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { emitDocuments } from "../yaml/emit.ts";
import { parseYaml } from "../yaml/fast.ts";
import { preloadKinds, emptyCrdSet } from "../kube/index.ts";
import { loadApps, type AppSpec } from "../core/model/app.ts";
import { bindApp } from "../core/model/binding.ts";
import { checkObjects } from "../core/checks/checks.ts";
import { DEFAULT_KUBE_VERSION, type Environment, type GuardrailRef } from "../core/model/config.ts";
import { formatProblem, type Problem } from "../core/common/errors.ts";
import { applyGuardrails, resolveGuardrails } from "../core/checks/guardrails.ts";
import { isObj } from "../core/common/json.ts";
import { renderApp } from "../core/render/render.ts";
import { Registry } from "../core/capabilities/registry.ts";
import { loadPack, templateProblems } from "../core/capabilities/load.ts";
import type { Capability } from "../core/capabilities/types.ts";
import { builtinPackDir, readPack } from "../adapters/source-files.ts";
import type { Reporter } from "../flows/shared/reporter.ts";

export interface CaseResult {
  capability: string;
  case: string;
  ok: boolean;
  detail?: string;
}

export async function runCapabilityTests(
  dir: string | undefined,
  opts: { update?: boolean; only?: string },
  reporter: Reporter,
): Promise<CaseResult[]> {
  const problems: Problem[] = [];
  const builtinDir = builtinPackDir();
  const builtin = loadPack(readPack(builtinDir, "builtin", "<builtin>/", problems));
  const packDir = dir ?? builtinDir;
  const isBuiltin = packDir === builtinDir;
  const local = isBuiltin
    ? builtin
    : loadPack(readPack(packDir, `path:${packDir}`, packDir.replace(/\/?$/, "/"), problems));
  problems.push(...builtin.problems, ...(isBuiltin ? [] : local.problems));
  // Templates compile lazily: check every one of the pack under test.
  if (!problems.length) problems.push(...templateProblems(local.capabilities));
  if (problems.length) {
    reporter.problems(problems);
    return problems.map((p) => ({
      capability: p.capability ?? "?",
      case: "load",
      ok: false,
      detail: formatProblem(p),
    }));
  }
  const registry = new Registry(
    isBuiltin ? [builtin.capabilities] : [builtin.capabilities, local.capabilities],
  );
  await preloadKinds(
    registry
      .all()
      .flatMap((c) => c.emits)
      .filter((k) => k.kind !== "*"),
  );
  const results: CaseResult[] = [];
  for (const cap of local.capabilities) {
    if (opts.only && cap.name !== opts.only && `${cap.name}@${cap.version}` !== opts.only) continue;
    if (!cap.tests.size) {
      results.push({
        capability: `${cap.name}@${cap.version}`,
        case: "-",
        ok: false,
        detail: "has no golden cases (tests/<case>/app.yaml)",
      });
      continue;
    }
    // a version's golden cases render that version: an older one is pinned as a lock would
    const caseRegistry =
      registry.versions(cap.name)[0] === cap
        ? registry
        : new Registry(
            isBuiltin ? [builtin.capabilities] : [builtin.capabilities, local.capabilities],
            {
              entries: [
                { name: cap.name, version: cap.version, source: cap.source, digest: cap.digest },
              ],
            },
          );
    for (const [name, files] of [...cap.tests].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      results.push(
        await runCase(
          cap,
          name,
          files,
          caseRegistry,
          join(packDir, cap.name, cap.version, "tests", name),
          opts.update ?? false,
        ),
      );
    }
  }
  for (const r of results)
    reporter.info(
      `${r.ok ? "ok  " : "FAIL"} ${r.capability} ${r.case}${r.detail ? `\n     ${r.detail.replace(/\n/g, "\n     ")}` : ""}`,
    );
  return results;
}

/** One golden case: the app rendered for the case's environment and compared with what the case expects. */
async function runCase(
  cap: Capability,
  name: string,
  files: Map<string, string>,
  registry: Registry,
  caseDir: string,
  update: boolean,
): Promise<CaseResult> {
  const id = `${cap.name}@${cap.version}`;
  const appText = files.get("app.yaml");
  if (appText === undefined)
    return { capability: id, case: name, ok: false, detail: "missing app.yaml" };
  const { problems, docs } = renderCase(cap, name, files, registry, appText);
  const expectErrors = files.get("expected-errors.txt");
  if (expectErrors !== undefined) return expectedErrorsResult(id, name, problems, expectErrors);
  if (problems.length)
    return {
      capability: id,
      case: name,
      ok: false,
      detail: problems.map(formatProblem).join("\n"),
    };
  return expectedOutputResult(id, name, files, caseDir, emitDocuments(docs), update);
}

/** The case's environment: env.yaml's name, kubeVersion, policies, namespace, literal Secrets and guardrails. */
function caseEnvironment(envDoc: Record<string, unknown>): Environment {
  return {
    name: typeof envDoc.name === "string" ? envDoc.name : "test",
    autoDeploy: true,
    approval: "none",
    kubeVersion: typeof envDoc.kubeVersion === "string" ? envDoc.kubeVersion : DEFAULT_KUBE_VERSION,
    policies: Array.isArray(envDoc.policies)
      ? envDoc.policies.map(String)
      : [typeof envDoc.name === "string" ? envDoc.name : "test"],
    namespace: typeof envDoc.namespace === "string" ? envDoc.namespace : undefined,
    allowLiteralSecrets: envDoc.allowLiteralSecrets === true,
    createNamespaces: false,
    guardrails: (Array.isArray(envDoc.guardrails) ? envDoc.guardrails : []).map(
      (g, i): GuardrailRef => ({
        type: String((g as Record<string, unknown>).type),
        properties: isObj((g as Record<string, unknown>).properties)
          ? ((g as Record<string, unknown>).properties as Record<string, unknown>)
          : {},
        index: i,
      }),
    ),
    index: 0,
  };
}

/** The case's apps bound, rendered, guarded and checked: the problems and the objects. */
function renderCase(
  cap: Capability,
  name: string,
  files: Map<string, string>,
  registry: Registry,
  appText: string,
): { problems: Problem[]; docs: unknown[] } {
  const envDoc = files.has("env.yaml")
    ? (parseYaml(files.get("env.yaml")!)[0] as Record<string, unknown>)
    : {};
  const env = caseEnvironment(envDoc);
  const rel = `tests/${name}/app.yaml`;
  const loaded = loadApps([{ file: `${cap.dir}/${rel}`, text: appText }]);
  const problems: Problem[] = [...loaded.problems];
  for (const app of loaded.apps) pinToCaseVersion(app, cap);
  const docs: unknown[] = [];
  const crds = emptyCrdSet();
  const envCfgDoc = {
    file: `${cap.dir}/tests/${name}/env.yaml`,
    text: files.get("env.yaml") ?? "{}\n",
    docIndex: 0,
  };
  const g = resolveGuardrails({ ...env, index: 0 }, registry, envCfgDoc);
  problems.push(...g.problems);
  for (const app of loaded.apps) {
    const b = bindApp(app, [env]);
    problems.push(...b.problems);
    for (const binding of b.bindings) {
      const r = renderApp(app, binding, { registry, crds });
      problems.push(...r.problems);
      problems.push(...applyGuardrails(app.name, env, r.objects, g.guardrails));
      problems.push(...checkObjects(app.name, env, r.objects, crds));
      docs.push(...r.objects.map((o) => o.obj));
    }
  }
  return { problems, docs };
}

/** expected-errors.txt: every line of it must be in some reported problem. */
function expectedErrorsResult(
  id: string,
  name: string,
  problems: Problem[],
  expectErrors: string,
): CaseResult {
  const got = problems.map(formatProblem).join("\n");
  const want = expectErrors.trim().split("\n").filter(Boolean);
  const missing = want.filter((w) => !got.includes(w));
  return missing.length
    ? {
        capability: id,
        case: name,
        ok: false,
        detail: `expected errors not reported: ${missing.join("; ")}\ngot: ${got || "(no errors)"}`,
      }
    : { capability: id, case: name, ok: true };
}

/** expected.yaml: the output's bytes, or (`update`) rewritten to them. */
function expectedOutputResult(
  id: string,
  name: string,
  files: Map<string, string>,
  caseDir: string,
  text: string,
  update: boolean,
): CaseResult {
  const expectedPath = join(caseDir, "expected.yaml");
  if (update) {
    if (files.get("expected.yaml") !== text) writeFileSync(expectedPath, text);
    return {
      capability: id,
      case: name,
      ok: true,
      detail: files.get("expected.yaml") === text ? undefined : "expected.yaml updated",
    };
  }
  const expected = files.get("expected.yaml");
  if (expected === undefined)
    return {
      capability: id,
      case: name,
      ok: false,
      detail: `no expected.yaml; run \`capstan capabilities test --update\` and review ${existsSync(caseDir) ? expectedPath : "it"}`,
    };
  if (expected !== text)
    return {
      capability: id,
      case: name,
      ok: false,
      detail: `output differs from expected.yaml:\n${firstDifference(expected, text)}`,
    };
  return { capability: id, case: name, ok: true };
}

function firstDifference(a: string, b: string): string {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++)
    if (la[i] !== lb[i]) return `line ${i + 1}:\n- ${la[i] ?? "(end)"}\n+ ${lb[i] ?? "(end)"}`;
  return "";
}

/** `capabilities/DIGESTS.json`: name@version → content digest of every built-in version ever shipped. */
export type DigestTable = Record<string, string>;

export interface DigestCheck {
  /** versions whose bytes differ from the recorded digest */
  changed: { id: string; recorded: string; actual: string }[];
  /** versions the table does not know yet */
  missing: { id: string; actual: string }[];
  /** recorded versions no longer in the pack */
  removed: string[];
}

/** Compares a pack's capabilities with a digest table (built-in versions never change bytes). */
export function checkDigests(caps: Capability[], table: DigestTable): DigestCheck {
  const check: DigestCheck = { changed: [], missing: [], removed: [] };
  const seen = new Set<string>();
  for (const c of caps) {
    const id = `${c.name}@${c.version}`;
    seen.add(id);
    const recorded = table[id];
    if (recorded === undefined) check.missing.push({ id, actual: c.digest });
    else if (recorded !== c.digest) check.changed.push({ id, recorded, actual: c.digest });
  }
  check.removed = Object.keys(table)
    .filter((id) => !seen.has(id))
    .sort();
  return check;
}

/** The table as committed: keys sorted, two-space JSON, one trailing newline. */
export function emitDigestTable(table: DigestTable): string {
  const sorted: DigestTable = {};
  for (const k of Object.keys(table).sort()) sorted[k] = table[k]!;
  return JSON.stringify(sorted, null, 2) + "\n";
}

/**
 * A case is a test of its own version: a bare `type: <name>` in its app.yaml means the
 * version the case lives in, not the newest one (which may be a later major).
 */
function pinToCaseVersion(app: AppSpec, cap: Capability): void {
  const pin = (type: string): string => (type === cap.name ? `${cap.name}@${cap.version}` : type);
  for (const c of app.components) {
    c.type = pin(c.type);
    for (const t of c.traits) t.type = pin(t.type);
  }
}
