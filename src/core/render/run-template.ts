/**
 * How a capability is called: its parameters validated (defaults applied, once per
 * properties object) and its template run — built directly or rendered as text and
 * parsed — with problems that name capability@version and the file.
 */
import { withHints } from "../model/version-hint.ts";
import { parseYaml, YamlError } from "../../yaml/fast.ts";
import { countPath, pathCounts, referenceMode } from "../../reference-mode.ts";
import { parameterValidator } from "../capabilities/precompiled.ts";
import type { Problem } from "../common/errors.ts";
import { ajvProblems } from "../model/located.ts";
import { isObj } from "../common/json.ts";
import { clone } from "./patch.ts";
import { capId, type Capability } from "../capabilities/types.ts";

/**
 * Valid parameters (defaults applied) by the properties object they came from: a component
 * or trait no override touches keeps its properties object in every environment, so it is
 * validated once, not once per environment. Templates only read their parameters (every
 * value they output is a copy), so the one value can be shared.
 */
const validated = new WeakMap<object, Map<Capability, Record<string, unknown>>>();

export function validateParams(
  cap: Capability,
  props: Record<string, unknown>,
): { value: Record<string, unknown>; errors: import("ajv").ErrorObject[] | null } {
  cap.validate ??= parameterValidator(cap.parameters);
  const keyed = typeof props === "object" && props !== null;
  const hit = keyed ? validated.get(props)?.get(cap) : undefined;
  if (hit) return { value: hit, errors: null };
  const value = clone(props);
  const ok = cap.validate(value);
  if (!ok) return { value, errors: cap.validate.errors ?? [] };
  if (keyed) {
    let byCap = validated.get(props);
    if (!byCap) validated.set(props, (byCap = new Map()));
    byCap.set(cap, value);
  }
  return { value, errors: null };
}

/**
 * Parameter problems. An unknown property capstan can name a fix for (did you mean,
 * or a newer version that has it) gets that fix; one it cannot says that KubeVela,
 * whose CUE parameters are open there, would have dropped it silently (upstream
 * examples sometimes set such keys) — after a fix that remark would only be noise.
 */
export function paramProblems(
  doc: Parameters<typeof ajvProblems>[0],
  base: (string | number)[],
  errors: Parameters<typeof ajvProblems>[2],
  extra: Partial<Problem>,
  schema: Parameters<typeof ajvProblems>[4],
  hints: Map<string, string>,
): Problem[] {
  return withHints(ajvProblems(doc, base, errors, extra, schema), hints).map((p) =>
    /^unknown property "[^"]*"$/.test(p.message)
      ? {
          ...p,
          message: `${p.message}: ${extra.capability} has no such parameter (KubeVela would have ignored it silently; capstan refuses it so a typo cannot pass)`,
        }
      : p,
  );
}

/** How many template renders this process built directly and how many went through text (tests watch it). */
export function templatePathCounts(): { direct: number; text: number } {
  const { fast, reference } = pathCounts().template;
  return { direct: fast, text: reference };
}

/**
 * Runs a template: its mapping built directly (capabilities/direct.ts) or, when that
 * declines, rendered as text and parsed; errors name capability@version and the file.
 */
export function runTemplate(
  cap: Capability,
  input: Record<string, unknown>,
  allowed: Set<string>,
  where: Partial<Problem>,
): { value: Record<string, unknown> } | { problem: Problem } {
  const fail = (code: string, message: string) => ({
    problem: { file: cap.templateFile, capability: capId(cap), code, ...where, message },
  });
  // Templates compile on first use: a template that breaks the dialect is reported here.
  const broken = cap.templateProblems();
  if (broken.length) return { problem: { ...where, ...broken[0]! } };
  const direct = referenceMode() ? undefined : cap.templateValue?.(input);
  if (direct) {
    countPath("template", "fast");
    return checkKeys(direct, allowed, fail);
  }
  countPath("template", "reference");
  let text: string;
  try {
    text = cap.template(input);
  } catch (e) {
    return fail("template", `template failed: ${(e as Error).message}`);
  }
  let docs: unknown[];
  try {
    docs = parseYaml(text);
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    const line = (text.split("\n")[e.line - 1] ?? "").trim().slice(0, 120);
    return fail(
      "template-yaml",
      `the rendered template is not valid YAML (rendered line ${e.line}: ${JSON.stringify(line)}): ${e.message}`,
    );
  }
  const v = docs.length === 1 ? docs[0] : undefined;
  if (!isObj(v)) {
    if (docs.length === 1 && (v === null || v === undefined)) return { value: {} };
    return fail(
      "template-output",
      `the rendered template must be one mapping with ${[...allowed].join(", ")}`,
    );
  }
  return checkKeys(v, allowed, fail);
}

function checkKeys(
  v: Record<string, unknown>,
  allowed: Set<string>,
  fail: (code: string, message: string) => { problem: Problem },
): { value: Record<string, unknown> } | { problem: Problem } {
  for (const k of Object.keys(v))
    if (!allowed.has(k))
      return fail(
        "template-output",
        `the rendered template has unknown key "${k}" (allowed: ${[...allowed].join(", ")})`,
      );
  return { value: v };
}
