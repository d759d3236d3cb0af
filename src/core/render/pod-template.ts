/**
 * Where a workload keeps its pod template (docs/capability-format.md, "Pod template"):
 * declared by the component capability (`podTemplate:`), else the default for the kind
 * it emits. Traits patch pods through it (`podPatch:`) and read it (`context.podTemplate`),
 * so one trait lands in a Deployment's `spec.template` and a CronJob's
 * `spec.jobTemplate.spec.template` alike.
 */
import type { Capability } from "../capabilities/types.ts";
import { setKey } from "./patch.ts";
import { isObj } from "../common/json.ts";

/** group (the part of apiVersion before "/", "" for core) + "|" + kind → dotted path */
const BY_KIND: Record<string, string> = {
  "apps|Deployment": "spec.template",
  "apps|StatefulSet": "spec.template",
  "apps|DaemonSet": "spec.template",
  "apps|ReplicaSet": "spec.template",
  "|ReplicationController": "spec.template",
  "batch|Job": "spec.template",
  "batch|CronJob": "spec.jobTemplate.spec.template",
  "argoproj.io|Rollout": "spec.template",
  "serving.knative.dev|Service": "spec.template",
};

/** apiVersion → kind → path: asked for every trait of every component, so asked once per pair */
const known = new Map<string, Map<string, string | undefined>>();

/** The default pod-template path for a kind, or undefined when the kind has no pods. */
export function defaultPodTemplate(apiVersion: string, kind: string): string | undefined {
  let byKind = known.get(apiVersion);
  if (byKind === undefined) known.set(apiVersion, (byKind = new Map()));
  if (byKind.has(kind)) return byKind.get(kind);
  const slash = apiVersion.indexOf("/");
  const path = BY_KIND[`${slash < 0 ? "" : apiVersion.slice(0, slash)}|${kind}`];
  byKind.set(kind, path);
  return path;
}

/** The component capability's pod-template path: declared, else by its workload kind. */
export function capabilityPodTemplate(cap: Capability): string | undefined {
  if (cap.podTemplate !== undefined) return cap.podTemplate;
  return cap.workload ? defaultPodTemplate(cap.workload.apiVersion, cap.workload.kind) : undefined;
}

/**
 * The path for this workload object: the capability's declared one, else by the object's
 * own kind (`k8s-objects`, or a trait that changed the kind), else by the capability's kind.
 */
export function workloadPodTemplate(cap: Capability, workload: unknown): string | undefined {
  if (cap.podTemplate !== undefined) return cap.podTemplate;
  if (
    isObj(workload) &&
    typeof workload.apiVersion === "string" &&
    typeof workload.kind === "string"
  )
    return defaultPodTemplate(workload.apiVersion, workload.kind) ?? capabilityPodTemplate(cap);
  return capabilityPodTemplate(cap);
}

/** A dotted path's segments, split once per path (a handful of paths, asked per trait). */
const split = new Map<string, readonly string[]>();
function segments(path: string): readonly string[] {
  let segs = split.get(path);
  if (segs === undefined) split.set(path, (segs = path.split(".")));
  return segs;
}

/** The value at a dotted path, or undefined. */
export function atPath(o: unknown, path: string): unknown {
  let cur = o;
  for (const seg of segments(path)) {
    if (!isObj(cur)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

/** `patch` nested under a dotted path: `spec.template` + p → { spec: { template: p } }. */
export function nestPatch(path: string, patch: unknown): Record<string, unknown> {
  const segs = path.split(".");
  let out: unknown = patch;
  for (let i = segs.length - 1; i >= 0; i--) {
    const o: Record<string, unknown> = {};
    setKey(o, segs[i]!, out);
    out = o;
  }
  return out as Record<string, unknown>;
}
