/**
 * Renders one Application for one environment: components through their
 * capability templates, traits patched in declared order, then the objects
 * finished (namespace, standard labels) and checked. Problems are collected.
 */
import { newerVersionHints, withHints } from "../model/version-hint.ts";
import { parseYaml, YamlError } from "../../yaml/fast.ts";
import { kindInfo, type CrdSet } from "../../kube/index.ts";
import { countPath, pathCounts, referenceMode } from "../../reference-mode.ts";
import { parameterValidator } from "../capabilities/precompiled.ts";
import type { AppSpec, ComponentSpec } from "../model/app.ts";
import type { Binding } from "../model/binding.ts";
import { applyOverrides } from "../model/binding.ts";
import type { Problem } from "../common/errors.ts";
import { ajvProblems, problemAt } from "../model/located.ts";
import { isObj } from "../common/json.ts";
import { clone, jsonPatch, mergePatch, PatchError, setKey, strategicMerge } from "./patch.ts";
import type { Registry } from "../capabilities/registry.ts";
import {
  atPath,
  capabilityPodTemplate,
  defaultPodTemplate,
  nestPatch,
  workloadPodTemplate,
} from "./pod-template.ts";
import { capId, type Capability, type KindRef } from "../capabilities/types.ts";

export type KObject = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: Record<string, unknown>;
};

export interface RenderedObject {
  obj: KObject;
  component: string;
  /** capability@version that produced (or last converted) the object */
  capability: string;
}

export interface RenderCtx {
  registry: Registry;
  crds: CrdSet;
}

const minors = new Map<string, number>();
export function kubeMinor(kubeVersion: string): number {
  let m = minors.get(kubeVersion);
  if (m === undefined) minors.set(kubeVersion, (m = Number(kubeVersion.split(".")[1])));
  return m;
}

export function standardLabels(
  app: string,
  component: string,
  type: string,
): Record<string, string> {
  return {
    "app.kubernetes.io/component": type,
    "app.kubernetes.io/instance": app,
    "app.kubernetes.io/managed-by": "capstan",
    "app.kubernetes.io/name": component,
    "app.kubernetes.io/part-of": app,
  };
}

/** The capabilities an app uses in a binding (for digests and the lock), or problems. */
export function resolveComponents(
  app: AppSpec,
  components: ComponentSpec[],
  registry: Registry,
): { caps: Capability[]; problems: Problem[] } {
  const caps: Capability[] = [];
  const problems: Problem[] = [];
  for (const c of components) {
    const r = registry.resolve(c.type, "ComponentType");
    if ("error" in r)
      problems.push(
        problemAt(app.doc, ["spec", "components", c.index, "type"], r.error, "unknown-capability", {
          app: app.name,
        }),
      );
    else caps.push(r);
    c.traits.forEach((t, ti) => {
      const tr = registry.resolve(t.type, "Trait");
      if ("error" in tr)
        problems.push(
          problemAt(
            app.doc,
            ["spec", "components", c.index, "traits", ti, "type"],
            tr.error,
            "unknown-capability",
            { app: app.name },
          ),
        );
      else caps.push(tr);
    });
  }
  return { caps, problems };
}

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

export function renderApp(
  app: AppSpec,
  binding: Binding,
  ctx: RenderCtx,
): { objects: RenderedObject[]; problems: Problem[]; notices: string[] } {
  const components = applyOverrides(app, binding.overrides);
  const problems: Problem[] = [];
  const objects: RenderedObject[] = [];
  const notices: string[] = [];
  for (const c of components) {
    const r = renderComponent(app, c, binding, ctx, notices);
    problems.push(...r.problems);
    objects.push(...r.objects);
  }
  return { objects, problems, notices };
}

const COMPONENT_KEYS = new Set(["output", "outputs"]);
const TRAIT_KEYS = new Set([
  "patch",
  "podPatch",
  "jsonPatch",
  "mergePatch",
  "outputs",
  "outputPatches",
]);

function renderComponent(
  app: AppSpec,
  c: ComponentSpec,
  binding: Binding,
  ctx: RenderCtx,
  notices: string[],
): { objects: RenderedObject[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const env = binding.env;
  const where = { app: app.name, env: env.name, component: c.name };
  const compPath = ["spec", "components", c.index];
  const cap = ctx.registry.resolve(c.type, "ComponentType");
  if ("error" in cap)
    return {
      objects: [],
      problems: [problemAt(app.doc, [...compPath, "type"], cap.error, "unknown-capability", where)],
    };
  const id = capId(cap);
  const params = validateParams(cap, c.properties);
  if (params.errors)
    return {
      objects: [],
      problems: paramProblems(
        app.doc,
        [...compPath, "properties"],
        params.errors,
        { ...where, capability: id },
        cap.parameters,
        newerVersionHints(ctx.registry, cap, c.type, params.errors),
      ),
    };

  const labels = standardLabels(app.name, c.name, cap.name);
  const context: Record<string, unknown> = {
    appName: app.name,
    name: c.name,
    namespace: binding.namespace,
    env: env.name,
    kubeVersion: env.kubeVersion,
    kubeMinor: kubeMinor(env.kubeVersion),
    labels,
    componentType: cap.name,
    appLabels: app.labels,
    appAnnotations: app.annotations,
  };
  const out = runTemplate(cap, { parameter: params.value, context }, COMPONENT_KEYS, where);
  if ("problem" in out) return { objects: [], problems: [out.problem] };
  let workload: unknown = out.value.output;
  const outputs = new Map<string, { obj: unknown; cap: Capability }>();
  const addOutputs = (v: unknown, from: Capability, key: string): void => {
    if (v === undefined || v === null) return;
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((o, i) => [listOutputName(o, from, `${key}${i}`), o])
      : isObj(v)
        ? Object.entries(v)
        : [];
    if (!Array.isArray(v) && !isObj(v)) {
      problems.push({
        file: from.templateFile,
        capability: capId(from),
        code: "template",
        ...where,
        message: "`outputs` must be a mapping of name → object (or a list of objects)",
      });
      return;
    }
    for (const [name, o] of entries) {
      if (outputs.has(name)) {
        problems.push({
          file: from.templateFile,
          capability: capId(from),
          code: "template",
          ...where,
          message: `output "${name}" is already produced by ${capId(outputs.get(name)!.cap)}`,
        });
        continue;
      }
      outputs.set(name, { obj: o, cap: from });
    }
  };
  addOutputs(out.value.outputs, cap, "object");
  const emitted: KindRef[] = [...cap.emits];
  let workloadCap = cap;

  const traitTypes = c.traits.map((t) => t.type.split("@")[0]!);
  c.traits.forEach((t, ti) => {
    // the trait's path in the app document, for problems only
    const tPath = (key: string) => [...compPath, "traits", ti, key];
    const tcap = ctx.registry.resolve(t.type, "Trait");
    if ("error" in tcap) {
      problems.push(problemAt(app.doc, tPath("type"), tcap.error, "unknown-capability", where));
      return;
    }
    const tid = capId(tcap);
    if (!appliesTo(tcap.appliesTo, cap)) {
      problems.push(
        problemAt(
          app.doc,
          tPath("type"),
          `trait ${tid} does not apply to component type ${cap.name} (${cap.workload?.kind ?? "no workload"}); it applies to: ${tcap.appliesTo.join(", ")}`,
          "applies-to",
          { ...where, capability: tid },
        ),
      );
      return;
    }
    const conflict = traitTypes.find(
      (other, oi) =>
        oi !== ti &&
        (tcap.conflictsWith.includes(other) ||
          (ctx.registry.versions(other)[0]?.conflictsWith.includes(tcap.name) ?? false)),
    );
    if (conflict && traitTypes.indexOf(conflict) < ti) {
      const reason =
        tcap.conflictReasons[conflict] ??
        ctx.registry.versions(conflict)[0]?.conflictReasons[tcap.name] ??
        "they set the same fields; keep one of them";
      problems.push(
        problemAt(
          app.doc,
          tPath("type"),
          `trait "${tcap.name}" conflicts with trait "${conflict}" on component "${c.name}": ${reason}`,
          "conflicts-with",
          { ...where, capability: tid },
        ),
      );
      return;
    }
    const tparams = validateParams(tcap, t.properties);
    if (tparams.errors) {
      problems.push(
        ...paramProblems(
          app.doc,
          tPath("properties"),
          tparams.errors,
          { ...where, capability: tid },
          tcap.parameters,
          newerVersionHints(ctx.registry, tcap, t.type, tparams.errors),
        ),
      );
      return;
    }
    const outputsView: Record<string, unknown> = {};
    for (const [k, v] of outputs) setKey(outputsView, k, v.obj);
    const podPath = workloadPodTemplate(cap, workload);
    const res = runTemplate(
      tcap,
      {
        parameter: tparams.value,
        context: {
          ...context,
          output: workload,
          outputs: outputsView,
          traitType: tcap.name,
          podTemplatePath: podPath,
          podTemplate: podPath === undefined ? undefined : atPath(workload, podPath),
        },
      },
      TRAIT_KEYS,
      where,
    );
    if ("problem" in res) {
      problems.push(res.problem);
      return;
    }
    const r = res.value;
    emitted.push(...tcap.emits);
    try {
      if (
        r.patch !== undefined ||
        r.podPatch !== undefined ||
        r.jsonPatch !== undefined ||
        r.mergePatch !== undefined
      ) {
        if (!isObj(workload)) throw new PatchError(`component type ${id} has no workload to patch`);
        if (r.patch !== undefined && r.patch !== null) workload = strategicMerge(workload, r.patch);
        if (r.podPatch !== undefined && r.podPatch !== null) {
          if (podPath === undefined)
            throw new PatchError(
              `podPatch: component type ${id} (${cap.workload?.kind ?? "no workload kind"}) has no pod template; a workload capability declares where its pods are with \`podTemplate:\``,
            );
          workload = strategicMerge(workload, nestPatch(podPath, r.podPatch));
        }
        if (r.jsonPatch !== undefined && r.jsonPatch !== null) {
          const notes: string[] = [];
          workload = jsonPatch(workload, r.jsonPatch, notes);
          for (const n of notes)
            notices.push(
              `${app.doc.file}: app ${app.name}, env ${env.name}, component ${c.name}, trait ${tid}: ${n}`,
            );
        }
        if (r.mergePatch !== undefined && r.mergePatch !== null)
          workload = mergePatch(workload, r.mergePatch);
        if (
          isObj(workload) &&
          (workload.kind !== cap.workload?.kind || workload.apiVersion !== cap.workload?.apiVersion)
        )
          workloadCap = tcap;
      }
      if (isObj(r.outputPatches))
        for (const [name, p] of Object.entries(r.outputPatches)) {
          const o = outputs.get(name);
          if (!o)
            throw new PatchError(
              `outputPatches names "${name}", which no capability produced (outputs: ${[...outputs.keys()].join(", ") || "none"})`,
            );
          outputs.set(name, { obj: strategicMerge(o.obj, p), cap: o.cap });
        }
    } catch (e) {
      if (!(e instanceof PatchError)) throw e;
      problems.push({
        file: tcap.templateFile,
        capability: tid,
        code: "patch",
        ...where,
        message: e.message,
      });
      return;
    }
    addOutputs(r.outputs, tcap, tcap.name);
  });

  const objects: RenderedObject[] = [];
  const check = (o: unknown, from: Capability, label: string) => {
    const bad = objectShapeProblem(o, emitted);
    if (bad) {
      problems.push({
        file: from.templateFile,
        capability: capId(from),
        code: "template-output",
        ...where,
        message: `${label}: ${bad}`,
      });
      return;
    }
    objects.push({ obj: o as KObject, component: c.name, capability: capId(from) });
  };
  if (workload !== undefined && workload !== null) check(workload, workloadCap, "output");
  for (const [name, o] of outputs) check(o.obj, o.cap, `outputs.${name}`);
  const podPath = workloadPodTemplate(cap, workload);
  for (const o of objects)
    finishObject(
      o.obj,
      binding.namespace,
      labels,
      ctx.crds,
      o.obj === workload ? podPath : undefined,
    );
  return { objects, problems };
}

/**
 * Parameter problems. An unknown property capstan can name a fix for (did you mean,
 * or a newer version that has it) gets that fix; one it cannot says that KubeVela,
 * whose CUE parameters are open there, would have dropped it silently (upstream
 * examples sometimes set such keys) — after a fix that remark would only be noise.
 */
function paramProblems(
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

/** appliesTo entry: any component whose workload has a pod template (declared or by kind) */
export const POD_TEMPLATE = "podTemplate";

/**
 * A trait's list outputs are named by kind and name (`Ingress/api-admin`), so one trait
 * used twice on a component (gateway with two `name`s) does not collide; a component's
 * by position.
 */
function listOutputName(o: unknown, from: Capability, byIndex: string): string {
  if (from.kind !== "Trait" || !isObj(o) || !isObj(o.metadata)) return byIndex;
  const { kind } = o;
  const { name } = o.metadata;
  return typeof kind === "string" && typeof name === "string" ? `${kind}/${name}` : byIndex;
}

/** appliesTo's answers: a trait's appliesTo list → component capability → applies */
const applies = new WeakMap<string[], WeakMap<Capability, boolean>>();

function appliesTo(list: string[], comp: Capability): boolean {
  let byComp = applies.get(list);
  if (!byComp) applies.set(list, (byComp = new WeakMap()));
  let r = byComp.get(comp);
  if (r === undefined) byComp.set(comp, (r = appliesToUncached(list, comp)));
  return r;
}

function appliesToUncached(list: string[], comp: Capability): boolean {
  if (list.includes("*")) return true;
  if (list.includes(POD_TEMPLATE) && capabilityPodTemplate(comp) !== undefined) return true;
  const wl = comp.workload;
  for (const a of list) {
    if (a === comp.name) return true;
    if (!wl) continue;
    if (a === wl.kind) return true;
    const group = wl.apiVersion.includes("/") ? wl.apiVersion.split("/")[0] : "";
    const plural = wl.kind.toLowerCase() + "s";
    if (a === (group ? `${plural}.${group}` : plural)) return true;
  }
  return false;
}

function objectShapeProblem(o: unknown, emitted: KindRef[]): string | undefined {
  if (!isObj(o))
    return `must be a Kubernetes object (a mapping), got ${o === null ? "null" : Array.isArray(o) ? "a list" : typeof o}`;
  if (typeof o.apiVersion !== "string" || typeof o.kind !== "string")
    return "needs apiVersion and kind";
  if (!isObj(o.metadata) || typeof o.metadata.name !== "string")
    return `${o.kind} needs metadata.name`;
  if (
    !emitted.some(
      (e) =>
        (e.apiVersion === "*" || e.apiVersion === o.apiVersion) &&
        (e.kind === "*" || e.kind === o.kind),
    )
  )
    return `${o.apiVersion} ${o.kind} is not among the kinds the capability declares in \`emits\` (${emitted.map((e) => `${e.apiVersion} ${e.kind}`).join(", ") || "none"})`;
  return undefined;
}

/** Namespace for namespaced kinds, standard labels on metadata and pod templates (never selectors). */
function finishObject(
  o: KObject,
  namespace: string,
  labels: Record<string, string>,
  crds: CrdSet,
  podPath: string | undefined,
): void {
  const info = kindInfo(o.apiVersion, o.kind, crds);
  const meta = o.metadata;
  if (info?.scope === "Cluster") delete meta.namespace;
  else if (meta.namespace === undefined || meta.namespace === null) meta.namespace = namespace;
  meta.labels = { ...(isObj(meta.labels) ? meta.labels : {}), ...labels };
  for (const tpl of podTemplates(o, podPath)) {
    const m = isObj(tpl.metadata) ? tpl.metadata : (tpl.metadata = {});
    (m as Record<string, unknown>).labels = {
      ...(isObj((m as Record<string, unknown>).labels)
        ? ((m as Record<string, unknown>).labels as object)
        : {}),
      ...labels,
    };
  }
}

function podTemplates(o: KObject, podPath: string | undefined): Record<string, unknown>[] {
  const path = podPath ?? defaultPodTemplate(o.apiVersion, o.kind);
  if (path !== undefined) {
    const tpl = atPath(o, path);
    return isObj(tpl) ? [tpl] : [];
  }
  const spec = o.spec;
  if (!isObj(spec)) return [];
  if (isObj(spec.template) && isObj(spec.template.spec)) return [spec.template];
  if (
    isObj(spec.jobTemplate) &&
    isObj(spec.jobTemplate.spec) &&
    isObj(spec.jobTemplate.spec.template)
  )
    return [spec.jobTemplate.spec.template];
  return [];
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
