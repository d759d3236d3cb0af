/**
 * Which built-in API versions each Kubernetes minor serves.
 *
 * Source: the official "Deprecated API Migration Guide"
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/, sections
 * v1.16, v1.22, v1.25, v1.26, v1.27, v1.29, v1.32) plus the "available since"
 * notes there and in the release notes for the GA/beta additions below.
 *
 * Only built-in groups are gated; third-party (CRD) groups are served whenever
 * their CRD is installed, which capstan cannot know. A built-in apiVersion/kind
 * with no rule here is taken as served by every supported minor.
 */

export const SUPPORTED_KUBE_VERSIONS: readonly string[] = [
  "1.25",
  "1.26",
  "1.27",
  "1.28",
  "1.29",
  "1.30",
  "1.31",
  "1.32",
  "1.33",
];

interface Rule {
  readonly apiVersion: string;
  readonly kinds: readonly string[];
  /** First minor that serves it (by default). */
  readonly since?: number;
  /** First minor that no longer serves it. */
  readonly removedIn?: number;
  /** Replacements, best first; the first one served by the target minor is suggested. */
  readonly use?: readonly string[];
  /** Free-text advice when there is no replacement API. */
  readonly advice?: string;
}

const APPS = ["ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"];
const RBAC = ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"];
const WEBHOOKS = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
const FLOW = ["FlowSchema", "PriorityLevelConfiguration"];
const VAP = ["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"];
const FLOW_NEXT = ["flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta3"];
const ACCESS_REVIEWS = [
  "LocalSubjectAccessReview",
  "SelfSubjectAccessReview",
  "SelfSubjectRulesReview",
  "SubjectAccessReview",
];

const RULES: readonly Rule[] = [
  // ---- removed in v1.16
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["DaemonSet", "Deployment", "ReplicaSet"],
    removedIn: 16,
    use: ["apps/v1"],
  },
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["NetworkPolicy"],
    removedIn: 16,
    use: ["networking.k8s.io/v1"],
  },
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: 16,
    use: ["policy/v1beta1"],
    advice: "use Pod Security Admission",
  },
  { apiVersion: "apps/v1beta1", kinds: APPS, removedIn: 16, use: ["apps/v1"] },
  { apiVersion: "apps/v1beta2", kinds: APPS, removedIn: 16, use: ["apps/v1"] },
  // ---- removed in v1.22
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["Ingress"],
    removedIn: 22,
    use: ["networking.k8s.io/v1"],
  },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kinds: ["Ingress", "IngressClass"],
    removedIn: 22,
    use: ["networking.k8s.io/v1"],
  },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kinds: WEBHOOKS,
    removedIn: 22,
    use: ["admissionregistration.k8s.io/v1"],
  },
  {
    apiVersion: "apiextensions.k8s.io/v1beta1",
    kinds: ["CustomResourceDefinition"],
    removedIn: 22,
    use: ["apiextensions.k8s.io/v1"],
  },
  {
    apiVersion: "apiregistration.k8s.io/v1beta1",
    kinds: ["APIService"],
    removedIn: 22,
    use: ["apiregistration.k8s.io/v1"],
  },
  {
    apiVersion: "authentication.k8s.io/v1beta1",
    kinds: ["TokenReview"],
    removedIn: 22,
    use: ["authentication.k8s.io/v1"],
  },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kinds: ACCESS_REVIEWS,
    removedIn: 22,
    use: ["authorization.k8s.io/v1"],
  },
  {
    apiVersion: "certificates.k8s.io/v1beta1",
    kinds: ["CertificateSigningRequest"],
    removedIn: 22,
    use: ["certificates.k8s.io/v1"],
  },
  {
    apiVersion: "coordination.k8s.io/v1beta1",
    kinds: ["Lease"],
    removedIn: 22,
    use: ["coordination.k8s.io/v1"],
  },
  {
    apiVersion: "rbac.authorization.k8s.io/v1beta1",
    kinds: RBAC,
    removedIn: 22,
    use: ["rbac.authorization.k8s.io/v1"],
  },
  {
    apiVersion: "scheduling.k8s.io/v1beta1",
    kinds: ["PriorityClass"],
    removedIn: 22,
    use: ["scheduling.k8s.io/v1"],
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
    removedIn: 22,
    use: ["storage.k8s.io/v1"],
  },
  // ---- removed in v1.25
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: 25, use: ["batch/v1"] },
  {
    apiVersion: "discovery.k8s.io/v1beta1",
    kinds: ["EndpointSlice"],
    removedIn: 25,
    use: ["discovery.k8s.io/v1"],
  },
  {
    apiVersion: "events.k8s.io/v1beta1",
    kinds: ["Event"],
    removedIn: 25,
    use: ["events.k8s.io/v1"],
  },
  {
    apiVersion: "autoscaling/v2beta1",
    kinds: ["HorizontalPodAutoscaler"],
    removedIn: 25,
    use: ["autoscaling/v2"],
  },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodDisruptionBudget"],
    removedIn: 25,
    use: ["policy/v1"],
  },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: 25,
    advice: "no replacement API; use Pod Security Admission",
  },
  {
    apiVersion: "node.k8s.io/v1beta1",
    kinds: ["RuntimeClass"],
    removedIn: 25,
    use: ["node.k8s.io/v1"],
  },
  // ---- removed in v1.26
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
    kinds: FLOW,
    removedIn: 26,
    use: FLOW_NEXT,
  },
  {
    apiVersion: "autoscaling/v2beta2",
    kinds: ["HorizontalPodAutoscaler"],
    removedIn: 26,
    use: ["autoscaling/v2"],
  },
  // ---- removed in v1.27
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kinds: ["CSIStorageCapacity"],
    removedIn: 27,
    use: ["storage.k8s.io/v1"],
  },
  // ---- removed in v1.29 / v1.32 (flowcontrol betas; v1beta2 from 1.23, v1beta3 from 1.26)
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kinds: FLOW,
    since: 23,
    removedIn: 29,
    use: FLOW_NEXT,
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kinds: FLOW,
    since: 26,
    removedIn: 32,
    use: ["flowcontrol.apiserver.k8s.io/v1"],
  },
  // ---- additions ("available since")
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1", kinds: FLOW, since: 29 },
  { apiVersion: "networking.k8s.io/v1", kinds: ["Ingress", "IngressClass"], since: 19 },
  { apiVersion: "events.k8s.io/v1", kinds: ["Event"], since: 19 },
  { apiVersion: "certificates.k8s.io/v1", kinds: ["CertificateSigningRequest"], since: 19 },
  { apiVersion: "node.k8s.io/v1", kinds: ["RuntimeClass"], since: 20 },
  { apiVersion: "batch/v1", kinds: ["CronJob"], since: 21 },
  { apiVersion: "policy/v1", kinds: ["PodDisruptionBudget"], since: 21 },
  { apiVersion: "discovery.k8s.io/v1", kinds: ["EndpointSlice"], since: 21 },
  { apiVersion: "autoscaling/v2", kinds: ["HorizontalPodAutoscaler"], since: 23 },
  { apiVersion: "storage.k8s.io/v1", kinds: ["CSIStorageCapacity"], since: 24 },
  { apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: VAP, since: 28 },
  { apiVersion: "admissionregistration.k8s.io/v1", kinds: VAP, since: 30 },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["IPAddress", "ServiceCIDR"], since: 31 },
  { apiVersion: "networking.k8s.io/v1", kinds: ["IPAddress", "ServiceCIDR"], since: 33 },
];

/** Groups that ship with Kubernetes itself ("" is the core group). */
const BUILTIN_GROUPS: ReadonlySet<string> = new Set([
  "",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
  "apiregistration.k8s.io",
  "apps",
  "authentication.k8s.io",
  "authorization.k8s.io",
  "autoscaling",
  "batch",
  "certificates.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "events.k8s.io",
  "extensions",
  "flowcontrol.apiserver.k8s.io",
  "internal.apiserver.k8s.io",
  "networking.k8s.io",
  "node.k8s.io",
  "policy",
  "rbac.authorization.k8s.io",
  "resource.k8s.io",
  "scheduling.k8s.io",
  "storage.k8s.io",
  "storagemigration.k8s.io",
]);

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.lastIndexOf("/");
  return i < 0
    ? { group: "", version: apiVersion }
    : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export function isBuiltinGroup(group: string): boolean {
  return BUILTIN_GROUPS.has(group);
}

/** "1.31" → 31; undefined for anything else. */
export function parseMinor(kubeVersion: string): number | undefined {
  const m = /^1\.(\d{1,3})$/.exec(kubeVersion);
  return m ? Number(m[1]) : undefined;
}

function servedAt(apiVersion: string, kind: string, minor: number): Rule | undefined {
  for (const r of RULES) {
    if (r.apiVersion !== apiVersion || !r.kinds.includes(kind)) continue;
    if (r.removedIn !== undefined && minor >= r.removedIn) return r;
    if (r.since !== undefined && minor < r.since) return r;
  }
  return undefined;
}

type Served = { ok: true } | { ok: false; message: string };
/** servedBy's answers (pure, and asked once per rendered object) */
const servedCache = new Map<string, Served>();

/** Is apiVersion/kind served by that minor (default feature gates)? */
export function servedBy(apiVersion: string, kind: string, kubeVersion: string): Served {
  const key = `${apiVersion} ${kind} ${kubeVersion}`;
  let r = servedCache.get(key);
  if (!r) servedCache.set(key, (r = servedByUncached(apiVersion, kind, kubeVersion)));
  return r;
}

function servedByUncached(apiVersion: string, kind: string, kubeVersion: string): Served {
  const minor = parseMinor(kubeVersion);
  if (minor === undefined) {
    return {
      ok: false,
      message: `invalid Kubernetes version ${JSON.stringify(kubeVersion)}; expected "1.N", e.g. "1.31"`,
    };
  }
  if (!isBuiltinGroup(splitApiVersion(apiVersion).group)) return { ok: true };
  const rule = servedAt(apiVersion, kind, minor);
  if (!rule) return { ok: true };
  const head = `${apiVersion} ${kind} is not served by Kubernetes 1.${minor}`;
  if (rule.removedIn !== undefined && minor >= rule.removedIn) {
    const use = rule.use?.find((v) => servedAt(v, kind, minor) === undefined);
    const hint = use ? `use ${use}` : (rule.advice ?? "no replacement API");
    return { ok: false, message: `${head} (removed in 1.${rule.removedIn}; ${hint})` };
  }
  return { ok: false, message: `${head} (available from 1.${rule.since ?? 0})` };
}
