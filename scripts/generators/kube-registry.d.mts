/** The text of src/generated/kube-registry.ts (kube-registry.mjs). */
export function generateKubeRegistry(): string;
