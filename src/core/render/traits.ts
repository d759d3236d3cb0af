/**
 * What a trait does to a component's render in progress (render.ts): checked (it
 * resolves, applies to the component type, conflicts with no earlier trait), its
 * parameters validated, its template run with the component's output in context, its
 * patches applied to the workload and to earlier outputs, its own outputs added.
 * A problem stops that trait only; the component's other traits still run.
 */
import { newerVersionHints } from "../model/version-hint.ts";
import type { AppSpec, ComponentSpec } from "../model/app.ts";
import type { Problem } from "../common/errors.ts";
import { problemAt } from "../model/located.ts";
import { isObj } from "../common/json.ts";
import { jsonPatch, mergePatch, PatchError, setKey, strategicMerge } from "./patch.ts";
import type { Registry } from "../capabilities/registry.ts";
import { atPath, capabilityPodTemplate, nestPatch, workloadPodTemplate } from "./pod-template.ts";
import { capId, type Capability, type KindRef } from "../capabilities/types.ts";
import { paramProblems, runTemplate, validateParams } from "./run-template.ts";

/** One component's render in progress: what its template gave, changed trait by trait. */
export interface ComponentRender {
  readonly app: AppSpec;
  readonly c: ComponentSpec;
  readonly registry: Registry;
  /** the app's render notices (a JSON patch's remarks) */
  readonly notices: string[];
  readonly where: { app: string; env: string; component: string };
  /** the component's path in the app document, for problems */
  readonly compPath: (string | number)[];
  /** the component's capability */
  readonly cap: Capability;
  /** the component template's context; a trait's adds the output so far */
  readonly context: Record<string, unknown>;
  /** the component's `output` as patched so far */
  workload: unknown;
  /** the capability the workload's kind comes from (a trait that converts it, else `cap`) */
  workloadCap: Capability;
  /** named outputs and the capability that produced each */
  readonly outputs: Map<string, { obj: unknown; cap: Capability }>;
  /** the kinds the component and its applied traits declare in `emits` */
  readonly emitted: KindRef[];
  readonly problems: Problem[];
  /** every trait's type without its version, for conflicts */
  readonly traitTypes: string[];
}

const TRAIT_KEYS = new Set([
  "patch",
  "podPatch",
  "jsonPatch",
  "mergePatch",
  "outputs",
  "outputPatches",
]);

/** The component's trait at index `ti`, applied to the render in progress. */
export function applyTrait(st: ComponentRender, ti: number): void {
  const t = st.c.traits[ti]!;
  const tcap = usableTrait(st, t.type, ti);
  if (!tcap) return;
  const tid = capId(tcap);
  const tparams = validateParams(tcap, t.properties);
  if (tparams.errors) {
    st.problems.push(
      ...paramProblems(
        st.app.doc,
        traitPath(st, ti, "properties"),
        tparams.errors,
        { ...st.where, capability: tid },
        tcap.parameters,
        newerVersionHints(st.registry, tcap, t.type, tparams.errors),
      ),
    );
    return;
  }
  const podPath = workloadPodTemplate(st.cap, st.workload);
  const res = runTemplate(tcap, traitInput(st, tcap, tparams.value, podPath), TRAIT_KEYS, st.where);
  if ("problem" in res) {
    st.problems.push(res.problem);
    return;
  }
  st.emitted.push(...tcap.emits);
  if (!applyPatches(st, tcap, tid, res.value, podPath)) return;
  addOutputs(st, res.value.outputs, tcap, tcap.name);
}

/** The trait's path in the app document, for problems only. */
function traitPath(st: ComponentRender, ti: number, key: string): (string | number)[] {
  return [...st.compPath, "traits", ti, key];
}

/**
 * The trait's capability when it resolves, applies to the component type and conflicts
 * with no earlier trait of the component; else undefined, the problem recorded.
 */
function usableTrait(st: ComponentRender, type: string, ti: number): Capability | undefined {
  const tcap = st.registry.resolve(type, "Trait");
  if ("error" in tcap) {
    st.problems.push(
      problemAt(st.app.doc, traitPath(st, ti, "type"), tcap.error, "unknown-capability", st.where),
    );
    return undefined;
  }
  const cap = st.cap;
  if (!appliesTo(tcap.appliesTo, cap)) {
    const tid = capId(tcap);
    st.problems.push(
      problemAt(
        st.app.doc,
        traitPath(st, ti, "type"),
        `trait ${tid} does not apply to component type ${cap.name} (${cap.workload?.kind ?? "no workload"}); it applies to: ${tcap.appliesTo.join(", ")}`,
        "applies-to",
        { ...st.where, capability: tid },
      ),
    );
    return undefined;
  }
  const conflict = earlierConflict(st, tcap, ti);
  if (conflict !== undefined) {
    const reason =
      tcap.conflictReasons[conflict] ??
      st.registry.versions(conflict)[0]?.conflictReasons[tcap.name] ??
      "they set the same fields; keep one of them";
    st.problems.push(
      problemAt(
        st.app.doc,
        traitPath(st, ti, "type"),
        `trait "${tcap.name}" conflicts with trait "${conflict}" on component "${st.c.name}": ${reason}`,
        "conflicts-with",
        { ...st.where, capability: capId(tcap) },
      ),
    );
    return undefined;
  }
  return tcap;
}

/** The type of an earlier trait of the component that this one conflicts with (either side declaring it). */
function earlierConflict(st: ComponentRender, tcap: Capability, ti: number): string | undefined {
  const traitTypes = st.traitTypes;
  const conflict = traitTypes.find(
    (other, oi) =>
      oi !== ti &&
      (tcap.conflictsWith.includes(other) ||
        (st.registry.versions(other)[0]?.conflictsWith.includes(tcap.name) ?? false)),
  );
  return conflict && traitTypes.indexOf(conflict) < ti ? conflict : undefined;
}

/** The trait template's input: the component's context plus its output and outputs so far. */
function traitInput(
  st: ComponentRender,
  tcap: Capability,
  parameter: Record<string, unknown>,
  podPath: string | undefined,
): Record<string, unknown> {
  const outputsView: Record<string, unknown> = {};
  for (const [k, v] of st.outputs) setKey(outputsView, k, v.obj);
  return {
    parameter,
    context: {
      ...st.context,
      output: st.workload,
      outputs: outputsView,
      traitType: tcap.name,
      podTemplatePath: podPath,
      podTemplate: podPath === undefined ? undefined : atPath(st.workload, podPath),
    },
  };
}

/** The trait's patches on the workload and on earlier outputs; false when one fails (the problem recorded). */
function applyPatches(
  st: ComponentRender,
  tcap: Capability,
  tid: string,
  r: Record<string, unknown>,
  podPath: string | undefined,
): boolean {
  try {
    if (
      r.patch !== undefined ||
      r.podPatch !== undefined ||
      r.jsonPatch !== undefined ||
      r.mergePatch !== undefined
    )
      patchWorkload(st, tcap, tid, r, podPath);
    if (isObj(r.outputPatches)) patchOutputs(st, r.outputPatches);
  } catch (e) {
    if (!(e instanceof PatchError)) throw e;
    st.problems.push({
      file: tcap.templateFile,
      capability: tid,
      code: "patch",
      ...st.where,
      message: e.message,
    });
    return false;
  }
  return true;
}

/**
 * `patch`, `podPatch`, `jsonPatch` and `mergePatch` on the workload, in that order; a
 * trait that changes the workload's kind becomes the capability it is reported under.
 */
function patchWorkload(
  st: ComponentRender,
  tcap: Capability,
  tid: string,
  r: Record<string, unknown>,
  podPath: string | undefined,
): void {
  const cap = st.cap;
  if (!isObj(st.workload))
    throw new PatchError(`component type ${capId(cap)} has no workload to patch`);
  if (r.patch !== undefined && r.patch !== null) st.workload = strategicMerge(st.workload, r.patch);
  if (r.podPatch !== undefined && r.podPatch !== null) {
    if (podPath === undefined)
      throw new PatchError(
        `podPatch: component type ${capId(cap)} (${cap.workload?.kind ?? "no workload kind"}) has no pod template; a workload capability declares where its pods are with \`podTemplate:\``,
      );
    st.workload = strategicMerge(st.workload, nestPatch(podPath, r.podPatch));
  }
  if (r.jsonPatch !== undefined && r.jsonPatch !== null) {
    const notes: string[] = [];
    st.workload = jsonPatch(st.workload, r.jsonPatch, notes);
    for (const n of notes)
      st.notices.push(
        `${st.app.doc.file}: app ${st.app.name}, env ${st.where.env}, component ${st.c.name}, trait ${tid}: ${n}`,
      );
  }
  if (r.mergePatch !== undefined && r.mergePatch !== null)
    st.workload = mergePatch(st.workload, r.mergePatch);
  const workload = st.workload;
  if (
    isObj(workload) &&
    (workload.kind !== cap.workload?.kind || workload.apiVersion !== cap.workload?.apiVersion)
  )
    st.workloadCap = tcap;
}

/** `outputPatches`: a strategic merge on each named output an earlier capability produced. */
function patchOutputs(st: ComponentRender, patches: Record<string, unknown>): void {
  const outputs = st.outputs;
  for (const [name, p] of Object.entries(patches)) {
    const o = outputs.get(name);
    if (!o)
      throw new PatchError(
        `outputPatches names "${name}", which no capability produced (outputs: ${[...outputs.keys()].join(", ") || "none"})`,
      );
    outputs.set(name, { obj: strategicMerge(o.obj, p), cap: o.cap });
  }
}

/** A template's `outputs` (a mapping of name → object, or a list) added to the render's named outputs. */
export function addOutputs(st: ComponentRender, v: unknown, from: Capability, key: string): void {
  if (v === undefined || v === null) return;
  const entries: [string, unknown][] = Array.isArray(v)
    ? v.map((o, i) => [listOutputName(o, from, `${key}${i}`), o])
    : isObj(v)
      ? Object.entries(v)
      : [];
  if (!Array.isArray(v) && !isObj(v)) {
    st.problems.push({
      file: from.templateFile,
      capability: capId(from),
      code: "template",
      ...st.where,
      message: "`outputs` must be a mapping of name → object (or a list of objects)",
    });
    return;
  }
  const outputs = st.outputs;
  for (const [name, o] of entries) {
    if (outputs.has(name)) {
      st.problems.push({
        file: from.templateFile,
        capability: capId(from),
        code: "template",
        ...st.where,
        message: `output "${name}" is already produced by ${capId(outputs.get(name)!.cap)}`,
      });
      continue;
    }
    outputs.set(name, { obj: o, cap: from });
  }
}

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

/** appliesTo entry: any component whose workload has a pod template (declared or by kind) */
export const POD_TEMPLATE = "podTemplate";

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
