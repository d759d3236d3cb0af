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

// src/generated/kube-registry.ts
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
    const group = spec.group;
    const kind = isObj(spec.names) ? spec.names.kind : void 0;
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
      const key = `${group}/${ver.name}|${kind}`;
      if (kinds.has(key))
        bad(
          `CRD ${name}: ${group}/${ver.name} ${kind} is defined more than once; the last definition wins`
        );
      kinds.set(key, { group, version: ver.name, kind, scope, file, validate });
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
function builtinScope(group, kind) {
  return CLUSTER_SCOPED.has(`${group}|${kind}`) ? "Cluster" : "Namespaced";
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

export {
  emptyCrdSet,
  loadCrds,
  SUPPORTED_KUBE_VERSIONS,
  servedBy,
  preloadKinds,
  isBundledKind,
  canValidate,
  kindInfo,
  validateObject
};
