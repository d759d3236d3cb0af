/**
 * Cluster-scoped kinds, keyed "group|Kind" (group "" = core). Hand-written from
 * `kubectl api-resources --namespaced=false` of a 1.33 cluster plus the bundled
 * CRD packages' CRDs. Every other built-in or bundled kind is Namespaced; user
 * CRDs carry their own `spec.scope`.
 */
export const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  // core
  "|ComponentStatus",
  "|Namespace",
  "|Node",
  "|PersistentVolume",
  // built-in groups
  "admissionregistration.k8s.io|MutatingAdmissionPolicy",
  "admissionregistration.k8s.io|MutatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io|MutatingWebhookConfiguration",
  "admissionregistration.k8s.io|ValidatingAdmissionPolicy",
  "admissionregistration.k8s.io|ValidatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io|ValidatingWebhookConfiguration",
  "apiextensions.k8s.io|CustomResourceDefinition",
  "apiregistration.k8s.io|APIService",
  "certificates.k8s.io|CertificateSigningRequest",
  "certificates.k8s.io|ClusterTrustBundle",
  "extensions|PodSecurityPolicy",
  "flowcontrol.apiserver.k8s.io|FlowSchema",
  "flowcontrol.apiserver.k8s.io|PriorityLevelConfiguration",
  "internal.apiserver.k8s.io|StorageVersion",
  "networking.k8s.io|IPAddress",
  "networking.k8s.io|IngressClass",
  "networking.k8s.io|ServiceCIDR",
  "node.k8s.io|RuntimeClass",
  "policy|PodSecurityPolicy",
  "rbac.authorization.k8s.io|ClusterRole",
  "rbac.authorization.k8s.io|ClusterRoleBinding",
  "resource.k8s.io|DeviceClass",
  "resource.k8s.io|ResourceSlice",
  "scheduling.k8s.io|PriorityClass",
  "storage.k8s.io|CSIDriver",
  "storage.k8s.io|CSINode",
  "storage.k8s.io|StorageClass",
  "storage.k8s.io|VolumeAttachment",
  "storage.k8s.io|VolumeAttributesClass",
  "storagemigration.k8s.io|StorageVersionMigration",
  // bundled CRD packages
  "argoproj.io|ClusterAnalysisTemplate",
  "external-secrets.io|ClusterExternalSecret",
  "external-secrets.io|ClusterPushSecret",
  "external-secrets.io|ClusterSecretStore",
  "gateway.networking.k8s.io|GatewayClass",
  "generators.external-secrets.io|ClusterGenerator",
  "keda.sh|ClusterTriggerAuthentication",
  "networking.internal.knative.dev|ClusterDomainClaim",
]);

export type Scope = "Namespaced" | "Cluster";

export function builtinScope(group: string, kind: string): Scope {
  return CLUSTER_SCOPED.has(`${group}|${kind}`) ? "Cluster" : "Namespaced";
}
