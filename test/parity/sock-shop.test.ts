/**
 * Parity with a real multi-tier app nobody here wrote: the Weaveworks sock-shop as
 * published in argoproj/argocd-example-apps, folder `sock-shop/` (its
 * kustomization.yaml lists the 29 manifests under `sock-shop/base/`;
 * `base/front-end-hpa.yaml` exists but is not listed, so it is not part of the app).
 *
 * examples/sock-shop expresses it as OAM Applications over built-in capabilities only.
 * This test renders that source through the CLI, builds every environment with
 * `kubectl kustomize`, and compares the built objects with FACTS read from the
 * upstream manifests (recorded below as data — the upstream YAML is not copied).
 * Where capstan must differ, the difference is listed in DIFFERENCES with its reason;
 * each listed difference must still be needed (a stale entry fails the test).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { runCli } from "../helpers/cli.ts";

const SOURCE = resolve(dirname(fileURLToPath(import.meta.url)), "../../examples/sock-shop");
const ENVS = ["staging", "production"];
const NAMESPACE = "sock-shop";

// ---------------------------------------------------------------------------------
// Fact shapes: only what the parity claim covers (kinds, names, namespace, images,
// ports, env, resources, probes, Service ports) plus the pod details that make the
// app run the same way (security context, volumes, node selector, annotations).
interface Probe {
  path: string;
  port: number;
  initialDelaySeconds: number;
  periodSeconds: number;
}
interface SecurityFacts {
  add?: string[];
  drop?: string[];
  readOnlyRootFilesystem?: boolean;
  runAsNonRoot?: boolean;
  runAsUser?: number;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
}
interface ContainerFacts {
  name: string;
  image: string;
  ports: { containerPort: number; name?: string }[];
  env?: { name: string; value: string }[];
  resources?: {
    requests: { cpu: string; memory: string };
    limits: { cpu: string; memory: string };
  };
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  securityContext?: SecurityFacts;
  volumeMounts?: { name: string; mountPath: string }[];
}
interface DeploymentFacts {
  kind: "Deployment";
  name: string;
  namespace?: string;
  replicas: number;
  containers: ContainerFacts[];
  volumes?: { name: string; emptyDirMedium: string }[];
  nodeSelector: Record<string, string>;
  podAnnotations?: Record<string, string>;
}
interface ServicePort {
  port: number;
  targetPort: number | string;
  name?: string;
  protocol?: string;
  nodePort?: number;
}
interface ServiceFacts {
  kind: "Service";
  name: string;
  namespace?: string;
  type?: string;
  ports: ServicePort[];
  annotations?: Record<string, string>;
}
interface IngressFacts {
  kind: "Ingress";
  name: string;
  namespace?: string;
  ingressClassName?: string;
  rules: {
    host: string;
    paths: { path: string; pathType: string; service: string; port: number }[];
  }[];
}
type Facts = DeploymentFacts | ServiceFacts | IngressFacts;

// ---------------------------------------------------------------------------------
// Upstream facts. Source: argoproj/argocd-example-apps, sock-shop/base/<file>, read at
// the commits noted (the newest revision of each file the index holds). Values are
// exactly as written upstream; fields upstream leaves unset are absent.
const JAVA_ENV = [
  { name: "ZIPKIN", value: "zipkin.jaeger.svc.cluster.local" },
  {
    name: "JAVA_OPTS",
    value:
      "-Xms64m -Xmx128m -XX:PermSize=32m -XX:MaxPermSize=64m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom",
  },
];
const health = (live: number, ready: number, path = "/health", port = 80) => ({
  livenessProbe: { path, port, initialDelaySeconds: live, periodSeconds: 3 },
  readinessProbe: { path, port, initialDelaySeconds: ready, periodSeconds: 3 },
});
const res = (reqCpu: string, reqMem: string, limCpu: string, limMem: string) => ({
  requests: { cpu: reqCpu, memory: reqMem },
  limits: { cpu: limCpu, memory: limMem },
});
/** the services' hardening (runAsUser 10001, drop all, add NET_BIND_SERVICE, read-only root) */
const SERVICE_SEC: SecurityFacts = {
  add: ["NET_BIND_SERVICE"],
  drop: ["all"],
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  runAsUser: 10001,
};
/** the data stores' hardening (drop all, add CHOWN/SETGID/SETUID, read-only root) */
const DB_SEC: SecurityFacts = {
  add: ["CHOWN", "SETGID", "SETUID"],
  drop: ["all"],
  readOnlyRootFilesystem: true,
};
const TMP_MOUNT = [{ name: "tmp-volume", mountPath: "/tmp" }];
const TMP_VOLUME = [{ name: "tmp-volume", emptyDirMedium: "Memory" }];
const BETA_OS = { "beta.kubernetes.io/os": "linux" };
const OS = { "kubernetes.io/os": "linux" };

const UPSTREAM: { source: string; facts: Facts }[] = [
  // --- front end ---------------------------------------------------------------
  {
    source: "sock-shop/base/front-end-dep.yaml @0d521c6",
    facts: {
      kind: "Deployment",
      name: "front-end",
      replicas: 1,
      containers: [
        {
          name: "front-end",
          image: "weaveworksdemos/front-end:0.3.12",
          ports: [{ containerPort: 8079 }],
          env: [{ name: "SESSION_REDIS", value: "true" }],
          resources: res("100m", "300Mi", "300m", "1000Mi"),
          ...health(300, 30, "/", 8079),
          securityContext: {
            drop: ["all"],
            readOnlyRootFilesystem: true,
            runAsNonRoot: true,
            runAsUser: 10001,
          },
        },
      ],
      nodeSelector: OS,
    },
  },
  {
    source: "sock-shop/base/front-end-svc.yaml @07a1cf5",
    facts: {
      kind: "Service",
      name: "front-end",
      type: "ClusterIP",
      ports: [{ port: 80, targetPort: 8079, nodePort: 30001 }],
    },
  },
  {
    source: "sock-shop/base/front-end-ingress.yaml @07a1cf5",
    facts: {
      kind: "Ingress",
      name: "ingress",
      ingressClassName: "internal-ingress-nginx",
      rules: [
        {
          host: "sock-shop.k8s.wc.int.ehn.services",
          paths: [{ path: "/", pathType: "Prefix", service: "front-end", port: 443 }],
        },
      ],
    },
  },
  // --- business services ---------------------------------------------------------
  {
    source: "sock-shop/base/carts-dep.yaml @382b858",
    facts: {
      kind: "Deployment",
      name: "carts",
      replicas: 1,
      containers: [
        {
          name: "carts",
          image: "weaveworksdemos/carts:0.4.8",
          ports: [{ containerPort: 80 }],
          env: JAVA_ENV,
          resources: res("300m", "500Mi", "300m", "500Mi"),
          ...health(300, 180),
          securityContext: SERVICE_SEC,
          volumeMounts: TMP_MOUNT,
        },
      ],
      volumes: TMP_VOLUME,
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/carts-svc.yaml @37961b0",
    facts: { kind: "Service", name: "carts", ports: [{ port: 80, targetPort: 80 }] },
  },
  {
    source: "sock-shop/base/catalogue-dep.yaml @382b858",
    facts: {
      kind: "Deployment",
      name: "catalogue",
      replicas: 1,
      containers: [
        {
          name: "catalogue",
          image: "weaveworksdemos/catalogue:0.3.5",
          ports: [{ containerPort: 80 }],
          resources: res("100m", "100Mi", "100m", "100Mi"),
          ...health(300, 180),
          securityContext: SERVICE_SEC,
        },
      ],
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/catalogue-svc.yaml @66fe349",
    facts: { kind: "Service", name: "catalogue", ports: [{ port: 80, targetPort: 80 }] },
  },
  {
    source: "sock-shop/base/orders-dep.yaml @7d5f478",
    facts: {
      kind: "Deployment",
      name: "orders",
      replicas: 1,
      containers: [
        {
          name: "orders",
          image: "weaveworksdemos/orders:0.4.7",
          ports: [{ containerPort: 80 }],
          env: JAVA_ENV,
          resources: res("200m", "500Mi", "500m", "500Mi"),
          ...health(300, 180),
          securityContext: SERVICE_SEC,
          volumeMounts: TMP_MOUNT,
        },
      ],
      volumes: TMP_VOLUME,
      nodeSelector: OS,
    },
  },
  {
    source: "sock-shop/base/orders-svc.yaml @66fe349",
    facts: { kind: "Service", name: "orders", ports: [{ port: 80, targetPort: 80 }] },
  },
  {
    source: "sock-shop/base/payment-dep.yaml @7d5f478",
    facts: {
      kind: "Deployment",
      name: "payment",
      replicas: 1,
      containers: [
        {
          name: "payment",
          image: "weaveworksdemos/payment:0.4.3",
          ports: [{ containerPort: 80 }],
          resources: res("99m", "100Mi", "100m", "100Mi"),
          ...health(300, 180),
          securityContext: SERVICE_SEC,
        },
      ],
      nodeSelector: OS,
    },
  },
  {
    source: "sock-shop/base/payment-svc.yaml @66fe349",
    facts: { kind: "Service", name: "payment", ports: [{ port: 80, targetPort: 80 }] },
  },
  {
    source: "sock-shop/base/queue-master-dep.yaml @382b858",
    facts: {
      kind: "Deployment",
      name: "queue-master",
      replicas: 1,
      containers: [
        {
          name: "queue-master",
          image: "weaveworksdemos/queue-master:0.3.1",
          ports: [{ containerPort: 80 }],
          env: JAVA_ENV,
          resources: res("300m", "500Mi", "300m", "500Mi"),
          ...health(300, 180),
        },
      ],
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/queue-master-svc.yaml @66fe349",
    facts: {
      kind: "Service",
      name: "queue-master",
      annotations: { "prometheus.io/path": "/prometheus" },
      ports: [{ port: 80, targetPort: 80 }],
    },
  },
  {
    source: "sock-shop/base/shipping-dep.yaml @382b858",
    facts: {
      kind: "Deployment",
      name: "shipping",
      replicas: 1,
      containers: [
        {
          name: "shipping",
          image: "weaveworksdemos/shipping:0.4.8",
          ports: [{ containerPort: 80 }],
          env: JAVA_ENV,
          resources: res("300m", "500Mi", "300m", "500Mi"),
          ...health(300, 180),
          securityContext: SERVICE_SEC,
          volumeMounts: TMP_MOUNT,
        },
      ],
      volumes: TMP_VOLUME,
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/shipping-svc.yaml @66fe349",
    facts: { kind: "Service", name: "shipping", ports: [{ port: 80, targetPort: 80 }] },
  },
  {
    source: "sock-shop/base/user-dep.yaml @66fe349",
    facts: {
      kind: "Deployment",
      name: "user",
      replicas: 1,
      containers: [
        {
          name: "user",
          image: "weaveworksdemos/user:0.4.7",
          ports: [{ containerPort: 80 }],
          env: [{ name: "MONGO_HOST", value: "user-db:27017" }],
          resources: res("100m", "100Mi", "300m", "100Mi"),
          ...health(300, 180),
          securityContext: SERVICE_SEC,
        },
      ],
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/user-svc.yaml @66fe349",
    facts: { kind: "Service", name: "user", ports: [{ port: 80, targetPort: 80 }] },
  },
  // --- data stores and queue ------------------------------------------------------
  {
    source: "sock-shop/base/carts-db-dep.yaml @66fe349",
    facts: {
      kind: "Deployment",
      name: "carts-db",
      replicas: 1,
      containers: [
        {
          name: "carts-db",
          image: "mongo",
          ports: [{ containerPort: 27017, name: "mongo" }],
          securityContext: DB_SEC,
          volumeMounts: TMP_MOUNT,
        },
      ],
      volumes: TMP_VOLUME,
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/carts-db-svc.yaml @66fe349",
    facts: { kind: "Service", name: "carts-db", ports: [{ port: 27017, targetPort: 27017 }] },
  },
  {
    source: "sock-shop/base/catalogue-db-dep.yaml @382b858",
    facts: {
      kind: "Deployment",
      name: "catalogue-db",
      replicas: 1,
      containers: [
        {
          name: "catalogue-db",
          image: "weaveworksdemos/catalogue-db:0.3.0",
          ports: [{ containerPort: 3306, name: "mysql" }],
          env: [
            { name: "MYSQL_ROOT_PASSWORD", value: "fake_password" },
            { name: "MYSQL_DATABASE", value: "socksdb" },
          ],
        },
      ],
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/catalogue-db-svc.yaml @66fe349",
    facts: { kind: "Service", name: "catalogue-db", ports: [{ port: 3306, targetPort: 3306 }] },
  },
  {
    source: "sock-shop/base/orders-db-dep.yaml @0d521c6",
    facts: {
      kind: "Deployment",
      name: "orders-db",
      replicas: 1,
      containers: [
        {
          name: "orders-db",
          image: "mongo",
          ports: [{ containerPort: 27017, name: "mongo" }],
          securityContext: DB_SEC,
          volumeMounts: TMP_MOUNT,
        },
      ],
      volumes: TMP_VOLUME,
      nodeSelector: OS,
    },
  },
  {
    source: "sock-shop/base/orders-db-svc.yaml @66fe349",
    facts: { kind: "Service", name: "orders-db", ports: [{ port: 27017, targetPort: 27017 }] },
  },
  {
    source: "sock-shop/base/session-db-dep.yaml @0d521c6",
    facts: {
      kind: "Deployment",
      name: "session-db",
      replicas: 1,
      podAnnotations: { "prometheus.io.scrape": "false" },
      containers: [
        {
          name: "session-db",
          image: "redis:alpine",
          ports: [{ containerPort: 6379, name: "redis" }],
          securityContext: DB_SEC,
        },
      ],
      nodeSelector: OS,
    },
  },
  {
    source: "sock-shop/base/session-db-svc.yaml @66fe349",
    facts: { kind: "Service", name: "session-db", ports: [{ port: 6379, targetPort: 6379 }] },
  },
  {
    source: "sock-shop/base/user-db-dep.yaml @0d521c6",
    facts: {
      kind: "Deployment",
      name: "user-db",
      replicas: 1,
      containers: [
        {
          name: "user-db",
          image: "weaveworksdemos/user-db:0.3.0",
          ports: [{ containerPort: 27017, name: "mongo" }],
          securityContext: DB_SEC,
          volumeMounts: TMP_MOUNT,
        },
      ],
      volumes: TMP_VOLUME,
      nodeSelector: OS,
    },
  },
  {
    source: "sock-shop/base/user-db-svc.yaml @66fe349",
    facts: { kind: "Service", name: "user-db", ports: [{ port: 27017, targetPort: 27017 }] },
  },
  {
    source: "sock-shop/base/rabbitmq-dep.yaml @66fe349",
    facts: {
      kind: "Deployment",
      name: "rabbitmq",
      replicas: 1,
      podAnnotations: { "prometheus.io/scrape": "false" },
      containers: [
        {
          name: "rabbitmq",
          image: "rabbitmq:3.6.8-management",
          ports: [
            { containerPort: 15672, name: "management" },
            { containerPort: 5672, name: "rabbitmq" },
          ],
          securityContext: { ...DB_SEC, add: ["CHOWN", "SETGID", "SETUID", "DAC_OVERRIDE"] },
        },
        {
          name: "rabbitmq-exporter",
          image: "kbudde/rabbitmq-exporter",
          ports: [{ containerPort: 9090, name: "exporter" }],
        },
      ],
      nodeSelector: BETA_OS,
    },
  },
  {
    source: "sock-shop/base/rabbitmq-svc.yaml @382b858",
    facts: {
      kind: "Service",
      name: "rabbitmq",
      ports: [
        { port: 5672, name: "rabbitmq", targetPort: 5672 },
        { port: 9090, name: "exporter", targetPort: "exporter", protocol: "TCP" },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------
// Where capstan differs from upstream, and why. `apply` turns the upstream facts of
// each listed object into what capstan renders; every listed object must change.
const ALL = UPSTREAM.map((u) => key(u.facts));
const of = (kind: Facts["kind"]) => ALL.filter((k) => k.startsWith(`${kind}/`));
const deployments = (f: Facts): DeploymentFacts => f as DeploymentFacts;
const services = (f: Facts): ServiceFacts => f as ServiceFacts;
const ingress = (f: Facts): IngressFacts => f as IngressFacts;

interface Difference {
  objects: string[];
  what: string;
  reason: string;
  apply(f: Facts): void;
}
const DIFFERENCES: Difference[] = [
  {
    objects: ALL,
    what: `metadata.namespace is "${NAMESPACE}"`,
    reason:
      "upstream leaves the namespace to the deployer (Argo CD's destination); capstan writes the environment's namespace into every namespaced object",
    apply: (f) => void (f.namespace = NAMESPACE),
  },
  {
    objects: [
      "Deployment/carts",
      "Deployment/catalogue",
      "Deployment/queue-master",
      "Deployment/shipping",
      "Deployment/user",
      "Deployment/carts-db",
      "Deployment/catalogue-db",
      "Deployment/rabbitmq",
    ],
    what: 'nodeSelector uses "kubernetes.io/os" instead of "beta.kubernetes.io/os"',
    reason:
      "the beta label is deprecated since Kubernetes 1.14; upstream's newer revisions (front-end, orders, payment, *-db at 0d521c6/7d5f478) already switched, the example uses the current label everywhere",
    apply: (f) => void (deployments(f).nodeSelector = OS),
  },
  {
    objects: [
      "Deployment/front-end",
      "Deployment/carts",
      "Deployment/catalogue",
      "Deployment/orders",
      "Deployment/payment",
      "Deployment/queue-master",
      "Deployment/shipping",
      "Deployment/user",
    ],
    what: "unnamed container ports are named port-<containerPort>",
    reason:
      "KubeVela's webservice names every port it declares (port-<n> when no name is given); names do not change what the port serves",
    apply: (f) => {
      for (const c of deployments(f).containers)
        for (const p of c.ports) p.name ??= `port-${p.containerPort}`;
    },
  },
  {
    objects: of("Service").filter((k) => k !== "Service/rabbitmq"),
    what: "Service ports are named (the container port's name, or port-<targetPort>)",
    reason:
      "webservice and expose name every Service port as KubeVela does (expose: port-<port> for a port given by number); upstream leaves single ports unnamed",
    apply: (f) => {
      const svc = services(f);
      const dep = UPSTREAM.find((u) => key(u.facts) === `Deployment/${svc.name}`)!
        .facts as DeploymentFacts;
      for (const p of svc.ports)
        p.name ??=
          dep.containers[0]!.ports.find((c) => c.containerPort === p.targetPort)?.name ??
          `port-${p.targetPort}`;
    },
  },
  {
    objects: ["Service/rabbitmq"],
    what: 'the exporter Service port targets 9090 by number instead of the named port "exporter"',
    reason:
      "the expose trait (like KubeVela's) sets targetPort = port; both resolve to the exporter container's port 9090 (named exporter)",
    apply: (f) => void (services(f).ports[1]!.targetPort = 9090),
  },
  {
    objects: ["Service/front-end"],
    what: "front-end's Service has no nodePort 30001",
    reason:
      "upstream sets nodePort on a ClusterIP Service, which the API server rejects (nodePort needs type NodePort/LoadBalancer); webservice only writes nodePort for exposeType NodePort",
    apply: (f) => void delete services(f).ports[0]!.nodePort,
  },
  {
    objects: ["Ingress/ingress"],
    what: 'the Ingress is named "front-end", has no ingressClassName, pathType ImplementationSpecific, backend port 80',
    reason:
      "pure-ingress (like KubeVela's) names the Ingress after the component and has no class or pathType parameter (gateway has a class but also creates a Service, which would collide with webservice's); upstream's backend port 443 is not a port of the front-end Service (it serves 80), so the example routes to 80",
    apply: (f) => {
      const i = ingress(f);
      i.name = "front-end";
      delete i.ingressClassName;
      for (const r of i.rules)
        for (const p of r.paths) {
          p.pathType = "ImplementationSpecific";
          p.port = 80;
        }
    },
  },
  {
    objects: of("Deployment").filter(
      (k) => !["Deployment/catalogue-db", "Deployment/queue-master"].includes(k),
    ),
    what: "securityContext also states allowPrivilegeEscalation: false and privileged: false",
    reason:
      "the securitycontext trait (like KubeVela's) always writes both, defaulting to false — the values Kubernetes assumes when they are unset",
    apply: (f) => {
      for (const c of deployments(f).containers)
        if (c.securityContext)
          Object.assign(c.securityContext, { allowPrivilegeEscalation: false, privileged: false });
    },
  },
  {
    objects: [
      "Deployment/carts-db",
      "Deployment/orders-db",
      "Deployment/session-db",
      "Deployment/user-db",
      "Deployment/rabbitmq",
    ],
    what: "the data stores' securityContext states runAsNonRoot: false",
    reason:
      "the securitycontext trait defaults runAsNonRoot to true (as KubeVela's does); the example sets false explicitly to keep upstream's behaviour (these images start as root)",
    apply: (f) => {
      for (const c of deployments(f).containers)
        if (c.securityContext) c.securityContext.runAsNonRoot = false;
    },
  },
];
// Not compared at all (recorded here so nothing is silently dropped):
// - labels and selectors: upstream labels objects and pods `name: <x>` and selects on it;
//   capstan selects on KubeVela's `app.oam.dev/component: <x>` and labels with the
//   app.kubernetes.io/* set. The test checks instead that each Service selects its
//   Deployment's pods and that selectors carry only app.oam.dev/component.
// - probe timeoutSeconds/successThreshold/failureThreshold: webservice writes
//   Kubernetes' defaults (1/1/3) explicitly; upstream leaves them unset (checked below).
// - Service `type` and port `protocol`: compared after Kubernetes' API defaulting
//   (ClusterIP, TCP), which the API server applies to both sides alike.

function key(f: { kind: string; name: string }): string {
  return `${f.kind}/${f.name}`;
}

// ---------------------------------------------------------------------------------
// Reading rendered objects back into facts.
type Obj = Record<string, unknown>;
const o = (x: unknown): Obj => (x && typeof x === "object" ? (x as Obj) : {});
const a = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const clean = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function probeFacts(p: unknown): Probe | undefined {
  if (!p) return undefined;
  const h = o(o(p).httpGet);
  return {
    path: h.path as string,
    port: h.port as number,
    initialDelaySeconds: o(p).initialDelaySeconds as number,
    periodSeconds: o(p).periodSeconds as number,
  };
}

function containerFacts(c: Obj): ContainerFacts {
  const sc = c.securityContext ? o(c.securityContext) : undefined;
  const r = c.resources ? o(c.resources) : undefined;
  return {
    name: c.name as string,
    image: c.image as string,
    ports: a(c.ports).map((p) => ({
      containerPort: o(p).containerPort as number,
      name: o(p).name as string | undefined,
    })),
    env: c.env
      ? a(c.env).map((e) => ({ name: o(e).name as string, value: o(e).value as string }))
      : undefined,
    resources: r
      ? (r as unknown as { requests: { cpu: string; memory: string }; limits: never })
      : undefined,
    livenessProbe: probeFacts(c.livenessProbe),
    readinessProbe: probeFacts(c.readinessProbe),
    securityContext: sc && {
      add: o(sc.capabilities).add as string[] | undefined,
      drop: o(sc.capabilities).drop as string[] | undefined,
      readOnlyRootFilesystem: sc.readOnlyRootFilesystem as boolean | undefined,
      runAsNonRoot: sc.runAsNonRoot as boolean | undefined,
      runAsUser: sc.runAsUser as number | undefined,
      allowPrivilegeEscalation: sc.allowPrivilegeEscalation as boolean | undefined,
      privileged: sc.privileged as boolean | undefined,
    },
    volumeMounts: c.volumeMounts
      ? a(c.volumeMounts).map((m) => ({
          name: o(m).name as string,
          mountPath: o(m).mountPath as string,
        }))
      : undefined,
  };
}

function renderedFacts(obj: Obj): Facts {
  const md = o(obj.metadata);
  const spec = o(obj.spec);
  if (obj.kind === "Deployment") {
    const pod = o(o(spec.template).spec);
    return clean({
      kind: "Deployment",
      name: md.name as string,
      namespace: md.namespace as string,
      replicas: spec.replicas as number,
      podAnnotations: o(o(spec.template).metadata).annotations as Record<string, string>,
      containers: a(pod.containers).map((c) => containerFacts(o(c))),
      volumes: pod.volumes
        ? a(pod.volumes).map((v) => ({
            name: o(v).name as string,
            emptyDirMedium: o(o(v).emptyDir).medium as string,
          }))
        : undefined,
      nodeSelector: pod.nodeSelector as Record<string, string>,
    });
  }
  if (obj.kind === "Service")
    return clean({
      kind: "Service",
      name: md.name as string,
      namespace: md.namespace as string,
      annotations: md.annotations as Record<string, string>,
      type: spec.type as string,
      ports: a(spec.ports).map((p) => o(p) as unknown as ServicePort),
    });
  if (obj.kind === "Ingress")
    return clean({
      kind: "Ingress",
      name: md.name as string,
      namespace: md.namespace as string,
      ingressClassName: spec.ingressClassName as string | undefined,
      rules: a(spec.rules).map((r) => ({
        host: o(r).host as string,
        paths: a(o(o(r).http).paths).map((p) => ({
          path: o(p).path as string,
          pathType: o(p).pathType as string,
          service: o(o(o(p).backend).service).name as string,
          port: o(o(o(o(p).backend).service).port).number as number,
        })),
      })),
    });
  throw new Error(`unexpected kind ${String(obj.kind)} ${String(md.name)}`);
}

/** Kubernetes API defaulting that applies to upstream and capstan alike. */
function apiDefaults(f: Facts): Facts {
  if (f.kind === "Service") {
    f.type ??= "ClusterIP";
    for (const p of f.ports) p.protocol ??= "TCP";
  }
  return f;
}

/** The upstream facts with every recorded difference applied: what capstan must render. */
function expectedFacts(): Map<string, Facts> {
  const out = new Map<string, Facts>();
  const byKey = new Map(UPSTREAM.map((u) => [key(u.facts), structuredClone(u.facts)]));
  for (const d of DIFFERENCES)
    for (const k of d.objects) {
      const f = byKey.get(k);
      assert.ok(f, `difference "${d.what}" lists ${k}, which is not an upstream object`);
      const before = JSON.stringify(f);
      d.apply(f);
      assert.notEqual(
        JSON.stringify(f),
        before,
        `difference "${d.what}" no longer changes ${k}: remove it from the list`,
      );
    }
  for (const f of byKey.values()) out.set(key(f), apiDefaults(clean(f)));
  return out;
}

// ---------------------------------------------------------------------------------
let out = "";
const built = new Map<string, Obj[]>();

function kustomize(dir: string): string {
  const r = spawnSync("kubectl", ["kustomize", dir], { encoding: "utf8" });
  if (r.error)
    assert.fail(
      `kubectl is required by this test and could not be run: ${r.error.message} (install kubectl; this test never skips)`,
    );
  assert.equal(r.status, 0, `kubectl kustomize ${dir} failed:\n${r.stderr}`);
  return r.stdout;
}

before(async () => {
  out = mkdtempSync(join(tmpdir(), "capstan-sock-shop-"));
  const r = await runCli([
    "render",
    "--source",
    SOURCE,
    "--out",
    out,
    "--source-repo",
    "examples/sock-shop",
    "--quiet",
  ]);
  assert.equal(r.code, 0, r.text);
  for (const env of ENVS) {
    const text = kustomize(join(out, "envs", env));
    built.set(
      env,
      parseAllDocuments(text).map((d) => o(d.toJSON())),
    );
  }
});
after(() => rmSync(out, { recursive: true, force: true }));

test("the differences list is well-formed and still needed", () => {
  for (const d of DIFFERENCES) {
    assert.ok(d.objects.length && d.what && d.reason.length > 20, d.what);
  }
  expectedFacts();
});

for (const env of ENVS) {
  test(`${env}: kubectl kustomize builds exactly upstream's objects (kinds and names)`, () => {
    const got = built
      .get(env)!
      .map((x) => `${String(x.kind)}/${String(o(x.metadata).name)}`)
      .sort();
    assert.deepEqual(got, [...expectedFacts().keys()].sort());
  });

  test(`${env}: every object matches upstream's facts (images, ports, env, resources, probes, Service ports)`, () => {
    const expected = expectedFacts();
    for (const obj of built.get(env)!) {
      const f = apiDefaults(renderedFacts(obj));
      assert.deepEqual(f, expected.get(key(f)), `${key(f)} (${env})`);
    }
  });

  test(`${env}: selectors use app.oam.dev/component and every Service selects its Deployment's pods`, () => {
    const objs = built.get(env)!;
    const deps = objs.filter((x) => x.kind === "Deployment");
    for (const d of deps) {
      const name = String(o(d.metadata).name);
      const spec = o(d.spec);
      assert.deepEqual(o(spec.selector).matchLabels, { "app.oam.dev/component": name }, name);
    }
    for (const s of objs.filter((x) => x.kind === "Service")) {
      const name = String(o(s.metadata).name);
      const sel = o(o(s.spec).selector) as Record<string, string>;
      assert.deepEqual(sel, { "app.oam.dev/component": name }, name);
      const selected = deps.filter((d) => {
        const labels = o(o(o(d.spec).template).metadata).labels as Record<string, string>;
        return Object.entries(sel).every(([k, v]) => labels[k] === v);
      });
      assert.deepEqual(
        selected.map((d) => o(d.metadata).name),
        [name],
        `Service ${name} selects the pods of Deployment ${name} only`,
      );
    }
  });

  test(`${env}: probes spell out Kubernetes' default thresholds`, () => {
    for (const d of built.get(env)!.filter((x) => x.kind === "Deployment"))
      for (const c of a(o(o(o(d.spec).template).spec).containers))
        for (const p of [o(c).livenessProbe, o(c).readinessProbe].filter(Boolean))
          assert.deepEqual(
            [o(p).timeoutSeconds, o(p).successThreshold, o(p).failureThreshold],
            [1, 1, 3],
            `${String(o(d.metadata).name)}/${String(o(c).name)}`,
          );
  });
}
