/** Valid objects of the kinds capstan's built-in capabilities emit. */
type Obj = Record<string, unknown>;
const md = (name: string): Obj => ({ name, namespace: "shop", labels: { app: "shop" } });
const podSpec = {
  containers: [{ name: "web", image: "ghcr.io/acme/shop:1.4.2", ports: [{ containerPort: 8080 }] }],
};

export const VALID: Record<string, Obj> = {
  Deployment: {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: md("web"),
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: "shop" } },
      template: { metadata: { labels: { app: "shop" } }, spec: podSpec },
    },
  },
  Service: {
    apiVersion: "v1",
    kind: "Service",
    metadata: md("web"),
    spec: { selector: { app: "shop" }, ports: [{ port: 80, targetPort: 8080, protocol: "TCP" }] },
  },
  Ingress: {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: md("web"),
    spec: {
      ingressClassName: "nginx",
      rules: [
        {
          host: "shop.example.com",
          http: {
            paths: [
              {
                path: "/",
                pathType: "Prefix",
                backend: { service: { name: "web", port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
  },
  HorizontalPodAutoscaler: {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: md("web"),
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
      minReplicas: 2,
      maxReplicas: 5,
      metrics: [
        {
          type: "Resource",
          resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
        },
      ],
    },
  },
  KnativeService: {
    apiVersion: "serving.knative.dev/v1",
    kind: "Service",
    metadata: md("web"),
    spec: { template: { spec: { containers: [{ image: "ghcr.io/acme/shop:1.4.2" }] } } },
  },
  HTTPRoute: {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: md("web"),
    spec: {
      parentRefs: [{ name: "gw" }],
      hostnames: ["shop.example.com"],
      rules: [{ backendRefs: [{ name: "web", port: 80 }] }],
    },
  },
  Rollout: {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Rollout",
    metadata: md("web"),
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: "shop" } },
      template: { metadata: { labels: { app: "shop" } }, spec: podSpec },
      strategy: { canary: { steps: [{ setWeight: 20 }, { pause: { duration: "1m" } }] } },
    },
  },
  HelmRelease: {
    apiVersion: "helm.toolkit.fluxcd.io/v2beta2",
    kind: "HelmRelease",
    metadata: md("redis"),
    spec: {
      interval: "10m",
      chart: {
        spec: {
          chart: "redis",
          version: "18.x",
          sourceRef: { kind: "HelmRepository", name: "bitnami" },
        },
      },
      values: { auth: { enabled: false } },
    },
  },
  ExternalSecret: {
    apiVersion: "external-secrets.io/v1beta1",
    kind: "ExternalSecret",
    metadata: md("db"),
    spec: {
      refreshInterval: "1h",
      secretStoreRef: { name: "vault", kind: "ClusterSecretStore" },
      target: { name: "db" },
      data: [{ secretKey: "password", remoteRef: { key: "shop/db", property: "password" } }],
    },
  },
  ServiceMonitor: {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "ServiceMonitor",
    metadata: md("web"),
    spec: {
      selector: { matchLabels: { app: "shop" } },
      endpoints: [{ port: "http", interval: "30s", path: "/metrics" }],
    },
  },
  ScaledObject: {
    apiVersion: "keda.sh/v1alpha1",
    kind: "ScaledObject",
    metadata: md("worker"),
    spec: {
      scaleTargetRef: { name: "worker" },
      minReplicaCount: 0,
      maxReplicaCount: 10,
      triggers: [{ type: "cpu", metricType: "Utilization", metadata: { value: "60" } }],
    },
  },
  Application: {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name: "shop", namespace: "argocd" },
    spec: {
      project: "default",
      source: {
        repoURL: "https://github.com/acme/deploy.git",
        targetRevision: "main",
        path: "envs/staging/shop",
      },
      destination: { server: "https://kubernetes.default.svc", namespace: "shop" },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
  },
};

export const HPA_V2BETA2: Obj = {
  apiVersion: "autoscaling/v2beta2",
  kind: "HorizontalPodAutoscaler",
  metadata: md("web"),
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
    minReplicas: 1,
    maxReplicas: 3,
  },
};

export const WIDGET_CRD: Obj = {
  apiVersion: "apiextensions.k8s.io/v1",
  kind: "CustomResourceDefinition",
  metadata: { name: "widgets.acme.dev" },
  spec: {
    group: "acme.dev",
    scope: "Cluster",
    names: { kind: "Widget", plural: "widgets", singular: "widget", listKind: "WidgetList" },
    versions: [
      {
        name: "v1",
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: "object",
            properties: {
              spec: {
                type: "object",
                required: ["size"],
                properties: {
                  size: { type: "integer", minimum: 1 },
                  color: { type: "string", enum: ["red", "blue"] },
                  port: { "x-kubernetes-int-or-string": true },
                  extra: { type: "object", "x-kubernetes-preserve-unknown-fields": true },
                },
              },
            },
          },
        },
      },
    ],
  },
};
