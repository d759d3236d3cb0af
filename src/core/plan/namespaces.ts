/**
 * `createNamespaces: true`: the environment gets a `_namespaces/` folder with one
 * Namespace object per namespace its apps use. The folder is shared by every
 * source repo feeding the env repo, so it is only ever added to: capstan never
 * prunes a Namespace, because deleting one deletes everything in it.
 */
import { appFiles, type AppOutcome, type AppState } from "./layout.ts";
import { sha256 } from "../common/text.ts";
import type { KObject } from "../render/render.ts";

export const NAMESPACES_APP = "_namespaces";
const SHARED_OWNER = "capstan";
const NEVER_CREATED = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);

/** The identities of the Namespace objects the `_namespaces` folder holds (see identities.ts). */
export function namespaceIdentities(state: AppState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of Object.keys(state.files)) {
    const name = /^_namespaces\/namespace-(.+)\.yaml$/.exec(p)?.[1];
    if (name) out[`Namespace/${name}`] = "createNamespaces";
  }
  return out;
}

export function planNamespaces(
  wanted: Set<string>,
  prev: AppState | undefined,
  commit: string,
  changes: Map<string, string | null>,
): { state: AppState; outcome?: AppOutcome } {
  const had = new Set(
    Object.keys(prev?.files ?? {})
      .map((p) => /^_namespaces\/namespace-(.+)\.yaml$/.exec(p)?.[1])
      .filter((n): n is string => !!n),
  );
  const all = [...new Set([...had, ...wanted])].filter((n) => !NEVER_CREATED.has(n)).sort();
  const objects: KObject[] = all.map((name) => ({
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name, labels: { "app.kubernetes.io/managed-by": "capstan" } },
  }));
  const files = new Map<string, string>();
  for (const [p, t] of appFiles(objects)) files.set(`${NAMESPACES_APP}/${p}`, t);
  const hashes: Record<string, string> = {};
  const added: string[] = [];
  for (const [p, t] of files) {
    hashes[p] = sha256(t);
    if (prev?.files[p] !== hashes[p]) {
      changes.set(p, t);
      if (!p.endsWith("/kustomization.yaml")) added.push(p);
    }
  }
  const inputDigest = sha256(all.join("\n"));
  const state: AppState = {
    sourceRepo: SHARED_OWNER,
    commit: added.length || !prev ? commit : prev.commit,
    inputDigest,
    files: hashes,
  };
  return {
    state,
    outcome: added.length
      ? {
          name: NAMESPACES_APP,
          change: prev ? "changed" : "added",
          added,
          changed: [],
          removed: [],
          files,
        }
      : undefined,
  };
}
