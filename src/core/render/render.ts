/**
 * Renders one Application for one environment: components through their
 * capability templates, traits patched in declared order, then the objects
 * finished (namespace, standard labels) and checked. Problems are collected.
 * A trait's part is in traits.ts; validating parameters and running a template, for
 * components, traits and policies alike, in run-template.ts.
 */
import { newerVersionHints } from "../model/version-hint.ts";
import { kindInfo, type CrdSet } from "../../kube/index.ts";
import type { AppSpec, ComponentSpec } from "../model/app.ts";
import type { Binding } from "../model/binding.ts";
import { applyOverrides } from "../model/binding.ts";
import type { Problem } from "../common/errors.ts";
import { problemAt } from "../model/located.ts";
import { isObj } from "../common/json.ts";
import type { Registry } from "../capabilities/registry.ts";
import { atPath, defaultPodTemplate, workloadPodTemplate } from "./pod-template.ts";
import { capId, type Capability, type KindRef } from "../capabilities/types.ts";
import { paramProblems, runTemplate, validateParams } from "./run-template.ts";
import { addOutputs, applyTrait, type ComponentRender } from "./traits.ts";

export { runTemplate, templatePathCounts, validateParams } from "./run-template.ts";
export { POD_TEMPLATE } from "./traits.ts";

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

/**
 * One component: its capability's template, then its traits in declared order
 * (traits.ts), then its objects checked and finished.
 */
function renderComponent(
  app: AppSpec,
  c: ComponentSpec,
  binding: Binding,
  ctx: RenderCtx,
  notices: string[],
): { objects: RenderedObject[]; problems: Problem[] } {
  const where = { app: app.name, env: binding.env.name, component: c.name };
  const compPath = ["spec", "components", c.index];
  const cap = ctx.registry.resolve(c.type, "ComponentType");
  if ("error" in cap)
    return {
      objects: [],
      problems: [problemAt(app.doc, [...compPath, "type"], cap.error, "unknown-capability", where)],
    };
  const params = validateParams(cap, c.properties);
  if (params.errors)
    return {
      objects: [],
      problems: paramProblems(
        app.doc,
        [...compPath, "properties"],
        params.errors,
        { ...where, capability: capId(cap) },
        cap.parameters,
        newerVersionHints(ctx.registry, cap, c.type, params.errors),
      ),
    };
  const labels = standardLabels(app.name, c.name, cap.name);
  const context = componentContext(app, c, binding, cap, labels);
  const out = runTemplate(cap, { parameter: params.value, context }, COMPONENT_KEYS, where);
  if ("problem" in out) return { objects: [], problems: [out.problem] };
  const st: ComponentRender = {
    app,
    c,
    registry: ctx.registry,
    notices,
    where,
    compPath,
    cap,
    context,
    workload: out.value.output,
    workloadCap: cap,
    outputs: new Map(),
    emitted: [...cap.emits],
    problems: [],
    traitTypes: c.traits.map((t) => t.type.split("@")[0]!),
  };
  addOutputs(st, out.value.outputs, cap, "object");
  for (let ti = 0; ti < c.traits.length; ti++) applyTrait(st, ti);
  const objects = checkedObjects(st);
  const podPath = workloadPodTemplate(cap, st.workload);
  for (const o of objects)
    finishObject(
      o.obj,
      binding.namespace,
      labels,
      ctx.crds,
      o.obj === st.workload ? podPath : undefined,
    );
  return { objects, problems: st.problems };
}

/** The component template's `context`. */
function componentContext(
  app: AppSpec,
  c: ComponentSpec,
  binding: Binding,
  cap: Capability,
  labels: Record<string, string>,
): Record<string, unknown> {
  const env = binding.env;
  return {
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
}

/** The workload, then the outputs, that are objects of a kind the capabilities emit; the others are problems. */
function checkedObjects(st: ComponentRender): RenderedObject[] {
  const objects: RenderedObject[] = [];
  if (st.workload !== undefined && st.workload !== null)
    checkObject(st, objects, st.workload, st.workloadCap, "output");
  for (const [name, o] of st.outputs) checkObject(st, objects, o.obj, o.cap, `outputs.${name}`);
  return objects;
}

function checkObject(
  st: ComponentRender,
  objects: RenderedObject[],
  o: unknown,
  from: Capability,
  label: string,
): void {
  const bad = objectShapeProblem(o, st.emitted);
  if (bad) {
    st.problems.push({
      file: from.templateFile,
      capability: capId(from),
      code: "template-output",
      ...st.where,
      message: `${label}: ${bad}`,
    });
    return;
  }
  objects.push({ obj: o as KObject, component: st.c.name, capability: capId(from) });
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
