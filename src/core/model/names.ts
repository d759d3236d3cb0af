/** Kubernetes name rules (DNS-1123) used for apps, components, environments and objects. */
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Returns a reason when `name` is not a DNS-1123 label (≤ 63 chars), else undefined. */
export function checkLabelName(name: string): string | undefined {
  if (name.length > 63)
    return `"${name.slice(0, 70)}…" is ${name.length} characters; the limit is 63`;
  if (!DNS1123_LABEL.test(name))
    return `"${name}" is not a valid name: lower-case letters, digits and '-', starting and ending with a letter or digit (DNS-1123)`;
  return undefined;
}

/** Object names: DNS-1123 subdomain (≤ 253), and ≤ 63 for kinds whose names become labels or DNS labels. */
const LABEL_NAMED_KINDS = new Set(["Service", "Namespace", "StatefulSet", "CronJob", "Pod", "Job"]);

const PATH_SEGMENT_NAMED_KINDS = new Set([
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
]);

export function checkObjectName(kind: string, name: string): string | undefined {
  if (typeof name !== "string" || name === "") return "metadata.name is missing";
  if (PATH_SEGMENT_NAMED_KINDS.has(kind)) {
    // RBAC names are path segments: anything but "/", "%", "." and "..".
    if (name === "." || name === ".." || /[/%]/.test(name))
      return `${kind} name "${name}" may not be "." or ".." or contain "/" or "%"`;
    return name.length > 253 ? `name is ${name.length} characters; the limit is 253` : undefined;
  }
  const limit = LABEL_NAMED_KINDS.has(kind) ? 63 : 253;
  if (name.length > limit)
    return `name "${name.slice(0, 70)}…" is ${name.length} characters; ${kind} names are limited to ${limit}`;
  if (!DNS1123_SUBDOMAIN.test(name))
    return `name "${name}" is not a valid DNS-1123 name (lower-case letters, digits, '-' and '.')`;
  if (LABEL_NAMED_KINDS.has(kind) && name.includes("."))
    return `${kind} name "${name}" must not contain '.'`;
  return undefined;
}
