import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  require_dist
} from "./chunk-5SBUQFNJ.js";
import {
  require_ajv
} from "./chunk-DFTUZEB7.js";
import {
  __toESM
} from "./chunk-XYNQLYSQ.js";

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
  ["admissionregistration.k8s.io/v1beta1|MutatingWebhookConfiguration", { load: () => import("./MutatingWebhookConfiguration-X4DLM4PY.js"), fields: F0 }],
  ["admissionregistration.k8s.io/v1beta1|ValidatingWebhookConfiguration", { load: () => import("./ValidatingWebhookConfiguration-7XVMYDWE.js"), fields: F0 }],
  ["admissionregistration.k8s.io/v1|MutatingWebhookConfiguration", { load: () => import("./MutatingWebhookConfiguration-LW4VSAVM.js"), fields: F0 }],
  ["admissionregistration.k8s.io/v1|ValidatingAdmissionPolicy", { load: () => import("./ValidatingAdmissionPolicy-CBYIXFEE.js"), fields: F1 }],
  ["admissionregistration.k8s.io/v1|ValidatingAdmissionPolicyBinding", { load: () => import("./ValidatingAdmissionPolicyBinding-ZMM4FD3V.js"), fields: F2 }],
  ["admissionregistration.k8s.io/v1|ValidatingWebhookConfiguration", { load: () => import("./ValidatingWebhookConfiguration-JBXBPPB5.js"), fields: F0 }],
  ["apiextensions.k8s.io/v1beta1|CustomResourceDefinition", { load: () => import("./CustomResourceDefinition-AZ2MZMHV.js"), fields: F1 }],
  ["apiextensions.k8s.io/v1|CustomResourceDefinition", { load: () => import("./CustomResourceDefinition-XJVHUWQK.js"), fields: F1 }],
  ["apiregistration.k8s.io/v1beta1|APIService", { load: () => import("./APIService-LEU4GV6G.js"), fields: F1 }],
  ["apiregistration.k8s.io/v1|APIService", { load: () => import("./APIService-YQSCJLEW.js"), fields: F1 }],
  ["apps/v1beta1|ControllerRevision", { load: () => import("./ControllerRevision-D22VTWGN.js"), fields: F3 }],
  ["apps/v1beta1|Deployment", { load: () => import("./Deployment-7CAKB7TI.js"), fields: F1 }],
  ["apps/v1beta1|StatefulSet", { load: () => import("./StatefulSet-K6JYXKO2.js"), fields: F1 }],
  ["apps/v1beta2|ControllerRevision", { load: () => import("./ControllerRevision-KZSFMDUQ.js"), fields: F3 }],
  ["apps/v1beta2|DaemonSet", { load: () => import("./DaemonSet-EFJDUN5P.js"), fields: F1 }],
  ["apps/v1beta2|Deployment", { load: () => import("./Deployment-LUSYCRLY.js"), fields: F1 }],
  ["apps/v1beta2|ReplicaSet", { load: () => import("./ReplicaSet-XIM3Y6KQ.js"), fields: F1 }],
  ["apps/v1beta2|StatefulSet", { load: () => import("./StatefulSet-N3N5I7SY.js"), fields: F1 }],
  ["apps/v1|ControllerRevision", { load: () => import("./ControllerRevision-LNJ2D2P6.js"), fields: F3 }],
  ["apps/v1|DaemonSet", { load: () => import("./DaemonSet-GMUGOEMS.js"), fields: F1 }],
  ["apps/v1|Deployment", { load: () => import("./Deployment-QBFHKBAQ.js"), fields: F1 }],
  ["apps/v1|ReplicaSet", { load: () => import("./ReplicaSet-KXO6U3JZ.js"), fields: F1 }],
  ["apps/v1|StatefulSet", { load: () => import("./StatefulSet-KWY6IMBK.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|AnalysisRun", { load: () => import("./AnalysisRun-5LWZ273J.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|AnalysisTemplate", { load: () => import("./AnalysisTemplate-FJQ46DFT.js"), fields: F2 }],
  ["argoproj.io/v1alpha1|AppProject", { load: () => import("./AppProject-7PGJPRPG.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|Application", { load: () => import("./Application-2JADTQF5.js"), fields: F4 }],
  ["argoproj.io/v1alpha1|ApplicationSet", { load: () => import("./ApplicationSet-G4WBBQW7.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|ClusterAnalysisTemplate", { load: () => import("./ClusterAnalysisTemplate-DOOYIHOX.js"), fields: F2 }],
  ["argoproj.io/v1alpha1|Experiment", { load: () => import("./Experiment-F5JIRUSE.js"), fields: F1 }],
  ["argoproj.io/v1alpha1|Rollout", { load: () => import("./Rollout-SKYRT5MZ.js"), fields: F1 }],
  ["autoscaling.internal.knative.dev/v1alpha1|Metric", { load: () => import("./Metric-4CF5SL3W.js"), fields: F1 }],
  ["autoscaling.internal.knative.dev/v1alpha1|PodAutoscaler", { load: () => import("./PodAutoscaler-HOHVZWXO.js"), fields: F1 }],
  ["autoscaling/v1|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-YVNHPPET.js"), fields: F1 }],
  ["autoscaling/v2beta1|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-FL4B45HX.js"), fields: F1 }],
  ["autoscaling/v2beta2|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-SISRXLQ7.js"), fields: F1 }],
  ["autoscaling/v2|HorizontalPodAutoscaler", { load: () => import("./HorizontalPodAutoscaler-GZV2WJY6.js"), fields: F1 }],
  ["batch/v1beta1|CronJob", { load: () => import("./CronJob-GIUBJLWJ.js"), fields: F1 }],
  ["batch/v1|CronJob", { load: () => import("./CronJob-VHK6DPWN.js"), fields: F1 }],
  ["batch/v1|Job", { load: () => import("./Job-APM53A54.js"), fields: F1 }],
  ["caching.internal.knative.dev/v1alpha1|Image", { load: () => import("./Image-ZWYSY7MU.js"), fields: F1 }],
  ["certificates.k8s.io/v1beta1|CertificateSigningRequest", { load: () => import("./CertificateSigningRequest-UBENSKNM.js"), fields: F1 }],
  ["certificates.k8s.io/v1|CertificateSigningRequest", { load: () => import("./CertificateSigningRequest-C3ZDT7UX.js"), fields: F1 }],
  ["coordination.k8s.io/v1beta1|Lease", { load: () => import("./Lease-Y3DOF3LG.js"), fields: F2 }],
  ["coordination.k8s.io/v1|Lease", { load: () => import("./Lease-MS3RJAAW.js"), fields: F2 }],
  ["discovery.k8s.io/v1beta1|EndpointSlice", { load: () => import("./EndpointSlice-AVIWHS5N.js"), fields: F5 }],
  ["discovery.k8s.io/v1|EndpointSlice", { load: () => import("./EndpointSlice-22TUBWGT.js"), fields: F5 }],
  ["eventing.knative.dev/v1beta1|EventType", { load: () => import("./EventType-NORCXTAW.js"), fields: F1 }],
  ["eventing.knative.dev/v1|Broker", { load: () => import("./Broker-H2XKK43Q.js"), fields: F1 }],
  ["eventing.knative.dev/v1|Trigger", { load: () => import("./Trigger-WDC4CPJF.js"), fields: F1 }],
  ["events.k8s.io/v1beta1|Event", { load: () => import("./Event-U5FICMQD.js"), fields: F6 }],
  ["events.k8s.io/v1|Event", { load: () => import("./Event-S52L7GGX.js"), fields: F6 }],
  ["extensions/v1beta1|DaemonSet", { load: () => import("./DaemonSet-Q2RWSJO4.js"), fields: F1 }],
  ["extensions/v1beta1|Deployment", { load: () => import("./Deployment-6Q7EPKNV.js"), fields: F1 }],
  ["extensions/v1beta1|Ingress", { load: () => import("./Ingress-4RYLTFSQ.js"), fields: F1 }],
  ["extensions/v1beta1|NetworkPolicy", { load: () => import("./NetworkPolicy-KVYZJZT3.js"), fields: F2 }],
  ["extensions/v1beta1|PodSecurityPolicy", { load: () => import("./PodSecurityPolicy-BV5FCB6T.js"), fields: F2 }],
  ["extensions/v1beta1|ReplicaSet", { load: () => import("./ReplicaSet-ZWI55RPJ.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|ClusterSecretStore", { load: () => import("./ClusterSecretStore-3CMGVQTS.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|ExternalSecret", { load: () => import("./ExternalSecret-RTW4BB56.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|PushSecret", { load: () => import("./PushSecret-YS7WUZAW.js"), fields: F1 }],
  ["external-secrets.io/v1alpha1|SecretStore", { load: () => import("./SecretStore-XYT4CULY.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|ClusterExternalSecret", { load: () => import("./ClusterExternalSecret-WIS5CIBX.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|ClusterSecretStore", { load: () => import("./ClusterSecretStore-OBUXSS3K.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|ExternalSecret", { load: () => import("./ExternalSecret-FBJLS2G3.js"), fields: F1 }],
  ["external-secrets.io/v1beta1|SecretStore", { load: () => import("./SecretStore-2VMO35PG.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta1|FlowSchema", { load: () => import("./FlowSchema-6GGTXZWS.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta1|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-EY5FERUA.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta2|FlowSchema", { load: () => import("./FlowSchema-DCP45ERR.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta2|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-MNPWS45S.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta3|FlowSchema", { load: () => import("./FlowSchema-MT6KPL3W.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1beta3|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-VH2NJKAR.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1|FlowSchema", { load: () => import("./FlowSchema-6N2K3FWY.js"), fields: F1 }],
  ["flowcontrol.apiserver.k8s.io/v1|PriorityLevelConfiguration", { load: () => import("./PriorityLevelConfiguration-OMR2WHTU.js"), fields: F1 }],
  ["flows.knative.dev/v1|Parallel", { load: () => import("./Parallel-BIFQJMM6.js"), fields: F1 }],
  ["flows.knative.dev/v1|Sequence", { load: () => import("./Sequence-MRNLKBBV.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|BackendTLSPolicy", { load: () => import("./BackendTLSPolicy-FODETMT5.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|GRPCRoute", { load: () => import("./GRPCRoute-75WLAVN2.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|Gateway", { load: () => import("./Gateway-VQBIBZ7R.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|GatewayClass", { load: () => import("./GatewayClass-6KA4WNDW.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|HTTPRoute", { load: () => import("./HTTPRoute-ZRIEJ2NV.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|ReferenceGrant", { load: () => import("./ReferenceGrant-IE263PKM.js"), fields: F2 }],
  ["gateway.networking.k8s.io/v1alpha2|TCPRoute", { load: () => import("./TCPRoute-ZHRFGRIX.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|TLSRoute", { load: () => import("./TLSRoute-KRYKLA6A.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1alpha2|UDPRoute", { load: () => import("./UDPRoute-LD25OPNZ.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|Gateway", { load: () => import("./Gateway-LJJRX72E.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|GatewayClass", { load: () => import("./GatewayClass-ZIM5WJ6V.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|HTTPRoute", { load: () => import("./HTTPRoute-W2GTF3PW.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1beta1|ReferenceGrant", { load: () => import("./ReferenceGrant-4CQ6J7NQ.js"), fields: F2 }],
  ["gateway.networking.k8s.io/v1|Gateway", { load: () => import("./Gateway-WI7D7DPR.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1|GatewayClass", { load: () => import("./GatewayClass-SKXY5Z6B.js"), fields: F1 }],
  ["gateway.networking.k8s.io/v1|HTTPRoute", { load: () => import("./HTTPRoute-AJ7IZED7.js"), fields: F1 }],
  ["generators.external-secrets.io/v1alpha1|ACRAccessToken", { load: () => import("./ACRAccessToken-Y33OGGED.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|ECRAuthorizationToken", { load: () => import("./ECRAuthorizationToken-HCPHZ52U.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|Fake", { load: () => import("./Fake-VWFB3Z46.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|GCRAccessToken", { load: () => import("./GCRAccessToken-KBI6C37G.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|Password", { load: () => import("./Password-RQJONJAC.js"), fields: F2 }],
  ["generators.external-secrets.io/v1alpha1|VaultDynamicSecret", { load: () => import("./VaultDynamicSecret-EUQAUFOU.js"), fields: F2 }],
  ["helm.toolkit.fluxcd.io/v2beta1|HelmRelease", { load: () => import("./HelmRelease-UUN6IPLT.js"), fields: F1 }],
  ["helm.toolkit.fluxcd.io/v2beta2|HelmRelease", { load: () => import("./HelmRelease-4LQU4YUG.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta1|ImagePolicy", { load: () => import("./ImagePolicy-FIOCUYQT.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta1|ImageRepository", { load: () => import("./ImageRepository-MKF6WU47.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta1|ImageUpdateAutomation", { load: () => import("./ImageUpdateAutomation-C6PORQLO.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta2|ImagePolicy", { load: () => import("./ImagePolicy-ME7OU5AW.js"), fields: F1 }],
  ["image.toolkit.fluxcd.io/v1beta2|ImageRepository", { load: () => import("./ImageRepository-SV2Q7GC2.js"), fields: F1 }],
  ["keda.sh/v1alpha1|ClusterTriggerAuthentication", { load: () => import("./ClusterTriggerAuthentication-TDHTE7IA.js"), fields: F2 }],
  ["keda.sh/v1alpha1|ScaledJob", { load: () => import("./ScaledJob-VSDD5GTW.js"), fields: F1 }],
  ["keda.sh/v1alpha1|ScaledObject", { load: () => import("./ScaledObject-OI5FHMFL.js"), fields: F1 }],
  ["keda.sh/v1alpha1|TriggerAuthentication", { load: () => import("./TriggerAuthentication-W4I34TRG.js"), fields: F2 }],
  ["kustomize.toolkit.fluxcd.io/v1beta1|Kustomization", { load: () => import("./Kustomization-5O2Y7SL2.js"), fields: F1 }],
  ["kustomize.toolkit.fluxcd.io/v1beta2|Kustomization", { load: () => import("./Kustomization-IXM5IM6J.js"), fields: F1 }],
  ["kustomize.toolkit.fluxcd.io/v1|Kustomization", { load: () => import("./Kustomization-NLMYD4LE.js"), fields: F1 }],
  ["messaging.knative.dev/v1|Channel", { load: () => import("./Channel-DXKQKOSZ.js"), fields: F1 }],
  ["messaging.knative.dev/v1|Subscription", { load: () => import("./Subscription-QTNO4DOZ.js"), fields: F1 }],
  ["monitoring.coreos.com/v1alpha1|AlertmanagerConfig", { load: () => import("./AlertmanagerConfig-AXRWXOG5.js"), fields: F2 }],
  ["monitoring.coreos.com/v1alpha1|PrometheusAgent", { load: () => import("./PrometheusAgent-GEESPV23.js"), fields: F1 }],
  ["monitoring.coreos.com/v1alpha1|ScrapeConfig", { load: () => import("./ScrapeConfig-CYGR2APH.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|Alertmanager", { load: () => import("./Alertmanager-TQJZMTKL.js"), fields: F1 }],
  ["monitoring.coreos.com/v1|PodMonitor", { load: () => import("./PodMonitor-HO7MJBSZ.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|Probe", { load: () => import("./Probe-5W7QTHEV.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|Prometheus", { load: () => import("./Prometheus-YDIQ6FWH.js"), fields: F1 }],
  ["monitoring.coreos.com/v1|PrometheusRule", { load: () => import("./PrometheusRule-HMW5RCWY.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|ServiceMonitor", { load: () => import("./ServiceMonitor-ODN4IDI3.js"), fields: F2 }],
  ["monitoring.coreos.com/v1|ThanosRuler", { load: () => import("./ThanosRuler-BFAR4UML.js"), fields: F1 }],
  ["networking.internal.knative.dev/v1alpha1|Certificate", { load: () => import("./Certificate-O4H6YQLF.js"), fields: F1 }],
  ["networking.internal.knative.dev/v1alpha1|ClusterDomainClaim", { load: () => import("./ClusterDomainClaim-NZGYONPT.js"), fields: F2 }],
  ["networking.internal.knative.dev/v1alpha1|Ingress", { load: () => import("./Ingress-BSV5DWXL.js"), fields: F1 }],
  ["networking.internal.knative.dev/v1alpha1|ServerlessService", { load: () => import("./ServerlessService-IAT4CR2H.js"), fields: F1 }],
  ["networking.k8s.io/v1beta1|Ingress", { load: () => import("./Ingress-PMOYHFVN.js"), fields: F1 }],
  ["networking.k8s.io/v1beta1|IngressClass", { load: () => import("./IngressClass-QUZTNT45.js"), fields: F2 }],
  ["networking.k8s.io/v1|IPAddress", { load: () => import("./IPAddress-3IZPWSJZ.js"), fields: F2 }],
  ["networking.k8s.io/v1|Ingress", { load: () => import("./Ingress-I43G5B2Z.js"), fields: F1 }],
  ["networking.k8s.io/v1|IngressClass", { load: () => import("./IngressClass-JAMOCTCD.js"), fields: F2 }],
  ["networking.k8s.io/v1|NetworkPolicy", { load: () => import("./NetworkPolicy-TEUSFWJ4.js"), fields: F2 }],
  ["networking.k8s.io/v1|ServiceCIDR", { load: () => import("./ServiceCIDR-6CV6IDTA.js"), fields: F1 }],
  ["node.k8s.io/v1beta1|RuntimeClass", { load: () => import("./RuntimeClass-G3PAKZRX.js"), fields: F7 }],
  ["node.k8s.io/v1|RuntimeClass", { load: () => import("./RuntimeClass-P3RGSGWY.js"), fields: F7 }],
  ["notification.toolkit.fluxcd.io/v1beta1|Alert", { load: () => import("./Alert-FBTZJHX3.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta1|Provider", { load: () => import("./Provider-J6HRUCB3.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta1|Receiver", { load: () => import("./Receiver-LQUUB37I.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta2|Alert", { load: () => import("./Alert-G4GGVSIX.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta2|Provider", { load: () => import("./Provider-WIFF6MZW.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta2|Receiver", { load: () => import("./Receiver-CSGAQMM5.js"), fields: F1 }],
  ["notification.toolkit.fluxcd.io/v1beta3|Alert", { load: () => import("./Alert-VRMYJCUF.js"), fields: F2 }],
  ["notification.toolkit.fluxcd.io/v1beta3|Provider", { load: () => import("./Provider-A3C3AEVS.js"), fields: F2 }],
  ["notification.toolkit.fluxcd.io/v1|Receiver", { load: () => import("./Receiver-7PCDORYL.js"), fields: F1 }],
  ["operator.knative.dev/v1beta1|KnativeEventing", { load: () => import("./KnativeEventing-AZB6FMTK.js"), fields: F1 }],
  ["operator.knative.dev/v1beta1|KnativeServing", { load: () => import("./KnativeServing-A7B7TGTM.js"), fields: F1 }],
  ["policy/v1beta1|PodDisruptionBudget", { load: () => import("./PodDisruptionBudget-HRBZNUJC.js"), fields: F1 }],
  ["policy/v1beta1|PodSecurityPolicy", { load: () => import("./PodSecurityPolicy-TI2HNNSQ.js"), fields: F2 }],
  ["policy/v1|PodDisruptionBudget", { load: () => import("./PodDisruptionBudget-6Z2UTAIO.js"), fields: F1 }],
  ["rbac.authorization.k8s.io/v1beta1|ClusterRole", { load: () => import("./ClusterRole-G7Q3GT35.js"), fields: F8 }],
  ["rbac.authorization.k8s.io/v1beta1|ClusterRoleBinding", { load: () => import("./ClusterRoleBinding-5CWRL7AK.js"), fields: F9 }],
  ["rbac.authorization.k8s.io/v1beta1|Role", { load: () => import("./Role-UYXFAUA7.js"), fields: F10 }],
  ["rbac.authorization.k8s.io/v1beta1|RoleBinding", { load: () => import("./RoleBinding-5AFZWGYH.js"), fields: F9 }],
  ["rbac.authorization.k8s.io/v1|ClusterRole", { load: () => import("./ClusterRole-UY3ZDLMX.js"), fields: F8 }],
  ["rbac.authorization.k8s.io/v1|ClusterRoleBinding", { load: () => import("./ClusterRoleBinding-5KKXKMEJ.js"), fields: F9 }],
  ["rbac.authorization.k8s.io/v1|Role", { load: () => import("./Role-5YQB4FYZ.js"), fields: F10 }],
  ["rbac.authorization.k8s.io/v1|RoleBinding", { load: () => import("./RoleBinding-CE5UNE2C.js"), fields: F9 }],
  ["scheduling.k8s.io/v1beta1|PriorityClass", { load: () => import("./PriorityClass-EYPGWSQE.js"), fields: F11 }],
  ["scheduling.k8s.io/v1|PriorityClass", { load: () => import("./PriorityClass-ZJHLH7RX.js"), fields: F11 }],
  ["serving.knative.dev/v1alpha1|DomainMapping", { load: () => import("./DomainMapping-5RHU4RGJ.js"), fields: F1 }],
  ["serving.knative.dev/v1beta1|DomainMapping", { load: () => import("./DomainMapping-FT3PJYXM.js"), fields: F1 }],
  ["serving.knative.dev/v1|Configuration", { load: () => import("./Configuration-6L4RTDVE.js"), fields: F1 }],
  ["serving.knative.dev/v1|Revision", { load: () => import("./Revision-JA5YI4HO.js"), fields: F1 }],
  ["serving.knative.dev/v1|Route", { load: () => import("./Route-4T2HCAJ4.js"), fields: F1 }],
  ["serving.knative.dev/v1|Service", { load: () => import("./Service-74BLJUSU.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|Bucket", { load: () => import("./Bucket-ODL5IAXZ.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|GitRepository", { load: () => import("./GitRepository-CO2W5DUI.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|HelmChart", { load: () => import("./HelmChart-UJNWL672.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta1|HelmRepository", { load: () => import("./HelmRepository-7MODT2NC.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|Bucket", { load: () => import("./Bucket-MRY3IO3Y.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|GitRepository", { load: () => import("./GitRepository-FHFS762Y.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|HelmChart", { load: () => import("./HelmChart-RNYTL2AS.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|HelmRepository", { load: () => import("./HelmRepository-7FQ4SQPL.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1beta2|OCIRepository", { load: () => import("./OCIRepository-7TDNFESA.js"), fields: F1 }],
  ["source.toolkit.fluxcd.io/v1|GitRepository", { load: () => import("./GitRepository-CGHE6ZKR.js"), fields: F1 }],
  ["sources.knative.dev/v1beta2|PingSource", { load: () => import("./PingSource-QKJ4GYRF.js"), fields: F1 }],
  ["sources.knative.dev/v1|ApiServerSource", { load: () => import("./ApiServerSource-7PIQ6KFW.js"), fields: F1 }],
  ["sources.knative.dev/v1|ContainerSource", { load: () => import("./ContainerSource-YWVN7MK7.js"), fields: F1 }],
  ["sources.knative.dev/v1|PingSource", { load: () => import("./PingSource-FNMTPRAS.js"), fields: F1 }],
  ["sources.knative.dev/v1|SinkBinding", { load: () => import("./SinkBinding-NY6BP7B6.js"), fields: F1 }],
  ["storage.k8s.io/v1beta1|CSIDriver", { load: () => import("./CSIDriver-6AC3EHDF.js"), fields: F2 }],
  ["storage.k8s.io/v1beta1|CSINode", { load: () => import("./CSINode-TF4C3EVJ.js"), fields: F2 }],
  ["storage.k8s.io/v1beta1|CSIStorageCapacity", { load: () => import("./CSIStorageCapacity-NY2TY5EF.js"), fields: F12 }],
  ["storage.k8s.io/v1beta1|StorageClass", { load: () => import("./StorageClass-OWWB5MUL.js"), fields: F13 }],
  ["storage.k8s.io/v1beta1|VolumeAttachment", { load: () => import("./VolumeAttachment-KCHPB2IE.js"), fields: F1 }],
  ["storage.k8s.io/v1|CSIDriver", { load: () => import("./CSIDriver-URLZ63M6.js"), fields: F2 }],
  ["storage.k8s.io/v1|CSINode", { load: () => import("./CSINode-J56J32OV.js"), fields: F2 }],
  ["storage.k8s.io/v1|CSIStorageCapacity", { load: () => import("./CSIStorageCapacity-4JFITBQG.js"), fields: F12 }],
  ["storage.k8s.io/v1|StorageClass", { load: () => import("./StorageClass-KPBXF5CZ.js"), fields: F13 }],
  ["storage.k8s.io/v1|VolumeAttachment", { load: () => import("./VolumeAttachment-7YR32S5U.js"), fields: F1 }],
  ["v1|ComponentStatus", { load: () => import("./ComponentStatus-JAUUJHXL.js"), fields: F14 }],
  ["v1|ConfigMap", { load: () => import("./ConfigMap-CL7FPUH2.js"), fields: F15 }],
  ["v1|Endpoints", { load: () => import("./Endpoints-ATMSE6ZH.js"), fields: F16 }],
  ["v1|Event", { load: () => import("./Event-Z2LBFJZI.js"), fields: F17 }],
  ["v1|LimitRange", { load: () => import("./LimitRange-4Z2CMSFP.js"), fields: F2 }],
  ["v1|Namespace", { load: () => import("./Namespace-ZAYADGIB.js"), fields: F1 }],
  ["v1|Node", { load: () => import("./Node-VOXXDVVI.js"), fields: F1 }],
  ["v1|PersistentVolume", { load: () => import("./PersistentVolume-HOS4B3AV.js"), fields: F1 }],
  ["v1|PersistentVolumeClaim", { load: () => import("./PersistentVolumeClaim-YLXKWIAP.js"), fields: F1 }],
  ["v1|Pod", { load: () => import("./Pod-DPTZEKIG.js"), fields: F1 }],
  ["v1|PodTemplate", { load: () => import("./PodTemplate-OWMDNHV7.js"), fields: F18 }],
  ["v1|ReplicationController", { load: () => import("./ReplicationController-WBHGB7UX.js"), fields: F1 }],
  ["v1|ResourceQuota", { load: () => import("./ResourceQuota-B2ORW62L.js"), fields: F1 }],
  ["v1|Secret", { load: () => import("./Secret-AHIZQFB5.js"), fields: F19 }],
  ["v1|Service", { load: () => import("./Service-HFT3X3LV.js"), fields: F1 }],
  ["v1|ServiceAccount", { load: () => import("./ServiceAccount-IG4A5WJJ.js"), fields: F20 }]
]);

// src/kube/crds.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// src/kube/fields.generated.ts
var FIELD_NODES = JSON.parse('[{"apiVersion":-1,"kind":-1,"metadata":1,"webhooks":4},{"annotations":-1,"creationTimestamp":-1,"deletionGracePeriodSeconds":-1,"deletionTimestamp":-1,"finalizers":-1,"generateName":-1,"generation":-1,"labels":-1,"managedFields":2,"name":-1,"namespace":-1,"ownerReferences":3,"resourceVersion":-1,"selfLink":-1,"uid":-1},{"apiVersion":-1,"fieldsType":-1,"fieldsV1":-1,"manager":-1,"operation":-1,"subresource":-1,"time":-1},{"apiVersion":-1,"blockOwnerDeletion":-1,"controller":-1,"kind":-1,"name":-1,"uid":-1},{"admissionReviewVersions":-1,"clientConfig":5,"failurePolicy":-1,"matchPolicy":-1,"name":-1,"namespaceSelector":7,"objectSelector":7,"reinvocationPolicy":-1,"rules":9,"sideEffects":-1,"timeoutSeconds":-1},{"caBundle":-1,"service":6,"url":-1},{"name":-1,"namespace":-1,"path":-1,"port":-1},{"matchExpressions":8,"matchLabels":-1},{"key":-1,"operator":-1,"values":-1},{"apiGroups":-1,"apiVersions":-1,"operations":-1,"resources":-1,"scope":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"webhooks":11},{"admissionReviewVersions":-1,"clientConfig":5,"failurePolicy":-1,"matchPolicy":-1,"name":-1,"namespaceSelector":7,"objectSelector":7,"rules":9,"sideEffects":-1,"timeoutSeconds":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"webhooks":13},{"admissionReviewVersions":-1,"clientConfig":5,"failurePolicy":-1,"matchConditions":14,"matchPolicy":-1,"name":-1,"namespaceSelector":7,"objectSelector":7,"reinvocationPolicy":-1,"rules":9,"sideEffects":-1,"timeoutSeconds":-1},{"expression":-1,"name":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":16,"status":22},{"auditAnnotations":17,"failurePolicy":-1,"matchConditions":14,"matchConstraints":18,"paramKind":20,"validations":21,"variables":14},{"key":-1,"valueExpression":-1},{"excludeResourceRules":19,"matchPolicy":-1,"namespaceSelector":7,"objectSelector":7,"resourceRules":19},{"apiGroups":-1,"apiVersions":-1,"operations":-1,"resourceNames":-1,"resources":-1,"scope":-1},{"apiVersion":-1,"kind":-1},{"expression":-1,"message":-1,"messageExpression":-1,"reason":-1},{"conditions":23,"observedGeneration":-1,"typeChecking":24},{"lastTransitionTime":-1,"message":-1,"observedGeneration":-1,"reason":-1,"status":-1,"type":-1},{"expressionWarnings":25},{"fieldRef":-1,"warning":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":27},{"matchResources":18,"paramRef":28,"policyName":-1,"validationActions":-1},{"name":-1,"namespace":-1,"parameterNotFoundAction":-1,"selector":7},{"apiVersion":-1,"kind":-1,"metadata":1,"webhooks":30},{"admissionReviewVersions":-1,"clientConfig":5,"failurePolicy":-1,"matchConditions":14,"matchPolicy":-1,"name":-1,"namespaceSelector":7,"objectSelector":7,"rules":9,"sideEffects":-1,"timeoutSeconds":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":32,"status":43},{"additionalPrinterColumns":33,"conversion":34,"group":-1,"names":35,"preserveUnknownFields":-1,"scope":-1,"subresources":36,"validation":38,"version":-1,"versions":42},{"JSONPath":-1,"description":-1,"format":-1,"name":-1,"priority":-1,"type":-1},{"conversionReviewVersions":-1,"strategy":-1,"webhookClientConfig":5},{"categories":-1,"kind":-1,"listKind":-1,"plural":-1,"shortNames":-1,"singular":-1},{"scale":37,"status":-1},{"labelSelectorPath":-1,"specReplicasPath":-1,"statusReplicasPath":-1},{"openAPIV3Schema":39},{"$ref":-1,"$schema":-1,"additionalItems":-1,"additionalProperties":-1,"allOf":39,"anyOf":39,"default":-1,"definitions":40,"dependencies":-1,"description":-1,"enum":-1,"example":-1,"exclusiveMaximum":-1,"exclusiveMinimum":-1,"externalDocs":41,"format":-1,"id":-1,"items":-1,"maxItems":-1,"maxLength":-1,"maxProperties":-1,"maximum":-1,"minItems":-1,"minLength":-1,"minProperties":-1,"minimum":-1,"multipleOf":-1,"not":39,"nullable":-1,"oneOf":39,"pattern":-1,"patternProperties":40,"properties":40,"required":-1,"title":-1,"type":-1,"uniqueItems":-1,"x-kubernetes-embedded-resource":-1,"x-kubernetes-int-or-string":-1,"x-kubernetes-list-map-keys":-1,"x-kubernetes-list-type":-1,"x-kubernetes-map-type":-1,"x-kubernetes-preserve-unknown-fields":-1},{"":39},{"description":-1,"url":-1},{"additionalPrinterColumns":33,"deprecated":-1,"deprecationWarning":-1,"name":-1,"schema":38,"served":-1,"storage":-1,"subresources":36},{"acceptedNames":35,"conditions":44,"storedVersions":-1},{"lastTransitionTime":-1,"message":-1,"reason":-1,"status":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":46,"status":43},{"conversion":47,"group":-1,"names":35,"preserveUnknownFields":-1,"scope":-1,"versions":49},{"strategy":-1,"webhook":48},{"clientConfig":5,"conversionReviewVersions":-1},{"additionalPrinterColumns":50,"deprecated":-1,"deprecationWarning":-1,"name":-1,"schema":51,"selectableFields":55,"served":-1,"storage":-1,"subresources":36},{"description":-1,"format":-1,"jsonPath":-1,"name":-1,"priority":-1,"type":-1},{"openAPIV3Schema":52},{"$ref":-1,"$schema":-1,"additionalItems":-1,"additionalProperties":-1,"allOf":52,"anyOf":52,"default":-1,"definitions":53,"dependencies":-1,"description":-1,"enum":-1,"example":-1,"exclusiveMaximum":-1,"exclusiveMinimum":-1,"externalDocs":41,"format":-1,"id":-1,"items":-1,"maxItems":-1,"maxLength":-1,"maxProperties":-1,"maximum":-1,"minItems":-1,"minLength":-1,"minProperties":-1,"minimum":-1,"multipleOf":-1,"not":52,"nullable":-1,"oneOf":52,"pattern":-1,"patternProperties":53,"properties":53,"required":-1,"title":-1,"type":-1,"uniqueItems":-1,"x-kubernetes-embedded-resource":-1,"x-kubernetes-int-or-string":-1,"x-kubernetes-list-map-keys":-1,"x-kubernetes-list-type":-1,"x-kubernetes-map-type":-1,"x-kubernetes-preserve-unknown-fields":-1,"x-kubernetes-validations":54},{"":52},{"fieldPath":-1,"message":-1,"messageExpression":-1,"optionalOldSelf":-1,"reason":-1,"rule":-1},{"jsonPath":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":57,"status":59},{"caBundle":-1,"group":-1,"groupPriorityMinimum":-1,"insecureSkipTLSVerify":-1,"service":58,"version":-1,"versionPriority":-1},{"name":-1,"namespace":-1,"port":-1},{"conditions":44},{"apiVersion":-1,"data":-1,"kind":-1,"metadata":1,"revision":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":62,"status":156},{"minReadySeconds":-1,"paused":-1,"progressDeadlineSeconds":-1,"replicas":-1,"revisionHistoryLimit":-1,"rollbackTo":63,"selector":7,"strategy":64,"template":66},{"revision":-1},{"rollingUpdate":65,"type":-1},{"maxSurge":-1,"maxUnavailable":-1},{"metadata":1,"spec":67},{"activeDeadlineSeconds":-1,"affinity":68,"automountServiceAccountToken":-1,"containers":76,"dnsConfig":104,"dnsPolicy":-1,"enableServiceLinks":-1,"ephemeralContainers":105,"hostAliases":106,"hostIPC":-1,"hostNetwork":-1,"hostPID":-1,"hostUsers":-1,"hostname":-1,"imagePullSecrets":107,"initContainers":76,"nodeName":-1,"nodeSelector":-1,"os":107,"overhead":-1,"preemptionPolicy":-1,"priority":-1,"priorityClassName":-1,"readinessGates":108,"resourceClaims":109,"resources":95,"restartPolicy":-1,"runtimeClassName":-1,"schedulerName":-1,"schedulingGates":107,"securityContext":110,"serviceAccount":-1,"serviceAccountName":-1,"setHostnameAsFQDN":-1,"shareProcessNamespace":-1,"subdomain":-1,"terminationGracePeriodSeconds":-1,"tolerations":111,"topologySpreadConstraints":112,"volumes":113},{"nodeAffinity":69,"podAffinity":73,"podAntiAffinity":73},{"preferredDuringSchedulingIgnoredDuringExecution":70,"requiredDuringSchedulingIgnoredDuringExecution":72},{"preference":71,"weight":-1},{"matchExpressions":8,"matchFields":8},{"nodeSelectorTerms":71},{"preferredDuringSchedulingIgnoredDuringExecution":74,"requiredDuringSchedulingIgnoredDuringExecution":75},{"podAffinityTerm":75,"weight":-1},{"labelSelector":7,"matchLabelKeys":-1,"mismatchLabelKeys":-1,"namespaceSelector":7,"namespaces":-1,"topologyKey":-1},{"args":-1,"command":-1,"env":77,"envFrom":82,"image":-1,"imagePullPolicy":-1,"lifecycle":84,"livenessProbe":91,"name":-1,"ports":93,"readinessProbe":91,"resizePolicy":94,"resources":95,"restartPolicy":-1,"securityContext":97,"startupProbe":91,"stdin":-1,"stdinOnce":-1,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"tty":-1,"volumeDevices":102,"volumeMounts":103,"workingDir":-1},{"name":-1,"value":-1,"valueFrom":78},{"configMapKeyRef":79,"fieldRef":80,"resourceFieldRef":81,"secretKeyRef":79},{"key":-1,"name":-1,"optional":-1},{"apiVersion":-1,"fieldPath":-1},{"containerName":-1,"divisor":-1,"resource":-1},{"configMapRef":83,"prefix":-1,"secretRef":83},{"name":-1,"optional":-1},{"postStart":85,"preStop":85,"stopSignal":-1},{"exec":86,"httpGet":87,"sleep":89,"tcpSocket":90},{"command":-1},{"host":-1,"httpHeaders":88,"path":-1,"port":-1,"scheme":-1},{"name":-1,"value":-1},{"seconds":-1},{"host":-1,"port":-1},{"exec":86,"failureThreshold":-1,"grpc":92,"httpGet":87,"initialDelaySeconds":-1,"periodSeconds":-1,"successThreshold":-1,"tcpSocket":90,"terminationGracePeriodSeconds":-1,"timeoutSeconds":-1},{"port":-1,"service":-1},{"containerPort":-1,"hostIP":-1,"hostPort":-1,"name":-1,"protocol":-1},{"resourceName":-1,"restartPolicy":-1},{"claims":96,"limits":-1,"requests":-1},{"name":-1,"request":-1},{"allowPrivilegeEscalation":-1,"appArmorProfile":98,"capabilities":99,"privileged":-1,"procMount":-1,"readOnlyRootFilesystem":-1,"runAsGroup":-1,"runAsNonRoot":-1,"runAsUser":-1,"seLinuxOptions":100,"seccompProfile":98,"windowsOptions":101},{"localhostProfile":-1,"type":-1},{"add":-1,"drop":-1},{"level":-1,"role":-1,"type":-1,"user":-1},{"gmsaCredentialSpec":-1,"gmsaCredentialSpecName":-1,"hostProcess":-1,"runAsUserName":-1},{"devicePath":-1,"name":-1},{"mountPath":-1,"mountPropagation":-1,"name":-1,"readOnly":-1,"recursiveReadOnly":-1,"subPath":-1,"subPathExpr":-1},{"nameservers":-1,"options":88,"searches":-1},{"args":-1,"command":-1,"env":77,"envFrom":82,"image":-1,"imagePullPolicy":-1,"lifecycle":84,"livenessProbe":91,"name":-1,"ports":93,"readinessProbe":91,"resizePolicy":94,"resources":95,"restartPolicy":-1,"securityContext":97,"startupProbe":91,"stdin":-1,"stdinOnce":-1,"targetContainerName":-1,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"tty":-1,"volumeDevices":102,"volumeMounts":103,"workingDir":-1},{"hostnames":-1,"ip":-1},{"name":-1},{"conditionType":-1},{"name":-1,"resourceClaimName":-1,"resourceClaimTemplateName":-1},{"appArmorProfile":98,"fsGroup":-1,"fsGroupChangePolicy":-1,"runAsGroup":-1,"runAsNonRoot":-1,"runAsUser":-1,"seLinuxChangePolicy":-1,"seLinuxOptions":100,"seccompProfile":98,"supplementalGroups":-1,"supplementalGroupsPolicy":-1,"sysctls":88,"windowsOptions":101},{"effect":-1,"key":-1,"operator":-1,"tolerationSeconds":-1,"value":-1},{"labelSelector":7,"matchLabelKeys":-1,"maxSkew":-1,"minDomains":-1,"nodeAffinityPolicy":-1,"nodeTaintsPolicy":-1,"topologyKey":-1,"whenUnsatisfiable":-1},{"awsElasticBlockStore":114,"azureDisk":115,"azureFile":116,"cephfs":117,"cinder":118,"configMap":119,"csi":121,"downwardAPI":122,"emptyDir":124,"ephemeral":125,"fc":131,"flexVolume":132,"flocker":133,"gcePersistentDisk":134,"gitRepo":135,"glusterfs":136,"hostPath":137,"image":138,"iscsi":139,"name":-1,"nfs":140,"persistentVolumeClaim":141,"photonPersistentDisk":142,"portworxVolume":143,"projected":144,"quobyte":150,"rbd":151,"scaleIO":152,"secret":153,"storageos":154,"vsphereVolume":155},{"fsType":-1,"partition":-1,"readOnly":-1,"volumeID":-1},{"cachingMode":-1,"diskName":-1,"diskURI":-1,"fsType":-1,"kind":-1,"readOnly":-1},{"readOnly":-1,"secretName":-1,"shareName":-1},{"monitors":-1,"path":-1,"readOnly":-1,"secretFile":-1,"secretRef":107,"user":-1},{"fsType":-1,"readOnly":-1,"secretRef":107,"volumeID":-1},{"defaultMode":-1,"items":120,"name":-1,"optional":-1},{"key":-1,"mode":-1,"path":-1},{"driver":-1,"fsType":-1,"nodePublishSecretRef":107,"readOnly":-1,"volumeAttributes":-1},{"defaultMode":-1,"items":123},{"fieldRef":80,"mode":-1,"path":-1,"resourceFieldRef":81},{"medium":-1,"sizeLimit":-1},{"volumeClaimTemplate":126},{"metadata":1,"spec":127},{"accessModes":-1,"dataSource":128,"dataSourceRef":129,"resources":130,"selector":7,"storageClassName":-1,"volumeAttributesClassName":-1,"volumeMode":-1,"volumeName":-1},{"apiGroup":-1,"kind":-1,"name":-1},{"apiGroup":-1,"kind":-1,"name":-1,"namespace":-1},{"limits":-1,"requests":-1},{"fsType":-1,"lun":-1,"readOnly":-1,"targetWWNs":-1,"wwids":-1},{"driver":-1,"fsType":-1,"options":-1,"readOnly":-1,"secretRef":107},{"datasetName":-1,"datasetUUID":-1},{"fsType":-1,"partition":-1,"pdName":-1,"readOnly":-1},{"directory":-1,"repository":-1,"revision":-1},{"endpoints":-1,"path":-1,"readOnly":-1},{"path":-1,"type":-1},{"pullPolicy":-1,"reference":-1},{"chapAuthDiscovery":-1,"chapAuthSession":-1,"fsType":-1,"initiatorName":-1,"iqn":-1,"iscsiInterface":-1,"lun":-1,"portals":-1,"readOnly":-1,"secretRef":107,"targetPortal":-1},{"path":-1,"readOnly":-1,"server":-1},{"claimName":-1,"readOnly":-1},{"fsType":-1,"pdID":-1},{"fsType":-1,"readOnly":-1,"volumeID":-1},{"defaultMode":-1,"sources":145},{"clusterTrustBundle":146,"configMap":147,"downwardAPI":148,"secret":147,"serviceAccountToken":149},{"labelSelector":7,"name":-1,"optional":-1,"path":-1,"signerName":-1},{"items":120,"name":-1,"optional":-1},{"items":123},{"audience":-1,"expirationSeconds":-1,"path":-1},{"group":-1,"readOnly":-1,"registry":-1,"tenant":-1,"user":-1,"volume":-1},{"fsType":-1,"image":-1,"keyring":-1,"monitors":-1,"pool":-1,"readOnly":-1,"secretRef":107,"user":-1},{"fsType":-1,"gateway":-1,"protectionDomain":-1,"readOnly":-1,"secretRef":107,"sslEnabled":-1,"storageMode":-1,"storagePool":-1,"system":-1,"volumeName":-1},{"defaultMode":-1,"items":120,"optional":-1,"secretName":-1},{"fsType":-1,"readOnly":-1,"secretRef":107,"volumeName":-1,"volumeNamespace":-1},{"fsType":-1,"storagePolicyID":-1,"storagePolicyName":-1,"volumePath":-1},{"availableReplicas":-1,"collisionCount":-1,"conditions":157,"observedGeneration":-1,"readyReplicas":-1,"replicas":-1,"unavailableReplicas":-1,"updatedReplicas":-1},{"lastTransitionTime":-1,"lastUpdateTime":-1,"message":-1,"reason":-1,"status":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":159,"status":166},{"podManagementPolicy":-1,"replicas":-1,"revisionHistoryLimit":-1,"selector":7,"serviceName":-1,"template":66,"updateStrategy":160,"volumeClaimTemplates":162},{"rollingUpdate":161,"type":-1},{"partition":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":127,"status":163},{"accessModes":-1,"allocatedResourceStatuses":-1,"allocatedResources":-1,"capacity":-1,"conditions":164,"currentVolumeAttributesClassName":-1,"modifyVolumeStatus":165,"phase":-1},{"lastProbeTime":-1,"lastTransitionTime":-1,"message":-1,"reason":-1,"status":-1,"type":-1},{"status":-1,"targetVolumeAttributesClassName":-1},{"collisionCount":-1,"conditions":44,"currentReplicas":-1,"currentRevision":-1,"observedGeneration":-1,"readyReplicas":-1,"replicas":-1,"updateRevision":-1,"updatedReplicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":168,"status":171},{"minReadySeconds":-1,"revisionHistoryLimit":-1,"selector":7,"template":66,"updateStrategy":169},{"rollingUpdate":170,"type":-1},{"maxUnavailable":-1},{"collisionCount":-1,"conditions":44,"currentNumberScheduled":-1,"desiredNumberScheduled":-1,"numberAvailable":-1,"numberMisscheduled":-1,"numberReady":-1,"numberUnavailable":-1,"observedGeneration":-1,"updatedNumberScheduled":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":173,"status":156},{"minReadySeconds":-1,"paused":-1,"progressDeadlineSeconds":-1,"replicas":-1,"revisionHistoryLimit":-1,"selector":7,"strategy":64,"template":66},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":175,"status":176},{"minReadySeconds":-1,"replicas":-1,"selector":7,"template":66},{"availableReplicas":-1,"conditions":44,"fullyLabeledReplicas":-1,"observedGeneration":-1,"readyReplicas":-1,"replicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":178,"status":171},{"minReadySeconds":-1,"revisionHistoryLimit":-1,"selector":7,"template":66,"updateStrategy":64},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":173,"status":180},{"availableReplicas":-1,"collisionCount":-1,"conditions":157,"observedGeneration":-1,"readyReplicas":-1,"replicas":-1,"terminatingReplicas":-1,"unavailableReplicas":-1,"updatedReplicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":175,"status":182},{"availableReplicas":-1,"conditions":44,"fullyLabeledReplicas":-1,"observedGeneration":-1,"readyReplicas":-1,"replicas":-1,"terminatingReplicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":184,"status":189},{"minReadySeconds":-1,"ordinals":185,"persistentVolumeClaimRetentionPolicy":186,"podManagementPolicy":-1,"replicas":-1,"revisionHistoryLimit":-1,"selector":7,"serviceName":-1,"template":66,"updateStrategy":187,"volumeClaimTemplates":162},{"start":-1},{"whenDeleted":-1,"whenScaled":-1},{"rollingUpdate":188,"type":-1},{"maxUnavailable":-1,"partition":-1},{"availableReplicas":-1,"collisionCount":-1,"conditions":44,"currentReplicas":-1,"currentRevision":-1,"observedGeneration":-1,"readyReplicas":-1,"replicas":-1,"updateRevision":-1,"updatedReplicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":191,"status":234},{"args":192,"dryRun":196,"measurementRetention":197,"metrics":198,"terminate":-1},{"name":-1,"value":-1,"valueFrom":193},{"fieldRef":194,"secretKeyRef":195},{"fieldPath":-1},{"key":-1,"name":-1},{"metricName":-1},{"limit":-1,"metricName":-1},{"consecutiveErrorLimit":-1,"count":-1,"failureCondition":-1,"failureLimit":-1,"inconclusiveLimit":-1,"initialDelay":-1,"interval":-1,"name":-1,"provider":199,"successCondition":-1},{"cloudWatch":200,"datadog":204,"graphite":205,"influxdb":206,"job":207,"kayenta":227,"newRelic":206,"plugin":-1,"prometheus":205,"skywalking":231,"wavefront":205,"web":232},{"interval":-1,"metricDataQueries":201},{"expression":-1,"id":-1,"label":-1,"metricStat":202,"period":-1,"returnData":-1},{"metric":203,"period":-1,"stat":-1,"unit":-1},{"dimensions":88,"metricName":-1,"namespace":-1},{"apiVersion":-1,"interval":-1,"query":-1},{"address":-1,"query":-1},{"profile":-1,"query":-1},{"metadata":208,"spec":209},{"annotations":-1,"labels":-1},{"activeDeadlineSeconds":-1,"backoffLimit":-1,"completionMode":-1,"completions":-1,"manualSelector":-1,"parallelism":-1,"podFailurePolicy":210,"selector":7,"suspend":-1,"template":214,"ttlSecondsAfterFinished":-1},{"rules":211},{"action":-1,"onExitCodes":212,"onPodConditions":213},{"containerName":-1,"operator":-1,"values":-1},{"status":-1,"type":-1},{"metadata":208,"spec":215},{"activeDeadlineSeconds":-1,"affinity":216,"automountServiceAccountToken":-1,"containers":220,"dnsConfig":104,"dnsPolicy":-1,"enableServiceLinks":-1,"ephemeralContainers":225,"hostAliases":106,"hostIPC":-1,"hostNetwork":-1,"hostPID":-1,"hostUsers":-1,"hostname":-1,"imagePullSecrets":107,"initContainers":220,"nodeName":-1,"nodeSelector":-1,"os":107,"overhead":-1,"preemptionPolicy":-1,"priority":-1,"priorityClassName":-1,"readinessGates":108,"restartPolicy":-1,"runtimeClassName":-1,"schedulerName":-1,"securityContext":226,"serviceAccount":-1,"serviceAccountName":-1,"setHostnameAsFQDN":-1,"shareProcessNamespace":-1,"subdomain":-1,"terminationGracePeriodSeconds":-1,"tolerations":111,"topologySpreadConstraints":112,"volumes":-1},{"nodeAffinity":69,"podAffinity":217,"podAntiAffinity":217},{"preferredDuringSchedulingIgnoredDuringExecution":218,"requiredDuringSchedulingIgnoredDuringExecution":219},{"podAffinityTerm":219,"weight":-1},{"labelSelector":7,"namespaceSelector":7,"namespaces":-1,"topologyKey":-1},{"args":-1,"command":-1,"env":77,"envFrom":82,"image":-1,"imagePullPolicy":-1,"lifecycle":221,"livenessProbe":91,"name":-1,"ports":93,"readinessProbe":91,"resources":130,"securityContext":223,"startupProbe":91,"stdin":-1,"stdinOnce":-1,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"tty":-1,"volumeDevices":102,"volumeMounts":224,"workingDir":-1},{"postStart":222,"preStop":222},{"exec":86,"httpGet":87,"tcpSocket":90},{"allowPrivilegeEscalation":-1,"capabilities":99,"privileged":-1,"procMount":-1,"readOnlyRootFilesystem":-1,"runAsGroup":-1,"runAsNonRoot":-1,"runAsUser":-1,"seLinuxOptions":100,"seccompProfile":98,"windowsOptions":101},{"mountPath":-1,"mountPropagation":-1,"name":-1,"readOnly":-1,"subPath":-1,"subPathExpr":-1},{"args":-1,"command":-1,"env":77,"envFrom":82,"image":-1,"imagePullPolicy":-1,"lifecycle":221,"livenessProbe":91,"name":-1,"ports":93,"readinessProbe":91,"resources":130,"securityContext":223,"startupProbe":91,"stdin":-1,"stdinOnce":-1,"targetContainerName":-1,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"tty":-1,"volumeDevices":102,"volumeMounts":224,"workingDir":-1},{"fsGroup":-1,"fsGroupChangePolicy":-1,"runAsGroup":-1,"runAsNonRoot":-1,"runAsUser":-1,"seLinuxOptions":100,"seccompProfile":98,"supplementalGroups":-1,"sysctls":88,"windowsOptions":101},{"address":-1,"application":-1,"canaryConfigName":-1,"configurationAccountName":-1,"metricsAccountName":-1,"scopes":228,"storageAccountName":-1,"threshold":230},{"controlScope":229,"experimentScope":229,"name":-1},{"end":-1,"region":-1,"scope":-1,"start":-1,"step":-1},{"marginal":-1,"pass":-1},{"address":-1,"interval":-1,"query":-1},{"body":-1,"headers":233,"insecure":-1,"jsonBody":-1,"jsonPath":-1,"method":-1,"timeoutSeconds":-1,"url":-1},{"key":-1,"value":-1},{"dryRunSummary":235,"message":-1,"metricResults":236,"phase":-1,"runSummary":235,"startedAt":-1},{"count":-1,"error":-1,"failed":-1,"inconclusive":-1,"successful":-1},{"consecutiveError":-1,"count":-1,"dryRun":-1,"error":-1,"failed":-1,"inconclusive":-1,"measurements":237,"message":-1,"metadata":-1,"name":-1,"phase":-1,"successful":-1},{"finishedAt":-1,"message":-1,"metadata":-1,"phase":-1,"resumeAt":-1,"startedAt":-1,"value":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":239},{"args":192,"dryRun":196,"measurementRetention":197,"metrics":198},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":241,"status":251},{"clusterResourceBlacklist":242,"clusterResourceWhitelist":242,"description":-1,"destinationServiceAccounts":243,"destinations":244,"namespaceResourceBlacklist":242,"namespaceResourceWhitelist":242,"orphanedResources":245,"permitOnlyProjectScopedClusters":-1,"roles":247,"signatureKeys":249,"sourceNamespaces":-1,"sourceRepos":-1,"syncWindows":250},{"group":-1,"kind":-1},{"defaultServiceAccount":-1,"namespace":-1,"server":-1},{"name":-1,"namespace":-1,"server":-1},{"ignore":246,"warn":-1},{"group":-1,"kind":-1,"name":-1},{"description":-1,"groups":-1,"jwtTokens":248,"name":-1,"policies":-1},{"exp":-1,"iat":-1,"id":-1},{"keyID":-1},{"applications":-1,"clusters":-1,"duration":-1,"kind":-1,"manualSync":-1,"namespaces":-1,"schedule":-1,"timeZone":-1},{"jwtTokensByRole":252},{"":253},{"items":248},{"apiVersion":-1,"kind":-1,"metadata":1,"operation":255,"spec":276,"status":284},{"info":88,"initiatedBy":256,"retry":257,"sync":259},{"automated":-1,"username":-1},{"backoff":258,"limit":-1},{"duration":-1,"factor":-1,"maxDuration":-1},{"autoHealAttemptsCount":-1,"dryRun":-1,"manifests":-1,"prune":-1,"resources":260,"revision":-1,"revisions":-1,"source":261,"sources":261,"syncOptions":-1,"syncStrategy":274},{"group":-1,"kind":-1,"name":-1,"namespace":-1},{"chart":-1,"directory":262,"helm":265,"kustomize":268,"name":-1,"path":-1,"plugin":272,"ref":-1,"repoURL":-1,"targetRevision":-1},{"exclude":-1,"include":-1,"jsonnet":263,"recurse":-1},{"extVars":264,"libs":-1,"tlas":264},{"code":-1,"name":-1,"value":-1},{"apiVersions":-1,"fileParameters":266,"ignoreMissingValueFiles":-1,"kubeVersion":-1,"namespace":-1,"parameters":267,"passCredentials":-1,"releaseName":-1,"skipCrds":-1,"skipSchemaValidation":-1,"skipTests":-1,"valueFiles":-1,"values":-1,"valuesObject":-1,"version":-1},{"name":-1,"path":-1},{"forceString":-1,"name":-1,"value":-1},{"apiVersions":-1,"commonAnnotations":-1,"commonAnnotationsEnvsubst":-1,"commonLabels":-1,"components":-1,"forceCommonAnnotations":-1,"forceCommonLabels":-1,"images":-1,"kubeVersion":-1,"labelWithoutSelector":-1,"namePrefix":-1,"nameSuffix":-1,"namespace":-1,"patches":269,"replicas":271,"version":-1},{"options":-1,"patch":-1,"path":-1,"target":270},{"annotationSelector":-1,"group":-1,"kind":-1,"labelSelector":-1,"name":-1,"namespace":-1,"version":-1},{"count":-1,"name":-1},{"env":88,"name":-1,"parameters":273},{"array":-1,"map":-1,"name":-1,"string":-1},{"apply":275,"hook":275},{"force":-1},{"destination":244,"ignoreDifferences":277,"info":88,"project":-1,"revisionHistoryLimit":-1,"source":261,"sourceHydrator":278,"sources":261,"syncPolicy":282},{"group":-1,"jqPathExpressions":-1,"jsonPointers":-1,"kind":-1,"managedFieldsManagers":-1,"name":-1,"namespace":-1},{"drySource":279,"hydrateTo":280,"syncSource":281},{"path":-1,"repoURL":-1,"targetRevision":-1},{"targetBranch":-1},{"path":-1,"targetBranch":-1},{"automated":283,"managedNamespaceMetadata":208,"retry":257,"syncOptions":-1},{"allowEmpty":-1,"prune":-1,"selfHeal":-1},{"conditions":285,"controllerNamespace":-1,"health":286,"history":287,"observedAt":-1,"operationState":288,"reconciledAt":-1,"resourceHealthSource":-1,"resources":291,"sourceHydrator":292,"sourceType":-1,"sourceTypes":-1,"summary":295,"sync":296},{"lastTransitionTime":-1,"message":-1,"type":-1},{"lastTransitionTime":-1,"message":-1,"status":-1},{"deployStartedAt":-1,"deployedAt":-1,"id":-1,"initiatedBy":256,"revision":-1,"revisions":-1,"source":261,"sources":261},{"finishedAt":-1,"message":-1,"operation":255,"phase":-1,"retryCount":-1,"startedAt":-1,"syncResult":289},{"managedNamespaceMetadata":208,"resources":290,"revision":-1,"revisions":-1,"source":261,"sources":261},{"group":-1,"hookPhase":-1,"hookType":-1,"kind":-1,"message":-1,"name":-1,"namespace":-1,"status":-1,"syncPhase":-1,"version":-1},{"group":-1,"health":286,"hook":-1,"kind":-1,"name":-1,"namespace":-1,"requiresDeletionConfirmation":-1,"requiresPruning":-1,"status":-1,"syncWave":-1,"version":-1},{"currentOperation":293,"lastSuccessfulOperation":294},{"drySHA":-1,"finishedAt":-1,"hydratedSHA":-1,"message":-1,"phase":-1,"sourceHydrator":278,"startedAt":-1},{"drySHA":-1,"hydratedSHA":-1,"sourceHydrator":278},{"externalURLs":-1,"images":-1},{"comparedTo":297,"revision":-1,"revisions":-1,"status":-1},{"destination":244,"ignoreDifferences":277,"source":261,"sources":261},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":299,"status":340},{"applyNestedSelectors":-1,"generators":300,"goTemplate":-1,"goTemplateOptions":-1,"ignoreApplicationDifferences":335,"preservedFields":208,"strategy":336,"syncPolicy":339,"template":302,"templatePatch":-1},{"clusterDecisionResource":301,"clusters":304,"git":305,"list":308,"matrix":309,"merge":334,"plugin":311,"pullRequest":313,"scmProvider":325,"selector":7},{"configMapRef":-1,"labelSelector":7,"name":-1,"requeueAfterSeconds":-1,"template":302,"values":-1},{"metadata":303,"spec":276},{"annotations":-1,"finalizers":-1,"labels":-1,"name":-1,"namespace":-1},{"flatList":-1,"selector":7,"template":302,"values":-1},{"directories":306,"files":307,"pathParamPrefix":-1,"repoURL":-1,"requeueAfterSeconds":-1,"revision":-1,"template":302,"values":-1},{"exclude":-1,"path":-1},{"path":-1},{"elements":-1,"elementsYaml":-1,"template":302},{"generators":310,"template":302},{"clusterDecisionResource":301,"clusters":304,"git":305,"list":308,"matrix":-1,"merge":-1,"plugin":311,"pullRequest":313,"scmProvider":325,"selector":7},{"configMapRef":107,"input":312,"requeueAfterSeconds":-1,"template":302,"values":-1},{"parameters":-1},{"azuredevops":314,"bitbucket":316,"bitbucketServer":319,"filters":321,"gitea":322,"github":323,"gitlab":324,"requeueAfterSeconds":-1,"template":302},{"api":-1,"labels":-1,"organization":-1,"project":-1,"repo":-1,"tokenRef":315},{"key":-1,"secretName":-1},{"api":-1,"basicAuth":317,"bearerToken":318,"owner":-1,"repo":-1},{"passwordRef":315,"username":-1},{"tokenRef":315},{"api":-1,"basicAuth":317,"bearerToken":318,"caRef":320,"insecure":-1,"project":-1,"repo":-1},{"configMapName":-1,"key":-1},{"branchMatch":-1,"targetBranchMatch":-1},{"api":-1,"insecure":-1,"owner":-1,"repo":-1,"tokenRef":315},{"api":-1,"appSecretName":-1,"labels":-1,"owner":-1,"repo":-1,"tokenRef":315},{"api":-1,"caRef":320,"insecure":-1,"labels":-1,"project":-1,"pullRequestState":-1,"tokenRef":315},{"awsCodeCommit":326,"azureDevOps":327,"bitbucket":328,"bitbucketServer":329,"cloneProtocol":-1,"filters":330,"gitea":331,"github":332,"gitlab":333,"requeueAfterSeconds":-1,"template":302,"values":-1},{"allBranches":-1,"region":-1,"role":-1,"tagFilters":233},{"accessTokenRef":315,"allBranches":-1,"api":-1,"organization":-1,"teamProject":-1},{"allBranches":-1,"appPasswordRef":315,"owner":-1,"user":-1},{"allBranches":-1,"api":-1,"basicAuth":317,"bearerToken":318,"caRef":320,"insecure":-1,"project":-1},{"branchMatch":-1,"labelMatch":-1,"pathsDoNotExist":-1,"pathsExist":-1,"repositoryMatch":-1},{"allBranches":-1,"api":-1,"insecure":-1,"owner":-1,"tokenRef":315},{"allBranches":-1,"api":-1,"appSecretName":-1,"organization":-1,"tokenRef":315},{"allBranches":-1,"api":-1,"caRef":320,"group":-1,"includeSharedProjects":-1,"includeSubgroups":-1,"insecure":-1,"tokenRef":315,"topic":-1},{"generators":310,"mergeKeys":-1,"template":302},{"jqPathExpressions":-1,"jsonPointers":-1,"name":-1},{"rollingSync":337,"type":-1},{"steps":338},{"matchExpressions":8,"maxUpdate":-1},{"applicationsSync":-1,"preserveResourcesOnDeletion":-1},{"applicationStatus":341,"conditions":44,"resources":291},{"application":-1,"lastTransitionTime":-1,"message":-1,"status":-1,"step":-1,"targetRevisions":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":343,"status":346},{"analyses":344,"dryRun":196,"duration":-1,"measurementRetention":197,"progressDeadlineSeconds":-1,"scaleDownDelaySeconds":-1,"templates":345,"terminate":-1},{"args":192,"clusterScope":-1,"name":-1,"requiredForCompletion":-1,"templateName":-1},{"minReadySeconds":-1,"name":-1,"replicas":-1,"selector":7,"service":107,"template":214},{"analysisRuns":347,"availableAt":-1,"conditions":157,"message":-1,"phase":-1,"templateStatuses":348},{"analysisRun":-1,"message":-1,"name":-1,"phase":-1},{"availableReplicas":-1,"collisionCount":-1,"lastTransitionTime":-1,"message":-1,"name":-1,"podTemplateHash":-1,"readyReplicas":-1,"replicas":-1,"serviceName":-1,"status":-1,"updatedReplicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":350,"status":394},{"analysis":351,"minReadySeconds":-1,"paused":-1,"progressDeadlineAbort":-1,"progressDeadlineSeconds":-1,"replicas":-1,"restartAt":-1,"revisionHistoryLimit":-1,"rollbackWindow":352,"selector":7,"strategy":353,"template":214,"workloadRef":393},{"successfulRunHistoryLimit":-1,"unsuccessfulRunHistoryLimit":-1},{"revisions":-1},{"blueGreen":354,"canary":361},{"abortScaleDownDelaySeconds":-1,"activeMetadata":208,"activeService":-1,"antiAffinity":355,"autoPromotionEnabled":-1,"autoPromotionSeconds":-1,"maxUnavailable":-1,"postPromotionAnalysis":357,"prePromotionAnalysis":357,"previewMetadata":208,"previewReplicaCount":-1,"previewService":-1,"scaleDownDelayRevisionLimit":-1,"scaleDownDelaySeconds":-1},{"preferredDuringSchedulingIgnoredDuringExecution":356,"requiredDuringSchedulingIgnoredDuringExecution":-1},{"weight":-1},{"args":358,"dryRun":196,"measurementRetention":197,"templates":360},{"name":-1,"value":-1,"valueFrom":359},{"fieldRef":194,"podTemplateHashValue":-1},{"clusterScope":-1,"templateName":-1},{"abortScaleDownDelaySeconds":-1,"analysis":362,"antiAffinity":355,"canaryMetadata":208,"canaryService":-1,"dynamicStableScale":-1,"maxSurge":-1,"maxUnavailable":-1,"minPodsPerReplicaSet":-1,"pingPong":363,"scaleDownDelayRevisionLimit":-1,"scaleDownDelaySeconds":-1,"stableMetadata":208,"stableService":-1,"steps":364,"trafficRouting":376},{"args":358,"dryRun":196,"measurementRetention":197,"startingStep":-1,"templates":360},{"pingService":-1,"pongService":-1},{"analysis":357,"experiment":365,"pause":368,"setCanaryScale":369,"setHeaderRoute":370,"setMirrorRoute":373,"setWeight":-1},{"analyses":366,"duration":-1,"templates":367},{"args":358,"clusterScope":-1,"name":-1,"requiredForCompletion":-1,"templateName":-1},{"metadata":208,"name":-1,"replicas":-1,"selector":7,"service":107,"specRef":-1,"weight":-1},{"duration":-1},{"matchTrafficWeight":-1,"replicas":-1,"weight":-1},{"match":371,"name":-1},{"headerName":-1,"headerValue":372},{"exact":-1,"prefix":-1,"regex":-1},{"match":374,"name":-1,"percentage":-1},{"headers":375,"method":372,"path":372},{"":372},{"alb":377,"ambassador":379,"apisix":380,"appMesh":382,"istio":385,"managedRoutes":107,"nginx":390,"plugins":-1,"smi":391,"traefik":392},{"annotationPrefix":-1,"ingress":-1,"rootService":-1,"servicePort":-1,"stickinessConfig":378},{"durationSeconds":-1,"enabled":-1},{"mappings":-1},{"route":381},{"name":-1,"rules":-1},{"virtualNodeGroup":383,"virtualService":384},{"canaryVirtualNodeRef":107,"stableVirtualNodeRef":107},{"name":-1,"routes":-1},{"destinationRule":386,"virtualService":387,"virtualServices":387},{"canarySubsetName":-1,"name":-1,"stableSubsetName":-1},{"name":-1,"routes":-1,"tcpRoutes":388,"tlsRoutes":389},{"port":-1},{"port":-1,"sniHosts":-1},{"additionalIngressAnnotations":-1,"annotationPrefix":-1,"stableIngress":-1,"stableIngresses":-1},{"rootService":-1,"trafficSplitName":-1},{"weightedTraefikServiceName":-1},{"apiVersion":-1,"kind":-1,"name":-1},{"HPAReplicas":-1,"abort":-1,"abortedAt":-1,"alb":395,"availableReplicas":-1,"blueGreen":397,"canary":399,"collisionCount":-1,"conditions":157,"controllerPause":-1,"currentPodHash":-1,"currentStepHash":-1,"currentStepIndex":-1,"message":-1,"observedGeneration":-1,"pauseConditions":402,"phase":-1,"promoteFull":-1,"readyReplicas":-1,"replicas":-1,"restartedAt":-1,"selector":-1,"stableRS":-1,"updatedReplicas":-1,"workloadObservedGeneration":-1},{"canaryTargetGroup":396,"loadBalancer":396,"stableTargetGroup":396},{"arn":-1,"fullName":-1,"name":-1},{"activeSelector":-1,"postPromotionAnalysisRunStatus":398,"prePromotionAnalysisRunStatus":398,"previewSelector":-1,"scaleUpPreviewCheckPoint":-1},{"message":-1,"name":-1,"status":-1},{"currentBackgroundAnalysisRunStatus":398,"currentExperiment":-1,"currentStepAnalysisRunStatus":398,"stablePingPong":-1,"weights":400},{"additional":401,"canary":401,"stable":401,"verified":-1},{"podTemplateHash":-1,"serviceName":-1,"weight":-1},{"reason":-1,"startTime":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":404,"status":405},{"panicWindow":-1,"scrapeTarget":-1,"stableWindow":-1},{"annotations":-1,"conditions":406,"observedGeneration":-1},{"lastTransitionTime":-1,"message":-1,"reason":-1,"severity":-1,"status":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":408,"status":409},{"containerConcurrency":-1,"protocolType":-1,"reachability":-1,"scaleTargetRef":393},{"actualScale":-1,"annotations":-1,"conditions":406,"desiredScale":-1,"metricsServiceName":-1,"observedGeneration":-1,"serviceName":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":411,"status":412},{"maxReplicas":-1,"minReplicas":-1,"scaleTargetRef":393,"targetCPUUtilizationPercentage":-1},{"currentCPUUtilizationPercentage":-1,"currentReplicas":-1,"desiredReplicas":-1,"lastScaleTime":-1,"observedGeneration":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":414,"status":421},{"maxReplicas":-1,"metrics":415,"minReplicas":-1,"scaleTargetRef":393},{"containerResource":416,"external":417,"object":418,"pods":419,"resource":420,"type":-1},{"container":-1,"name":-1,"targetAverageUtilization":-1,"targetAverageValue":-1},{"metricName":-1,"metricSelector":7,"targetAverageValue":-1,"targetValue":-1},{"averageValue":-1,"metricName":-1,"selector":7,"target":393,"targetValue":-1},{"metricName":-1,"selector":7,"targetAverageValue":-1},{"name":-1,"targetAverageUtilization":-1,"targetAverageValue":-1},{"conditions":44,"currentMetrics":422,"currentReplicas":-1,"desiredReplicas":-1,"lastScaleTime":-1,"observedGeneration":-1},{"containerResource":423,"external":424,"object":425,"pods":426,"resource":427,"type":-1},{"container":-1,"currentAverageUtilization":-1,"currentAverageValue":-1,"name":-1},{"currentAverageValue":-1,"currentValue":-1,"metricName":-1,"metricSelector":7},{"averageValue":-1,"currentValue":-1,"metricName":-1,"selector":7,"target":393},{"currentAverageValue":-1,"metricName":-1,"selector":7},{"currentAverageUtilization":-1,"currentAverageValue":-1,"name":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":429,"status":440},{"behavior":430,"maxReplicas":-1,"metrics":433,"minReplicas":-1,"scaleTargetRef":393},{"scaleDown":431,"scaleUp":431},{"policies":432,"selectPolicy":-1,"stabilizationWindowSeconds":-1},{"periodSeconds":-1,"type":-1,"value":-1},{"containerResource":434,"external":436,"object":438,"pods":436,"resource":439,"type":-1},{"container":-1,"name":-1,"target":435},{"averageUtilization":-1,"averageValue":-1,"type":-1,"value":-1},{"metric":437,"target":435},{"name":-1,"selector":7},{"describedObject":393,"metric":437,"target":435},{"name":-1,"target":435},{"conditions":44,"currentMetrics":441,"currentReplicas":-1,"desiredReplicas":-1,"lastScaleTime":-1,"observedGeneration":-1},{"containerResource":442,"external":444,"object":445,"pods":444,"resource":446,"type":-1},{"container":-1,"current":443,"name":-1},{"averageUtilization":-1,"averageValue":-1,"value":-1},{"current":443,"metric":437},{"current":443,"describedObject":393,"metric":437},{"current":443,"name":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":448,"status":440},{"behavior":449,"maxReplicas":-1,"metrics":433,"minReplicas":-1,"scaleTargetRef":393},{"scaleDown":450,"scaleUp":450},{"policies":432,"selectPolicy":-1,"stabilizationWindowSeconds":-1,"tolerance":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":452,"status":457},{"concurrencyPolicy":-1,"failedJobsHistoryLimit":-1,"jobTemplate":453,"schedule":-1,"startingDeadlineSeconds":-1,"successfulJobsHistoryLimit":-1,"suspend":-1,"timeZone":-1},{"metadata":1,"spec":454},{"activeDeadlineSeconds":-1,"backoffLimit":-1,"backoffLimitPerIndex":-1,"completionMode":-1,"completions":-1,"managedBy":-1,"manualSelector":-1,"maxFailedIndexes":-1,"parallelism":-1,"podFailurePolicy":210,"podReplacementPolicy":-1,"selector":7,"successPolicy":455,"suspend":-1,"template":66,"ttlSecondsAfterFinished":-1},{"rules":456},{"succeededCount":-1,"succeededIndexes":-1},{"active":458,"lastScheduleTime":-1,"lastSuccessfulTime":-1},{"apiVersion":-1,"fieldPath":-1,"kind":-1,"name":-1,"namespace":-1,"resourceVersion":-1,"uid":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":454,"status":460},{"active":-1,"completedIndexes":-1,"completionTime":-1,"conditions":164,"failed":-1,"failedIndexes":-1,"ready":-1,"startTime":-1,"succeeded":-1,"terminating":-1,"uncountedTerminatedPods":461},{"failed":-1,"succeeded":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":463,"status":405},{"image":-1,"imagePullSecrets":107,"serviceAccountName":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":465,"status":466},{"extra":-1,"groups":-1,"request":-1,"signerName":-1,"uid":-1,"usages":-1,"username":-1},{"certificate":-1,"conditions":157},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":468,"status":466},{"expirationSeconds":-1,"extra":-1,"groups":-1,"request":-1,"signerName":-1,"uid":-1,"usages":-1,"username":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":470},{"acquireTime":-1,"holderIdentity":-1,"leaseDurationSeconds":-1,"leaseTransitions":-1,"renewTime":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":472},{"acquireTime":-1,"holderIdentity":-1,"leaseDurationSeconds":-1,"leaseTransitions":-1,"preferredHolder":-1,"renewTime":-1,"strategy":-1},{"addressType":-1,"apiVersion":-1,"endpoints":474,"kind":-1,"metadata":1,"ports":477},{"addresses":-1,"conditions":475,"hints":476,"hostname":-1,"nodeName":-1,"targetRef":458,"topology":-1},{"ready":-1,"serving":-1,"terminating":-1},{"forZones":107},{"appProtocol":-1,"name":-1,"port":-1,"protocol":-1},{"addressType":-1,"apiVersion":-1,"endpoints":479,"kind":-1,"metadata":1,"ports":477},{"addresses":-1,"conditions":475,"deprecatedTopology":-1,"hints":480,"hostname":-1,"nodeName":-1,"targetRef":458,"zone":-1},{"forNodes":107,"forZones":107},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":482,"status":405},{"broker":-1,"description":-1,"schema":-1,"schemaData":-1,"source":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":484,"status":488},{"config":485,"delivery":486},{"apiVersion":-1,"kind":-1,"name":-1,"namespace":-1},{"backoffDelay":-1,"backoffPolicy":-1,"deadLetterSink":487,"retry":-1},{"ref":485,"uri":-1},{"address":489,"annotations":-1,"conditions":406,"deadLetterSinkUri":-1,"observedGeneration":-1},{"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":491,"status":493},{"broker":-1,"delivery":486,"filter":492,"subscriber":487},{"attributes":-1},{"annotations":-1,"conditions":406,"deadLetterSinkUri":-1,"observedGeneration":-1,"subscriberUri":-1},{"action":-1,"apiVersion":-1,"deprecatedCount":-1,"deprecatedFirstTimestamp":-1,"deprecatedLastTimestamp":-1,"deprecatedSource":495,"eventTime":-1,"kind":-1,"metadata":1,"note":-1,"reason":-1,"regarding":458,"related":458,"reportingController":-1,"reportingInstance":-1,"series":496,"type":-1},{"component":-1,"host":-1},{"count":-1,"lastObservedTime":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":498,"status":171},{"minReadySeconds":-1,"revisionHistoryLimit":-1,"selector":7,"template":66,"templateGeneration":-1,"updateStrategy":169},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":500,"status":506},{"backend":501,"ingressClassName":-1,"rules":502,"tls":505},{"resource":128,"serviceName":-1,"servicePort":-1},{"host":-1,"http":503},{"paths":504},{"backend":501,"path":-1,"pathType":-1},{"hosts":-1,"secretName":-1},{"loadBalancer":507},{"ingress":508},{"hostname":-1,"ip":-1,"ipMode":-1,"ports":509},{"error":-1,"port":-1,"protocol":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":511},{"egress":512,"ingress":516,"podSelector":7,"policyTypes":-1},{"ports":513,"to":514},{"port":-1,"protocol":-1},{"ipBlock":515,"namespaceSelector":7,"podSelector":7},{"cidr":-1,"except":-1},{"from":514,"ports":513},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":518},{"allowPrivilegeEscalation":-1,"allowedCSIDrivers":107,"allowedCapabilities":-1,"allowedFlexVolumes":519,"allowedHostPaths":520,"allowedProcMountTypes":-1,"allowedUnsafeSysctls":-1,"defaultAddCapabilities":-1,"defaultAllowPrivilegeEscalation":-1,"forbiddenSysctls":-1,"fsGroup":521,"hostIPC":-1,"hostNetwork":-1,"hostPID":-1,"hostPorts":522,"privileged":-1,"readOnlyRootFilesystem":-1,"requiredDropCapabilities":-1,"runAsGroup":521,"runAsUser":521,"runtimeClass":523,"seLinux":524,"supplementalGroups":521,"volumes":-1},{"driver":-1},{"pathPrefix":-1,"readOnly":-1},{"ranges":522,"rule":-1},{"max":-1,"min":-1},{"allowedRuntimeClassNames":-1,"defaultRuntimeClassName":-1},{"rule":-1,"seLinuxOptions":100},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":526,"status":59},{"controller":-1,"provider":527,"retrySettings":578},{"akeyless":528,"alibaba":535,"aws":538,"azurekv":542,"fake":544,"gcpsm":546,"gitlab":550,"ibm":553,"kubernetes":556,"oracle":562,"vault":565,"webhook":573,"yandexlockbox":575},{"akeylessGWApiURL":-1,"authSecretRef":529,"caBundle":-1,"caProvider":534},{"kubernetesAuth":530,"secretRef":533},{"accessID":-1,"k8sConfName":-1,"secretRef":531,"serviceAccountRef":532},{"key":-1,"name":-1,"namespace":-1},{"audiences":-1,"name":-1,"namespace":-1},{"accessID":531,"accessType":531,"accessTypeParam":531},{"key":-1,"name":-1,"namespace":-1,"type":-1},{"auth":536,"endpoint":-1,"regionID":-1},{"secretRef":537},{"accessKeyIDSecretRef":531,"accessKeySecretSecretRef":531},{"auth":539,"region":-1,"role":-1,"service":-1},{"jwt":540,"secretRef":541},{"serviceAccountRef":532},{"accessKeyIDSecretRef":531,"secretAccessKeySecretRef":531},{"authSecretRef":543,"authType":-1,"identityId":-1,"serviceAccountRef":532,"tenantId":-1,"vaultUrl":-1},{"clientId":531,"clientSecret":531},{"data":545},{"key":-1,"value":-1,"valueMap":-1,"version":-1},{"auth":547,"projectID":-1},{"secretRef":548,"workloadIdentity":549},{"secretAccessKeySecretRef":531},{"clusterLocation":-1,"clusterName":-1,"clusterProjectID":-1,"serviceAccountRef":532},{"auth":551,"projectID":-1,"url":-1},{"SecretRef":552},{"accessToken":531},{"auth":554,"serviceUrl":-1},{"secretRef":555},{"secretApiKeySecretRef":531},{"auth":557,"remoteNamespace":-1,"server":561},{"cert":558,"serviceAccount":559,"token":560},{"clientCert":531,"clientKey":531},{"serviceAccount":532},{"bearerToken":531},{"caBundle":-1,"caProvider":534,"url":-1},{"auth":563,"region":-1,"vault":-1},{"secretRef":564,"tenancy":-1,"user":-1},{"fingerprint":531,"privatekey":531},{"auth":566,"caBundle":-1,"caProvider":534,"forwardInconsistent":-1,"namespace":-1,"path":-1,"readYourWrites":-1,"server":-1,"version":-1},{"appRole":567,"cert":568,"jwt":569,"kubernetes":571,"ldap":572,"tokenSecretRef":531},{"path":-1,"roleId":-1,"secretRef":531},{"clientCert":531,"secretRef":531},{"kubernetesServiceAccountToken":570,"path":-1,"role":-1,"secretRef":531},{"audiences":-1,"expirationSeconds":-1,"serviceAccountRef":532},{"mountPath":-1,"role":-1,"secretRef":531,"serviceAccountRef":532},{"path":-1,"secretRef":531,"username":-1},{"body":-1,"caBundle":-1,"caProvider":534,"headers":-1,"method":-1,"result":55,"secrets":574,"timeout":-1,"url":-1},{"name":-1,"secretRef":531},{"apiEndpoint":-1,"auth":576,"caProvider":577},{"authorizedKeySecretRef":531},{"certSecretRef":531},{"maxRetries":-1,"retryInterval":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":580,"status":589},{"data":581,"dataFrom":582,"refreshInterval":-1,"secretStoreRef":583,"target":584},{"remoteRef":582,"secretKey":-1},{"conversionStrategy":-1,"key":-1,"property":-1,"version":-1},{"kind":-1,"name":-1},{"creationPolicy":-1,"immutable":-1,"name":-1,"template":585},{"data":-1,"engineVersion":-1,"metadata":208,"templateFrom":586,"type":-1},{"configMap":587,"secret":587},{"items":588,"name":-1},{"key":-1},{"conditions":44,"refreshTime":-1,"syncedResourceVersion":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":591,"status":597},{"data":592,"deletionPolicy":-1,"refreshInterval":-1,"secretStoreRefs":595,"selector":596},{"match":593},{"remoteRef":594,"secretKey":-1},{"remoteKey":-1},{"kind":-1,"labelSelector":7,"name":-1},{"secret":107},{"conditions":44,"refreshTime":-1,"syncedPushSecrets":598,"syncedResourceVersion":-1},{"":599},{"":592},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":601,"status":616},{"externalSecretName":-1,"externalSecretSpec":602,"namespaceSelector":7,"refreshTime":-1},{"data":603,"dataFrom":606,"refreshInterval":-1,"secretStoreRef":583,"target":611},{"remoteRef":604,"secretKey":-1,"sourceRef":605},{"conversionStrategy":-1,"decodingStrategy":-1,"key":-1,"metadataPolicy":-1,"property":-1,"version":-1},{"generatorRef":393,"storeRef":583},{"extract":604,"find":607,"rewrite":609,"sourceRef":605},{"conversionStrategy":-1,"decodingStrategy":-1,"name":608,"path":-1,"tags":-1},{"regexp":-1},{"regexp":610},{"source":-1,"target":-1},{"creationPolicy":-1,"deletionPolicy":-1,"immutable":-1,"name":-1,"template":612},{"data":-1,"engineVersion":-1,"metadata":208,"templateFrom":613,"type":-1},{"configMap":614,"literal":-1,"secret":614,"target":-1},{"items":615,"name":-1},{"key":-1,"templateAs":-1},{"conditions":617,"failedNamespaces":618,"provisionedNamespaces":-1},{"message":-1,"status":-1,"type":-1},{"namespace":-1,"reason":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":620,"status":644},{"conditions":621,"controller":-1,"provider":622,"refreshInterval":-1,"retrySettings":578},{"namespaceSelector":7,"namespaces":-1},{"akeyless":528,"alibaba":535,"aws":623,"azurekv":626,"doppler":627,"fake":544,"gcpsm":546,"gitlab":630,"ibm":631,"keepersecurity":634,"kubernetes":635,"onepassword":637,"oracle":562,"scaleway":640,"senhasegura":642,"vault":565,"webhook":573,"yandexcertificatemanager":575,"yandexlockbox":575},{"additionalRoles":-1,"auth":624,"region":-1,"role":-1,"service":-1},{"jwt":540,"secretRef":625},{"accessKeyIDSecretRef":531,"secretAccessKeySecretRef":531,"sessionTokenSecretRef":531},{"authSecretRef":543,"authType":-1,"environmentType":-1,"identityId":-1,"serviceAccountRef":532,"tenantId":-1,"vaultUrl":-1},{"auth":628,"config":-1,"format":-1,"nameTransformer":-1,"project":-1},{"secretRef":629},{"dopplerToken":531},{"auth":551,"environment":-1,"groupIDs":-1,"inheritFromGroups":-1,"projectID":-1,"url":-1},{"auth":632,"serviceUrl":-1},{"containerAuth":633,"secretRef":555},{"iamEndpoint":-1,"profile":-1,"tokenLocation":-1},{"authRef":531,"folderID":-1},{"auth":636,"remoteNamespace":-1,"server":561},{"cert":558,"serviceAccount":532,"token":560},{"auth":638,"connectHost":-1,"vaults":-1},{"secretRef":639},{"connectTokenSecretRef":531},{"accessKey":641,"apiUrl":-1,"projectId":-1,"region":-1,"secretKey":641},{"secretRef":531,"value":-1},{"auth":643,"ignoreSslCertificate":-1,"module":-1,"url":-1},{"clientId":-1,"clientSecretSecretRef":531},{"capabilities":-1,"conditions":44},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":602,"status":589},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":647,"status":59},{"distinguisherMethod":648,"matchingPrecedence":-1,"priorityLevelConfiguration":107,"rules":649},{"type":-1},{"nonResourceRules":650,"resourceRules":651,"subjects":652},{"nonResourceURLs":-1,"verbs":-1},{"apiGroups":-1,"clusterScope":-1,"namespaces":-1,"resources":-1,"verbs":-1},{"group":107,"kind":-1,"serviceAccount":653,"user":107},{"name":-1,"namespace":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":655,"status":59},{"limited":656,"type":-1},{"assuredConcurrencyShares":-1,"limitResponse":657},{"queuing":658,"type":-1},{"handSize":-1,"queueLengthLimit":-1,"queues":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":660,"status":59},{"limited":661,"type":-1},{"assuredConcurrencyShares":-1,"borrowingLimitPercent":-1,"lendablePercent":-1,"limitResponse":657},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":663,"status":59},{"exempt":664,"limited":665,"type":-1},{"lendablePercent":-1,"nominalConcurrencyShares":-1},{"borrowingLimitPercent":-1,"lendablePercent":-1,"limitResponse":657,"nominalConcurrencyShares":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":667,"status":670},{"branches":668,"channelTemplate":669,"reply":487},{"delivery":486,"filter":487,"reply":487,"subscriber":487},{"apiVersion":-1,"kind":-1,"spec":-1},{"address":489,"annotations":-1,"branchStatuses":671,"conditions":673,"ingressChannelStatus":672,"observedGeneration":-1},{"filterChannelStatus":672,"filterSubscriptionStatus":674,"subscriberSubscriptionStatus":674},{"channel":458,"ready":673},{"message":-1,"reason":-1,"severity":-1,"status":-1,"type":-1},{"ready":673,"subscription":458},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":676,"status":678},{"channelTemplate":669,"reply":487,"steps":677},{"delivery":486,"ref":485,"uri":-1},{"address":489,"annotations":-1,"channelStatuses":679,"conditions":406,"observedGeneration":-1,"subscriptionStatuses":680},{"channel":458,"ready":406},{"ready":406,"subscription":458},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":682,"status":685},{"targetRef":683,"tls":684},{"group":-1,"kind":-1,"name":-1,"namespace":-1,"sectionName":-1},{"caCertRefs":246,"hostname":-1,"wellKnownCACerts":-1},{"ancestors":686},{"ancestorRef":687,"conditions":23,"controllerName":-1},{"group":-1,"kind":-1,"name":-1,"namespace":-1,"port":-1,"sectionName":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":689,"status":699},{"hostnames":-1,"parentRefs":687,"rules":690},{"backendRefs":691,"filters":692,"matches":696},{"filters":692,"group":-1,"kind":-1,"name":-1,"namespace":-1,"port":-1,"weight":-1},{"extensionRef":246,"requestHeaderModifier":693,"requestMirror":694,"responseHeaderModifier":693,"type":-1},{"add":88,"remove":-1,"set":88},{"backendRef":695},{"group":-1,"kind":-1,"name":-1,"namespace":-1,"port":-1},{"headers":697,"method":698},{"name":-1,"type":-1,"value":-1},{"method":-1,"service":-1,"type":-1},{"parents":700},{"conditions":23,"controllerName":-1,"parentRef":687},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":702,"status":708},{"addresses":703,"gatewayClassName":-1,"listeners":704},{"type":-1,"value":-1},{"allowedRoutes":705,"hostname":-1,"name":-1,"port":-1,"protocol":-1,"tls":707},{"kinds":242,"namespaces":706},{"from":-1,"selector":7},{"certificateRefs":260,"mode":-1,"options":-1},{"addresses":703,"conditions":23,"listeners":709},{"attachedRoutes":-1,"conditions":23,"name":-1,"supportedKinds":242},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":711,"status":712},{"controllerName":-1,"description":-1,"parametersRef":260},{"conditions":23},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":714,"status":720},{"hostnames":-1,"parentRefs":683,"rules":715},{"backendRefs":716,"filters":717,"matches":719},{"filters":717,"group":-1,"kind":-1,"name":-1,"namespace":-1,"port":-1,"weight":-1},{"extensionRef":246,"requestHeaderModifier":693,"requestMirror":694,"requestRedirect":718,"type":-1},{"hostname":-1,"port":-1,"scheme":-1,"statusCode":-1},{"headers":697,"method":-1,"path":703,"queryParams":697},{"parents":721},{"conditions":23,"controllerName":-1,"parentRef":683},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":723},{"from":724,"to":246},{"group":-1,"kind":-1,"namespace":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":726,"status":699},{"parentRefs":687,"rules":727},{"backendRefs":728},{"group":-1,"kind":-1,"name":-1,"namespace":-1,"port":-1,"weight":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":730,"status":699},{"hostnames":-1,"parentRefs":687,"rules":727},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":732,"status":733},{"addresses":-1,"gatewayClassName":-1,"infrastructure":208,"listeners":704},{"addresses":-1,"conditions":23,"listeners":709},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":711,"status":735},{"conditions":23,"supportedFeatures":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":737,"status":699},{"hostnames":-1,"parentRefs":687,"rules":738},{"backendRefs":739,"filters":740,"matches":719,"timeouts":744},{"filters":740,"group":-1,"kind":-1,"name":-1,"namespace":-1,"port":-1,"weight":-1},{"extensionRef":246,"requestHeaderModifier":693,"requestMirror":694,"requestRedirect":741,"responseHeaderModifier":693,"type":-1,"urlRewrite":743},{"hostname":-1,"path":742,"port":-1,"scheme":-1,"statusCode":-1},{"replaceFullPath":-1,"replacePrefixMatch":-1,"type":-1},{"hostname":-1,"path":742},{"backendRequest":-1,"request":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":746},{"auth":747,"environmentType":-1,"registry":-1,"scope":-1,"tenantId":-1},{"managedIdentity":748,"servicePrincipal":749,"workloadIdentity":540},{"identityId":-1},{"secretRef":543},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":751},{"auth":624,"region":-1,"role":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":753},{"data":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":546},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":756},{"allowRepeat":-1,"digits":-1,"length":-1,"noUpper":-1,"symbolCharacters":-1,"symbols":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":758},{"method":-1,"parameters":-1,"path":-1,"provider":565},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":760,"status":781},{"chart":761,"dependsOn":653,"driftDetection":764,"install":766,"interval":-1,"kubeConfig":768,"maxHistory":-1,"persistentClient":-1,"postRenderers":769,"releaseName":-1,"rollback":775,"serviceAccountName":-1,"storageNamespace":-1,"suspend":-1,"targetNamespace":-1,"test":776,"timeout":-1,"uninstall":777,"upgrade":778,"values":-1,"valuesFrom":780},{"metadata":208,"spec":762},{"chart":-1,"interval":-1,"reconcileStrategy":-1,"sourceRef":485,"valuesFile":-1,"valuesFiles":-1,"verify":763,"version":-1},{"provider":-1,"secretRef":107},{"ignore":765,"mode":-1},{"paths":-1,"target":270},{"crds":-1,"createNamespace":-1,"disableHooks":-1,"disableOpenAPIValidation":-1,"disableWait":-1,"disableWaitForJobs":-1,"remediation":767,"replace":-1,"skipCRDs":-1,"timeout":-1},{"ignoreTestFailures":-1,"remediateLastFailure":-1,"retries":-1},{"secretRef":195},{"kustomize":770},{"images":771,"patches":772,"patchesJson6902":773,"patchesStrategicMerge":-1},{"digest":-1,"name":-1,"newName":-1,"newTag":-1},{"patch":-1,"target":270},{"patch":774,"target":270},{"from":-1,"op":-1,"path":-1,"value":-1},{"cleanupOnFail":-1,"disableHooks":-1,"disableWait":-1,"disableWaitForJobs":-1,"force":-1,"recreate":-1,"timeout":-1},{"enable":-1,"ignoreFailures":-1,"timeout":-1},{"deletionPropagation":-1,"disableHooks":-1,"disableWait":-1,"keepHistory":-1,"timeout":-1},{"cleanupOnFail":-1,"crds":-1,"disableHooks":-1,"disableOpenAPIValidation":-1,"disableWait":-1,"disableWaitForJobs":-1,"force":-1,"preserveValues":-1,"remediation":779,"timeout":-1},{"ignoreTestFailures":-1,"remediateLastFailure":-1,"retries":-1,"strategy":-1},{"kind":-1,"name":-1,"optional":-1,"targetPath":-1,"valuesKey":-1},{"conditions":23,"failures":-1,"helmChart":-1,"history":782,"installFailures":-1,"lastAppliedRevision":-1,"lastAttemptedConfigDigest":-1,"lastAttemptedGeneration":-1,"lastAttemptedReleaseAction":-1,"lastAttemptedRevision":-1,"lastAttemptedValuesChecksum":-1,"lastHandledForceAt":-1,"lastHandledReconcileAt":-1,"lastHandledResetAt":-1,"lastReleaseRevision":-1,"observedGeneration":-1,"storageNamespace":-1,"upgradeFailures":-1},{"apiVersion":-1,"chartName":-1,"chartVersion":-1,"configDigest":-1,"deleted":-1,"digest":-1,"firstDeployed":-1,"lastDeployed":-1,"name":-1,"namespace":-1,"status":-1,"testHooks":783,"version":-1},{"":784},{"lastCompleted":-1,"lastStarted":-1,"phase":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":786,"status":781},{"chart":761,"dependsOn":653,"driftDetection":764,"install":766,"interval":-1,"kubeConfig":768,"maxHistory":-1,"persistentClient":-1,"postRenderers":769,"releaseName":-1,"rollback":775,"serviceAccountName":-1,"storageNamespace":-1,"suspend":-1,"targetNamespace":-1,"test":787,"timeout":-1,"uninstall":777,"upgrade":778,"values":-1,"valuesFrom":780},{"enable":-1,"filters":788,"ignoreFailures":-1,"timeout":-1},{"exclude":-1,"name":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":790,"status":795},{"filterTags":791,"imageRepositoryRef":653,"policy":792},{"extract":-1,"pattern":-1},{"alphabetical":793,"numerical":793,"semver":794},{"order":-1},{"range":-1},{"conditions":23,"latestImage":-1,"observedGeneration":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":797,"status":800},{"accessFrom":798,"certSecretRef":107,"exclusionList":-1,"image":-1,"interval":-1,"secretRef":107,"serviceAccountName":-1,"suspend":-1,"timeout":-1},{"namespaceSelectors":799},{"matchLabels":-1},{"canonicalImageName":-1,"conditions":23,"lastHandledReconcileAt":-1,"lastScanResult":801,"observedGeneration":-1},{"scanTime":-1,"tagCount":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":803,"status":812},{"git":804,"interval":-1,"sourceRef":485,"suspend":-1,"update":811},{"checkout":805,"commit":807,"push":810},{"ref":806},{"branch":-1,"commit":-1,"name":-1,"semver":-1,"tag":-1},{"author":808,"messageTemplate":-1,"signingKey":809},{"email":-1,"name":-1},{"secretRef":107},{"branch":-1,"options":-1,"refspec":-1},{"path":-1,"strategy":-1},{"conditions":23,"lastAutomationRunTime":-1,"lastHandledReconcileAt":-1,"lastPushCommit":-1,"lastPushTime":-1,"observedGeneration":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":790,"status":814},{"conditions":23,"latestImage":-1,"observedGeneration":-1,"observedPreviousImage":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":816,"status":817},{"accessFrom":798,"certSecretRef":107,"exclusionList":-1,"image":-1,"insecure":-1,"interval":-1,"provider":-1,"secretRef":107,"serviceAccountName":-1,"suspend":-1,"timeout":-1},{"canonicalImageName":-1,"conditions":23,"lastHandledReconcileAt":-1,"lastScanResult":818,"observedExclusionList":-1,"observedGeneration":-1},{"latestTags":-1,"scanTime":-1,"tagCount":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":820},{"azureKeyVault":821,"env":828,"hashiCorpVault":829,"podIdentity":826,"secretTargetRef":832},{"cloud":822,"credentials":823,"podIdentity":826,"secrets":827,"vaultUri":-1},{"activeDirectoryEndpoint":-1,"keyVaultResourceURL":-1,"type":-1},{"clientId":-1,"clientSecret":824,"tenantId":-1},{"valueFrom":825},{"secretKeyRef":195},{"identityId":-1,"provider":-1},{"name":-1,"parameter":-1,"version":-1},{"containerName":-1,"name":-1,"parameter":-1},{"address":-1,"authentication":-1,"credential":830,"mount":-1,"namespace":-1,"role":-1,"secrets":831},{"serviceAccount":-1,"token":-1},{"key":-1,"parameter":-1,"path":-1},{"key":-1,"name":-1,"parameter":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":834,"status":852},{"envSourceContainerName":-1,"failedJobsHistoryLimit":-1,"jobTargetRef":835,"maxReplicaCount":-1,"minReplicaCount":-1,"pollingInterval":-1,"rollout":849,"rolloutStrategy":-1,"scalingStrategy":850,"successfulJobsHistoryLimit":-1,"triggers":851},{"activeDeadlineSeconds":-1,"backoffLimit":-1,"completionMode":-1,"completions":-1,"manualSelector":-1,"parallelism":-1,"podFailurePolicy":210,"selector":7,"suspend":-1,"template":836,"ttlSecondsAfterFinished":-1},{"metadata":-1,"spec":837},{"activeDeadlineSeconds":-1,"affinity":216,"automountServiceAccountToken":-1,"containers":838,"dnsConfig":104,"dnsPolicy":-1,"enableServiceLinks":-1,"ephemeralContainers":840,"hostAliases":106,"hostIPC":-1,"hostNetwork":-1,"hostPID":-1,"hostUsers":-1,"hostname":-1,"imagePullSecrets":107,"initContainers":838,"nodeName":-1,"nodeSelector":-1,"os":107,"overhead":-1,"preemptionPolicy":-1,"priority":-1,"priorityClassName":-1,"readinessGates":108,"resourceClaims":841,"restartPolicy":-1,"runtimeClassName":-1,"schedulerName":-1,"schedulingGates":107,"securityContext":226,"serviceAccount":-1,"serviceAccountName":-1,"setHostnameAsFQDN":-1,"shareProcessNamespace":-1,"subdomain":-1,"terminationGracePeriodSeconds":-1,"tolerations":111,"topologySpreadConstraints":112,"volumes":843},{"args":-1,"command":-1,"env":77,"envFrom":82,"image":-1,"imagePullPolicy":-1,"lifecycle":221,"livenessProbe":91,"name":-1,"ports":93,"readinessProbe":91,"resources":839,"securityContext":223,"startupProbe":91,"stdin":-1,"stdinOnce":-1,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"tty":-1,"volumeDevices":102,"volumeMounts":224,"workingDir":-1},{"claims":107,"limits":-1,"requests":-1},{"args":-1,"command":-1,"env":77,"envFrom":82,"image":-1,"imagePullPolicy":-1,"lifecycle":221,"livenessProbe":91,"name":-1,"ports":93,"readinessProbe":91,"resources":839,"securityContext":223,"startupProbe":91,"stdin":-1,"stdinOnce":-1,"targetContainerName":-1,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"tty":-1,"volumeDevices":102,"volumeMounts":224,"workingDir":-1},{"name":-1,"source":842},{"resourceClaimName":-1,"resourceClaimTemplateName":-1},{"awsElasticBlockStore":114,"azureDisk":115,"azureFile":116,"cephfs":117,"cinder":118,"configMap":119,"csi":121,"downwardAPI":122,"emptyDir":124,"ephemeral":844,"fc":131,"flexVolume":132,"flocker":133,"gcePersistentDisk":134,"gitRepo":135,"glusterfs":136,"hostPath":137,"iscsi":139,"name":-1,"nfs":140,"persistentVolumeClaim":141,"photonPersistentDisk":142,"portworxVolume":143,"projected":847,"quobyte":150,"rbd":151,"scaleIO":152,"secret":153,"storageos":154,"vsphereVolume":155},{"volumeClaimTemplate":845},{"metadata":-1,"spec":846},{"accessModes":-1,"dataSource":128,"dataSourceRef":129,"resources":839,"selector":7,"storageClassName":-1,"volumeMode":-1,"volumeName":-1},{"defaultMode":-1,"sources":848},{"configMap":147,"downwardAPI":148,"secret":147,"serviceAccountToken":149},{"propagationPolicy":-1,"strategy":-1},{"customScalingQueueLengthDeduction":-1,"customScalingRunningJobPercentage":-1,"multipleScalersCalculation":-1,"pendingPodConditions":-1,"strategy":-1},{"authenticationRef":583,"metadata":-1,"name":-1,"type":-1,"useCachedMetrics":-1},{"conditions":853,"lastActiveTime":-1},{"message":-1,"reason":-1,"status":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":855,"status":861},{"advanced":856,"cooldownPeriod":-1,"fallback":858,"idleReplicaCount":-1,"maxReplicaCount":-1,"minReplicaCount":-1,"pollingInterval":-1,"scaleTargetRef":859,"triggers":860},{"horizontalPodAutoscalerConfig":857,"restoreToOriginalReplicaCount":-1},{"behavior":430,"name":-1},{"failureThreshold":-1,"replicas":-1},{"apiVersion":-1,"envSourceContainerName":-1,"kind":-1,"name":-1},{"authenticationRef":583,"metadata":-1,"metricType":-1,"name":-1,"type":-1,"useCachedMetrics":-1},{"conditions":853,"externalMetricNames":-1,"health":862,"hpaName":-1,"lastActiveTime":-1,"originalReplicaCount":-1,"pausedReplicaCount":-1,"resourceMetricNames":-1,"scaleTargetGVKR":864,"scaleTargetKind":-1},{"":863},{"numberOfFailures":-1,"status":-1},{"group":-1,"kind":-1,"resource":-1,"version":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":866,"status":868},{"decryption":763,"dependsOn":653,"force":-1,"healthChecks":485,"images":771,"interval":-1,"kubeConfig":809,"patches":772,"patchesJson6902":773,"patchesStrategicMerge":-1,"path":-1,"postBuild":867,"prune":-1,"retryInterval":-1,"serviceAccountName":-1,"sourceRef":485,"suspend":-1,"targetNamespace":-1,"timeout":-1,"validation":-1},{"substitute":-1,"substituteFrom":583},{"conditions":23,"lastAppliedRevision":-1,"lastAttemptedRevision":-1,"lastHandledReconcileAt":-1,"observedGeneration":-1,"snapshot":869},{"checksum":-1,"entries":870},{"kinds":-1,"namespace":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":872,"status":875},{"commonMetadata":208,"components":-1,"decryption":763,"dependsOn":653,"force":-1,"healthChecks":485,"images":771,"interval":-1,"kubeConfig":768,"patches":772,"patchesJson6902":773,"patchesStrategicMerge":-1,"path":-1,"postBuild":873,"prune":-1,"retryInterval":-1,"serviceAccountName":-1,"sourceRef":485,"suspend":-1,"targetNamespace":-1,"timeout":-1,"validation":-1,"wait":-1},{"substitute":-1,"substituteFrom":874},{"kind":-1,"name":-1,"optional":-1},{"conditions":23,"inventory":876,"lastAppliedRevision":-1,"lastAttemptedRevision":-1,"lastHandledReconcileAt":-1,"observedGeneration":-1},{"entries":877},{"id":-1,"v":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":879,"status":875},{"commonMetadata":208,"components":-1,"decryption":763,"dependsOn":653,"force":-1,"healthChecks":485,"images":771,"interval":-1,"kubeConfig":768,"patches":772,"path":-1,"postBuild":873,"prune":-1,"retryInterval":-1,"serviceAccountName":-1,"sourceRef":485,"suspend":-1,"targetNamespace":-1,"timeout":-1,"wait":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":881,"status":883},{"channelTemplate":669,"delivery":486,"subscribers":882},{"delivery":486,"generation":-1,"replyUri":-1,"subscriberUri":-1,"uid":-1},{"address":489,"annotations":-1,"channel":485,"conditions":406,"deadLetterChannel":485,"deadLetterSinkUri":-1,"observedGeneration":-1,"subscribers":884},{"message":-1,"observedGeneration":-1,"ready":-1,"uid":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":886,"status":887},{"channel":393,"delivery":486,"reply":487,"subscriber":487},{"annotations":-1,"conditions":406,"observedGeneration":-1,"physicalSubscription":888},{"deadLetterSinkUri":-1,"replyUri":-1,"subscriberUri":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":890},{"inhibitRules":891,"muteTimeIntervals":893,"receivers":897,"route":921},{"equal":-1,"sourceMatch":892,"targetMatch":892},{"matchType":-1,"name":-1,"regex":-1,"value":-1},{"name":-1,"timeIntervals":894},{"daysOfMonth":895,"months":-1,"times":896,"weekdays":-1,"years":-1},{"end":-1,"start":-1},{"endTime":-1,"startTime":-1},{"emailConfigs":898,"name":-1,"opsgenieConfigs":901,"pagerdutyConfigs":907,"pushoverConfigs":910,"slackConfigs":911,"snsConfigs":915,"telegramConfigs":917,"victoropsConfigs":918,"webhookConfigs":919,"wechatConfigs":920},{"authIdentity":-1,"authPassword":79,"authSecret":79,"authUsername":-1,"from":-1,"headers":233,"hello":-1,"html":-1,"requireTLS":-1,"sendResolved":-1,"smarthost":-1,"text":-1,"tlsConfig":899,"to":-1},{"ca":900,"cert":900,"insecureSkipVerify":-1,"keySecret":79,"serverName":-1},{"configMap":79,"secret":79},{"actions":-1,"apiKey":79,"apiURL":-1,"details":233,"entity":-1,"httpConfig":902,"message":-1,"note":-1,"priority":-1,"responders":906,"sendResolved":-1,"source":-1,"tags":-1,"updateAlerts":-1},{"authorization":903,"basicAuth":904,"bearerTokenSecret":79,"followRedirects":-1,"oauth2":905,"proxyURL":-1,"tlsConfig":899},{"credentials":79,"type":-1},{"password":79,"username":79},{"clientId":900,"clientSecret":79,"endpointParams":-1,"scopes":-1,"tokenUrl":-1},{"id":-1,"name":-1,"type":-1,"username":-1},{"class":-1,"client":-1,"clientURL":-1,"component":-1,"details":233,"group":-1,"httpConfig":902,"pagerDutyImageConfigs":908,"pagerDutyLinkConfigs":909,"routingKey":79,"sendResolved":-1,"serviceKey":79,"severity":-1,"url":-1},{"alt":-1,"href":-1,"src":-1},{"alt":-1,"href":-1},{"expire":-1,"html":-1,"httpConfig":902,"message":-1,"priority":-1,"retry":-1,"sendResolved":-1,"sound":-1,"title":-1,"token":79,"url":-1,"urlTitle":-1,"userKey":79},{"actions":912,"apiURL":79,"callbackId":-1,"channel":-1,"color":-1,"fallback":-1,"fields":914,"footer":-1,"httpConfig":902,"iconEmoji":-1,"iconURL":-1,"imageURL":-1,"linkNames":-1,"mrkdwnIn":-1,"pretext":-1,"sendResolved":-1,"shortFields":-1,"text":-1,"thumbURL":-1,"title":-1,"titleLink":-1,"username":-1},{"confirm":913,"name":-1,"style":-1,"text":-1,"type":-1,"url":-1,"value":-1},{"dismissText":-1,"okText":-1,"text":-1,"title":-1},{"short":-1,"title":-1,"value":-1},{"apiURL":-1,"attributes":-1,"httpConfig":902,"message":-1,"phoneNumber":-1,"sendResolved":-1,"sigv4":916,"subject":-1,"targetARN":-1,"topicARN":-1},{"accessKey":79,"profile":-1,"region":-1,"roleArn":-1,"secretKey":79},{"apiURL":-1,"botToken":79,"chatID":-1,"disableNotifications":-1,"httpConfig":902,"message":-1,"parseMode":-1,"sendResolved":-1},{"apiKey":79,"apiUrl":-1,"customFields":233,"entityDisplayName":-1,"httpConfig":902,"messageType":-1,"monitoringTool":-1,"routingKey":-1,"sendResolved":-1,"stateMessage":-1},{"httpConfig":902,"maxAlerts":-1,"sendResolved":-1,"url":-1,"urlSecret":79},{"agentID":-1,"apiSecret":79,"apiURL":-1,"corpID":-1,"httpConfig":902,"message":-1,"messageType":-1,"sendResolved":-1,"toParty":-1,"toTag":-1,"toUser":-1},{"activeTimeIntervals":-1,"continue":-1,"groupBy":-1,"groupInterval":-1,"groupWait":-1,"matchers":892,"muteTimeIntervals":-1,"receiver":-1,"repeatInterval":-1,"routes":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":923,"status":942},{"additionalArgs":88,"additionalScrapeConfigs":79,"affinity":216,"apiserverConfig":924,"arbitraryFSAccessThroughSMs":927,"configMaps":-1,"containers":928,"enableFeatures":-1,"enableRemoteWriteReceiver":-1,"enforcedBodySizeLimit":-1,"enforcedLabelLimit":-1,"enforcedLabelNameLengthLimit":-1,"enforcedLabelValueLengthLimit":-1,"enforcedNamespaceLabel":-1,"enforcedSampleLimit":-1,"enforcedTargetLimit":-1,"excludedFromEnforcement":929,"externalLabels":-1,"externalUrl":-1,"hostAliases":106,"hostNetwork":-1,"ignoreNamespaceSelectors":-1,"image":-1,"imagePullPolicy":-1,"imagePullSecrets":107,"initContainers":928,"listenLocal":-1,"logFormat":-1,"logLevel":-1,"minReadySeconds":-1,"nodeSelector":-1,"overrideHonorLabels":-1,"overrideHonorTimestamps":-1,"paused":-1,"podMetadata":930,"podMonitorNamespaceSelector":7,"podMonitorSelector":7,"podTargetLabels":-1,"portName":-1,"priorityClassName":-1,"probeNamespaceSelector":7,"probeSelector":7,"prometheusExternalLabelName":-1,"remoteWrite":931,"replicaExternalLabelName":-1,"replicas":-1,"resources":839,"routePrefix":-1,"scrapeConfigNamespaceSelector":7,"scrapeConfigSelector":7,"scrapeInterval":-1,"scrapeTimeout":-1,"secrets":-1,"securityContext":226,"serviceAccountName":-1,"serviceMonitorNamespaceSelector":7,"serviceMonitorSelector":7,"shards":-1,"storage":935,"tolerations":111,"topologySpreadConstraints":112,"version":-1,"volumeMounts":224,"volumes":843,"walCompression":-1,"web":938},{"authorization":925,"basicAuth":904,"bearerToken":-1,"bearerTokenFile":-1,"host":-1,"tlsConfig":926},{"credentials":79,"credentialsFile":-1,"type":-1},{"ca":900,"caFile":-1,"cert":900,"certFile":-1,"insecureSkipVerify":-1,"keyFile":-1,"keySecret":79,"serverName":-1},{"deny":-1},{"args":-1,"command":-1,"env":77,"envFrom":82,"image":-1,"imagePullPolicy":-1,"lifecycle":221,"livenessProbe":91,"name":-1,"ports":93,"readinessProbe":91,"resizePolicy":94,"resources":839,"securityContext":223,"startupProbe":91,"stdin":-1,"stdinOnce":-1,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"tty":-1,"volumeDevices":102,"volumeMounts":224,"workingDir":-1},{"group":-1,"name":-1,"namespace":-1,"resource":-1},{"annotations":-1,"labels":-1,"name":-1},{"authorization":925,"basicAuth":904,"bearerToken":-1,"bearerTokenFile":-1,"headers":-1,"metadataConfig":932,"name":-1,"oauth2":905,"proxyUrl":-1,"queueConfig":933,"remoteTimeout":-1,"sendExemplars":-1,"sigv4":916,"tlsConfig":926,"url":-1,"writeRelabelConfigs":934},{"send":-1,"sendInterval":-1},{"batchSendDeadline":-1,"capacity":-1,"maxBackoff":-1,"maxRetries":-1,"maxSamplesPerSend":-1,"maxShards":-1,"minBackoff":-1,"minShards":-1,"retryOnRateLimit":-1},{"action":-1,"modulus":-1,"regex":-1,"replacement":-1,"separator":-1,"sourceLabels":-1,"targetLabel":-1},{"disableMountSubPath":-1,"emptyDir":124,"ephemeral":844,"volumeClaimTemplate":936},{"apiVersion":-1,"kind":-1,"metadata":930,"spec":846,"status":937},{"accessModes":-1,"allocatedResources":-1,"capacity":-1,"conditions":164,"phase":-1,"resizeStatus":-1},{"httpConfig":939,"maxConnections":-1,"pageTitle":-1,"tlsConfig":941},{"headers":940,"http2":-1},{"contentSecurityPolicy":-1,"strictTransportSecurity":-1,"xContentTypeOptions":-1,"xFrameOptions":-1,"xXSSProtection":-1},{"cert":900,"cipherSuites":-1,"clientAuthType":-1,"client_ca":900,"curvePreferences":-1,"keySecret":79,"maxVersion":-1,"minVersion":-1,"preferServerCipherSuites":-1},{"availableReplicas":-1,"conditions":23,"paused":-1,"replicas":-1,"shardStatuses":943,"unavailableReplicas":-1,"updatedReplicas":-1},{"availableReplicas":-1,"replicas":-1,"shardID":-1,"unavailableReplicas":-1,"updatedReplicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":945},{"fileSDConfigs":946,"honorLabels":-1,"honorTimestamps":-1,"httpSDConfigs":947,"metricsPath":-1,"relabelings":934,"staticConfigs":948},{"files":-1,"refreshInterval":-1},{"refreshInterval":-1,"url":-1},{"labels":-1,"targets":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":950,"status":954},{"additionalPeers":-1,"affinity":216,"alertmanagerConfigMatcherStrategy":648,"alertmanagerConfigNamespaceSelector":7,"alertmanagerConfigSelector":7,"alertmanagerConfiguration":951,"baseImage":-1,"clusterAdvertiseAddress":-1,"clusterGossipInterval":-1,"clusterPeerTimeout":-1,"clusterPushpullInterval":-1,"configMaps":-1,"configSecret":-1,"containers":928,"externalUrl":-1,"forceEnableClusterMode":-1,"hostAliases":106,"image":-1,"imagePullPolicy":-1,"imagePullSecrets":107,"initContainers":928,"listenLocal":-1,"logFormat":-1,"logLevel":-1,"minReadySeconds":-1,"nodeSelector":-1,"paused":-1,"podMetadata":930,"portName":-1,"priorityClassName":-1,"replicas":-1,"resources":839,"retention":-1,"routePrefix":-1,"secrets":-1,"securityContext":226,"serviceAccountName":-1,"sha":-1,"storage":935,"tag":-1,"tolerations":111,"topologySpreadConstraints":112,"version":-1,"volumeMounts":224,"volumes":843,"web":953},{"global":952,"name":-1,"templates":900},{"httpConfig":902,"opsGenieApiKey":79,"opsGenieApiUrl":79,"resolveTimeout":-1,"slackApiUrl":79},{"getConcurrency":-1,"httpConfig":939,"timeout":-1,"tlsConfig":941},{"availableReplicas":-1,"conditions":23,"paused":-1,"replicas":-1,"unavailableReplicas":-1,"updatedReplicas":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":956},{"attachMetadata":957,"jobLabel":-1,"labelLimit":-1,"labelNameLengthLimit":-1,"labelValueLengthLimit":-1,"namespaceSelector":958,"podMetricsEndpoints":959,"podTargetLabels":-1,"sampleLimit":-1,"selector":7,"targetLimit":-1},{"node":-1},{"any":-1,"matchNames":-1},{"authorization":903,"basicAuth":904,"bearerTokenSecret":79,"enableHttp2":-1,"filterRunning":-1,"followRedirects":-1,"honorLabels":-1,"honorTimestamps":-1,"interval":-1,"metricRelabelings":934,"oauth2":905,"params":-1,"path":-1,"port":-1,"proxyUrl":-1,"relabelings":934,"scheme":-1,"scrapeTimeout":-1,"targetPort":-1,"tlsConfig":899},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":961},{"authorization":903,"basicAuth":904,"bearerTokenSecret":79,"interval":-1,"jobName":-1,"labelLimit":-1,"labelNameLengthLimit":-1,"labelValueLengthLimit":-1,"metricRelabelings":934,"module":-1,"oauth2":905,"prober":962,"sampleLimit":-1,"scrapeTimeout":-1,"targetLimit":-1,"targets":963,"tlsConfig":899},{"path":-1,"proxyUrl":-1,"scheme":-1,"url":-1},{"ingress":964,"staticConfig":965},{"namespaceSelector":958,"relabelingConfigs":934,"selector":7},{"labels":-1,"relabelingConfigs":934,"static":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":967,"status":942},{"additionalAlertManagerConfigs":79,"additionalAlertRelabelConfigs":79,"additionalArgs":88,"additionalScrapeConfigs":79,"affinity":216,"alerting":968,"allowOverlappingBlocks":-1,"apiserverConfig":924,"arbitraryFSAccessThroughSMs":927,"baseImage":-1,"configMaps":-1,"containers":928,"disableCompaction":-1,"enableAdminAPI":-1,"enableFeatures":-1,"enableRemoteWriteReceiver":-1,"enforcedBodySizeLimit":-1,"enforcedLabelLimit":-1,"enforcedLabelNameLengthLimit":-1,"enforcedLabelValueLengthLimit":-1,"enforcedNamespaceLabel":-1,"enforcedSampleLimit":-1,"enforcedTargetLimit":-1,"evaluationInterval":-1,"excludedFromEnforcement":929,"exemplars":970,"externalLabels":-1,"externalUrl":-1,"hostAliases":106,"hostNetwork":-1,"ignoreNamespaceSelectors":-1,"image":-1,"imagePullPolicy":-1,"imagePullSecrets":107,"initContainers":928,"listenLocal":-1,"logFormat":-1,"logLevel":-1,"minReadySeconds":-1,"nodeSelector":-1,"overrideHonorLabels":-1,"overrideHonorTimestamps":-1,"paused":-1,"podMetadata":930,"podMonitorNamespaceSelector":7,"podMonitorSelector":7,"podTargetLabels":-1,"portName":-1,"priorityClassName":-1,"probeNamespaceSelector":7,"probeSelector":7,"prometheusExternalLabelName":-1,"prometheusRulesExcludedFromEnforce":971,"query":972,"queryLogFile":-1,"remoteRead":973,"remoteWrite":931,"replicaExternalLabelName":-1,"replicas":-1,"resources":839,"retention":-1,"retentionSize":-1,"routePrefix":-1,"ruleNamespaceSelector":7,"ruleSelector":7,"rules":974,"scrapeConfigNamespaceSelector":7,"scrapeConfigSelector":7,"scrapeInterval":-1,"scrapeTimeout":-1,"secrets":-1,"securityContext":226,"serviceAccountName":-1,"serviceMonitorNamespaceSelector":7,"serviceMonitorSelector":7,"sha":-1,"shards":-1,"storage":935,"tag":-1,"thanos":976,"tolerations":111,"topologySpreadConstraints":112,"tsdb":977,"version":-1,"volumeMounts":224,"volumes":843,"walCompression":-1,"web":938},{"alertmanagers":969},{"apiVersion":-1,"authorization":903,"basicAuth":904,"bearerTokenFile":-1,"enableHttp2":-1,"name":-1,"namespace":-1,"pathPrefix":-1,"port":-1,"scheme":-1,"timeout":-1,"tlsConfig":926},{"maxSize":-1},{"ruleName":-1,"ruleNamespace":-1},{"lookbackDelta":-1,"maxConcurrency":-1,"maxSamples":-1,"timeout":-1},{"authorization":925,"basicAuth":904,"bearerToken":-1,"bearerTokenFile":-1,"filterExternalLabels":-1,"headers":-1,"name":-1,"oauth2":905,"proxyUrl":-1,"readRecent":-1,"remoteTimeout":-1,"requiredMatchers":-1,"tlsConfig":926,"url":-1},{"alert":975},{"forGracePeriod":-1,"forOutageTolerance":-1,"resendDelay":-1},{"additionalArgs":88,"baseImage":-1,"blockSize":-1,"getConfigInterval":-1,"getConfigTimeout":-1,"grpcListenLocal":-1,"grpcServerTlsConfig":926,"httpListenLocal":-1,"image":-1,"listenLocal":-1,"logFormat":-1,"logLevel":-1,"minTime":-1,"objectStorageConfig":79,"objectStorageConfigFile":-1,"readyTimeout":-1,"resources":839,"sha":-1,"tag":-1,"tracingConfig":79,"tracingConfigFile":-1,"version":-1,"volumeMounts":224},{"outOfOrderTimeWindow":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":979},{"groups":980},{"interval":-1,"limit":-1,"name":-1,"partial_response_strategy":-1,"rules":981},{"alert":-1,"annotations":-1,"expr":-1,"for":-1,"labels":-1,"record":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":983},{"attachMetadata":957,"endpoints":984,"jobLabel":-1,"labelLimit":-1,"labelNameLengthLimit":-1,"labelValueLengthLimit":-1,"namespaceSelector":958,"podTargetLabels":-1,"sampleLimit":-1,"selector":7,"targetLabels":-1,"targetLimit":-1},{"authorization":903,"basicAuth":904,"bearerTokenFile":-1,"bearerTokenSecret":79,"enableHttp2":-1,"filterRunning":-1,"followRedirects":-1,"honorLabels":-1,"honorTimestamps":-1,"interval":-1,"metricRelabelings":934,"oauth2":905,"params":-1,"path":-1,"port":-1,"proxyUrl":-1,"relabelings":934,"scheme":-1,"scrapeTimeout":-1,"targetPort":-1,"tlsConfig":926},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":986,"status":954},{"additionalArgs":88,"affinity":216,"alertDropLabels":-1,"alertQueryUrl":-1,"alertRelabelConfigFile":-1,"alertRelabelConfigs":79,"alertmanagersConfig":79,"alertmanagersUrl":-1,"containers":928,"enforcedNamespaceLabel":-1,"evaluationInterval":-1,"excludedFromEnforcement":929,"externalPrefix":-1,"grpcServerTlsConfig":926,"hostAliases":106,"image":-1,"imagePullPolicy":-1,"imagePullSecrets":107,"initContainers":928,"labels":-1,"listenLocal":-1,"logFormat":-1,"logLevel":-1,"minReadySeconds":-1,"nodeSelector":-1,"objectStorageConfig":79,"objectStorageConfigFile":-1,"paused":-1,"podMetadata":930,"portName":-1,"priorityClassName":-1,"prometheusRulesExcludedFromEnforce":971,"queryConfig":79,"queryEndpoints":-1,"replicas":-1,"resources":839,"retention":-1,"routePrefix":-1,"ruleNamespaceSelector":7,"ruleSelector":7,"securityContext":226,"serviceAccountName":-1,"storage":935,"tolerations":111,"topologySpreadConstraints":112,"tracingConfig":79,"tracingConfigFile":-1,"version":-1,"volumes":843},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":988,"status":989},{"dnsNames":-1,"domain":-1,"secretName":-1},{"annotations":-1,"conditions":406,"http01Challenges":990,"notAfter":-1,"observedGeneration":-1},{"serviceName":-1,"serviceNamespace":-1,"servicePort":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":992},{"namespace":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":994,"status":1002},{"httpOption":-1,"rules":995,"tls":1001},{"hosts":-1,"http":996,"visibility":-1},{"paths":997},{"appendHeaders":-1,"headers":998,"path":-1,"rewriteHost":-1,"splits":1000},{"":999},{"exact":-1},{"appendHeaders":-1,"percent":-1,"serviceName":-1,"serviceNamespace":-1,"servicePort":-1},{"hosts":-1,"secretName":-1,"secretNamespace":-1},{"annotations":-1,"conditions":406,"observedGeneration":-1,"privateLoadBalancer":1003,"publicLoadBalancer":1003},{"ingress":1004},{"domain":-1,"domainInternal":-1,"ip":-1,"meshOnly":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1006,"status":1007},{"mode":-1,"numActivators":-1,"objectRef":458,"protocolType":-1},{"annotations":-1,"conditions":406,"observedGeneration":-1,"privateServiceName":-1,"serviceName":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1009},{"controller":-1,"parameters":1010},{"apiGroup":-1,"kind":-1,"name":-1,"namespace":-1,"scope":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1012},{"parentRef":929},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1014,"status":1021},{"defaultBackend":1015,"ingressClassName":-1,"rules":1018,"tls":505},{"resource":128,"service":1016},{"name":-1,"port":1017},{"name":-1,"number":-1},{"host":-1,"http":1019},{"paths":1020},{"backend":1015,"path":-1,"pathType":-1},{"loadBalancer":1022},{"ingress":1023},{"hostname":-1,"ip":-1,"ports":509},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1025},{"egress":1026,"ingress":1028,"podSelector":7,"policyTypes":-1},{"ports":1027,"to":514},{"endPort":-1,"port":-1,"protocol":-1},{"from":514,"ports":1027},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1030,"status":712},{"cidrs":-1},{"apiVersion":-1,"handler":-1,"kind":-1,"metadata":1,"overhead":1032,"scheduling":1033},{"podFixed":-1},{"nodeSelector":-1,"tolerations":111},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1035,"status":1037},{"eventSeverity":-1,"eventSources":1036,"exclusionList":-1,"providerRef":107,"summary":-1,"suspend":-1},{"apiVersion":-1,"kind":-1,"matchLabels":-1,"name":-1,"namespace":-1},{"conditions":23,"observedGeneration":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1039,"status":1037},{"address":-1,"certSecretRef":107,"channel":-1,"proxy":-1,"secretRef":107,"suspend":-1,"timeout":-1,"type":-1,"username":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1041,"status":1042},{"events":-1,"resources":1036,"secretRef":107,"suspend":-1,"type":-1},{"conditions":23,"observedGeneration":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1044,"status":1045},{"eventMetadata":-1,"eventSeverity":-1,"eventSources":1036,"exclusionList":-1,"inclusionList":-1,"providerRef":107,"summary":-1,"suspend":-1},{"conditions":23,"lastHandledReconcileAt":-1,"observedGeneration":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1047,"status":1045},{"address":-1,"certSecretRef":107,"channel":-1,"interval":-1,"proxy":-1,"secretRef":107,"suspend":-1,"timeout":-1,"type":-1,"username":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1049,"status":1050},{"events":-1,"interval":-1,"resources":1036,"secretRef":107,"suspend":-1,"type":-1},{"conditions":23,"lastHandledReconcileAt":-1,"observedGeneration":-1,"url":-1,"webhookPath":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1044},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1047},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1049,"status":1054},{"conditions":23,"lastHandledReconcileAt":-1,"observedGeneration":-1,"webhookPath":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1056,"status":1075},{"additionalManifests":1057,"config":-1,"defaultBrokerClass":-1,"deployments":1058,"high-availability":1068,"manifests":1057,"podDisruptionBudgets":1069,"registry":1070,"services":1071,"sinkBindingSelectionMode":-1,"source":1072,"version":-1,"workloads":1074},{"URL":-1},{"affinity":1059,"annotations":-1,"env":1063,"hostNetwork":-1,"labels":-1,"livenessProbes":1064,"name":-1,"nodeSelector":-1,"readinessProbes":1064,"replicas":-1,"resources":1065,"tolerations":111,"topologySpreadConstraints":1067},{"nodeAffinity":69,"podAffinity":1060,"podAntiAffinity":1060},{"preferredDuringSchedulingIgnoredDuringExecution":1061,"requiredDuringSchedulingIgnoredDuringExecution":1062},{"podAffinityTerm":1062,"weight":-1},{"labelSelector":7,"namespaces":-1,"topologyKey":-1},{"container":-1,"envVars":77},{"container":-1,"failureThreshold":-1,"initialDelaySeconds":-1,"periodSeconds":-1,"successThreshold":-1,"terminationGracePeriodSeconds":-1,"timeoutSeconds":-1},{"container":-1,"limits":1066,"requests":1066},{"cpu":-1,"memory":-1},{"labelSelector":7,"maxSkew":-1,"topologyKey":-1,"whenUnsatisfiable":-1},{"replicas":-1},{"minAvailable":-1,"name":-1},{"default":-1,"imagePullSecrets":107,"override":-1},{"annotations":-1,"labels":-1,"name":-1,"selector":-1},{"ceph":1073,"github":1073,"gitlab":1073,"kafka":1073,"rabbitmq":1073,"redis":1073},{"enabled":-1},{"affinity":1059,"annotations":-1,"env":1063,"hostNetwork":-1,"labels":-1,"livenessProbes":1064,"name":-1,"nodeSelector":-1,"readinessProbes":1064,"replicas":-1,"resources":1065,"tolerations":111,"topologySpreadConstraints":1067,"version":-1,"volumeMounts":224},{"conditions":406,"manifests":-1,"observedGeneration":-1,"version":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1077,"status":1075},{"additionalManifests":1057,"config":-1,"controller-custom-certs":1078,"deployments":1058,"high-availability":1068,"ingress":1079,"manifests":1057,"podDisruptionBudgets":1069,"registry":1070,"security":1085,"services":1071,"version":-1,"workloads":1074},{"name":-1,"type":-1},{"contour":1073,"istio":1080,"kourier":1084},{"enabled":-1,"knative-ingress-gateway":1081,"knative-local-gateway":1081},{"selector":-1,"servers":1082},{"hosts":-1,"port":1083},{"name":-1,"number":-1,"protocol":-1,"target_port":-1},{"bootstrap-configmap":-1,"enabled":-1,"service-type":-1},{"securityGuard":1073},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1087,"status":1088},{"maxUnavailable":-1,"minAvailable":-1,"selector":7},{"conditions":23,"currentHealthy":-1,"desiredHealthy":-1,"disruptedPods":-1,"disruptionsAllowed":-1,"expectedPods":-1,"observedGeneration":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1090,"status":1088},{"maxUnavailable":-1,"minAvailable":-1,"selector":7,"unhealthyPodEvictionPolicy":-1},{"aggregationRule":1092,"apiVersion":-1,"kind":-1,"metadata":1,"rules":1093},{"clusterRoleSelectors":7},{"apiGroups":-1,"nonResourceURLs":-1,"resourceNames":-1,"resources":-1,"verbs":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"roleRef":128,"subjects":129},{"apiVersion":-1,"kind":-1,"metadata":1,"rules":1093},{"apiVersion":-1,"description":-1,"globalDefault":-1,"kind":-1,"metadata":1,"preemptionPolicy":-1,"value":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1098,"status":1101},{"ref":1099,"tls":1100},{"address":-1,"apiVersion":-1,"group":-1,"kind":-1,"name":-1,"namespace":-1},{"secretName":-1},{"address":1102,"annotations":-1,"conditions":406,"observedGeneration":-1,"url":-1},{"CACerts":-1,"name":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1104,"status":1115},{"template":1105},{"metadata":303,"spec":1106},{"affinity":-1,"automountServiceAccountToken":-1,"containerConcurrency":-1,"containers":1107,"dnsConfig":-1,"dnsPolicy":-1,"enableServiceLinks":-1,"hostAliases":-1,"idleTimeoutSeconds":-1,"imagePullSecrets":107,"initContainers":-1,"nodeSelector":-1,"priorityClassName":-1,"responseStartTimeoutSeconds":-1,"runtimeClassName":-1,"schedulerName":-1,"securityContext":-1,"serviceAccountName":-1,"timeoutSeconds":-1,"tolerations":-1,"topologySpreadConstraints":-1,"volumes":1114},{"args":-1,"command":-1,"env":1108,"envFrom":82,"image":-1,"imagePullPolicy":-1,"livenessProbe":1110,"name":-1,"ports":1111,"readinessProbe":1110,"resources":130,"securityContext":1112,"terminationMessagePath":-1,"terminationMessagePolicy":-1,"volumeMounts":1113,"workingDir":-1},{"name":-1,"value":-1,"valueFrom":1109},{"configMapKeyRef":79,"fieldRef":-1,"resourceFieldRef":-1,"secretKeyRef":79},{"exec":86,"failureThreshold":-1,"httpGet":87,"initialDelaySeconds":-1,"periodSeconds":-1,"successThreshold":-1,"tcpSocket":90,"timeoutSeconds":-1},{"containerPort":-1,"name":-1,"protocol":-1},{"allowPrivilegeEscalation":-1,"capabilities":99,"readOnlyRootFilesystem":-1,"runAsGroup":-1,"runAsNonRoot":-1,"runAsUser":-1,"seccompProfile":98},{"mountPath":-1,"name":-1,"readOnly":-1,"subPath":-1},{"configMap":119,"emptyDir":-1,"name":-1,"persistentVolumeClaim":-1,"projected":847,"secret":153},{"annotations":-1,"conditions":406,"latestCreatedRevisionName":-1,"latestReadyRevisionName":-1,"observedGeneration":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1106,"status":1117},{"actualReplicas":-1,"annotations":-1,"conditions":406,"containerStatuses":1118,"desiredReplicas":-1,"initContainerStatuses":1118,"logUrl":-1,"observedGeneration":-1},{"imageDigest":-1,"name":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1120,"status":1122},{"traffic":1121},{"configurationName":-1,"latestRevision":-1,"percent":-1,"revisionName":-1,"tag":-1,"url":-1},{"address":1102,"annotations":-1,"conditions":406,"observedGeneration":-1,"traffic":1121,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1124,"status":1125},{"template":1105,"traffic":1121},{"address":1102,"annotations":-1,"conditions":406,"latestCreatedRevisionName":-1,"latestReadyRevisionName":-1,"observedGeneration":-1,"traffic":1121,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1127,"status":1128},{"accessFrom":798,"bucketName":-1,"endpoint":-1,"ignore":-1,"insecure":-1,"interval":-1,"provider":-1,"region":-1,"secretRef":107,"suspend":-1,"timeout":-1},{"artifact":1129,"conditions":23,"lastHandledReconcileAt":-1,"observedGeneration":-1,"url":-1},{"checksum":-1,"lastUpdateTime":-1,"path":-1,"revision":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1131,"status":1135},{"accessFrom":798,"gitImplementation":-1,"ignore":-1,"include":1132,"interval":-1,"recurseSubmodules":-1,"ref":1133,"secretRef":107,"suspend":-1,"timeout":-1,"url":-1,"verify":1134},{"fromPath":-1,"repository":107,"toPath":-1},{"branch":-1,"commit":-1,"semver":-1,"tag":-1},{"mode":-1,"secretRef":107},{"artifact":1129,"conditions":23,"includedArtifacts":1129,"lastHandledReconcileAt":-1,"observedGeneration":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1137,"status":1128},{"accessFrom":798,"chart":-1,"interval":-1,"reconcileStrategy":-1,"sourceRef":393,"suspend":-1,"valuesFile":-1,"valuesFiles":-1,"version":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1139,"status":1128},{"accessFrom":798,"interval":-1,"passCredentials":-1,"secretRef":107,"suspend":-1,"timeout":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1141,"status":1142},{"accessFrom":798,"bucketName":-1,"endpoint":-1,"ignore":-1,"insecure":-1,"interval":-1,"prefix":-1,"provider":-1,"region":-1,"secretRef":107,"suspend":-1,"timeout":-1},{"artifact":1143,"conditions":23,"lastHandledReconcileAt":-1,"observedGeneration":-1,"observedIgnore":-1,"url":-1},{"digest":-1,"lastUpdateTime":-1,"metadata":-1,"path":-1,"revision":-1,"size":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1145,"status":1146},{"accessFrom":798,"gitImplementation":-1,"ignore":-1,"include":1132,"interval":-1,"recurseSubmodules":-1,"ref":806,"secretRef":107,"suspend":-1,"timeout":-1,"url":-1,"verify":1134},{"artifact":1143,"conditions":23,"contentConfigChecksum":-1,"includedArtifacts":1143,"lastHandledReconcileAt":-1,"observedGeneration":-1,"observedIgnore":-1,"observedInclude":1132,"observedRecurseSubmodules":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1148,"status":1151},{"accessFrom":798,"chart":-1,"interval":-1,"reconcileStrategy":-1,"sourceRef":393,"suspend":-1,"valuesFile":-1,"valuesFiles":-1,"verify":1149,"version":-1},{"matchOIDCIdentity":1150,"provider":-1,"secretRef":107},{"issuer":-1,"subject":-1},{"artifact":1143,"conditions":23,"lastHandledReconcileAt":-1,"observedChartName":-1,"observedGeneration":-1,"observedSourceArtifactRevision":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1153,"status":1154},{"accessFrom":798,"certSecretRef":107,"insecure":-1,"interval":-1,"passCredentials":-1,"provider":-1,"secretRef":107,"suspend":-1,"timeout":-1,"type":-1,"url":-1},{"artifact":1143,"conditions":23,"lastHandledReconcileAt":-1,"observedGeneration":-1,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1156,"status":1159},{"certSecretRef":107,"ignore":-1,"insecure":-1,"interval":-1,"layerSelector":1157,"provider":-1,"ref":1158,"secretRef":107,"serviceAccountName":-1,"suspend":-1,"timeout":-1,"url":-1,"verify":1149},{"mediaType":-1,"operation":-1},{"digest":-1,"semver":-1,"tag":-1},{"artifact":1143,"conditions":23,"contentConfigChecksum":-1,"lastHandledReconcileAt":-1,"observedGeneration":-1,"observedIgnore":-1,"observedLayerSelector":1157,"url":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1161,"status":1162},{"ignore":-1,"include":1132,"interval":-1,"proxySecretRef":107,"recurseSubmodules":-1,"ref":806,"secretRef":107,"suspend":-1,"timeout":-1,"url":-1,"verify":1134},{"artifact":1143,"conditions":23,"includedArtifacts":1143,"lastHandledReconcileAt":-1,"observedGeneration":-1,"observedIgnore":-1,"observedInclude":1132,"observedRecurseSubmodules":-1,"sourceVerificationMode":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1164,"status":1166},{"ceOverrides":1165,"contentType":-1,"data":-1,"dataBase64":-1,"schedule":-1,"sink":487,"timezone":-1},{"extensions":-1},{"annotations":-1,"ceAttributes":1167,"conditions":406,"observedGeneration":-1,"sinkUri":-1},{"source":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1169,"status":1171},{"ceOverrides":1165,"mode":-1,"namespaceSelector":7,"owner":20,"resources":1170,"serviceAccountName":-1,"sink":487},{"apiVersion":-1,"kind":-1,"selector":7},{"annotations":-1,"ceAttributes":1167,"conditions":406,"namespaces":-1,"observedGeneration":-1,"sinkUri":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1173,"status":1166},{"ceOverrides":1165,"sink":487,"template":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1175,"status":1166},{"ceOverrides":1165,"sink":487,"subject":1176},{"apiVersion":-1,"kind":-1,"name":-1,"namespace":-1,"selector":7},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1178},{"attachRequired":-1,"fsGroupPolicy":-1,"podInfoOnMount":-1,"requiresRepublish":-1,"storageCapacity":-1,"tokenRequests":1179,"volumeLifecycleModes":-1},{"audience":-1,"expirationSeconds":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1181},{"drivers":1182},{"allocatable":1183,"name":-1,"nodeID":-1,"topologyKeys":-1},{"count":-1},{"apiVersion":-1,"capacity":-1,"kind":-1,"maximumVolumeSize":-1,"metadata":1,"nodeTopology":7,"storageClassName":-1},{"allowVolumeExpansion":-1,"allowedTopologies":1186,"apiVersion":-1,"kind":-1,"metadata":1,"mountOptions":-1,"parameters":-1,"provisioner":-1,"reclaimPolicy":-1,"volumeBindingMode":-1},{"matchLabelExpressions":1187},{"key":-1,"values":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1189,"status":1204},{"attacher":-1,"nodeName":-1,"source":1190},{"inlineVolumeSpec":1191,"persistentVolumeName":-1},{"accessModes":-1,"awsElasticBlockStore":114,"azureDisk":115,"azureFile":1192,"capacity":-1,"cephfs":1193,"cinder":1194,"claimRef":458,"csi":1195,"fc":131,"flexVolume":1196,"flocker":133,"gcePersistentDisk":134,"glusterfs":1197,"hostPath":137,"iscsi":1198,"local":1199,"mountOptions":-1,"nfs":140,"nodeAffinity":1200,"persistentVolumeReclaimPolicy":-1,"photonPersistentDisk":142,"portworxVolume":143,"quobyte":150,"rbd":1201,"scaleIO":1202,"storageClassName":-1,"storageos":1203,"volumeAttributesClassName":-1,"volumeMode":-1,"vsphereVolume":155},{"readOnly":-1,"secretName":-1,"secretNamespace":-1,"shareName":-1},{"monitors":-1,"path":-1,"readOnly":-1,"secretFile":-1,"secretRef":653,"user":-1},{"fsType":-1,"readOnly":-1,"secretRef":653,"volumeID":-1},{"controllerExpandSecretRef":653,"controllerPublishSecretRef":653,"driver":-1,"fsType":-1,"nodeExpandSecretRef":653,"nodePublishSecretRef":653,"nodeStageSecretRef":653,"readOnly":-1,"volumeAttributes":-1,"volumeHandle":-1},{"driver":-1,"fsType":-1,"options":-1,"readOnly":-1,"secretRef":653},{"endpoints":-1,"endpointsNamespace":-1,"path":-1,"readOnly":-1},{"chapAuthDiscovery":-1,"chapAuthSession":-1,"fsType":-1,"initiatorName":-1,"iqn":-1,"iscsiInterface":-1,"lun":-1,"portals":-1,"readOnly":-1,"secretRef":653,"targetPortal":-1},{"fsType":-1,"path":-1},{"required":72},{"fsType":-1,"image":-1,"keyring":-1,"monitors":-1,"pool":-1,"readOnly":-1,"secretRef":653,"user":-1},{"fsType":-1,"gateway":-1,"protectionDomain":-1,"readOnly":-1,"secretRef":653,"sslEnabled":-1,"storageMode":-1,"storagePool":-1,"system":-1,"volumeName":-1},{"fsType":-1,"readOnly":-1,"secretRef":458,"volumeName":-1,"volumeNamespace":-1},{"attachError":1205,"attached":-1,"attachmentMetadata":-1,"detachError":1205},{"message":-1,"time":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1207},{"attachRequired":-1,"fsGroupPolicy":-1,"nodeAllocatableUpdatePeriodSeconds":-1,"podInfoOnMount":-1,"requiresRepublish":-1,"seLinuxMount":-1,"storageCapacity":-1,"tokenRequests":1179,"volumeLifecycleModes":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1189,"status":1209},{"attachError":1210,"attached":-1,"attachmentMetadata":-1,"detachError":1210},{"errorCode":-1,"message":-1,"time":-1},{"apiVersion":-1,"conditions":1212,"kind":-1,"metadata":1},{"error":-1,"message":-1,"status":-1,"type":-1},{"apiVersion":-1,"binaryData":-1,"data":-1,"immutable":-1,"kind":-1,"metadata":1},{"apiVersion":-1,"kind":-1,"metadata":1,"subsets":1215},{"addresses":1216,"notReadyAddresses":1216,"ports":477},{"hostname":-1,"ip":-1,"nodeName":-1,"targetRef":458},{"action":-1,"apiVersion":-1,"count":-1,"eventTime":-1,"firstTimestamp":-1,"involvedObject":458,"kind":-1,"lastTimestamp":-1,"message":-1,"metadata":1,"reason":-1,"related":458,"reportingComponent":-1,"reportingInstance":-1,"series":496,"source":495,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1219},{"limits":1220},{"default":-1,"defaultRequest":-1,"max":-1,"maxLimitRequestRatio":-1,"min":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1222,"status":1223},{"finalizers":-1},{"conditions":44,"phase":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1225,"status":1229},{"configSource":1226,"externalID":-1,"podCIDR":-1,"podCIDRs":-1,"providerID":-1,"taints":1228,"unschedulable":-1},{"configMap":1227},{"kubeletConfigKey":-1,"name":-1,"namespace":-1,"resourceVersion":-1,"uid":-1},{"effect":-1,"key":-1,"timeAdded":-1,"value":-1},{"addresses":1230,"allocatable":-1,"capacity":-1,"conditions":1231,"config":1232,"daemonEndpoints":1233,"features":1235,"images":1236,"nodeInfo":1237,"phase":-1,"runtimeHandlers":1239,"volumesAttached":102,"volumesInUse":-1},{"address":-1,"type":-1},{"lastHeartbeatTime":-1,"lastTransitionTime":-1,"message":-1,"reason":-1,"status":-1,"type":-1},{"active":1226,"assigned":1226,"error":-1,"lastKnownGood":1226},{"kubeletEndpoint":1234},{"Port":-1},{"supplementalGroupsPolicy":-1},{"names":-1,"sizeBytes":-1},{"architecture":-1,"bootID":-1,"containerRuntimeVersion":-1,"kernelVersion":-1,"kubeProxyVersion":-1,"kubeletVersion":-1,"machineID":-1,"operatingSystem":-1,"osImage":-1,"swap":1238,"systemUUID":-1},{"capacity":-1},{"features":1240,"name":-1},{"recursiveReadOnlyMounts":-1,"userNamespaces":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1191,"status":1242},{"lastPhaseTransitionTime":-1,"message":-1,"phase":-1,"reason":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":67,"status":1244},{"conditions":1245,"containerStatuses":1246,"ephemeralContainerStatuses":1246,"hostIP":-1,"hostIPs":1256,"initContainerStatuses":1246,"message":-1,"nominatedNodeName":-1,"observedGeneration":-1,"phase":-1,"podIP":-1,"podIPs":1256,"qosClass":-1,"reason":-1,"resize":-1,"resourceClaimStatuses":1257,"startTime":-1},{"lastProbeTime":-1,"lastTransitionTime":-1,"message":-1,"observedGeneration":-1,"reason":-1,"status":-1,"type":-1},{"allocatedResources":-1,"allocatedResourcesStatus":1247,"containerID":-1,"image":-1,"imageID":-1,"lastState":1249,"name":-1,"ready":-1,"resources":95,"restartCount":-1,"started":-1,"state":1249,"stopSignal":-1,"user":1253,"volumeMounts":1255},{"name":-1,"resources":1248},{"health":-1,"resourceID":-1},{"running":1250,"terminated":1251,"waiting":1252},{"startedAt":-1},{"containerID":-1,"exitCode":-1,"finishedAt":-1,"message":-1,"reason":-1,"signal":-1,"startedAt":-1},{"message":-1,"reason":-1},{"linux":1254},{"gid":-1,"supplementalGroups":-1,"uid":-1},{"mountPath":-1,"name":-1,"readOnly":-1,"recursiveReadOnly":-1},{"ip":-1},{"name":-1,"resourceClaimName":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"template":66},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1260,"status":176},{"minReadySeconds":-1,"replicas":-1,"selector":-1,"template":66},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1262,"status":1265},{"hard":-1,"scopeSelector":1263,"scopes":-1},{"matchExpressions":1264},{"operator":-1,"scopeName":-1,"values":-1},{"hard":-1,"used":-1},{"apiVersion":-1,"data":-1,"immutable":-1,"kind":-1,"metadata":1,"stringData":-1,"type":-1},{"apiVersion":-1,"kind":-1,"metadata":1,"spec":1268,"status":1272},{"allocateLoadBalancerNodePorts":-1,"clusterIP":-1,"clusterIPs":-1,"externalIPs":-1,"externalName":-1,"externalTrafficPolicy":-1,"healthCheckNodePort":-1,"internalTrafficPolicy":-1,"ipFamilies":-1,"ipFamilyPolicy":-1,"loadBalancerClass":-1,"loadBalancerIP":-1,"loadBalancerSourceRanges":-1,"ports":1269,"publishNotReadyAddresses":-1,"selector":-1,"sessionAffinity":-1,"sessionAffinityConfig":1270,"trafficDistribution":-1,"type":-1},{"appProtocol":-1,"name":-1,"nodePort":-1,"port":-1,"protocol":-1,"targetPort":-1},{"clientIP":1271},{"timeoutSeconds":-1},{"conditions":23,"loadBalancer":507},{"apiVersion":-1,"automountServiceAccountToken":-1,"imagePullSecrets":107,"kind":-1,"metadata":1,"secrets":458}]');
var FIELD_ROOTS = new Map(JSON.parse('[["admissionregistration.k8s.io/v1beta1|MutatingWebhookConfiguration",0],["admissionregistration.k8s.io/v1beta1|ValidatingWebhookConfiguration",10],["admissionregistration.k8s.io/v1|MutatingWebhookConfiguration",12],["admissionregistration.k8s.io/v1|ValidatingAdmissionPolicy",15],["admissionregistration.k8s.io/v1|ValidatingAdmissionPolicyBinding",26],["admissionregistration.k8s.io/v1|ValidatingWebhookConfiguration",29],["apiextensions.k8s.io/v1beta1|CustomResourceDefinition",31],["apiextensions.k8s.io/v1|CustomResourceDefinition",45],["apiregistration.k8s.io/v1beta1|APIService",56],["apiregistration.k8s.io/v1|APIService",56],["apps/v1beta1|ControllerRevision",60],["apps/v1beta1|Deployment",61],["apps/v1beta1|StatefulSet",158],["apps/v1beta2|ControllerRevision",60],["apps/v1beta2|DaemonSet",167],["apps/v1beta2|Deployment",172],["apps/v1beta2|ReplicaSet",174],["apps/v1beta2|StatefulSet",158],["apps/v1|ControllerRevision",60],["apps/v1|DaemonSet",177],["apps/v1|Deployment",179],["apps/v1|ReplicaSet",181],["apps/v1|StatefulSet",183],["argoproj.io/v1alpha1|AnalysisRun",190],["argoproj.io/v1alpha1|AnalysisTemplate",238],["argoproj.io/v1alpha1|AppProject",240],["argoproj.io/v1alpha1|Application",254],["argoproj.io/v1alpha1|ApplicationSet",298],["argoproj.io/v1alpha1|ClusterAnalysisTemplate",238],["argoproj.io/v1alpha1|Experiment",342],["argoproj.io/v1alpha1|Rollout",349],["autoscaling.internal.knative.dev/v1alpha1|Metric",403],["autoscaling.internal.knative.dev/v1alpha1|PodAutoscaler",407],["autoscaling/v1|HorizontalPodAutoscaler",410],["autoscaling/v2beta1|HorizontalPodAutoscaler",413],["autoscaling/v2beta2|HorizontalPodAutoscaler",428],["autoscaling/v2|HorizontalPodAutoscaler",447],["batch/v1beta1|CronJob",451],["batch/v1|CronJob",451],["batch/v1|Job",459],["caching.internal.knative.dev/v1alpha1|Image",462],["certificates.k8s.io/v1beta1|CertificateSigningRequest",464],["certificates.k8s.io/v1|CertificateSigningRequest",467],["coordination.k8s.io/v1beta1|Lease",469],["coordination.k8s.io/v1|Lease",471],["discovery.k8s.io/v1beta1|EndpointSlice",473],["discovery.k8s.io/v1|EndpointSlice",478],["eventing.knative.dev/v1beta1|EventType",481],["eventing.knative.dev/v1|Broker",483],["eventing.knative.dev/v1|Trigger",490],["events.k8s.io/v1beta1|Event",494],["events.k8s.io/v1|Event",494],["extensions/v1beta1|DaemonSet",497],["extensions/v1beta1|Deployment",61],["extensions/v1beta1|Ingress",499],["extensions/v1beta1|NetworkPolicy",510],["extensions/v1beta1|PodSecurityPolicy",517],["extensions/v1beta1|ReplicaSet",174],["external-secrets.io/v1alpha1|ClusterSecretStore",525],["external-secrets.io/v1alpha1|ExternalSecret",579],["external-secrets.io/v1alpha1|PushSecret",590],["external-secrets.io/v1alpha1|SecretStore",525],["external-secrets.io/v1beta1|ClusterExternalSecret",600],["external-secrets.io/v1beta1|ClusterSecretStore",619],["external-secrets.io/v1beta1|ExternalSecret",645],["external-secrets.io/v1beta1|SecretStore",619],["flowcontrol.apiserver.k8s.io/v1beta1|FlowSchema",646],["flowcontrol.apiserver.k8s.io/v1beta1|PriorityLevelConfiguration",654],["flowcontrol.apiserver.k8s.io/v1beta2|FlowSchema",646],["flowcontrol.apiserver.k8s.io/v1beta2|PriorityLevelConfiguration",659],["flowcontrol.apiserver.k8s.io/v1beta3|FlowSchema",646],["flowcontrol.apiserver.k8s.io/v1beta3|PriorityLevelConfiguration",662],["flowcontrol.apiserver.k8s.io/v1|FlowSchema",646],["flowcontrol.apiserver.k8s.io/v1|PriorityLevelConfiguration",662],["flows.knative.dev/v1|Parallel",666],["flows.knative.dev/v1|Sequence",675],["gateway.networking.k8s.io/v1alpha2|BackendTLSPolicy",681],["gateway.networking.k8s.io/v1alpha2|GRPCRoute",688],["gateway.networking.k8s.io/v1alpha2|Gateway",701],["gateway.networking.k8s.io/v1alpha2|GatewayClass",710],["gateway.networking.k8s.io/v1alpha2|HTTPRoute",713],["gateway.networking.k8s.io/v1alpha2|ReferenceGrant",722],["gateway.networking.k8s.io/v1alpha2|TCPRoute",725],["gateway.networking.k8s.io/v1alpha2|TLSRoute",729],["gateway.networking.k8s.io/v1alpha2|UDPRoute",725],["gateway.networking.k8s.io/v1beta1|Gateway",731],["gateway.networking.k8s.io/v1beta1|GatewayClass",734],["gateway.networking.k8s.io/v1beta1|HTTPRoute",736],["gateway.networking.k8s.io/v1beta1|ReferenceGrant",722],["gateway.networking.k8s.io/v1|Gateway",731],["gateway.networking.k8s.io/v1|GatewayClass",734],["gateway.networking.k8s.io/v1|HTTPRoute",736],["generators.external-secrets.io/v1alpha1|ACRAccessToken",745],["generators.external-secrets.io/v1alpha1|ECRAuthorizationToken",750],["generators.external-secrets.io/v1alpha1|Fake",752],["generators.external-secrets.io/v1alpha1|GCRAccessToken",754],["generators.external-secrets.io/v1alpha1|Password",755],["generators.external-secrets.io/v1alpha1|VaultDynamicSecret",757],["helm.toolkit.fluxcd.io/v2beta1|HelmRelease",759],["helm.toolkit.fluxcd.io/v2beta2|HelmRelease",785],["image.toolkit.fluxcd.io/v1beta1|ImagePolicy",789],["image.toolkit.fluxcd.io/v1beta1|ImageRepository",796],["image.toolkit.fluxcd.io/v1beta1|ImageUpdateAutomation",802],["image.toolkit.fluxcd.io/v1beta2|ImagePolicy",813],["image.toolkit.fluxcd.io/v1beta2|ImageRepository",815],["keda.sh/v1alpha1|ClusterTriggerAuthentication",819],["keda.sh/v1alpha1|ScaledJob",833],["keda.sh/v1alpha1|ScaledObject",854],["keda.sh/v1alpha1|TriggerAuthentication",819],["kustomize.toolkit.fluxcd.io/v1beta1|Kustomization",865],["kustomize.toolkit.fluxcd.io/v1beta2|Kustomization",871],["kustomize.toolkit.fluxcd.io/v1|Kustomization",878],["messaging.knative.dev/v1|Channel",880],["messaging.knative.dev/v1|Subscription",885],["monitoring.coreos.com/v1alpha1|AlertmanagerConfig",889],["monitoring.coreos.com/v1alpha1|PrometheusAgent",922],["monitoring.coreos.com/v1alpha1|ScrapeConfig",944],["monitoring.coreos.com/v1|Alertmanager",949],["monitoring.coreos.com/v1|PodMonitor",955],["monitoring.coreos.com/v1|Probe",960],["monitoring.coreos.com/v1|Prometheus",966],["monitoring.coreos.com/v1|PrometheusRule",978],["monitoring.coreos.com/v1|ServiceMonitor",982],["monitoring.coreos.com/v1|ThanosRuler",985],["networking.internal.knative.dev/v1alpha1|Certificate",987],["networking.internal.knative.dev/v1alpha1|ClusterDomainClaim",991],["networking.internal.knative.dev/v1alpha1|Ingress",993],["networking.internal.knative.dev/v1alpha1|ServerlessService",1005],["networking.k8s.io/v1beta1|Ingress",499],["networking.k8s.io/v1beta1|IngressClass",1008],["networking.k8s.io/v1|IPAddress",1011],["networking.k8s.io/v1|Ingress",1013],["networking.k8s.io/v1|IngressClass",1008],["networking.k8s.io/v1|NetworkPolicy",1024],["networking.k8s.io/v1|ServiceCIDR",1029],["node.k8s.io/v1beta1|RuntimeClass",1031],["node.k8s.io/v1|RuntimeClass",1031],["notification.toolkit.fluxcd.io/v1beta1|Alert",1034],["notification.toolkit.fluxcd.io/v1beta1|Provider",1038],["notification.toolkit.fluxcd.io/v1beta1|Receiver",1040],["notification.toolkit.fluxcd.io/v1beta2|Alert",1043],["notification.toolkit.fluxcd.io/v1beta2|Provider",1046],["notification.toolkit.fluxcd.io/v1beta2|Receiver",1048],["notification.toolkit.fluxcd.io/v1beta3|Alert",1051],["notification.toolkit.fluxcd.io/v1beta3|Provider",1052],["notification.toolkit.fluxcd.io/v1|Receiver",1053],["operator.knative.dev/v1beta1|KnativeEventing",1055],["operator.knative.dev/v1beta1|KnativeServing",1076],["policy/v1beta1|PodDisruptionBudget",1086],["policy/v1beta1|PodSecurityPolicy",517],["policy/v1|PodDisruptionBudget",1089],["rbac.authorization.k8s.io/v1beta1|ClusterRole",1091],["rbac.authorization.k8s.io/v1beta1|ClusterRoleBinding",1094],["rbac.authorization.k8s.io/v1beta1|Role",1095],["rbac.authorization.k8s.io/v1beta1|RoleBinding",1094],["rbac.authorization.k8s.io/v1|ClusterRole",1091],["rbac.authorization.k8s.io/v1|ClusterRoleBinding",1094],["rbac.authorization.k8s.io/v1|Role",1095],["rbac.authorization.k8s.io/v1|RoleBinding",1094],["scheduling.k8s.io/v1beta1|PriorityClass",1096],["scheduling.k8s.io/v1|PriorityClass",1096],["serving.knative.dev/v1alpha1|DomainMapping",1097],["serving.knative.dev/v1beta1|DomainMapping",1097],["serving.knative.dev/v1|Configuration",1103],["serving.knative.dev/v1|Revision",1116],["serving.knative.dev/v1|Route",1119],["serving.knative.dev/v1|Service",1123],["source.toolkit.fluxcd.io/v1beta1|Bucket",1126],["source.toolkit.fluxcd.io/v1beta1|GitRepository",1130],["source.toolkit.fluxcd.io/v1beta1|HelmChart",1136],["source.toolkit.fluxcd.io/v1beta1|HelmRepository",1138],["source.toolkit.fluxcd.io/v1beta2|Bucket",1140],["source.toolkit.fluxcd.io/v1beta2|GitRepository",1144],["source.toolkit.fluxcd.io/v1beta2|HelmChart",1147],["source.toolkit.fluxcd.io/v1beta2|HelmRepository",1152],["source.toolkit.fluxcd.io/v1beta2|OCIRepository",1155],["source.toolkit.fluxcd.io/v1|GitRepository",1160],["sources.knative.dev/v1beta2|PingSource",1163],["sources.knative.dev/v1|ApiServerSource",1168],["sources.knative.dev/v1|ContainerSource",1172],["sources.knative.dev/v1|PingSource",1163],["sources.knative.dev/v1|SinkBinding",1174],["storage.k8s.io/v1beta1|CSIDriver",1177],["storage.k8s.io/v1beta1|CSINode",1180],["storage.k8s.io/v1beta1|CSIStorageCapacity",1184],["storage.k8s.io/v1beta1|StorageClass",1185],["storage.k8s.io/v1beta1|VolumeAttachment",1188],["storage.k8s.io/v1|CSIDriver",1206],["storage.k8s.io/v1|CSINode",1180],["storage.k8s.io/v1|CSIStorageCapacity",1184],["storage.k8s.io/v1|StorageClass",1185],["storage.k8s.io/v1|VolumeAttachment",1208],["v1|ComponentStatus",1211],["v1|ConfigMap",1213],["v1|Endpoints",1214],["v1|Event",1217],["v1|LimitRange",1218],["v1|Namespace",1221],["v1|Node",1224],["v1|PersistentVolume",1241],["v1|PersistentVolumeClaim",162],["v1|Pod",1243],["v1|PodTemplate",1258],["v1|ReplicationController",1259],["v1|ResourceQuota",1261],["v1|Secret",1266],["v1|Service",1267],["v1|ServiceAccount",1273]]'));

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
var isQuantityFormat = (e) => e.keyword === "format" && e.params?.format === "quantity";
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
    if (list.some(isQuantityFormat)) {
      message = `${describe(valueAt(root, path))} is not a Kubernetes quantity (e.g. 250m, 0.5, 1Gi, 512Mi)`;
    } else if (first.keyword === "required") {
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

// src/kube/fields.ts
var OPEN = -1;
var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function bundledFieldTree(key) {
  const root = FIELD_ROOTS.get(key);
  return root === void 0 ? void 0 : { nodes: FIELD_NODES, root };
}
function unknownFields(obj, tree, cap) {
  const out = [];
  walk(obj, tree.root, "", tree.nodes, out, cap);
  return out;
}
function walk(v, n, path, nodes, out, cap) {
  if (n === OPEN || v === null || typeof v !== "object" || out.length >= cap) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) walk(v[i], n, `${path}/${i}`, nodes, out, cap);
    return;
  }
  const node = nodes[n];
  const rec = v;
  if (hasOwn(node, "")) {
    const child = node[""];
    for (const k in rec) walk(rec[k], child, `${path}/${escapePointer(k)}`, nodes, out, cap);
    return;
  }
  for (const k in rec) {
    const p = `${path}/${escapePointer(k)}`;
    if (!hasOwn(node, k)) {
      if (rec[k] === void 0) continue;
      if (out.length >= cap) return;
      out.push({ path: p, message: unknownFieldMessage(k, Object.keys(node)) });
      continue;
    }
    walk(rec[k], node[k], p, nodes, out, cap);
  }
}
function unknownFieldMessage(field, known) {
  const near = closest(field, known);
  return near ? `unknown field ${JSON.stringify(field)}; did you mean \`${near}\`?` : `unknown field ${JSON.stringify(field)} (the schema declares: ${[...known].sort().join(", ")})`;
}
function closest(word, known) {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best;
  let bestD = Infinity;
  for (const k of [...known].sort()) {
    const d = distance(w, k.toLowerCase(), limit);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= limit ? best : void 0;
}
function distance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j] + 1, cur[j - 1] + 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function crdFieldTree(schema) {
  const nodes = [];
  const build = (s, resource) => {
    if (!isObj(s) || s["x-kubernetes-preserve-unknown-fields"] === true) return OPEN;
    if (isObj(s.items) || Array.isArray(s.items)) return build(s.items, false);
    const embedded = resource || s["x-kubernetes-embedded-resource"] === true;
    if (isObj(s.properties)) {
      const id = nodes.length;
      const node = {};
      nodes.push(node);
      if (embedded) for (const k of ["apiVersion", "kind", "metadata"]) node[k] = OPEN;
      for (const [k, v] of Object.entries(s.properties)) node[k] = build(v, false);
      return id;
    }
    if (isObj(s.additionalProperties)) {
      const child = build(s.additionalProperties, false);
      if (child === OPEN) return OPEN;
      nodes.push({ "": child });
      return nodes.length - 1;
    }
    return OPEN;
  };
  return { nodes, root: build(schema, true) };
}

// src/kube/crds.ts
function emptyCrdSet() {
  return { kinds: /* @__PURE__ */ new Map() };
}
var isObj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var QUANTITY = /^[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)(?:[KMGTPE]i|[YZEPTGMkhdcmunpfazy]|da|[eE][+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+))?$/;
var ajvInstance;
function ajv() {
  if (!ajvInstance) {
    ajvInstance = new import_ajv.Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
    addFormats(ajvInstance);
    for (const f of ["int-or-string", "cidr", "mac", "cron"]) ajvInstance.addFormat(f, true);
    ajvInstance.addFormat("quantity", { type: "string", validate: QUANTITY });
  }
  return ajvInstance;
}
function toAjvSchema(node, isRoot) {
  if (Array.isArray(node)) return node.map((n) => toAjvSchema(n, false));
  if (!isObj2(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith("x-kubernetes-")) continue;
    if (k === "properties" && isObj2(v)) {
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
    const props = isObj2(out.properties) ? { ...out.properties } : {};
    props.apiVersion ??= { type: "string" };
    props.kind ??= { type: "string" };
    props.metadata ??= { type: "object" };
    out.properties = props;
  }
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (isObj2(out.properties) && !preserve && out.additionalProperties === void 0) {
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
    if (!isObj2(value)) {
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
    const name = isObj2(value.metadata) && typeof value.metadata.name === "string" ? value.metadata.name : "(unnamed)";
    const spec = value.spec;
    if (!isObj2(spec)) {
      bad(`CRD ${name}: missing spec`);
      continue;
    }
    const group = spec.group;
    const kind = isObj2(spec.names) ? spec.names.kind : void 0;
    const scope = spec.scope;
    if (typeof group !== "string" || group === "") {
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
      if (!isObj2(ver) || typeof ver.name !== "string" || ver.name === "") {
        bad(`CRD ${name}: spec.versions[${i}].name must be a non-empty string`);
        continue;
      }
      if (ver.served === false) continue;
      const raw = isObj2(ver.schema) ? ver.schema.openAPIV3Schema : void 0;
      if (!isObj2(raw)) {
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
      const key = `${group}/${ver.name}|${kind}`;
      if (kinds.has(key))
        bad(
          `CRD ${name}: ${group}/${ver.name} ${kind} is defined more than once; the last definition wins`
        );
      kinds.set(key, {
        group,
        version: ver.name,
        kind,
        scope,
        file,
        validate,
        fields: crdFieldTree(raw)
      });
    }
  }
  return { crds: { kinds }, problems };
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
function builtinScope(group, kind) {
  return CLUSTER_SCOPED.has(`${group}|${kind}`) ? "Cluster" : "Namespaced";
}

// src/kube/values.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var ANNOTATIONS_MAX_BYTES = 256 * 1024;
var PORT_FIELDS = /* @__PURE__ */ new Set(["port", "containerPort", "hostPort", "targetPort", "nodePort"]);
var isObj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function namespaceNameProblem(ns) {
  if (ns.length <= 63 && DNS1123_LABEL.test(ns)) return void 0;
  return `namespace ${JSON.stringify(ns)} is not a valid namespace name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (DNS-1123 label)`;
}
function qualifiedKeyProblem(key) {
  const slash = key.lastIndexOf("/");
  const prefix = slash < 0 ? void 0 : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== void 0 && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)))
    return `key ${JSON.stringify(key)}: the prefix before '/' must be a DNS-1123 subdomain (lower-case letters, digits, '-' and '.')`;
  if (name.length > 63 || !QUALIFIED_NAME.test(name))
    return `key ${JSON.stringify(key)} is not a valid key: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (an optional DNS prefix before '/')`;
  return void 0;
}
function labelValueProblem(value) {
  if (typeof value !== "string") return `label value ${JSON.stringify(value)} must be a string`;
  if (value === "" || value.length <= 63 && QUALIFIED_NAME.test(value)) return void 0;
  return `label value ${JSON.stringify(value)} is not valid: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (or empty)`;
}
function valueProblems(obj, cap, deep) {
  const out = [];
  const meta = obj.metadata;
  if (isObj3(meta) && typeof meta.namespace === "string") {
    const bad = namespaceNameProblem(meta.namespace);
    if (bad) out.push({ path: "/metadata/namespace", message: bad });
  }
  if (deep) walk2(obj, "", void 0, out, cap);
  else if (isObj3(meta)) {
    if (isObj3(meta.labels)) labelProblems(meta.labels, "/metadata/labels", out);
    if (isObj3(meta.annotations)) annotationProblems(meta.annotations, "/metadata/annotations", out);
  }
  return out.slice(0, cap);
}
function walk2(v, path, parent, out, cap) {
  if (out.length >= cap || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    v.forEach((x, i) => walk2(x, `${path}/${i}`, parent, out, cap));
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    const p = `${path}/${escapePointer(k)}`;
    if (isObj3(x) && (k === "labels" && parent === "metadata" || k === "matchLabels"))
      labelProblems(x, p, out);
    else if (isObj3(x) && k === "annotations" && parent === "metadata")
      annotationProblems(x, p, out);
    else if (PORT_FIELDS.has(k) && typeof x === "number") portProblem(k, x, p, out);
    else walk2(x, p, k, out, cap);
  }
}
function labelProblems(labels, path, out) {
  for (const [k, v] of Object.entries(labels)) {
    const p = `${path}/${escapePointer(k)}`;
    const bad = qualifiedKeyProblem(k) ?? labelValueProblem(v);
    if (bad) out.push({ path: p, message: bad.replace(/^key/, "label key") });
  }
}
function annotationProblems(annotations, path, out) {
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    const bad = qualifiedKeyProblem(k);
    if (bad)
      out.push({
        path: `${path}/${escapePointer(k)}`,
        message: bad.replace(/^key/, "annotation key")
      });
    size += Buffer.byteLength(k) + (typeof v === "string" ? Buffer.byteLength(v) : 0);
  }
  if (size > ANNOTATIONS_MAX_BYTES)
    out.push({
      path,
      message: `annotations total ${size} bytes; the API server's limit is ${ANNOTATIONS_MAX_BYTES} (256 KiB)`
    });
}
function portProblem(field, n, path, out) {
  const min = field === "hostPort" ? 0 : 1;
  if (Number.isInteger(n) && n >= min && n <= 65535) return;
  out.push({ path, message: `${field} ${n} is not a port number (${min}\u201365535)` });
}

// src/kube/served.ts
var SUPPORTED_KUBE_VERSIONS = [
  "1.25",
  "1.26",
  "1.27",
  "1.28",
  "1.29",
  "1.30",
  "1.31",
  "1.32",
  "1.33"
];
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
function isBuiltinGroup(group) {
  return BUILTIN_GROUPS.has(group);
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
var servedCache = /* @__PURE__ */ new Map();
function servedBy(apiVersion, kind, kubeVersion) {
  const key = `${apiVersion} ${kind} ${kubeVersion}`;
  let r = servedCache.get(key);
  if (!r) servedCache.set(key, r = servedByUncached(apiVersion, kind, kubeVersion));
  return r;
}
function servedByUncached(apiVersion, kind, kubeVersion) {
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
  const validate = cls.prototype.validate;
  return (obj) => {
    try {
      validate.call(obj);
      return [];
    } catch {
    }
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
function isBundledKind(apiVersion, kind, crds) {
  const key = keyOf(apiVersion, kind);
  return !crds.kinds.has(key) && REGISTRY.has(key);
}
function canValidate(apiVersion, kind, crds) {
  const key = keyOf(apiVersion, kind);
  return crds.kinds.has(key) || !REGISTRY.has(key) || loaded.has(key);
}
var kindInfoCache = /* @__PURE__ */ new WeakMap();
function kindInfo(apiVersion, kind, crds) {
  let cache = kindInfoCache.get(crds);
  if (!cache) kindInfoCache.set(crds, cache = /* @__PURE__ */ new Map());
  const key = keyOf(apiVersion, kind);
  if (cache.has(key)) return cache.get(key);
  const info = kindInfoUncached(apiVersion, kind, crds);
  cache.set(key, info);
  return info;
}
function kindInfoUncached(apiVersion, kind, crds) {
  const { group, version } = splitApiVersion(apiVersion);
  const crd = crds.kinds.get(keyOf(apiVersion, kind));
  if (crd) return { scope: crd.scope, group, version };
  if (REGISTRY.has(keyOf(apiVersion, kind)))
    return { scope: builtinScope(group, kind), group, version };
  return void 0;
}
var META_TREE = (() => {
  const t = bundledFieldTree("v1|ConfigMap");
  return { nodes: t.nodes, root: t.nodes[t.root].metadata };
})();
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
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
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
  const deep = isBuiltinGroup(splitApiVersion(apiVersion).group) && !crds.kinds.has(keyOf(apiVersion, kind));
  merge(problems, valueProblems(obj, MAX_PROBLEMS_PER_OBJECT, deep));
  const key = keyOf(apiVersion, kind);
  const crd = crds.kinds.get(key);
  if (crd) {
    merge(problems, metadataProblems(obj));
    if (isRecord(obj.metadata))
      merge(
        problems,
        unknownFields(obj.metadata, META_TREE, MAX_PROBLEMS_PER_OBJECT).map((p) => ({
          ...p,
          path: `/metadata${p.path}`
        }))
      );
    merge(problems, unknownFields(obj, crd.fields, MAX_PROBLEMS_PER_OBJECT));
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
  const tree = bundledFieldTree(key);
  if (tree) merge(problems, unknownFields(obj, tree, MAX_PROBLEMS_PER_OBJECT));
  merge(problems, ajvToProblems(validator(obj), obj));
  return problems;
}

export {
  emptyCrdSet,
  loadCrds,
  namespaceNameProblem,
  SUPPORTED_KUBE_VERSIONS,
  servedBy,
  preloadKinds,
  isBundledKind,
  canValidate,
  kindInfo,
  validateObject
};
