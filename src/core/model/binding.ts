/**
 * Environment binding (docs/design.md, "Environment binding"): which environments an Application goes to,
 * in which namespace, with which override policies — KubeVela's meaning of
 * topology / override policies and deploy steps, made offline.
 */
import { didYouMean } from "../common/suggest.ts";
import type { AppSpec, ComponentSpec, PolicySpec, StepSpec, TraitSpec } from "./app.ts";
import type { Environment } from "./config.ts";
import type { Problem } from "../common/errors.ts";
import { problemAt } from "./located.ts";
import { isObj } from "../common/json.ts";
import { clone, mergePatch } from "../render/patch.ts";
import { namespaceNameProblem } from "../../kube/values.ts";

export interface Binding {
  env: Environment;
  namespace: string;
  overrides: PolicySpec[];
}

/** Policy types that only steer KubeVela's runtime; they do not change rendered objects. */
const RUNTIME_POLICY_TYPES = new Set([
  "garbage-collect",
  "apply-once",
  "shared-resource",
  "take-over",
  "read-only",
  "replication",
  "resource-update",
  "debug",
]);

/** A topology policy's `properties.namespace` becomes every object's namespace: the API server's rule. */
function topologyNamespaceProblem(ns: unknown): string | undefined {
  if (ns === undefined) return undefined;
  if (typeof ns !== "string") return `namespace must be a string, got ${JSON.stringify(ns)}`;
  return namespaceNameProblem(ns);
}

/**
 * The app's bindings, in capstan.yaml's environment order: by its workflow's deploy
 * steps when it has a workflow, else by its topology policies.
 */
export function bindApp(
  app: AppSpec,
  envs: Environment[],
): { bindings: Binding[]; problems: Problem[]; notices: string[] } {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const { topology, overrides } = sortPolicies(app, problems, notices);
  const binder: Binder = { app, envs, topology, overrides, problems, notices, bindings: [] };
  if (app.steps) for (const s of app.steps) bindStep(binder, s);
  else bindTopologies(binder);
  const bindings = binder.bindings;
  bindings.sort((a, b) => a.env.index - b.env.index);
  return { bindings, problems, notices };
}

/** One app's binding in progress. */
interface Binder {
  readonly app: AppSpec;
  readonly envs: Environment[];
  /** topology policies by name */
  readonly topology: Map<string, PolicySpec>;
  /** override policies by name */
  readonly overrides: Map<string, PolicySpec>;
  readonly problems: Problem[];
  readonly notices: string[];
  readonly bindings: Binding[];
}

/**
 * The app's topology and override policies by name; a runtime-only policy is a notice,
 * any other type a problem, and so is a topology namespace the API server would refuse.
 */
function sortPolicies(
  app: AppSpec,
  problems: Problem[],
  notices: string[],
): { topology: Map<string, PolicySpec>; overrides: Map<string, PolicySpec> } {
  const topology = new Map<string, PolicySpec>();
  const overrides = new Map<string, PolicySpec>();
  for (const p of app.policies) {
    if (p.type === "topology") {
      topology.set(p.name, p);
      const bad = topologyNamespaceProblem(p.properties.namespace);
      if (bad)
        problems.push(
          problemAt(
            app.doc,
            ["spec", "policies", p.index, "properties", "namespace"],
            bad,
            "namespace",
            {
              app: app.name,
            },
          ),
        );
      if (
        p.properties.clusters !== undefined ||
        p.properties.clusterLabelSelector !== undefined ||
        p.properties.clusterSelector !== undefined
      )
        notices.push(
          `${app.doc.file}: app ${app.name}: topology policy "${p.name}" selects clusters; capstan ignores that — a capstan environment is the deployment target`,
        );
    } else if (p.type === "override") overrides.set(p.name, p);
    else if (RUNTIME_POLICY_TYPES.has(p.type))
      notices.push(
        `${app.doc.file}: app ${app.name}: policy "${p.name}" (${p.type}) steers KubeVela's runtime and does not change rendered manifests; ignored`,
      );
    else
      problems.push(
        problemAt(
          app.doc,
          ["spec", "policies", p.index, "type"],
          `policy type "${p.type}" is not supported (topology and override shape rendering; ${[...RUNTIME_POLICY_TYPES].join(", ")} are accepted and ignored)`,
          "policy",
        ),
      );
  }
  return { topology, overrides };
}

/** The environment that claims a topology policy (capstan.yaml `policies`). */
function envForPolicy(envs: Environment[], name: string): Environment | undefined {
  return envs.find((e) => e.policies.includes(name));
}

/** The namespace of a binding: the topology's, else the app's, else the environment's, else `default`. */
function namespaceFor(app: AppSpec, env: Environment, topo?: PolicySpec): string {
  return (
    (typeof topo?.properties.namespace === "string" ? topo.properties.namespace : undefined) ??
    app.namespace ??
    env.namespace ??
    "default"
  );
}

/** A workflow step: a deploy step binds the environments of its topologies; suspend is a notice. */
function bindStep(b: Binder, s: StepSpec): void {
  const app = b.app;
  if (s.type === "suspend") {
    b.notices.push(
      `${app.doc.file}: app ${app.name}: workflow step "${s.name}" (suspend) — approval and promotion are capstan's gates; the step is not needed`,
    );
    return;
  }
  if (s.type !== "deploy") {
    b.problems.push(
      problemAt(
        app.doc,
        ["spec", "workflow", "steps", s.index, "type"],
        `workflow step type "${s.type}" is not supported offline; capstan understands deploy and suspend steps`,
        "workflow",
      ),
    );
    return;
  }
  const { topos, ovs, unknown } = stepPolicies(b, s);
  // One mistake, one error: a step whose only topology was mistyped targets nothing
  // (read as "every environment" it would also collide with the other steps).
  if (unknown && !topos.length) return;
  const targets = topos.length ? topos : [undefined];
  for (const t of targets) bindStepTarget(b, s, t, ovs);
}

/** The topology and override policies a deploy step names; `unknown` when it names one the app lacks. */
function stepPolicies(
  b: Binder,
  s: StepSpec,
): { topos: PolicySpec[]; ovs: PolicySpec[]; unknown: boolean } {
  const { topology, overrides } = b;
  const names = Array.isArray(s.properties.policies) ? (s.properties.policies as unknown[]) : [];
  const topos: PolicySpec[] = [];
  const ovs: PolicySpec[] = [];
  let unknown = false;
  names.forEach((n, i) => {
    const name = String(n);
    const path = ["spec", "workflow", "steps", s.index, "properties", "policies", i];
    if (topology.has(name)) topos.push(topology.get(name)!);
    else if (overrides.has(name)) ovs.push(overrides.get(name)!);
    else {
      unknown = true;
      b.problems.push(
        problemAt(
          b.app.doc,
          path,
          `deploy step "${s.name}" names policy "${name}", which the application does not define${didYouMean(name, [...topology.keys(), ...overrides.keys()])}`,
          "workflow",
        ),
      );
    }
  });
  return { topos, ovs, unknown };
}

/**
 * One target of a deploy step: the environment claiming topology `t`, or (no topology)
 * every environment no earlier step bound. An environment is bound once.
 */
function bindStepTarget(
  b: Binder,
  s: StepSpec,
  t: PolicySpec | undefined,
  ovs: PolicySpec[],
): void {
  const { app, envs, bindings } = b;
  const env = t ? envForPolicy(envs, t.name) : undefined;
  if (t && !env) {
    b.problems.push(
      problemAt(
        app.doc,
        ["spec", "workflow", "steps", s.index, "properties", "policies"],
        `deploy step "${s.name}" targets topology policy "${t.name}", but no environment in capstan.yaml claims it (environments and their policies: ${envs.map((e) => `${e.name} [${e.policies.join(", ")}]`).join("; ")})${didYouMean(
          t.name,
          envs.flatMap((e) => e.policies),
        )}`,
        "unknown-env",
      ),
    );
    return;
  }
  const selected = env ? [env] : envs.filter((e) => !bindings.some((x) => x.env === e));
  for (const e of selected) {
    if (bindings.some((x) => x.env === e)) {
      b.problems.push(
        problemAt(
          app.doc,
          ["spec", "workflow", "steps", s.index],
          `environment "${e.name}" is targeted by more than one deploy step`,
          "workflow",
        ),
      );
      continue;
    }
    bindings.push({ env: e, namespace: namespaceFor(app, e, t), overrides: ovs });
  }
}

/**
 * No workflow: each topology policy an environment claims binds that environment, or
 * with none claimed every environment; every override policy applies.
 */
function bindTopologies(b: Binder): void {
  const { app, envs, bindings } = b;
  const mapped = [...b.topology.values()]
    .map((t) => ({ t, env: envForPolicy(envs, t.name) }))
    .filter((x) => x.env);
  const allOverrides = [...b.overrides.values()];
  if (mapped.length)
    for (const { t, env } of mapped)
      bindings.push({ env: env!, namespace: namespaceFor(app, env!, t), overrides: allOverrides });
  else
    for (const e of envs)
      bindings.push({ env: e, namespace: namespaceFor(app, e), overrides: allOverrides });
}

/**
 * Applies override policies as KubeVela does: components selected by name
 * and/or type; properties merge-patched (RFC 7396); traits merged by type;
 * `disable: true` removes a trait; `selector` keeps only the named components.
 */
export function applyOverrides(app: AppSpec, overrides: PolicySpec[]): ComponentSpec[] {
  let comps = app.components;
  for (const ov of overrides) {
    const list = Array.isArray(ov.properties.components)
      ? (ov.properties.components as unknown[])
      : [];
    comps = comps.map((c) => {
      let out = c;
      for (const raw of list) {
        if (!isObj(raw)) continue;
        if (typeof raw.name === "string" && raw.name !== c.name) continue;
        if (
          typeof raw.type === "string" &&
          raw.type !== c.type &&
          raw.type.split("@")[0] !== c.type.split("@")[0]
        )
          continue;
        out = overrideOne(out, raw);
      }
      return out;
    });
    if (Array.isArray(ov.properties.selector)) {
      const keep = new Set((ov.properties.selector as unknown[]).map(String));
      comps = comps.filter((c) => keep.has(c.name));
    }
  }
  return comps;
}

function overrideOne(c: ComponentSpec, o: Record<string, unknown>): ComponentSpec {
  const properties = isObj(o.properties)
    ? (mergePatch(c.properties, o.properties) as Record<string, unknown>)
    : c.properties;
  let traits: TraitSpec[] = c.traits;
  if (Array.isArray(o.traits)) {
    traits = traits.slice();
    for (const t of o.traits) {
      if (!isObj(t) || typeof t.type !== "string") continue;
      const i = traits.findIndex((x) => x.type === t.type);
      if (t.disable === true) {
        if (i >= 0) traits.splice(i, 1);
        continue;
      }
      const props = isObj(t.properties) ? t.properties : {};
      if (i >= 0)
        traits[i] = {
          type: traits[i]!.type,
          properties: mergePatch(traits[i]!.properties, props) as Record<string, unknown>,
        };
      else traits.push({ type: t.type, properties: clone(props) });
    }
  }
  return { ...c, properties, traits };
}
