/**
 * Random valid source trees (capstan.yaml + Applications, built-in capabilities) for the
 * property, kustomize and fuzz tests. Apps never clash: each names its components after
 * itself, so two apps sharing a namespace still render distinct objects.
 */
import fc from "fast-check";

export type Tree = Record<string, string>;

export interface AppShape {
  name: string;
  tag: number;
  replicas: number;
  expose: boolean;
  /** its own namespace, or the one every app may share */
  sharedNamespace: boolean;
  worker: boolean;
  configMap: boolean;
}

export interface TreeShape {
  createNamespaces: boolean;
  prodKube: "1.30" | "1.31";
  apps: AppShape[];
}

const NAMES = ["cart", "shop", "users", "search", "billing"];

const appShape = (name: string): fc.Arbitrary<AppShape> =>
  fc.record({
    name: fc.constant(name),
    tag: fc.integer({ min: 1, max: 3 }),
    replicas: fc.integer({ min: 1, max: 3 }),
    expose: fc.boolean(),
    sharedNamespace: fc.boolean(),
    worker: fc.boolean(),
    configMap: fc.boolean(),
  });

export const treeShape: fc.Arbitrary<TreeShape> = fc.record({
  createNamespaces: fc.boolean(),
  prodKube: fc.constantFrom("1.30" as const, "1.31" as const),
  apps: fc
    .subarray(NAMES, { minLength: 0, maxLength: NAMES.length })
    .chain((names) => fc.tuple(...names.map(appShape))),
});

export function configText(s: Pick<TreeShape, "createNamespaces" | "prodKube">): string {
  return `apiVersion: capstan.dev/v1alpha1
kind: Config
apps: ["apps/**/*.yaml"]
envRepo: { url: https://github.com/acme/deploy.git, branch: main, root: envs }
kubeVersion: "1.31"
environments:
  - name: staging
    autoDeploy: true
    namespace: staging${s.createNamespaces ? "\n    createNamespaces: true" : ""}
  - name: production
    promotesFrom: staging
    kubeVersion: "${s.prodKube}"
    namespace: prod
capabilities: [builtin]
`;
}

export function appText(a: AppShape): string {
  const ns = a.sharedNamespace ? "shared" : a.name;
  const parts = [
    `apiVersion: core.oam.dev/v1beta1
kind: Application
metadata:
  name: ${a.name}
  namespace: ${ns}
spec:
  components:
    - name: ${a.name}
      type: webservice
      properties:
        image: ghcr.io/acme/${a.name}:1.0.${a.tag}${a.expose ? "\n        ports: [{ port: 8080, expose: true }]" : ""}
      traits:
        - type: scaler
          properties: { replicas: ${a.replicas} }
`,
  ];
  if (a.worker)
    parts.push(`    - name: ${a.name}-worker
      type: worker
      properties:
        image: ghcr.io/acme/${a.name}-worker:1.0.${a.tag}
`);
  if (a.configMap)
    parts.push(`    - name: ${a.name}-config
      type: k8s-objects
      properties:
        objects:
          - apiVersion: v1
            kind: ConfigMap
            metadata: { name: ${a.name}-settings }
            data: { tag: "${a.tag}" }
`);
  return parts.join("");
}

export function treeOf(s: TreeShape): Tree {
  const t: Tree = { "capstan.yaml": configText(s) };
  for (const a of s.apps) t[`apps/${a.name}.yaml`] = appText(a);
  return t;
}
