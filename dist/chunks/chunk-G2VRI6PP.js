import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  LOCK_FILE,
  Problems,
  Registry,
  YamlError,
  ajvProblems,
  capId,
  checkLabelName,
  checkLock,
  checkObjectName,
  emitYaml,
  loadPack,
  parseLock,
  parseRange,
  parseSemVer,
  parseYaml,
  parseYamlWithDocs,
  problemAt,
  require_dist,
  sharedAjv
} from "./chunk-LD6GTDHR.js";
import {
  require_ajv
} from "./chunk-GSGQ2ZSK.js";
import {
  CAPSTAN_VERSION
} from "./chunk-NXEJ7XQU.js";
import {
  __toESM
} from "./chunk-JVSLN557.js";

// src/core/engine.ts
import { createHash as createHash2 } from "node:crypto";

// src/kube/registry.generated.ts
var F0 = ["apiVersion", "kind", "metadata", "webhooks"];
var F1 = ["apiVersion", "kind", "metadata", "spec", "status"];
var F2 = ["apiVersion", "kind", "metadata", "spec"];
var F3 = ["apiVersion", "data", "kind", "metadata", "revision"];
var F4 = ["apiVersion", "kind", "metadata", "operation", "spec", "status"];
var F5 = ["addressType", "apiVersion", "endpoints", "kind", "metadata", "ports"];
var F6 = ["action", "apiVersion", "deprecatedCount", "deprecatedFirstTimestamp", "deprecatedLastTimestamp", "deprecatedSource", "eventTime", "kind", "metadata", "note", "reason", "regarding", "related", "reportingController", "reportingInstance", "series", "type"];
var F7 = ["apiVersion", "handler", "kind", "metadata", "overhead", "scheduling"];
var F8 = ["aggregationRule", "apiVersion", "kind", "metadata", "rules"];
var F9 = ["apiVersion", "kind", "metadata", "roleRef", "subjects"];
var F10 = ["apiVersion", "kind", "metadata", "rules"];
var F11 = ["apiVersion", "description", "globalDefault", "kind", "metadata", "preemptionPolicy", "value"];
var F12 = ["apiVersion", "capacity", "kind", "maximumVolumeSize", "metadata", "nodeTopology", "storageClassName"];
var F13 = ["allowVolumeExpansion", "allowedTopologies", "apiVersion", "kind", "metadata", "mountOptions", "parameters", "provisioner", "reclaimPolicy", "volumeBindingMode"];
var F14 = ["apiVersion", "conditions", "kind", "metadata"];
var F15 = ["apiVersion", "binaryData", "data", "immutable", "kind", "metadata"];
var F16 = ["apiVersion", "kind", "metadata", "subsets"];
var F17 = ["action", "apiVersion", "count", "eventTime", "firstTimestamp", "involvedObject", "kind", "lastTimestamp", "message", "metadata", "reason", "related", "reportingComponent", "reportingInstance", "series", "source", "type"];
var F18 = ["apiVersion", "kind", "metadata", "template"];
var F19 = ["apiVersion", "data", "immutable", "kind", "metadata", "stringData", "type"];
var F20 = ["apiVersion", "automountServiceAccountToken", "imagePullSecrets", "kind", "metadata", "secrets"];
var REGISTRY = /* @__PURE__ */ new Map([
  ["admissionregistration.k8s.io/v1beta1|MutatingWebhookConfiguration", { load: () => import("./MutatingWebhookConfiguration-2PBNWXXQ.js"), fields: F0 }],
  ["admissionregistration.k8s.io/v1beta1|ValidatingWebhookConfiguration", { load: () => import("./ValidatingWebhookConfiguration-5H66EQ33.js"), fields: F0 }],
  ["admissionregistration.k8s.io/v1|MutatingWebhookConfiguration", { load: () => import("./MutatingWebhookConfiguration-PLRWMTRL.js"), fields: F0 }],
  ["admissionregistration.k8s.io/v1|ValidatingAdmissionPolicy", { load: () => import("./ValidatingAdmissionPolicy-DFJGU5XG.js"), fields: F1 }],
  ["admissionregistration.k8s.io/v1|ValidatingAdmissionPolicyBinding", { load: () => import("./ValidatingAdmissionPolicyBinding-D7BIA6ND.js"), fields: F2 }],
  ["admissionregistration.k8s.io/v1|ValidatingWebhookConfiguration", { load: () => import("./ValidatingWebhookConfiguration-4RYIKI57.js"), fields: F0 }],
  ["apiextensions.k8s.io/v1beta1|CustomResourceDefinition", { load: () => import("./CustomResourceDefinition-JBAJQTO2.js"), fields: F1 }],
  ["apiextensions.k8s.io/v1|CustomResourceDefinition", { load: () => import("./CustomResourceDefinition-6FWR4T63.js"), fields: F1 }],
  ["apiregistration.k8s.io/v1beta1|APIService", { load: () => import("./APIService-6TTEDCTI.js"), fields: F1 }],
  ["apiregistration.k8s.io/v1|APIService", { load: () => import("./APIService-5RF2R6EU.js"), fields: F1 }],
  ["apps/v1beta1|ControllerRevision", { load: () => import("./ControllerRevision-7E7CMCTP.js"), fields: F3 }],
  ["apps/v1beta1|Deployment", { load: () => import("./Deployment-ULGPBGAO.js"), fields: F1 }],
  ["apps/v1beta1|StatefulSet", { load: () => import("./StatefulSet-ZG6GUBQZ.js"), fields: F1 }],
  ["apps/v1beta2|ControllerRevision", { load: () => import("./ControllerRevision-W4Y3EEI2.js"), fields: F3 }],
  ["apps/v1beta2|DaemonSet", { load: () => import("./DaemonSet-AAQI5YST.js"), fields: F1 }],
  ["apps/v1beta2|Deployment", { load: () => import("./Deployment-CRQNW5NB.js"), fields: F1 }],
  ["apps/v1beta2|ReplicaSet", { load: () => import("./ReplicaSet-36F556UT.js"), fields: F1 }],
  ["apps/v1beta2|StatefulSet", { load: () => import("./StatefulSet-KPQSJ4SN.js"), fields: F1 }],
  ["apps/v1|ControllerRevision", { load: () => import("./ControllerRevision-LVPRNGD4.js"), fields: F3 }],
  ["apps/v1|DaemonSet", { load: () => import("./DaemonSet-UUYGY3OP.js"), fields: F1 }],
  ["apps/v1|Deployment", { load: () => import("./Deployment-LAX67D4Y.js"), fields: F1 }],
  ["apps/v1|ReplicaSet", { load: () => import("./ReplicaSet-C4NFTCAA.js"), fields: F1 }],
  ["apps/v1|StatefulSet", { load: () => import("./StatefulSet-ULOBTX25.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|AnalysisRun", { load: () => import("./AnalysisRun-NP5WD6MB.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|AnalysisTemplate", { load: () => import("./AnalysisTemplate-6P7IRN4N.js"), fields: F2 }],
  ["argoproj.io/v1alpha1|AppProject", { load: () => import("./AppProject-TJQVBE6W.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|Application", { load: () => import("./Application-FKRAEJTA.js"), fields: F4 }],
  ["argoproj.io/v1alpha1|ApplicationSet", { load: () => import("./ApplicationSet-XYTLQSIE.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|ClusterAnalysisTemplate", { load: () => import("./ClusterAnalysisTemplate-AE6S2R5T.js"), fields: F2 }],
  ["argoproj.io/v1alpha1|Experiment", { load: () => import("./Experiment-UKGOP5CO.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|Rollout", { load: () => import("./Rollout-X2D7426V.js"), fields: F1 }],
  ["autoscaling.internal.knative.dev/v1alpha1|Metric", { load: () => import("./Metric-N473DYSP.js"), fields: F1 }],
  ["autoscaling.internal.knative.dev/v1alpha1|PodAutoscaler", { load: () => import("./PodAutoscaler-WDDP6PQ5.js"), fields: F1 }],
  ["autoscaling/v1|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-YYAPBS5X.js"), fields: F1 }],
  ["autoscaling/v2beta1|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-YZ36Q4VM.js"), fields: F1 }],
  ["autoscaling/v2beta2|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-7MXUHNG2.js"), fields: F1 }],
  ["autoscaling/v2|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-FYHNFRKE.js"), fields: F1 }],
  ["batch/v1beta1|CronJob", { load: () => import("./CronJob-6DYCAFYO.js"), fields: F1 }],
  ["batch/v1|CronJob", { load: () => import("./CronJob-MXP3M344.js"), fields: F1 }],
  ["batch/v1|Job", { load: () => import("./Job-GFAT66XK.js"), fields: F1 }],
  ["caching.internal.knative.dev/v1alpha1|Image", { load: () => import("./Image-AUERUVK5.js"), fields: F1 }],
  ["certificates.k8s.io/v1beta1|CertificateSigningRequest", { load: () => import("./CertificateSigningRequest-NKSNKYH2.js"), fields: F1 }],
  ["certificates.k8s.io/v1|CertificateSigningRequest", { load: () => import("./CertificateSigningRequest-ISWN2FCN.js"), fields: F1 }],
  ["coordination.k8s.io/v1beta1|Lease", { load: () => import("./Lease-GEBAZYZQ.js"), fields: F2 }],
  ["coordination.k8s.io/v1|Lease", { load: () => import("./Lease-ZJTHAQDK.js"), fields: F2 }],
  ["discovery.k8s.io/v1beta1|EndpointSlice", { load: () => import("./EndpointSlice-AC3G6WCA.js"), fields: F5 }],
  ["discovery.k8s.io/v1|EndpointSlice", { load: () => import("./EndpointSlice-6Y6L7GMJ.js"), fields: F5 }],
  ["eventing.knative.dev/v1beta1|EventType", { load: () => import("./EventType-KZQD3LQJ.js"), fields: F1 }],
  ["eventing.knative.dev/v1|Broker", { load: () => import("./Broker-5NQUZHUV.js"), fields: F1 }],
  ["eventing.knative.dev/v1|Trigger", { load: () => import("./Trigger-LWFOI27V.js"), fields: F1 }],
  ["events.k8s.io/v1beta1|Event", { load: () => import("./Event-7N5RV3E3.js"), fields: F6 }],
  ["events.k8s.io/v1|Event", { load: () => import("./Event-WZZD7MKK.js"), fields: F6 }],
  ["extensions/v1beta1|DaemonSet", { load: () => import("./DaemonSet-N63RLX3B.js"), fields: F1 }],
  ["extensions/v1beta1|Deployment", { load: () => import("./Deployment-CO4SRS4Y.js"), fields: F1 }],
  ["extensions/v1beta1|Ingress", { load: () => import("./Ingress-V54LPUJJ.js"), fields: F1 }],
  ["extensions/v1beta1|NetworkPolicy", { load: () => import("./NetworkPolicy-FNL2TS4L.js"), fields: F2 }],
  ["extensions/v1beta1|PodSecurityPolicy", { load: () => import("./PodSecurityPolicy-CRWJQLDC.js"), fields: F2 }],
  ["extensions/v1beta1|ReplicaSet", { load: () => import("./ReplicaSet-IZFTZPIQ.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|ClusterSecretStore", { load: () => import("./ClusterSecretStore-GT2ZBOSH.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|ExternalSecret", { load: () => import("./ExternalSecret-I3T2I62P.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|PushSecret", { load: () => import("./PushSecret-NYMF5OUF.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|SecretStore", { load: () => import("./SecretStore-Q24UMGLE.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|ClusterExternalSecret", { load: () => import("./ClusterExternalSecret-6ZHV6MPT.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|ClusterSecretStore", { load: () => import("./ClusterSecretStore-NI6SGMQ6.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|ExternalSecret", { load: () => import("./ExternalSecret-Q4RUNZNT.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|SecretStore", { load: () => import("./SecretStore-FUBFCVHL.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta1|FlowSchema", { load: () => import("./FlowSchema-3ONII5IF.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta1|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-ZN5CDIK7.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta2|FlowSchema", { load: () => import("./FlowSchema-55CGY6MT.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta2|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-JC4BQAIE.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta3|FlowSchema", { load: () => import("./FlowSchema-2GEYJGXR.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta3|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-UBEIV47T.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1|FlowSchema", { load: () => import("./FlowSchema-OXQOV554.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-3WFE2BOS.js"), fields: F1 }],
  ["flows.knative.dev/v1|Parallel", { load: () => import("./Parallel-JXPXDSLC.js"), fields: F1 }],
  ["flows.knative.dev/v1|Sequence", { load: () => import("./Sequence-56STPSF4.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|BackendTLSPolicy", { load: () => import("./BackendTLSPolicy-36AYWBP6.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|GRPCRoute", { load: () => import("./GRPCRoute-RY2MBBYV.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|Gateway", { load: () => import("./Gateway-72SBNF7R.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|GatewayClass", { load: () => import("./GatewayClass-P4OWTOOD.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|HTTPRoute", { load: () => import("./HTTPRoute-OKP4I3OS.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|ReferenceGrant", { load: () => import("./ReferenceGrant-ULH4SGJJ.js"), fields: F2 }],
  ["gateway.networking.k8s.io/v1alpha2|TCPRoute", { load: () => import("./TCPRoute-KC5XJUP2.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|TLSRoute", { load: () => import("./TLSRoute-QYIHLL4D.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|UDPRoute", { load: () => import("./UDPRoute-AADAFWGA.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|Gateway", { load: () => import("./Gateway-CNV5FIZD.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|GatewayClass", { load: () => import("./GatewayClass-WK53KXIK.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|HTTPRoute", { load: () => import("./HTTPRoute-CWCJZNIS.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|ReferenceGrant", { load: () => import("./ReferenceGrant-JM5CA7UO.js"), fields: F2 }],
  ["gateway.networking.k8s.io/v1|Gateway", { load: () => import("./Gateway-XE3XPZ5W.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1|GatewayClass", { load: () => import("./GatewayClass-LPUCJ2IG.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1|HTTPRoute", { load: () => import("./HTTPRoute-GWQUJMDO.js"), fields: F1 }],
  ["generators.external-secrets.io/v1alpha1|ACRAccessToken", { load: () => import("./ACRAccessToken-JVGR2NJH.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|ECRAuthorizationToken", { load: () => import("./ECRAuthorizationToken-EOHS6OKG.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|Fake", { load: () => import("./Fake-I4R7AVZD.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|GCRAccessToken", { load: () => import("./GCRAccessToken-ZLWBOIU6.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|Password", { load: () => import("./Password-PUJ2BVKA.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|VaultDynamicSecret", { load: () => import("./VaultDynamicSecret-Y6RTIVAL.js"), fields: F2 }],
  ["helm.toolkit.fluxcd.io/v2beta1|HelmRelease", { load: () => import("./HelmRelease-TSLQEHXH.js"), fields: F1 }],
  ["helm.toolkit.fluxcd.io/v2beta2|HelmRelease", { load: () => import("./HelmRelease-R5IHD5DY.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta1|ImagePolicy", { load: () => import("./ImagePolicy-SOXGMQOG.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta1|ImageRepository", { load: () => import("./ImageRepository-JHB3ZH7F.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta1|ImageUpdateAutomation", { load: () => import("./ImageUpdateAutomation-NRY6N63Q.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta2|ImagePolicy", { load: () => import("./ImagePolicy-TDS2TSOX.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta2|ImageRepository", { load: () => import("./ImageRepository-HTUM2UG6.js"), fields: F1 }],
  ["keda.sh/v1alpha1|ClusterTriggerAuthentication", { load: () => import("./ClusterTriggerAuthentication-TLVMR65Z.js"), fields: F2 }],
  ["keda.sh/v1alpha1|ScaledJob", { load: () => import("./ScaledJob-CHR6SVC5.js"), fields: F1 }],
  ["keda.sh/v1alpha1|ScaledObject", { load: () => import("./ScaledObject-76OJJS7W.js"), fields: F1 }],
  ["keda.sh/v1alpha1|TriggerAuthentication", { load: () => import("./TriggerAuthentication-TELXQNLB.js"), fields: F2 }],
  ["kustomize.toolkit.fluxcd.io/v1beta1|Kustomization", { load: () => import("./Kustomization-ILX2PV5U.js"), fields: F1 }],
  ["kustomize.toolkit.fluxcd.io/v1beta2|Kustomization", { load: () => import("./Kustomization-4QKKAF3T.js"), fields: F1 }],
  ["kustomize.toolkit.fluxcd.io/v1|Kustomization", { load: () => import("./Kustomization-7GHPWFZ6.js"), fields: F1 }],
  ["messaging.knative.dev/v1|Channel", { load: () => import("./Channel-REQGQRYU.js"), fields: F1 }],
  ["messaging.knative.dev/v1|Subscription", { load: () => import("./Subscription-6MRQQHRH.js"), fields: F1 }],
  ["monitoring.coreos.com/v1alpha1|AlertmanagerConfig", { load: () => import("./AlertmanagerConfig-5ZZF62DS.js"), fields: F2 }],
  ["monitoring.coreos.com/v1alpha1|PrometheusAgent", { load: () => import("./PrometheusAgent-KNMCBYFP.js"), fields: F1 }],
  ["monitoring.coreos.com/v1alpha1|ScrapeConfig", { load: () => import("./ScrapeConfig-E2R4HTAL.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|Alertmanager", { load: () => import("./Alertmanager-6EOEWSYB.js"), fields: F1 }],
  ["monitoring.coreos.com/v1|PodMonitor", { load: () => import("./PodMonitor-3CPYX67Y.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|Probe", { load: () => import("./Probe-3RDDHPLN.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|Prometheus", { load: () => import("./Prometheus-GXW5E2ZJ.js"), fields: F1 }],
  ["monitoring.coreos.com/v1|PrometheusRule", { load: () => import("./PrometheusRule-ALGTL73S.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|ServiceMonitor", { load: () => import("./ServiceMonitor-35IGEWSL.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|ThanosRuler", { load: () => import("./ThanosRuler-SOA222SL.js"), fields: F1 }],
  ["networking.internal.knative.dev/v1alpha1|Certificate", { load: () => import("./Certificate-EK5HY5IY.js"), fields: F1 }],
  ["networking.internal.knative.dev/v1alpha1|ClusterDomainClaim", { load: () => import("./ClusterDomainClaim-6LFWSR6A.js"), fields: F2 }],
  ["networking.internal.knative.dev/v1alpha1|Ingress", { load: () => import("./Ingress-LZDISDHN.js"), fields: F1 }],
  ["networking.internal.knative.dev/v1alpha1|ServerlessService", { load: () => import("./ServerlessService-5GCGYFXF.js"), fields: F1 }],
  ["networking.k8s.io/v1beta1|Ingress", { load: () => import("./Ingress-WXCFAG3J.js"), fields: F1 }],
  ["networking.k8s.io/v1beta1|IngressClass", { load: () => import("./IngressClass-P6VR6QKB.js"), fields: F2 }],
  ["networking.k8s.io/v1|IPAddress", { load: () => import("./IPAddress-RFJY3W6X.js"), fields: F2 }],
  ["networking.k8s.io/v1|Ingress", { load: () => import("./Ingress-PNSMAZTI.js"), fields: F1 }],
  ["networking.k8s.io/v1|IngressClass", { load: () => import("./IngressClass-623CPL63.js"), fields: F2 }],
  ["networking.k8s.io/v1|NetworkPolicy", { load: () => import("./NetworkPolicy-2QGDD6L7.js"), fields: F2 }],
  ["networking.k8s.io/v1|ServiceCIDR", { load: () => import("./ServiceCIDR-7KV4S2HU.js"), fields: F1 }],
  ["node.k8s.io/v1beta1|RuntimeClass", { load: () => import("./RuntimeClass-TJPZG7PX.js"), fields: F7 }],
  ["node.k8s.io/v1|RuntimeClass", { load: () => import("./RuntimeClass-4WCFVVPG.js"), fields: F7 }],
  ["notification.toolkit.fluxcd.io/v1beta1|Alert", { load: () => import("./Alert-4WH5TSYF.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta1|Provider", { load: () => import("./Provider-IRGXZQX6.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta1|Receiver", { load: () => import("./Receiver-R533XNAR.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta2|Alert", { load: () => import("./Alert-YDISBCMM.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta2|Provider", { load: () => import("./Provider-I6DGL353.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta2|Receiver", { load: () => import("./Receiver-GZRWSGSV.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta3|Alert", { load: () => import("./Alert-5H3AORMF.js"), fields: F2 }],
  ["notification.toolkit.fluxcd.io/v1beta3|Provider", { load: () => import("./Provider-2WDRJEVC.js"), fields: F2 }],
  ["notification.toolkit.fluxcd.io/v1|Receiver", { load: () => import("./Receiver-74GTYYED.js"), fields: F1 }],
  ["operator.knative.dev/v1beta1|KnativeEventing", { load: () => import("./KnativeEventing-P36NFU3O.js"), fields: F1 }],
  ["operator.knative.dev/v1beta1|KnativeServing", { load: () => import("./KnativeServing-ECA2X7VD.js"), fields: F1 }],
  ["policy/v1beta1|PodDisruptionBudget", { load: () => import("./PodDisruptionBudget-RHYTLOXP.js"), fields: F1 }],
  ["policy/v1beta1|PodSecurityPolicy", { load: () => import("./PodSecurityPolicy-LF6RULXG.js"), fields: F2 }],
  ["policy/v1|PodDisruptionBudget", { load: () => import("./PodDisruptionBudget-AOUJM3TD.js"), fields: F1 }],
  ["rbac.authorization.k8s.io/v1beta1|ClusterRole", { load: () => import("./ClusterRole-ZOS2SNW4.js"), fields: F8 }],
  ["rbac.authorization.k8s.io/v1beta1|ClusterRoleBinding", { load: () => import("./ClusterRoleBinding-CLRIFS56.js"), fields: F9 }],
  ["rbac.authorization.k8s.io/v1beta1|Role", { load: () => import("./Role-NW65AINE.js"), fields: F10 }],
  ["rbac.authorization.k8s.io/v1beta1|RoleBinding", { load: () => import("./RoleBinding-APVPFSOF.js"), fields: F9 }],
  ["rbac.authorization.k8s.io/v1|ClusterRole", { load: () => import("./ClusterRole-ULXANDWL.js"), fields: F8 }],
  ["rbac.authorization.k8s.io/v1|ClusterRoleBinding", { load: () => import("./ClusterRoleBinding-XYNLN2SM.js"), fields: F9 }],
  ["rbac.authorization.k8s.io/v1|Role", { load: () => import("./Role-EKM5Y4BR.js"), fields: F10 }],
  ["rbac.authorization.k8s.io/v1|RoleBinding", { load: () => import("./RoleBinding-VRQBZG3K.js"), fields: F9 }],
  ["scheduling.k8s.io/v1beta1|PriorityClass", { load: () => import("./PriorityClass-ANHXI4CT.js"), fields: F11 }],
  ["scheduling.k8s.io/v1|PriorityClass", { load: () => import("./PriorityClass-YLV3YXGX.js"), fields: F11 }],
  ["serving.knative.dev/v1alpha1|DomainMapping", { load: () => import("./DomainMapping-4VWCK2XF.js"), fields: F1 }],
  ["serving.knative.dev/v1beta1|DomainMapping", { load: () => import("./DomainMapping-M3F5O5UD.js"), fields: F1 }],
  ["serving.knative.dev/v1|Configuration", { load: () => import("./Configuration-67JQAIO5.js"), fields: F1 }],
  ["serving.knative.dev/v1|Revision", { load: () => import("./Revision-RWJG577L.js"), fields: F1 }],
  ["serving.knative.dev/v1|Route", { load: () => import("./Route-2Y4I26GJ.js"), fields: F1 }],
  ["serving.knative.dev/v1|Service", { load: () => import("./Service-23YRK3VL.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|Bucket", { load: () => import("./Bucket-5SPSDPIL.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|GitRepository", { load: () => import("./GitRepository-KMHVU24L.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|HelmChart", { load: () => import("./HelmChart-7SQXMDRB.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|HelmRepository", { load: () => import("./HelmRepository-J3SJUGN5.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|Bucket", { load: () => import("./Bucket-KGXFUXIU.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|GitRepository", { load: () => import("./GitRepository-GNC7SU4F.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|HelmChart", { load: () => import("./HelmChart-3ZABL7WY.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|HelmRepository", { load: () => import("./HelmRepository-44UONQHX.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|OCIRepository", { load: () => import("./OCIRepository-HMG7Z3SY.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1|GitRepository", { load: () => import("./GitRepository-ZDTOFZUF.js"), fields: F1 }],
  ["sources.knative.dev/v1beta2|PingSource", { load: () => import("./PingSource-DUX4CNBC.js"), fields: F1 }],
  ["sources.knative.dev/v1|ApiServerSource", { load: () => import("./ApiServerSource-GHYWGUVA.js"), fields: F1 }],
  ["sources.knative.dev/v1|ContainerSource", { load: () => import("./ContainerSource-4T2Y4R4B.js"), fields: F1 }],
  ["sources.knative.dev/v1|PingSource", { load: () => import("./PingSource-ZP2TDFKA.js"), fields: F1 }],
  ["sources.knative.dev/v1|SinkBinding", { load: () => import("./SinkBinding-5DH2FVIA.js"), fields: F1 }],
  ["storage.k8s.io/v1beta1|CSIDriver", { load: () => import("./CSIDriver-K3KVZDNE.js"), fields: F2 }],
  ["storage.k8s.io/v1beta1|CSINode", { load: () => import("./CSINode-KFY2KAFK.js"), fields: F2 }],
  ["storage.k8s.io/v1beta1|CSIStorageCapacity", { load: () => import("./CSIStorageCapacity-NQLK7G43.js"), fields: F12 }],
  ["storage.k8s.io/v1beta1|StorageClass", { load: () => import("./StorageClass-ILYEJY5H.js"), fields: F13 }],
  ["storage.k8s.io/v1beta1|VolumeAttachment", { load: () => import("./VolumeAttachment-RZSHOX5O.js"), fields: F1 }],
  ["storage.k8s.io/v1|CSIDriver", { load: () => import("./CSIDriver-IRMK4N24.js"), fields: F2 }],
  ["storage.k8s.io/v1|CSINode", { load: () => import("./CSINode-724VOR7O.js"), fields: F2 }],
  ["storage.k8s.io/v1|CSIStorageCapacity", { load: () => import("./CSIStorageCapacity-K3PKNL62.js"), fields: F12 }],
  ["storage.k8s.io/v1|StorageClass", { load: () => import("./StorageClass-W4LNABUT.js"), fields: F13 }],
  ["storage.k8s.io/v1|VolumeAttachment", { load: () => import("./VolumeAttachment-OB77Q46M.js"), fields: F1 }],
  ["v1|ComponentStatus", { load: () => import("./ComponentStatus-654O3ER2.js"), fields: F14 }],
  ["v1|ConfigMap", { load: () => import("./ConfigMap-VWJKYVWO.js"), fields: F15 }],
  ["v1|Endpoints", { load: () => import("./Endpoints-TWFFBBKZ.js"), fields: F16 }],
  ["v1|Event", { load: () => import("./Event-QJPXQVKZ.js"), fields: F17 }],
  ["v1|LimitRange", { load: () => import("./LimitRange-ESN2B6P4.js"), fields: F2 }],
  ["v1|Namespace", { load: () => import("./Namespace-DJO35ELM.js"), fields: F1 }],
  ["v1|Node", { load: () => import("./Node-CKY64F54.js"), fields: F1 }],
  ["v1|PersistentVolume", { load: () => import("./PersistentVolume-QGBL6V6E.js"), fields: F1 }],
  ["v1|PersistentVolumeClaim", { load: () => import("./PersistentVolumeClaim-ZEPFC4BX.js"), fields: F1 }],
  ["v1|Pod", { load: () => import("./Pod-CACGFXAB.js"), fields: F1 }],
  ["v1|PodTemplate", { load: () => import("./PodTemplate-F7FAZX3L.js"), fields: F18 }],
  ["v1|ReplicationController", { load: () => import("./ReplicationController-6PZMMLIH.js"), fields: F1 }],
  ["v1|ResourceQuota", { load: () => import("./ResourceQuota-267I3YEI.js"), fields: F1 }],
  ["v1|Secret", { load: () => import("./Secret-22CW2KM6.js"), fields: F19 }],
  ["v1|Service", { load: () => import("./Service-YTUEDMLV.js"), fields: F1 }],
  ["v1|ServiceAccount", { load: () => import("./ServiceAccount-PM3I3ZPE.js"), fields: F20 }]
]);

// src/kube/crds.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
function emptyCrdSet() {
  return { kinds: /* @__PURE__ */ new Map() };
}
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var ajvInstance;
function ajv() {
  if (!ajvInstance) {
    ajvInstance = new import_ajv.Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
    addFormats(ajvInstance);
    for (const f of ["int-or-string", "quantity", "cidr", "mac", "cron"])
      ajvInstance.addFormat(f, true);
  }
  return ajvInstance;
}
function toAjvSchema(node, isRoot) {
  if (Array.isArray(node)) return node.map((n) => toAjvSchema(n, false));
  if (!isObj(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith("x-kubernetes-")) continue;
    if (k === "properties" && isObj(v)) {
      const props = {};
      for (const [pk, pv] of Object.entries(v)) props[pk] = toAjvSchema(pv, false);
      out[k] = props;
    } else if (k === "default" || k === "example" || k === "enum") {
      out[k] = v;
    } else {
      out[k] = toAjvSchema(v, false);
    }
  }
  if (node["x-kubernetes-int-or-string"] === true && out.type === void 0) {
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  const embedded = node["x-kubernetes-embedded-resource"] === true;
  if (isRoot || embedded) {
    const props = isObj(out.properties) ? { ...out.properties } : {};
    props.apiVersion ??= { type: "string" };
    props.kind ??= { type: "string" };
    props.metadata ??= { type: "object" };
    out.properties = props;
  }
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (isObj(out.properties) && !preserve && out.additionalProperties === void 0) {
    out.additionalProperties = false;
  }
  return out;
}
function loadCrds(docs) {
  const kinds = /* @__PURE__ */ new Map();
  const problems = [];
  for (const { value, file } of docs) {
    const bad = (message) => {
      problems.push({ file, message });
    };
    if (!isObj(value)) {
      bad("expected a CustomResourceDefinition object");
      continue;
    }
    if (value.kind !== "CustomResourceDefinition") {
      bad(`expected kind CustomResourceDefinition, got ${JSON.stringify(value.kind)}`);
      continue;
    }
    if (value.apiVersion !== "apiextensions.k8s.io/v1") {
      bad(
        `CustomResourceDefinition must be apiextensions.k8s.io/v1 (got ${JSON.stringify(value.apiVersion)})`
      );
      continue;
    }
    const name = isObj(value.metadata) && typeof value.metadata.name === "string" ? value.metadata.name : "(unnamed)";
    const spec = value.spec;
    if (!isObj(spec)) {
      bad(`CRD ${name}: missing spec`);
      continue;
    }
    const group2 = spec.group;
    const kind = isObj(spec.names) ? spec.names.kind : void 0;
    const scope = spec.scope;
    if (typeof group2 !== "string" || group2 === "") {
      bad(`CRD ${name}: spec.group must be a non-empty string`);
      continue;
    }
    if (typeof kind !== "string" || kind === "") {
      bad(`CRD ${name}: spec.names.kind must be a non-empty string`);
      continue;
    }
    if (scope !== "Namespaced" && scope !== "Cluster") {
      bad(`CRD ${name}: spec.scope must be Namespaced or Cluster (got ${JSON.stringify(scope)})`);
      continue;
    }
    if (!Array.isArray(spec.versions) || spec.versions.length === 0) {
      bad(`CRD ${name}: spec.versions must be a non-empty list`);
      continue;
    }
    for (const [i, ver] of spec.versions.entries()) {
      if (!isObj(ver) || typeof ver.name !== "string" || ver.name === "") {
        bad(`CRD ${name}: spec.versions[${i}].name must be a non-empty string`);
        continue;
      }
      if (ver.served === false) continue;
      const raw = isObj(ver.schema) ? ver.schema.openAPIV3Schema : void 0;
      if (!isObj(raw)) {
        bad(`CRD ${name}: spec.versions[${i}] (${ver.name}) has no schema.openAPIV3Schema`);
        continue;
      }
      let validate;
      try {
        validate = ajv().compile(toAjvSchema(raw, true));
      } catch (e) {
        bad(
          `CRD ${name}: schema of version ${ver.name} does not compile: ${e instanceof Error ? e.message : String(e)}`
        );
        continue;
      }
      const key = `${group2}/${ver.name}|${kind}`;
      if (kinds.has(key))
        bad(
          `CRD ${name}: ${group2}/${ver.name} ${kind} is defined more than once; the last definition wins`
        );
      kinds.set(key, { group: group2, version: ver.name, kind, scope, file, validate });
    }
  }
  return { crds: { kinds }, problems };
}

// src/kube/problems.ts
var MAX_PROBLEMS_PER_OBJECT = 20;
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function valueAt(root, pointer) {
  if (pointer === "") return root;
  let cur = root;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (cur === null || typeof cur !== "object") return void 0;
    cur = Object.prototype.hasOwnProperty.call(cur, token) ? cur[token] : void 0;
  }
  return cur;
}
function describe(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || typeof v !== "object") return String(v);
  return Array.isArray(v) ? "an array" : "an object";
}
function rank(keyword) {
  switch (keyword) {
    case "required":
      return 0;
    case "additionalProperties":
      return 1;
    case "type":
      return 2;
    case "enum":
    case "const":
      return 3;
    case "oneOf":
    case "anyOf":
    case "allOf":
    case "not":
    case "if":
    case "then":
    case "else":
      return 9;
    default:
      return 5;
  }
}
function str(v) {
  return Array.isArray(v) ? v.map(String).join(" or ") : String(v);
}
function messageFor(e, root) {
  const p = e.params ?? {};
  switch (e.keyword) {
    case "required":
      return `must have required property '${String(p.missingProperty)}'`;
    case "type":
      return `must be ${str(p.type)}`;
    case "enum": {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues.map((x) => typeof x === "string" ? x : JSON.stringify(x)) : [];
      return `unknown enum value ${describe(valueAt(root, e.instancePath))}; allowed: ${allowed.join(", ")}`;
    }
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "format":
      return `must match format "${String(p.format)}"`;
    case "pattern":
      return `must match pattern "${String(p.pattern)}"`;
    case "oneOf":
    case "anyOf":
      return `does not match any allowed shape (${describe(valueAt(root, e.instancePath))})`;
    default:
      return e.message ?? `failed ${e.keyword} check`;
  }
}
function ajvToProblems(errors, root, cap = MAX_PROBLEMS_PER_OBJECT) {
  const byPath = /* @__PURE__ */ new Map();
  for (const e of errors) {
    let path = e.instancePath;
    if (e.keyword === "additionalProperties" && e.params && typeof e.params.additionalProperty === "string") {
      path = `${path}/${escapePointer(e.params.additionalProperty)}`;
    }
    const list = byPath.get(path);
    if (list) list.push(e);
    else byPath.set(path, [e]);
  }
  const out = [];
  for (const [path, list] of byPath) {
    const best = Math.min(...list.map((e) => rank(e.keyword)));
    const top = list.filter((e) => rank(e.keyword) === best);
    const first = top[0];
    if (!first) continue;
    let message;
    if (first.keyword === "required") {
      const names = [...new Set(top.map((e) => `'${String(e.params?.missingProperty)}'`))];
      message = names.length === 1 ? `must have required property ${names[0]}` : `must have required properties ${names.join(", ")}`;
    } else if (first.keyword === "type") {
      const types = [...new Set(top.flatMap((e) => str(e.params?.type).split(" or ")))];
      message = `must be ${types.join(" or ")}`;
    } else if (first.keyword === "additionalProperties") {
      message = `unknown field ${JSON.stringify(String(first.params?.additionalProperty))}`;
    } else {
      message = messageFor(first, root);
    }
    out.push({ path, message });
    if (out.length >= cap) break;
  }
  return out;
}

// src/kube/scope.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
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
  "networking.internal.knative.dev|ClusterDomainClaim"
]);
function builtinScope(group2, kind) {
  return CLUSTER_SCOPED.has(`${group2}|${kind}`) ? "Cluster" : "Namespaced";
}

// src/kube/served.ts
var APPS = ["ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"];
var RBAC = ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"];
var WEBHOOKS = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
var FLOW = ["FlowSchema", "PriorityLevelConfiguration"];
var VAP = ["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"];
var FLOW_NEXT = ["flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta3"];
var ACCESS_REVIEWS = [
  "LocalSubjectAccessReview",
  "SelfSubjectAccessReview",
  "SelfSubjectRulesReview",
  "SubjectAccessReview"
];
var RULES = [
  // ---- removed in v1.16
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["DaemonSet", "Deployment", "ReplicaSet"],
    removedIn: 16,
    use: ["apps/v1"]
  },
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["NetworkPolicy"],
    removedIn: 16,
    use: ["networking.k8s.io/v1"]
  },
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: 16,
    use: ["policy/v1beta1"],
    advice: "use Pod Security Admission"
  },
  { apiVersion: "apps/v1beta1", kinds: APPS, removedIn: 16, use: ["apps/v1"] },
  { apiVersion: "apps/v1beta2", kinds: APPS, removedIn: 16, use: ["apps/v1"] },
  // ---- removed in v1.22
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["Ingress"],
    removedIn: 22,
    use: ["networking.k8s.io/v1"]
  },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kinds: ["Ingress", "IngressClass"],
    removedIn: 22,
    use: ["networking.k8s.io/v1"]
  },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kinds: WEBHOOKS,
    removedIn: 22,
    use: ["admissionregistration.k8s.io/v1"]
  },
  {
    apiVersion: "apiextensions.k8s.io/v1beta1",
    kinds: ["CustomResourceDefinition"],
    removedIn: 22,
    use: ["apiextensions.k8s.io/v1"]
  },
  {
    apiVersion: "apiregistration.k8s.io/v1beta1",
    kinds: ["APIService"],
    removedIn: 22,
    use: ["apiregistration.k8s.io/v1"]
  },
  {
    apiVersion: "authentication.k8s.io/v1beta1",
    kinds: ["TokenReview"],
    removedIn: 22,
    use: ["authentication.k8s.io/v1"]
  },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kinds: ACCESS_REVIEWS,
    removedIn: 22,
    use: ["authorization.k8s.io/v1"]
  },
  {
    apiVersion: "certificates.k8s.io/v1beta1",
    kinds: ["CertificateSigningRequest"],
    removedIn: 22,
    use: ["certificates.k8s.io/v1"]
  },
  {
    apiVersion: "coordination.k8s.io/v1beta1",
    kinds: ["Lease"],
    removedIn: 22,
    use: ["coordination.k8s.io/v1"]
  },
  {
    apiVersion: "rbac.authorization.k8s.io/v1beta1",
    kinds: RBAC,
    removedIn: 22,
    use: ["rbac.authorization.k8s.io/v1"]
  },
  {
    apiVersion: "scheduling.k8s.io/v1beta1",
    kinds: ["PriorityClass"],
    removedIn: 22,
    use: ["scheduling.k8s.io/v1"]
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
    removedIn: 22,
    use: ["storage.k8s.io/v1"]
  },
  // ---- removed in v1.25
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: 25, use: ["batch/v1"] },
  {
    apiVersion: "discovery.k8s.io/v1beta1",
    kinds: ["EndpointSlice"],
    removedIn: 25,
    use: ["discovery.k8s.io/v1"]
  },
  {
    apiVersion: "events.k8s.io/v1beta1",
    kinds: ["Event"],
    removedIn: 25,
    use: ["events.k8s.io/v1"]
  },
  {
    apiVersion: "autoscaling/v2beta1",
    kinds: ["HorizontalPodAutoscaler"],
    removedIn: 25,
    use: ["autoscaling/v2"]
  },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodDisruptionBudget"],
    removedIn: 25,
    use: ["policy/v1"]
  },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: 25,
    advice: "no replacement API; use Pod Security Admission"
  },
  {
    apiVersion: "node.k8s.io/v1beta1",
    kinds: ["RuntimeClass"],
    removedIn: 25,
    use: ["node.k8s.io/v1"]
  },
  // ---- removed in v1.26
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
    kinds: FLOW,
    removedIn: 26,
    use: FLOW_NEXT
  },
  {
    apiVersion: "autoscaling/v2beta2",
    kinds: ["HorizontalPodAutoscaler"],
    removedIn: 26,
    use: ["autoscaling/v2"]
  },
  // ---- removed in v1.27
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kinds: ["CSIStorageCapacity"],
    removedIn: 27,
    use: ["storage.k8s.io/v1"]
  },
  // ---- removed in v1.29 / v1.32 (flowcontrol betas; v1beta2 from 1.23, v1beta3 from 1.26)
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kinds: FLOW,
    since: 23,
    removedIn: 29,
    use: FLOW_NEXT
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kinds: FLOW,
    since: 26,
    removedIn: 32,
    use: ["flowcontrol.apiserver.k8s.io/v1"]
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
  { apiVersion: "networking.k8s.io/v1", kinds: ["IPAddress", "ServiceCIDR"], since: 33 }
];
var BUILTIN_GROUPS = /* @__PURE__ */ new Set([
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
  "storagemigration.k8s.io"
]);
function splitApiVersion(apiVersion) {
  const i = apiVersion.lastIndexOf("/");
  return i < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
function isBuiltinGroup(group2) {
  return BUILTIN_GROUPS.has(group2);
}
function parseMinor(kubeVersion) {
  const m = /^1\.(\d{1,3})$/.exec(kubeVersion);
  return m ? Number(m[1]) : void 0;
}
function servedAt(apiVersion, kind, minor) {
  for (const r of RULES) {
    if (r.apiVersion !== apiVersion || !r.kinds.includes(kind)) continue;
    if (r.removedIn !== void 0 && minor >= r.removedIn) return r;
    if (r.since !== void 0 && minor < r.since) return r;
  }
  return void 0;
}
function servedBy(apiVersion, kind, kubeVersion) {
  const minor = parseMinor(kubeVersion);
  if (minor === void 0) {
    return {
      ok: false,
      message: `invalid Kubernetes version ${JSON.stringify(kubeVersion)}; expected "1.N", e.g. "1.31"`
    };
  }
  if (!isBuiltinGroup(splitApiVersion(apiVersion).group)) return { ok: true };
  const rule = servedAt(apiVersion, kind, minor);
  if (!rule) return { ok: true };
  const head = `${apiVersion} ${kind} is not served by Kubernetes 1.${minor}`;
  if (rule.removedIn !== void 0 && minor >= rule.removedIn) {
    const use = rule.use?.find((v) => servedAt(v, kind, minor) === void 0);
    const hint = use ? `use ${use}` : rule.advice ?? "no replacement API";
    return { ok: false, message: `${head} (removed in 1.${rule.removedIn}; ${hint})` };
  }
  return { ok: false, message: `${head} (available from 1.${rule.since ?? 0})` };
}

// src/kube/index.ts
var loaded = /* @__PURE__ */ new Map();
var keyOf = (apiVersion, kind) => `${apiVersion}|${kind}`;
function errorsOf(e) {
  if (e !== null && typeof e === "object" && "errors" in e && Array.isArray(e.errors)) {
    return e.errors;
  }
  return void 0;
}
function wrap(cls) {
  return (obj) => {
    try {
      new cls(obj).validate();
      return [];
    } catch (e) {
      const errors = errorsOf(e);
      if (errors) return errors;
      throw e;
    }
  };
}
async function preloadKinds(keys) {
  const todo = /* @__PURE__ */ new Map();
  for (const { apiVersion, kind } of keys) {
    const key = keyOf(apiVersion, kind);
    const entry = REGISTRY.get(key);
    if (!entry || loaded.has(key) || todo.has(key)) continue;
    todo.set(
      key,
      entry.load().then((mod) => {
        const cls = mod[kind];
        if (typeof cls !== "function")
          throw new Error(`kube: module for ${apiVersion} ${kind} does not export class ${kind}`);
        const validator = wrap(cls);
        validator({ apiVersion, kind });
        loaded.set(key, validator);
      })
    );
  }
  await Promise.all(todo.values());
}
function kindInfo(apiVersion, kind, crds) {
  const { group: group2, version } = splitApiVersion(apiVersion);
  const crd = crds.kinds.get(keyOf(apiVersion, kind));
  if (crd) return { scope: crd.scope, group: group2, version };
  if (REGISTRY.has(keyOf(apiVersion, kind)))
    return { scope: builtinScope(group2, kind), group: group2, version };
  return void 0;
}
function unknownTopLevel(obj, allowed) {
  const out = [];
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k))
      out.push({
        path: `/${escapePointer(k)}`,
        message: `unknown field ${JSON.stringify(k)} (allowed: ${allowed.join(", ")})`
      });
  }
  return out;
}
function metadataProblems(obj) {
  const md = obj.metadata;
  if (md === void 0) return [];
  if (md === null || typeof md !== "object" || Array.isArray(md))
    return [{ path: "/metadata", message: "must be object" }];
  const name = md.name;
  if (name !== void 0 && typeof name !== "string")
    return [{ path: "/metadata/name", message: "must be string" }];
  return [];
}
function merge(into, more) {
  const seen = new Set(into.map((p) => p.path));
  for (const p of more) {
    if (into.length >= MAX_PROBLEMS_PER_OBJECT) return;
    if (seen.has(p.path)) continue;
    seen.add(p.path);
    into.push(p);
  }
}
function validateObject(obj, kubeVersion, crds) {
  const { apiVersion, kind } = obj;
  const problems = [];
  if (typeof apiVersion !== "string" || apiVersion === "")
    problems.push({ path: "/apiVersion", message: "must be a non-empty string" });
  if (typeof kind !== "string" || kind === "")
    problems.push({ path: "/kind", message: "must be a non-empty string" });
  if (typeof apiVersion !== "string" || typeof kind !== "string" || problems.length > 0)
    return problems;
  const served = servedBy(apiVersion, kind, kubeVersion);
  if (!served.ok) problems.push({ path: "/apiVersion", message: served.message });
  const key = keyOf(apiVersion, kind);
  const crd = crds.kinds.get(key);
  if (crd) {
    merge(problems, metadataProblems(obj));
    if (!crd.validate(obj) && crd.validate.errors)
      merge(problems, ajvToProblems(crd.validate.errors, obj));
    return problems;
  }
  const entry = REGISTRY.get(key);
  if (!entry) {
    merge(problems, [
      {
        path: "",
        message: `unknown kind ${apiVersion} ${kind}: capstan has no schema for it (add its CustomResourceDefinition with \`schemas:\` in capstan.yaml)`
      }
    ]);
    return problems;
  }
  const validator = loaded.get(key);
  if (!validator)
    throw new Error(
      `kube: ${apiVersion} ${kind} was not preloaded; call preloadKinds() before validateObject()`
    );
  merge(problems, unknownTopLevel(obj, entry.fields));
  merge(problems, ajvToProblems(validator(obj), obj));
  return problems;
}

// schemas/application.schema.json
var application_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://capstan.dev/schemas/application.schema.json",
  title: "OAM Application (core.oam.dev/v1beta1)",
  description: "A KubeVela-compatible OAM Application as capstan renders it.",
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: { const: "core.oam.dev/v1beta1" },
    kind: { const: "Application" },
    metadata: {
      type: "object",
      required: ["name"],
      properties: {
        name: {
          type: "string",
          description: "Application name (DNS-1123 label): its folder in each environment."
        },
        namespace: { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
        labels: { type: "object", additionalProperties: { type: "string" } },
        annotations: { type: "object", additionalProperties: { type: "string" } }
      }
    },
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["components"],
      properties: {
        components: { type: "array", items: { $ref: "#/definitions/component" } },
        policies: { type: "array", items: { $ref: "#/definitions/policy" } },
        workflow: {
          type: "object",
          properties: {
            steps: { type: "array", items: { $ref: "#/definitions/step" } },
            mode: { type: "object" },
            ref: { type: "string" }
          }
        }
      }
    },
    status: {}
  },
  definitions: {
    typeRef: {
      type: "string",
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$",
      description: "A capability name, optionally with a version: name, name@1, name@v1, name@1.2, name@1.2.3."
    },
    component: {
      type: "object",
      additionalProperties: false,
      required: ["name", "type"],
      properties: {
        name: { type: "string", description: "Component name (DNS-1123 label)." },
        type: { $ref: "#/definitions/typeRef" },
        properties: { type: "object", description: "Parameters of the component type." },
        traits: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["type"],
            properties: {
              type: { $ref: "#/definitions/typeRef" },
              properties: { type: "object" }
            }
          }
        },
        dependsOn: { type: "array", items: { type: "string" } },
        inputs: { type: "array" },
        outputs: { type: "array" },
        externalRevision: { type: "string" },
        scopes: { type: "object" }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      required: ["name", "type"],
      properties: {
        name: { type: "string" },
        type: { type: "string" },
        properties: { type: "object" }
      }
    },
    step: {
      type: "object",
      required: ["name", "type"],
      properties: {
        name: { type: "string" },
        type: { type: "string" },
        properties: { type: "object" },
        dependsOn: { type: "array", items: { type: "string" } },
        inputs: { type: "array" },
        outputs: { type: "array" },
        if: { type: "string" },
        timeout: { type: "string" },
        subSteps: { type: "array" }
      }
    }
  }
};

// src/core/app.ts
var validateApp;
function loadApps(files) {
  const problems = [];
  const apps = [];
  const seen = /* @__PURE__ */ new Map();
  validateApp ??= sharedAjv().compile(application_schema_default);
  for (const f of files) {
    let docs;
    try {
      docs = parseYamlWithDocs(f.text);
    } catch (e) {
      if (e instanceof YamlError) {
        problems.push({ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message });
        continue;
      }
      throw e;
    }
    docs.forEach((d, docIndex) => {
      const doc = { file: f.file, text: f.text, docIndex };
      if (d.value === null || d.value === void 0) return;
      const v = d.value;
      if (typeof v !== "object" || Array.isArray(v)) {
        problems.push(
          problemAt(
            doc,
            [],
            "expected an Application (a mapping with apiVersion: core.oam.dev/v1beta1, kind: Application)",
            "schema"
          )
        );
        return;
      }
      if (v.kind !== "Application" || v.apiVersion !== "core.oam.dev/v1beta1") {
        problems.push(
          problemAt(
            doc,
            v.kind !== "Application" ? ["kind"] : ["apiVersion"],
            `expected apiVersion: core.oam.dev/v1beta1, kind: Application; found ${String(v.apiVersion)} ${String(v.kind)}`,
            "schema"
          )
        );
        return;
      }
      if (!validateApp(v)) {
        problems.push(...ajvProblems(doc, [], validateApp.errors));
        return;
      }
      const app = toApp(v, doc, d.text, problems);
      if (!app) return;
      const prev = seen.get(app.name);
      if (prev) {
        problems.push(
          problemAt(
            doc,
            ["metadata", "name"],
            `duplicate application "${app.name}" (also in ${prev.doc.file})`,
            "duplicate-app"
          )
        );
        return;
      }
      seen.set(app.name, app);
      apps.push(app);
    });
  }
  apps.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { apps, problems };
}
function toApp(v, doc, docText, problems) {
  const meta = v.metadata;
  const bad = checkLabelName(meta.name);
  if (bad) {
    problems.push(problemAt(doc, ["metadata", "name"], `application name ${bad}`, "name"));
    return void 0;
  }
  const spec = v.spec;
  const before = problems.length;
  const names = /* @__PURE__ */ new Set();
  const components = spec.components.map((c, index) => {
    const badName = checkLabelName(c.name);
    if (badName)
      problems.push(
        problemAt(doc, ["spec", "components", index, "name"], `component name ${badName}`, "name")
      );
    if (names.has(c.name))
      problems.push(
        problemAt(
          doc,
          ["spec", "components", index, "name"],
          `duplicate component name "${c.name}"`,
          "duplicate-component"
        )
      );
    names.add(c.name);
    for (const runtimeOnly of ["dependsOn", "inputs", "outputs"]) {
      if (c[runtimeOnly] !== void 0)
        problems.push(
          problemAt(
            doc,
            ["spec", "components", index, runtimeOnly],
            `"${runtimeOnly}" needs KubeVela's cluster runtime (health-gated ordering and data passing); capstan renders offline and cannot honour it \u2014 remove it, or order rollout with sync waves in the env repo`,
            "runtime-only"
          )
        );
    }
    return {
      name: c.name,
      type: c.type,
      properties: c.properties ?? {},
      traits: (c.traits ?? []).map((t) => ({ type: t.type, properties: t.properties ?? {} })),
      index
    };
  });
  const policyNames = /* @__PURE__ */ new Set();
  const policies = (spec.policies ?? []).map((p, index) => {
    if (policyNames.has(p.name))
      problems.push(
        problemAt(
          doc,
          ["spec", "policies", index, "name"],
          `duplicate policy name "${p.name}"`,
          "duplicate-policy"
        )
      );
    policyNames.add(p.name);
    return { name: p.name, type: p.type, properties: p.properties ?? {}, index };
  });
  const steps = spec.workflow?.steps?.map((s, index) => {
    for (const runtimeOnly of ["dependsOn", "inputs", "outputs", "if"]) {
      if (s[runtimeOnly] !== void 0)
        problems.push(
          problemAt(
            doc,
            ["spec", "workflow", "steps", index, runtimeOnly],
            `workflow step "${runtimeOnly}" needs KubeVela's cluster runtime; capstan renders offline and cannot honour it`,
            "runtime-only"
          )
        );
    }
    return {
      name: s.name,
      type: s.type,
      properties: s.properties ?? {},
      index,
      raw: s
    };
  });
  if (problems.length > before) return void 0;
  return {
    name: meta.name,
    namespace: meta.namespace,
    labels: meta.labels ?? {},
    annotations: meta.annotations ?? {},
    doc,
    docText,
    components,
    policies,
    steps
  };
}

// src/core/patch.ts
function isObj2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function setKey(o, k, v) {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
function clone(v) {
  if (Array.isArray(v)) return v.map(clone);
  if (isObj2(v)) {
    const o = {};
    for (const k of Object.keys(v)) setKey(o, k, clone(v[k]));
    return o;
  }
  return v;
}
function mergeKeyFor(prop, items) {
  switch (prop) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "volumeClaimTemplates":
      return "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "hostAliases":
      return "ip";
    case "ports": {
      const first = items.find(isObj2);
      if (first && "containerPort" in first) return "containerPort";
      if (first && "port" in first) return "port";
      return void 0;
    }
    default:
      return void 0;
  }
}
function strategicMerge(target, patch, prop) {
  if (isObj2(patch)) {
    const base = isObj2(target) ? target : {};
    const out = {};
    for (const k of Object.keys(base)) setKey(out, k, base[k]);
    for (const k of Object.keys(patch)) {
      const pv = patch[k];
      if (pv === null) delete out[k];
      else setKey(out, k, strategicMerge(base[k], pv, k));
    }
    return out;
  }
  if (Array.isArray(patch) && Array.isArray(target)) {
    const key = mergeKeyFor(prop, [...patch, ...target]);
    if (!key) return clone(patch);
    const out = target.map((x) => x);
    for (const item of patch) {
      if (!isObj2(item) || !(key in item)) {
        out.push(clone(item));
        continue;
      }
      const i = out.findIndex((t) => isObj2(t) && t[key] === item[key]);
      if (i >= 0) {
        if (item.$patch === "delete") out.splice(i, 1);
        else out[i] = strategicMerge(out[i], item, void 0);
      } else if (item.$patch !== "delete") out.push(clone(item));
    }
    return out;
  }
  return clone(patch);
}
function mergePatch(target, patch) {
  if (!isObj2(patch)) return clone(patch);
  const base = isObj2(target) ? target : {};
  const out = {};
  for (const k of Object.keys(base)) setKey(out, k, base[k]);
  for (const k of Object.keys(patch)) {
    if (patch[k] === null) delete out[k];
    else setKey(out, k, mergePatch(base[k], patch[k]));
  }
  return out;
}
var PatchError = class extends Error {
};
function jsonPatch(doc, ops) {
  if (!Array.isArray(ops)) throw new PatchError("jsonPatch must be a list of operations");
  let cur = clone(doc);
  ops.forEach((op, i) => {
    if (!isObj2(op) || typeof op.op !== "string" || typeof op.path !== "string")
      throw new PatchError(`operation ${i}: needs "op" and "path"`);
    const where = `operation ${i} (${op.op} ${op.path})`;
    try {
      switch (op.op) {
        case "add":
          cur = put(cur, parsePointer(op.path), clone(op.value), "add");
          break;
        case "remove":
          cur = del(cur, parsePointer(op.path));
          break;
        case "replace":
          get(cur, parsePointer(op.path));
          cur = put(cur, parsePointer(op.path), clone(op.value), "replace");
          break;
        case "move": {
          const from = parsePointer(String(op.from));
          const v = get(cur, from);
          cur = put(del(cur, from), parsePointer(op.path), v, "add");
          break;
        }
        case "copy":
          cur = put(
            cur,
            parsePointer(op.path),
            clone(get(cur, parsePointer(String(op.from)))),
            "add"
          );
          break;
        case "test":
          if (JSON.stringify(get(cur, parsePointer(op.path))) !== JSON.stringify(op.value))
            throw new PatchError("test failed");
          break;
        default:
          throw new PatchError(`unknown op "${op.op}"`);
      }
    } catch (e) {
      throw new PatchError(`${where}: ${e.message}`);
    }
  });
  return cur;
}
function parsePointer(p) {
  if (p === "") return [];
  if (!p.startsWith("/")) throw new PatchError(`"${p}" is not a JSON pointer`);
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function get(doc, path) {
  let cur = doc;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      const i = Number(seg);
      if (!/^\d+$/.test(seg) || i >= cur.length) throw new PatchError(`no element ${seg}`);
      cur = cur[i];
    } else if (isObj2(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else throw new PatchError(`path does not exist at "${seg}"`);
  }
  return cur;
}
function put(doc, path, value, mode) {
  if (!path.length) return value;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) {
    const out = doc.slice();
    const i = head === "-" ? out.length : Number(head);
    if (!(head === "-" || /^\d+$/.test(head)) || i > out.length)
      throw new PatchError(`bad index ${head}`);
    if (rest.length) out[i] = put(out[i], rest, value, mode);
    else if (mode === "add") out.splice(i, 0, value);
    else out[i] = value;
    return out;
  }
  if (isObj2(doc)) {
    const out = {};
    for (const k of Object.keys(doc)) setKey(out, k, doc[k]);
    if (rest.length && !Object.prototype.hasOwnProperty.call(doc, head))
      throw new PatchError(`path does not exist at "${head}"`);
    setKey(out, head, rest.length ? put(doc[head], rest, value, mode) : value);
    return out;
  }
  throw new PatchError(`cannot add to a ${doc === null ? "null" : typeof doc}`);
}
function del(doc, path) {
  if (!path.length) throw new PatchError("cannot remove the whole document");
  const [head, ...rest] = path;
  if (Array.isArray(doc)) {
    const i = Number(head);
    if (!/^\d+$/.test(head) || i >= doc.length) throw new PatchError(`no element ${head}`);
    const out = doc.slice();
    if (rest.length) out[i] = del(out[i], rest);
    else out.splice(i, 1);
    return out;
  }
  if (isObj2(doc) && Object.prototype.hasOwnProperty.call(doc, head)) {
    const out = {};
    for (const k of Object.keys(doc)) setKey(out, k, doc[k]);
    if (rest.length) setKey(out, head, del(doc[head], rest));
    else delete out[head];
    return out;
  }
  throw new PatchError(`path does not exist at "${head}"`);
}

// src/core/binding.ts
var RUNTIME_POLICY_TYPES = /* @__PURE__ */ new Set([
  "garbage-collect",
  "apply-once",
  "shared-resource",
  "take-over",
  "read-only",
  "replication",
  "resource-update",
  "debug"
]);
function bindApp(app, envs) {
  const problems = [];
  const notices = [];
  const topology = /* @__PURE__ */ new Map();
  const overrides = /* @__PURE__ */ new Map();
  for (const p of app.policies) {
    if (p.type === "topology") {
      topology.set(p.name, p);
      if (p.properties.clusters !== void 0 || p.properties.clusterLabelSelector !== void 0 || p.properties.clusterSelector !== void 0)
        notices.push(
          `${app.doc.file}: app ${app.name}: topology policy "${p.name}" selects clusters; capstan ignores that \u2014 a capstan environment is the deployment target`
        );
    } else if (p.type === "override") overrides.set(p.name, p);
    else if (RUNTIME_POLICY_TYPES.has(p.type))
      notices.push(
        `${app.doc.file}: app ${app.name}: policy "${p.name}" (${p.type}) steers KubeVela's runtime and does not change rendered manifests; ignored`
      );
    else
      problems.push(
        problemAt(
          app.doc,
          ["spec", "policies", p.index, "type"],
          `policy type "${p.type}" is not supported (topology and override shape rendering; ${[...RUNTIME_POLICY_TYPES].join(", ")} are accepted and ignored)`,
          "policy"
        )
      );
  }
  const envForPolicy = (name) => envs.find((e) => e.policies.includes(name));
  const nsFor = (env, topo) => (typeof topo?.properties.namespace === "string" ? topo.properties.namespace : void 0) ?? app.namespace ?? env.namespace ?? "default";
  const bindings = [];
  if (app.steps) {
    for (const s of app.steps) {
      if (s.type === "suspend") {
        notices.push(
          `${app.doc.file}: app ${app.name}: workflow step "${s.name}" (suspend) \u2014 approval and promotion are capstan's gates; the step is not needed`
        );
        continue;
      }
      if (s.type !== "deploy") {
        problems.push(
          problemAt(
            app.doc,
            ["spec", "workflow", "steps", s.index, "type"],
            `workflow step type "${s.type}" is not supported offline; capstan understands deploy and suspend steps`,
            "workflow"
          )
        );
        continue;
      }
      const names = Array.isArray(s.properties.policies) ? s.properties.policies : [];
      const topos = [];
      const ovs = [];
      names.forEach((n, i) => {
        const name = String(n);
        const path = ["spec", "workflow", "steps", s.index, "properties", "policies", i];
        if (topology.has(name)) topos.push(topology.get(name));
        else if (overrides.has(name)) ovs.push(overrides.get(name));
        else
          problems.push(
            problemAt(
              app.doc,
              path,
              `deploy step "${s.name}" names policy "${name}", which the application does not define`,
              "workflow"
            )
          );
      });
      const targets = topos.length ? topos : [void 0];
      for (const t of targets) {
        const env = t ? envForPolicy(t.name) : void 0;
        if (t && !env) {
          problems.push(
            problemAt(
              app.doc,
              ["spec", "workflow", "steps", s.index, "properties", "policies"],
              `deploy step "${s.name}" targets topology policy "${t.name}", but no environment in capstan.yaml claims it (environments and their policies: ${envs.map((e) => `${e.name} [${e.policies.join(", ")}]`).join("; ")})`,
              "unknown-env"
            )
          );
          continue;
        }
        const selected = env ? [env] : envs.filter((e) => !bindings.some((b) => b.env === e));
        for (const e of selected) {
          if (bindings.some((b) => b.env === e)) {
            problems.push(
              problemAt(
                app.doc,
                ["spec", "workflow", "steps", s.index],
                `environment "${e.name}" is targeted by more than one deploy step`,
                "workflow"
              )
            );
            continue;
          }
          bindings.push({ env: e, namespace: nsFor(e, t), overrides: ovs });
        }
      }
    }
  } else {
    const mapped = [...topology.values()].map((t) => ({ t, env: envForPolicy(t.name) })).filter((x) => x.env);
    const allOverrides = [...overrides.values()];
    if (mapped.length)
      for (const { t, env } of mapped)
        bindings.push({ env, namespace: nsFor(env, t), overrides: allOverrides });
    else
      for (const e of envs) bindings.push({ env: e, namespace: nsFor(e), overrides: allOverrides });
  }
  bindings.sort((a, b) => a.env.index - b.env.index);
  return { bindings, problems, notices };
}
function applyOverrides(app, overrides) {
  let comps = app.components;
  for (const ov of overrides) {
    const list = Array.isArray(ov.properties.components) ? ov.properties.components : [];
    comps = comps.map((c) => {
      let out = c;
      for (const raw of list) {
        if (!isObj2(raw)) continue;
        if (typeof raw.name === "string" && raw.name !== c.name) continue;
        if (typeof raw.type === "string" && raw.type !== c.type && raw.type.split("@")[0] !== c.type.split("@")[0])
          continue;
        out = overrideOne(out, raw);
      }
      return out;
    });
    if (Array.isArray(ov.properties.selector)) {
      const keep = new Set(ov.properties.selector.map(String));
      comps = comps.filter((c) => keep.has(c.name));
    }
  }
  return comps;
}
function overrideOne(c, o) {
  const properties = isObj2(o.properties) ? mergePatch(c.properties, o.properties) : c.properties;
  let traits = c.traits;
  if (Array.isArray(o.traits)) {
    traits = traits.slice();
    for (const t of o.traits) {
      if (!isObj2(t) || typeof t.type !== "string") continue;
      const i = traits.findIndex((x) => x.type === t.type);
      if (t.disable === true) {
        if (i >= 0) traits.splice(i, 1);
        continue;
      }
      const props = isObj2(t.properties) ? t.properties : {};
      if (i >= 0)
        traits[i] = {
          type: traits[i].type,
          properties: mergePatch(traits[i].properties, props)
        };
      else traits.push({ type: t.type, properties: clone(props) });
    }
  }
  return { ...c, properties, traits };
}

// src/core/checks.ts
function objectId(o) {
  return `${o.apiVersion} ${o.kind} ${String(o.metadata.namespace ?? "")}/${String(o.metadata.name)}`;
}
function checkObjects(app, env, objects, crds) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const r of objects) {
    const o = r.obj;
    const where = { app, env: env.name, component: r.component, capability: r.capability };
    const label = `${o.kind} "${String(o.metadata.name)}" (component ${r.component}, app ${app}, env ${env.name})`;
    const badName = checkObjectName(o.kind, String(o.metadata.name));
    if (badName) problems.push({ ...where, code: "object-name", message: `${label}: ${badName}` });
    const id = objectId(o);
    const prev = seen.get(id);
    if (prev)
      problems.push({
        ...where,
        code: "duplicate-object",
        message: `${label}: duplicate object ${id} (also from component ${prev.component})`
      });
    seen.set(id, r);
    if (o.kind === "Secret" && o.apiVersion === "v1" && !env.allowLiteralSecrets && (hasEntries(o.data) || hasEntries(o.stringData)))
      problems.push({
        ...where,
        code: "literal-secret",
        message: `${label}: a plain Secret with literal data would be committed to git; use an ExternalSecret / SealedSecret, or set allowLiteralSecrets: true on environment "${env.name}" in capstan.yaml`
      });
    for (const kp of validateObject(o, env.kubeVersion, crds))
      problems.push({
        ...where,
        path: kp.path || void 0,
        code: "kube-schema",
        message: `${label} (Kubernetes ${env.kubeVersion}): ${kp.message}`
      });
  }
  return problems;
}
function hasEntries(v) {
  return isObj2(v) && Object.keys(v).length > 0;
}

// schemas/capstan-config.schema.json
var capstan_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://capstan.dev/schemas/capstan-config.schema.json",
  title: "capstan.yaml",
  description: "capstan configuration: environments, the environment repository, capability sources and Kubernetes versions.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "environments"],
  properties: {
    apiVersion: {
      const: "capstan.dev/v1alpha1",
      description: "Always capstan.dev/v1alpha1."
    },
    kind: { const: "Config", description: "Always Config." },
    requiredVersion: {
      type: "string",
      description: 'capstan versions this repository works with, as a semver range, e.g. ">=0.1.0".'
    },
    apps: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: ["apps/**/*.yaml"],
      description: "Globs (relative to the source root) of files holding OAM Applications."
    },
    envRepo: {
      type: "object",
      additionalProperties: false,
      properties: {
        url: {
          type: "string",
          description: "The environment repository: a URL, owner/name on GitHub, or a local path."
        },
        branch: {
          type: "string",
          default: "main",
          description: "The branch Argo CD or Flux deploys."
        },
        root: {
          type: "string",
          default: "envs",
          pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
          description: "Folder of the environment repository that holds one folder per environment."
        }
      }
    },
    kubeVersion: { $ref: "#/definitions/kubeVersion" },
    environments: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/environment" }
    },
    capabilities: {
      type: "array",
      description: "Capability sources; later entries shadow earlier ones by whole capability name.",
      items: {
        oneOf: [
          { const: "builtin", description: "capstan's built-in capability pack." },
          {
            type: "object",
            additionalProperties: false,
            required: ["path"],
            properties: {
              path: {
                type: "string",
                description: "A folder of the source repository holding capabilities/<name>/<version>/."
              }
            }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["git", "ref"],
            properties: {
              git: { type: "string", description: "Git URL of a capability pack." },
              ref: {
                type: "string",
                description: "Tag, branch or commit; pinned by commit in capstan.lock."
              },
              path: {
                type: "string",
                description: "Folder inside the pack repository (default: its root)."
              }
            }
          }
        ]
      }
    },
    schemas: {
      type: "array",
      items: { type: "string" },
      description: "Globs of CustomResourceDefinition files, for kinds no bundled schema knows."
    }
  },
  definitions: {
    kubeVersion: {
      type: "string",
      pattern: "^1\\.[0-9]{1,2}$",
      description: 'A Kubernetes minor version as a quoted "MAJOR.MINOR" string, e.g. "1.31".'
    },
    environment: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          maxLength: 63,
          description: "Environment name (DNS-1123 label); its folder in the env repo."
        },
        autoDeploy: {
          type: "boolean",
          default: false,
          description: "Rendered and committed on every push to main."
        },
        approval: {
          enum: ["none", "pull-request"],
          default: "none",
          description: "pull-request: the render goes to a branch and a PR instead of a direct push."
        },
        promotesFrom: {
          type: "string",
          description: "Only reachable by promotion from this environment."
        },
        kubeVersion: { $ref: "#/definitions/kubeVersion" },
        policies: {
          type: "array",
          items: { type: "string" },
          description: "Topology policy names that mean this environment (default: [name])."
        },
        namespace: {
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          description: "Namespace used when the Application names none."
        },
        branch: {
          type: "string",
          description: "Branch-per-environment layout: the env repo branch for this environment."
        },
        allowLiteralSecrets: {
          type: "boolean",
          default: false,
          description: "Allow plain Secret objects with literal data."
        },
        createNamespaces: {
          type: "boolean",
          default: false,
          description: "Emit Namespace objects owned by capstan."
        },
        guardrails: {
          type: "array",
          description: "Policy capabilities applied to every object of this environment.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["type"],
            properties: {
              type: {
                type: "string",
                description: "A Policy capability, e.g. image-policy or image-policy@1."
              },
              properties: { type: "object", description: "The policy's parameters." }
            }
          }
        }
      }
    }
  }
};

// src/core/config.ts
var DEFAULT_KUBE_VERSION = "1.31";
var validateConfig;
function loadConfig(src) {
  const problems = new Problems();
  let value;
  try {
    const docs = parseYamlWithDocs(src.text);
    if (docs.length !== 1) {
      problems.add({
        file: src.file,
        line: docs[1]?.startLine,
        col: 1,
        code: "yaml",
        message: `expected exactly one YAML document, found ${docs.length}`
      });
      problems.throwIfAny();
    }
    value = docs[0].value;
  } catch (e) {
    if (e instanceof YamlError) {
      problems.add({ file: src.file, line: e.line, col: e.col, code: "yaml", message: e.message });
      problems.throwIfAny();
    }
    throw e;
  }
  const doc = { file: src.file, text: src.text, docIndex: 0 };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.add({
      file: src.file,
      line: 1,
      col: 1,
      code: "schema",
      message: "capstan.yaml must be a mapping (apiVersion: capstan.dev/v1alpha1, kind: Config, \u2026)"
    });
    problems.throwIfAny();
  }
  const raw = value;
  problems.addAll(kubeVersionNumberProblems(doc, raw));
  validateConfig ??= sharedAjv().compile(capstan_config_schema_default);
  if (!validateConfig(raw)) {
    problems.addAll(
      ajvProblems(doc, [], validateConfig.errors).filter(
        (p) => !problems.list.some((q) => q.path === p.path)
      )
    );
  }
  problems.throwIfAny();
  const cfg = raw;
  if (cfg.requiredVersion !== void 0) {
    const range = parseRange(cfg.requiredVersion);
    if (!range) {
      problems.add(
        problemAt(
          doc,
          ["requiredVersion"],
          `"${cfg.requiredVersion}" is not a semver range (e.g. ">=0.1.0 <1")`,
          "config"
        )
      );
    } else if (!range(parseSemVer(CAPSTAN_VERSION))) {
      problems.add(
        problemAt(
          doc,
          ["requiredVersion"],
          `this repository requires capstan ${cfg.requiredVersion}, but this is capstan ${CAPSTAN_VERSION}`,
          "version"
        )
      );
    }
  }
  const kubeVersion = cfg.kubeVersion ?? DEFAULT_KUBE_VERSION;
  const environments = cfg.environments.map((e, index) => ({
    name: e.name,
    autoDeploy: e.autoDeploy ?? false,
    approval: e.approval ?? "none",
    promotesFrom: e.promotesFrom,
    kubeVersion: e.kubeVersion ?? kubeVersion,
    policies: e.policies ?? [e.name],
    namespace: e.namespace,
    branch: e.branch,
    allowLiteralSecrets: e.allowLiteralSecrets ?? false,
    createNamespaces: e.createNamespaces ?? false,
    guardrails: (e.guardrails ?? []).map((g, i) => ({ type: g.type, properties: g.properties ?? {}, index: i })),
    index
  }));
  problems.addAll(environmentProblems(doc, environments));
  problems.throwIfAny();
  const capabilities = (cfg.capabilities ?? ["builtin"]).map(
    (c) => c === "builtin" ? { kind: "builtin" } : typeof c === "object" && c.git ? { kind: "git", url: c.git, ref: c.ref, path: c.path } : { kind: "path", path: c.path }
  );
  return {
    file: src.file,
    doc,
    apps: cfg.apps ?? ["apps/**/*.yaml"],
    envRepo: {
      url: cfg.envRepo?.url,
      branch: cfg.envRepo?.branch ?? "main",
      root: cfg.envRepo?.root ?? "envs"
    },
    kubeVersion,
    environments,
    capabilities,
    schemas: cfg.schemas ?? [],
    requiredVersion: cfg.requiredVersion
  };
}
function kubeVersionNumberProblems(doc, raw) {
  const out = [];
  const check = (v, path) => {
    if (typeof v !== "number") return;
    const p = problemAt(doc, path, "", "kube-version");
    const raw2 = p.line ? (doc.text.split("\n")[p.line - 1] ?? "").slice((p.col ?? 1) - 1).match(/^[0-9.]+/)?.[0] : void 0;
    const written = raw2 ?? String(v);
    p.message = `kubeVersion ${written} is a YAML number (it reads as ${v}); quote it: kubeVersion: "${written}"`;
    out.push(p);
  };
  check(raw.kubeVersion, ["kubeVersion"]);
  if (Array.isArray(raw.environments))
    raw.environments.forEach((e, i) => {
      if (e && typeof e === "object")
        check(e.kubeVersion, ["environments", i, "kubeVersion"]);
    });
  return out;
}
function environmentProblems(doc, envs) {
  const out = [];
  const byName = /* @__PURE__ */ new Map();
  for (const e of envs) {
    if (byName.has(e.name))
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "name"],
          `duplicate environment "${e.name}"`,
          "config"
        )
      );
    byName.set(e.name, e);
  }
  for (const e of envs) {
    if (e.promotesFrom === void 0) continue;
    if (!byName.has(e.promotesFrom))
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "promotesFrom"],
          `promotesFrom names unknown environment "${e.promotesFrom}" (environments: ${[...byName.keys()].join(", ")})`,
          "config"
        )
      );
    if (e.autoDeploy)
      out.push(
        problemAt(
          doc,
          ["environments", e.index, "autoDeploy"],
          `environment "${e.name}" is reached by promotion (promotesFrom), so it cannot also be autoDeploy`,
          "config"
        )
      );
  }
  for (const e of envs) {
    const seen = [e.name];
    let cur = e.promotesFrom;
    while (cur !== void 0) {
      if (cur === e.name) {
        out.push(
          problemAt(
            doc,
            ["environments", e.index, "promotesFrom"],
            `promotesFrom forms a cycle: ${[...seen, cur].join(" \u2192 ")}`,
            "config"
          )
        );
        break;
      }
      if (seen.includes(cur)) break;
      seen.push(cur);
      cur = byName.get(cur)?.promotesFrom;
    }
  }
  const policyOwner = /* @__PURE__ */ new Map();
  for (const e of envs)
    for (const p of e.policies) {
      const other = policyOwner.get(p);
      if (other && other !== e.name)
        out.push(
          problemAt(
            doc,
            ["environments", e.index, "policies"],
            `topology policy "${p}" already means environment "${other}"`,
            "config"
          )
        );
      policyOwner.set(p, e.name);
    }
  return out;
}

// src/core/render.ts
function kubeMinor(kubeVersion) {
  return Number(kubeVersion.split(".")[1]);
}
function standardLabels(app, component, type) {
  return {
    "app.kubernetes.io/component": type,
    "app.kubernetes.io/instance": app,
    "app.kubernetes.io/managed-by": "capstan",
    "app.kubernetes.io/name": component,
    "app.kubernetes.io/part-of": app
  };
}
function resolveComponents(app, components, registry) {
  const caps = [];
  const problems = [];
  for (const c of components) {
    const r = registry.resolve(c.type, "ComponentType");
    if ("error" in r)
      problems.push(
        problemAt(app.doc, ["spec", "components", c.index, "type"], r.error, "unknown-capability", {
          app: app.name
        })
      );
    else caps.push(r);
    c.traits.forEach((t, ti) => {
      const tr = registry.resolve(t.type, "Trait");
      if ("error" in tr)
        problems.push(
          problemAt(
            app.doc,
            ["spec", "components", c.index, "traits", ti, "type"],
            tr.error,
            "unknown-capability",
            { app: app.name }
          )
        );
      else caps.push(tr);
    });
  }
  return { caps, problems };
}
function validateParams(cap, props) {
  cap.validate ??= sharedAjv().compile(cap.parameters);
  const value = clone(props);
  const ok = cap.validate(value);
  return { value, errors: ok ? null : cap.validate.errors ?? [] };
}
function renderApp(app, binding, ctx) {
  const components = applyOverrides(app, binding.overrides);
  const problems = [];
  const objects = [];
  for (const c of components) {
    const r = renderComponent(app, c, binding, ctx);
    problems.push(...r.problems);
    objects.push(...r.objects);
  }
  return { objects, problems };
}
var COMPONENT_KEYS = /* @__PURE__ */ new Set(["output", "outputs"]);
var TRAIT_KEYS = /* @__PURE__ */ new Set(["patch", "jsonPatch", "mergePatch", "outputs", "outputPatches"]);
function renderComponent(app, c, binding, ctx) {
  const problems = [];
  const env = binding.env;
  const where = { app: app.name, env: env.name, component: c.name };
  const compPath = ["spec", "components", c.index];
  const cap = ctx.registry.resolve(c.type, "ComponentType");
  if ("error" in cap)
    return {
      objects: [],
      problems: [problemAt(app.doc, [...compPath, "type"], cap.error, "unknown-capability", where)]
    };
  const id = capId(cap);
  const params = validateParams(cap, c.properties);
  if (params.errors)
    return {
      objects: [],
      problems: ajvProblems(app.doc, [...compPath, "properties"], params.errors, {
        ...where,
        capability: id
      })
    };
  const labels = standardLabels(app.name, c.name, cap.name);
  const context = {
    appName: app.name,
    name: c.name,
    namespace: binding.namespace,
    env: env.name,
    kubeVersion: env.kubeVersion,
    kubeMinor: kubeMinor(env.kubeVersion),
    labels,
    componentType: cap.name,
    appLabels: app.labels,
    appAnnotations: app.annotations
  };
  const out = runTemplate(cap, { parameter: params.value, context }, COMPONENT_KEYS, where);
  if ("problem" in out) return { objects: [], problems: [out.problem] };
  let workload = out.value.output;
  const outputs = /* @__PURE__ */ new Map();
  const addOutputs = (v, from, key) => {
    if (v === void 0 || v === null) return;
    const entries = Array.isArray(v) ? v.map((o, i) => [`${key}${i}`, o]) : isObj2(v) ? Object.entries(v) : [];
    if (!Array.isArray(v) && !isObj2(v)) {
      problems.push({
        file: from.templateFile,
        capability: capId(from),
        code: "template",
        ...where,
        message: "`outputs` must be a mapping of name \u2192 object (or a list of objects)"
      });
      return;
    }
    for (const [name, o] of entries) {
      if (outputs.has(name)) {
        problems.push({
          file: from.templateFile,
          capability: capId(from),
          code: "template",
          ...where,
          message: `output "${name}" is already produced by ${capId(outputs.get(name).cap)}`
        });
        continue;
      }
      outputs.set(name, { obj: o, cap: from });
    }
  };
  addOutputs(out.value.outputs, cap, "object");
  const emitted = [...cap.emits];
  let workloadCap = cap;
  const traitTypes = c.traits.map((t) => t.type.split("@")[0]);
  c.traits.forEach((t, ti) => {
    const tPath = [...compPath, "traits", ti];
    const tcap = ctx.registry.resolve(t.type, "Trait");
    if ("error" in tcap) {
      problems.push(
        problemAt(app.doc, [...tPath, "type"], tcap.error, "unknown-capability", where)
      );
      return;
    }
    const tid = capId(tcap);
    if (traitTypes.indexOf(tcap.name) !== ti) {
      problems.push(
        problemAt(
          app.doc,
          [...tPath, "type"],
          `trait "${tcap.name}" is used twice on component "${c.name}"`,
          "duplicate-trait",
          { ...where, capability: tid }
        )
      );
      return;
    }
    if (!appliesTo(tcap.appliesTo, cap)) {
      problems.push(
        problemAt(
          app.doc,
          [...tPath, "type"],
          `trait ${tid} does not apply to component type ${cap.name} (${cap.workload?.kind ?? "no workload"}); it applies to: ${tcap.appliesTo.join(", ")}`,
          "applies-to",
          { ...where, capability: tid }
        )
      );
      return;
    }
    const conflict = traitTypes.find(
      (other, oi) => oi !== ti && (tcap.conflictsWith.includes(other) || (ctx.registry.versions(other)[0]?.conflictsWith.includes(tcap.name) ?? false))
    );
    if (conflict && traitTypes.indexOf(conflict) < ti) {
      problems.push(
        problemAt(
          app.doc,
          [...tPath, "type"],
          `trait "${tcap.name}" conflicts with trait "${conflict}" on component "${c.name}"`,
          "conflicts-with",
          { ...where, capability: tid }
        )
      );
      return;
    }
    const tparams = validateParams(tcap, t.properties);
    if (tparams.errors) {
      problems.push(
        ...ajvProblems(app.doc, [...tPath, "properties"], tparams.errors, {
          ...where,
          capability: tid
        })
      );
      return;
    }
    const outputsView = {};
    for (const [k, v] of outputs) setKey(outputsView, k, v.obj);
    const res = runTemplate(
      tcap,
      {
        parameter: tparams.value,
        context: { ...context, output: workload, outputs: outputsView, traitType: tcap.name }
      },
      TRAIT_KEYS,
      where
    );
    if ("problem" in res) {
      problems.push(res.problem);
      return;
    }
    const r = res.value;
    emitted.push(...tcap.emits);
    try {
      if (r.patch !== void 0 || r.jsonPatch !== void 0 || r.mergePatch !== void 0) {
        if (!isObj2(workload)) throw new PatchError(`component type ${id} has no workload to patch`);
        if (r.patch !== void 0 && r.patch !== null) workload = strategicMerge(workload, r.patch);
        if (r.jsonPatch !== void 0 && r.jsonPatch !== null)
          workload = jsonPatch(workload, r.jsonPatch);
        if (r.mergePatch !== void 0 && r.mergePatch !== null)
          workload = mergePatch(workload, r.mergePatch);
        if (isObj2(workload) && (workload.kind !== cap.workload?.kind || workload.apiVersion !== cap.workload?.apiVersion))
          workloadCap = tcap;
      }
      if (isObj2(r.outputPatches))
        for (const [name, p] of Object.entries(r.outputPatches)) {
          const o = outputs.get(name);
          if (!o)
            throw new PatchError(
              `outputPatches names "${name}", which no capability produced (outputs: ${[...outputs.keys()].join(", ") || "none"})`
            );
          outputs.set(name, { obj: strategicMerge(o.obj, p), cap: o.cap });
        }
    } catch (e) {
      if (!(e instanceof PatchError)) throw e;
      problems.push({
        file: tcap.templateFile,
        capability: tid,
        code: "patch",
        ...where,
        message: e.message
      });
      return;
    }
    addOutputs(r.outputs, tcap, tcap.name);
  });
  const objects = [];
  const check = (o, from, label) => {
    const bad = objectShapeProblem(o, emitted);
    if (bad) {
      problems.push({
        file: from.templateFile,
        capability: capId(from),
        code: "template-output",
        ...where,
        message: `${label}: ${bad}`
      });
      return;
    }
    objects.push({ obj: o, component: c.name, capability: capId(from) });
  };
  if (workload !== void 0 && workload !== null) check(workload, workloadCap, "output");
  for (const [name, o] of outputs) check(o.obj, o.cap, `outputs.${name}`);
  for (const o of objects) finishObject(o.obj, binding.namespace, labels, ctx.crds);
  return { objects, problems };
}
function appliesTo(list, comp) {
  if (list.includes("*")) return true;
  const wl = comp.workload;
  for (const a of list) {
    if (a === comp.name) return true;
    if (!wl) continue;
    if (a === wl.kind) return true;
    const group2 = wl.apiVersion.includes("/") ? wl.apiVersion.split("/")[0] : "";
    const plural = wl.kind.toLowerCase() + "s";
    if (a === (group2 ? `${plural}.${group2}` : plural)) return true;
  }
  return false;
}
function objectShapeProblem(o, emitted) {
  if (!isObj2(o))
    return `must be a Kubernetes object (a mapping), got ${o === null ? "null" : Array.isArray(o) ? "a list" : typeof o}`;
  if (typeof o.apiVersion !== "string" || typeof o.kind !== "string")
    return "needs apiVersion and kind";
  if (!isObj2(o.metadata) || typeof o.metadata.name !== "string")
    return `${o.kind} needs metadata.name`;
  if (!emitted.some(
    (e) => (e.apiVersion === "*" || e.apiVersion === o.apiVersion) && (e.kind === "*" || e.kind === o.kind)
  ))
    return `${o.apiVersion} ${o.kind} is not among the kinds the capability declares in \`emits\` (${emitted.map((e) => `${e.apiVersion} ${e.kind}`).join(", ") || "none"})`;
  return void 0;
}
function finishObject(o, namespace, labels, crds) {
  const info = kindInfo(o.apiVersion, o.kind, crds);
  const meta = o.metadata;
  if (info?.scope === "Cluster") delete meta.namespace;
  else if (meta.namespace === void 0 || meta.namespace === null) meta.namespace = namespace;
  meta.labels = { ...isObj2(meta.labels) ? meta.labels : {}, ...labels };
  for (const tpl of podTemplates(o)) {
    const m = isObj2(tpl.metadata) ? tpl.metadata : tpl.metadata = {};
    m.labels = {
      ...isObj2(m.labels) ? m.labels : {},
      ...labels
    };
  }
}
function podTemplates(o) {
  const spec = o.spec;
  if (!isObj2(spec)) return [];
  if (isObj2(spec.template) && isObj2(spec.template.spec)) return [spec.template];
  if (isObj2(spec.jobTemplate) && isObj2(spec.jobTemplate.spec) && isObj2(spec.jobTemplate.spec.template))
    return [spec.jobTemplate.spec.template];
  return [];
}
function runTemplate(cap, input, allowed, where) {
  const id = capId(cap);
  let text;
  try {
    text = cap.template(input);
  } catch (e) {
    return {
      problem: {
        file: cap.templateFile,
        capability: id,
        code: "template",
        ...where,
        message: `template failed: ${e.message}`
      }
    };
  }
  let docs;
  try {
    docs = parseYaml(text);
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    const line = text.split("\n")[e.line - 1] ?? "";
    return {
      problem: {
        file: cap.templateFile,
        capability: id,
        code: "template-yaml",
        ...where,
        message: `the rendered template is not valid YAML (rendered line ${e.line}: ${JSON.stringify(line.trim().slice(0, 120))}): ${e.message}`
      }
    };
  }
  const v = docs.length === 1 ? docs[0] : void 0;
  if (!isObj2(v)) {
    if (docs.length === 1 && (v === null || v === void 0)) return { value: {} };
    return {
      problem: {
        file: cap.templateFile,
        capability: id,
        code: "template-output",
        ...where,
        message: `the rendered template must be one mapping with ${[...allowed].join(", ")}`
      }
    };
  }
  for (const k of Object.keys(v))
    if (!allowed.has(k))
      return {
        problem: {
          file: cap.templateFile,
          capability: id,
          code: "template-output",
          ...where,
          message: `the rendered template has unknown key "${k}" (allowed: ${[...allowed].join(", ")})`
        }
      };
  return { value: v };
}

// src/core/guardrails.ts
var POLICY_KEYS = /* @__PURE__ */ new Set(["patch", "violations"]);
function resolveGuardrails(env, registry, configDoc) {
  const problems = [];
  const guardrails = [];
  for (const g of env.guardrails) {
    const path = ["environments", env.index, "guardrails", g.index];
    const cap = registry.resolve(g.type, "Policy");
    if ("error" in cap) {
      problems.push(
        problemAt(configDoc, [...path, "type"], cap.error, "unknown-capability", { env: env.name })
      );
      continue;
    }
    const p = validateParams(cap, g.properties);
    if (p.errors) {
      problems.push(
        ...ajvProblems(configDoc, [...path, "properties"], p.errors, {
          env: env.name,
          capability: capId(cap)
        })
      );
      continue;
    }
    guardrails.push({ cap, parameter: p.value });
  }
  return { guardrails, problems };
}
function applies(cap, o) {
  for (const a of cap.appliesTo) {
    if (a === "*" || a === o.kind) return true;
    const group2 = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
    if (a === (group2 ? `${o.kind.toLowerCase()}s.${group2}` : `${o.kind.toLowerCase()}s`))
      return true;
  }
  return false;
}
function applyGuardrails(app, env, objects, guardrails) {
  const problems = [];
  for (const g of guardrails) {
    const id = capId(g.cap);
    for (const r of objects) {
      if (!applies(g.cap, r.obj)) continue;
      const where = { app, env: env.name, component: r.component };
      const res = runTemplate(
        g.cap,
        {
          parameter: g.parameter,
          context: {
            object: r.obj,
            appName: app,
            name: r.component,
            env: env.name,
            kubeVersion: env.kubeVersion,
            namespace: r.obj.metadata.namespace
          }
        },
        POLICY_KEYS,
        where
      );
      if ("problem" in res) {
        problems.push(res.problem);
        continue;
      }
      const v = res.value;
      if (Array.isArray(v.violations))
        for (const x of v.violations) {
          const path = isObj2(x) && typeof x.path === "string" ? x.path : void 0;
          const msg = isObj2(x) && typeof x.message === "string" ? x.message : JSON.stringify(x);
          problems.push({
            ...where,
            capability: id,
            path,
            code: "policy-violation",
            message: `${id} rejects ${r.obj.kind} "${String(r.obj.metadata.name)}" (app ${app}, component ${r.component})${path ? ` at ${path}` : ""}: ${msg}`
          });
        }
      if (v.patch !== void 0 && v.patch !== null) {
        try {
          r.obj = strategicMerge(r.obj, v.patch);
        } catch (e) {
          if (!(e instanceof PatchError)) throw e;
          problems.push({ ...where, capability: id, code: "patch", message: e.message });
        }
      }
    }
  }
  return problems;
}

// src/core/layout.ts
import { createHash } from "node:crypto";
var STATE_FILE = ".capstan/state.json";
var STATE_SCHEMA_VERSION = 1;
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function group(apiVersion) {
  return apiVersion.includes("/") ? apiVersion.split("/")[0] : "core";
}
function fileNames(objects) {
  const base = objects.map((o) => `${o.kind.toLowerCase()}-${String(o.metadata.name)}`);
  const withGroup = objects.map((o, i) => `${base[i]}.${group(o.apiVersion)}`);
  const withNs = objects.map(
    (o, i) => `${withGroup[i]}.${String(o.metadata.namespace ?? "_cluster")}`
  );
  const count = (list) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), /* @__PURE__ */ new Map());
  const c1 = count(base);
  const names = objects.map((_, i) => c1.get(base[i]) > 1 ? withGroup[i] : base[i]);
  const c2 = count(names);
  return names.map((n, i) => (c2.get(n) > 1 ? withNs[i] : n) + ".yaml");
}
function kustomization(resources) {
  return emitYaml({
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [...resources].sort(cmp)
  });
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function appFiles(objects) {
  const names = fileNames(objects);
  const files = /* @__PURE__ */ new Map();
  objects.forEach((o, i) => files.set(names[i], emitYaml(o)));
  files.set("kustomization.yaml", kustomization(names));
  return new Map([...files].sort((a, b) => cmp(a[0], b[0])));
}
function emitState(s) {
  const apps = {};
  for (const name of Object.keys(s.apps).sort(cmp)) {
    const a = s.apps[name];
    const files = {};
    for (const p of Object.keys(a.files).sort(cmp)) files[p] = a.files[p];
    apps[name] = { sourceRepo: a.sourceRepo, commit: a.commit, inputDigest: a.inputDigest, files };
  }
  return JSON.stringify(
    { schemaVersion: s.schemaVersion, capstanVersion: s.capstanVersion, apps },
    null,
    2
  ) + "\n";
}
function parseState(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { error: `is not valid JSON (${e.message})` };
  }
  const s = v;
  if (!s || typeof s !== "object" || typeof s.apps !== "object" || s.apps === null || Array.isArray(s.apps))
    return { error: "is not a capstan state file (needs schemaVersion and apps)" };
  if (s.schemaVersion !== STATE_SCHEMA_VERSION)
    return {
      error: `has schemaVersion ${String(s.schemaVersion)}; this capstan understands ${STATE_SCHEMA_VERSION}`
    };
  for (const [name, a] of Object.entries(s.apps)) {
    if (!a || typeof a !== "object" || typeof a.inputDigest !== "string" || typeof a.commit !== "string" || typeof a.files !== "object" || a.files === null)
      return {
        error: `entry for app "${name}" is malformed (needs sourceRepo, commit, inputDigest, files)`
      };
    for (const [p, h] of Object.entries(a.files)) {
      if (typeof h !== "string" || !/^[0-9a-f]{64}$/.test(h))
        return { error: `entry for app "${name}" has a malformed digest for ${p}` };
      if (!isSafeRelPath(p))
        return { error: `entry for app "${name}" names a path outside the environment: ${p}` };
    }
  }
  return s;
}
function isSafeRelPath(p) {
  if (!p || p.startsWith("/") || p.includes("\\") || p.includes("\0")) return false;
  const parts = p.split("/");
  return parts.every((s) => s !== "" && s !== "." && s !== "..") && parts[0] !== ".git";
}

// src/core/engine.ts
function loadSource(input) {
  const config = loadConfig(input.config);
  const problems = new Problems();
  const notices = [];
  const caps = [];
  for (const pack of input.packs) {
    const r = loadPack(pack);
    problems.addAll(r.problems);
    caps.push(r.capabilities);
  }
  let lock;
  if (input.lock) {
    const r = parseLock(input.lock);
    problems.addAll(r.problems);
    lock = r.lock;
  }
  const registry = new Registry(caps, lock);
  const apps = loadApps(input.apps);
  problems.addAll(apps.problems);
  if (!input.apps.length) notices.push(`no application files match ${config.apps.join(", ")}`);
  const crdDocs = [];
  for (const f of input.crdFiles) {
    try {
      for (const v of parseYaml(f.text))
        if (v !== null && v !== void 0) crdDocs.push({ value: v, file: f.file });
    } catch (e) {
      if (!(e instanceof YamlError)) throw e;
      problems.add({ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message });
    }
  }
  let crds = emptyCrdSet();
  if (crdDocs.length) {
    const r = loadCrds(crdDocs);
    crds = r.crds;
    for (const p of r.problems) problems.add({ file: p.file, code: "crd", message: p.message });
  }
  problems.throwIfAny();
  const crdDigest = sha256(input.crdFiles.map((f) => f.file + "\0" + f.text).join("\0"));
  return {
    config,
    apps: apps.apps,
    registry,
    crds,
    crdDigest,
    lock,
    sourceRepo: input.sourceRepo,
    commit: input.commit,
    notices
  };
}
function usedCapabilities(src, envs = src.config.environments) {
  const caps = [];
  const problems = [];
  for (const env of envs) {
    const g = resolveGuardrails(env, src.registry, src.config.doc);
    problems.push(...g.problems);
    caps.push(...g.guardrails.map((x) => x.cap));
  }
  for (const app of src.apps) {
    const { bindings, problems: bp } = bindApp(app, envs);
    problems.push(...bp);
    const comps = bindings.length ? bindings.map((b) => applyOverrides(app, b.overrides)) : [app.components];
    for (const c of comps) {
      const r = resolveComponents(app, c, src.registry);
      problems.push(...r.problems);
      caps.push(...r.caps);
    }
  }
  const uniq = /* @__PURE__ */ new Map();
  for (const c of caps) uniq.set(`${c.name}@${c.version}`, c);
  return {
    caps: [...uniq.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version)),
    problems: dedupe(problems)
  };
}
function dedupe(ps) {
  const seen = /* @__PURE__ */ new Set();
  return ps.filter((p) => {
    const k = `${p.file}:${p.line}:${p.col}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
async function prepare(src, envs, opts) {
  const used = usedCapabilities(src, envs);
  const problems = new Problems();
  problems.addAll(used.problems);
  const lock = checkLock(used.caps, src.lock, LOCK_FILE, opts.frozen ?? false);
  problems.addAll(lock.problems);
  problems.throwIfAny();
  await preloadKinds(used.caps.flatMap((c) => c.emits).filter((k) => k.kind !== "*"));
  return { caps: used.caps, notices: lock.notices };
}
function inputDigest(src, app, binding, guardrails) {
  const h = createHash2("sha256");
  h.update(`capstan ${CAPSTAN_VERSION}\0`);
  h.update(app.docText);
  const e = binding.env;
  h.update(
    "\0" + JSON.stringify([
      e.name,
      e.kubeVersion,
      e.namespace ?? null,
      e.allowLiteralSecrets,
      binding.namespace,
      e.guardrails
    ])
  );
  const comps = applyOverrides(app, binding.overrides);
  const caps = resolveComponents(app, comps, src.registry).caps;
  for (const c of [...caps, ...guardrails.map((g) => g.cap)])
    h.update(`\0${c.name}@${c.version}=${c.digest}`);
  h.update("\0" + src.crdDigest);
  return h.digest("hex");
}
function planEnv(src, env, prev, opts = {}) {
  const problems = [];
  const notices = [];
  const g = resolveGuardrails(env, src.registry, src.config.doc);
  problems.push(...g.problems);
  const prevState = prev.state ?? {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: {}
  };
  const nextApps = { ...prevState.apps };
  const changes = /* @__PURE__ */ new Map();
  const outcomes = [];
  const commit = opts.commit ?? src.commit;
  const only = opts.onlyApps ? new Set(opts.onlyApps) : void 0;
  const bound = /* @__PURE__ */ new Set();
  for (const app of src.apps) {
    if (only && !only.has(app.name)) continue;
    const b = bindApp(app, src.config.environments);
    problems.push(...b.problems);
    notices.push(...b.notices);
    const binding = b.bindings.find((x) => x.env.name === env.name);
    if (!binding) continue;
    bound.add(app.name);
    const old = prevState.apps[app.name];
    if (old && old.sourceRepo !== src.sourceRepo) {
      problems.push({
        file: app.doc.file,
        app: app.name,
        env: env.name,
        code: "app-collision",
        message: `app "${app.name}" in environment "${env.name}" is already rendered from ${old.sourceRepo}; app names must be unique across the source repositories feeding one env repo`
      });
      continue;
    }
    const digest = inputDigest(src, app, binding, g.guardrails);
    if (old && old.inputDigest === digest && !opts.force) {
      outcomes.push({ name: app.name, change: "unchanged", added: [], changed: [], removed: [] });
      continue;
    }
    const r = renderApp(app, binding, src);
    problems.push(...r.problems);
    if (r.problems.length) continue;
    const gp = applyGuardrails(app.name, env, r.objects, g.guardrails);
    problems.push(...gp);
    const cp = checkObjects(app.name, env, r.objects, src.crds);
    problems.push(...cp);
    if (gp.length || cp.length) continue;
    const files = prefixed(app.name, appFiles(r.objects.map((o) => o.obj)));
    const hashes = {};
    for (const [p, t] of files) hashes[p] = sha256(t);
    const outcome = {
      name: app.name,
      change: old ? "changed" : "added",
      added: [],
      changed: [],
      removed: [],
      files
    };
    for (const [p, t] of files) {
      const was = old?.files[p];
      if (was === hashes[p]) continue;
      changes.set(p, t);
      if (!p.endsWith("/kustomization.yaml")) (was ? outcome.changed : outcome.added).push(p);
    }
    for (const p of Object.keys(old?.files ?? {}))
      if (!files.has(p)) {
        changes.set(p, null);
        if (!p.endsWith("/kustomization.yaml")) outcome.removed.push(p);
      }
    if (old && !outcome.added.length && !outcome.changed.length && !outcome.removed.length)
      outcome.change = "unchanged";
    nextApps[app.name] = {
      sourceRepo: src.sourceRepo,
      commit: outcome.change === "unchanged" && old ? old.commit : commit,
      inputDigest: digest,
      files: hashes
    };
    outcomes.push(outcome);
  }
  if (!only)
    for (const [name, a] of Object.entries(prevState.apps)) {
      if (bound.has(name) || a.sourceRepo !== src.sourceRepo) continue;
      const removed = [];
      for (const p of Object.keys(a.files)) {
        changes.set(p, null);
        if (!p.endsWith("/kustomization.yaml")) removed.push(p);
      }
      delete nextApps[name];
      outcomes.push({ name, change: "removed", added: [], changed: [], removed });
    }
  if (problems.length) return { problems, notices };
  const state = {
    schemaVersion: STATE_SCHEMA_VERSION,
    capstanVersion: CAPSTAN_VERSION,
    apps: nextApps
  };
  const kust = envKustomization(prev.kustomization, prevState, nextApps);
  if (kust !== prev.kustomization) changes.set("kustomization.yaml", kust);
  const stateText = emitState(state);
  const prevStateText = prev.state ? emitState(prev.state) : void 0;
  if (changes.size || stateText !== prevStateText) changes.set(STATE_FILE, stateText);
  const countObjects = (s) => Object.values(s.apps).reduce(
    (n, a) => n + Object.keys(a.files).filter((p) => !p.endsWith("/kustomization.yaml")).length,
    0
  );
  const objectsDeleted = outcomes.reduce((n, o) => n + o.removed.length, 0);
  outcomes.sort((a, b) => cmp(a.name, b.name));
  return {
    plan: {
      env,
      changes: sortMap(changes),
      state,
      apps: outcomes,
      objectsBefore: countObjects(prevState),
      objectsDeleted
    },
    problems,
    notices
  };
}
function prefixed(app, files) {
  const out = /* @__PURE__ */ new Map();
  for (const [p, t] of files) out.set(`${app}/${p}`, t);
  return out;
}
function sortMap(m) {
  return new Map([...m].sort((a, b) => cmp(a[0], b[0])));
}
function envKustomization(prevText, prevState, next) {
  let doc = {};
  let foreign = [];
  if (prevText !== void 0) {
    try {
      const v = parseYamlWithDocs(prevText)[0]?.value;
      if (isObj2(v)) {
        doc = v;
        const owned = new Set(Object.keys(prevState.apps));
        foreign = (Array.isArray(v.resources) ? v.resources : []).map(String).filter((r) => !owned.has(r.replace(/\/$/, "")));
      }
    } catch {
    }
  }
  const resources = [.../* @__PURE__ */ new Set([...foreign, ...Object.keys(next)])].sort(cmp);
  if (!Object.keys(doc).length) return kustomization(resources);
  return emitYaml({
    ...doc,
    apiVersion: doc.apiVersion ?? "kustomize.config.k8s.io/v1beta1",
    kind: doc.kind ?? "Kustomization",
    resources
  });
}

export {
  DEFAULT_KUBE_VERSION,
  loadConfig,
  emptyCrdSet,
  preloadKinds,
  loadApps,
  isObj2 as isObj,
  bindApp,
  checkObjects,
  renderApp,
  resolveGuardrails,
  applyGuardrails,
  STATE_FILE,
  parseState,
  isSafeRelPath,
  loadSource,
  usedCapabilities,
  prepare,
  planEnv
};
