// Field numbers and JSON names of the core.v1 messages, taken from the protobuf descriptors
// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the
// kinds in ProtobufKinds are listed.
using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;

namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;

internal static class CoreV1Messages
{
    internal static IEnumerable<ProtobufMessage> All()
    {
        yield return Define(
            "core.v1.AWSElasticBlockStoreVolumeSource",
            Str(1, "volumeID"),
            Str(2, "fsType"),
            Int32(3, "partition"),
            Bool(4, "readOnly"));
        yield return Define(
            "core.v1.Affinity",
            Message(1, "nodeAffinity", "core.v1.NodeAffinity"),
            Message(2, "podAffinity", "core.v1.PodAffinity"),
            Message(3, "podAntiAffinity", "core.v1.PodAntiAffinity"));
        yield return Define(
            "core.v1.AppArmorProfile",
            Str(1, "type"),
            Str(2, "localhostProfile").KeepZeroValue());
        yield return Define(
            "core.v1.AttachedVolume",
            Str(1, "name"),
            Str(2, "devicePath"));
        yield return Define(
            "core.v1.AzureDiskVolumeSource",
            Str(1, "diskName"),
            Str(2, "diskURI"),
            Str(3, "cachingMode").KeepZeroValue(),
            Str(4, "fsType").KeepZeroValue(),
            Bool(5, "readOnly").KeepZeroValue(),
            Str(6, "kind").KeepZeroValue());
        yield return Define(
            "core.v1.AzureFileVolumeSource",
            Str(1, "secretName"),
            Str(2, "shareName"),
            Bool(3, "readOnly"));
        yield return Define(
            "core.v1.Binding",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "target", "core.v1.ObjectReference"));
        yield return Define(
            "core.v1.CSIVolumeSource",
            Str(1, "driver"),
            Bool(2, "readOnly").KeepZeroValue(),
            Str(3, "fsType").KeepZeroValue(),
            Str(4, "volumeAttributes").Map(),
            Message(5, "nodePublishSecretRef", "core.v1.LocalObjectReference"));
        yield return Define(
            "core.v1.Capabilities",
            Str(1, "add").Repeated(),
            Str(2, "drop").Repeated());
        yield return Define(
            "core.v1.CephFSVolumeSource",
            Str(1, "monitors").Repeated(),
            Str(2, "path"),
            Str(3, "user"),
            Str(4, "secretFile"),
            Message(5, "secretRef", "core.v1.LocalObjectReference"),
            Bool(6, "readOnly"));
        yield return Define(
            "core.v1.CinderVolumeSource",
            Str(1, "volumeID"),
            Str(2, "fsType"),
            Bool(3, "readOnly"),
            Message(4, "secretRef", "core.v1.LocalObjectReference"));
        yield return Define(
            "core.v1.ClientIPConfig",
            Int32(1, "timeoutSeconds").KeepZeroValue());
        yield return Define(
            "core.v1.ClusterTrustBundleProjection",
            Str(1, "name").KeepZeroValue(),
            Str(2, "signerName").KeepZeroValue(),
            Message(3, "labelSelector", "meta.v1.LabelSelector"),
            Bool(5, "optional").KeepZeroValue(),
            Str(4, "path"));
        yield return Define(
            "core.v1.ConfigMap",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Bool(4, "immutable").KeepZeroValue(),
            Str(2, "data").Map(),
            Bytes(3, "binaryData").Map());
        yield return Define(
            "core.v1.ConfigMapEnvSource",
            Message(1, "localObjectReference", "core.v1.LocalObjectReference").Inlined(),
            Bool(2, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.ConfigMapKeySelector",
            Message(1, "localObjectReference", "core.v1.LocalObjectReference").Inlined(),
            Str(2, "key"),
            Bool(3, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.ConfigMapNodeConfigSource",
            Str(1, "namespace"),
            Str(2, "name"),
            Str(3, "uid"),
            Str(4, "resourceVersion"),
            Str(5, "kubeletConfigKey"));
        yield return Define(
            "core.v1.ConfigMapProjection",
            Message(1, "localObjectReference", "core.v1.LocalObjectReference").Inlined(),
            Message(2, "items", "core.v1.KeyToPath").Repeated(),
            Bool(4, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.ConfigMapVolumeSource",
            Message(1, "localObjectReference", "core.v1.LocalObjectReference").Inlined(),
            Message(2, "items", "core.v1.KeyToPath").Repeated(),
            Int32(3, "defaultMode").KeepZeroValue(),
            Bool(4, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.Container",
            Str(1, "name"),
            Str(2, "image"),
            Str(3, "command").Repeated(),
            Str(4, "args").Repeated(),
            Str(5, "workingDir"),
            Message(6, "ports", "core.v1.ContainerPort").Repeated(),
            Message(19, "envFrom", "core.v1.EnvFromSource").Repeated(),
            Message(7, "env", "core.v1.EnvVar").Repeated(),
            Message(8, "resources", "core.v1.ResourceRequirements"),
            Message(23, "resizePolicy", "core.v1.ContainerResizePolicy").Repeated(),
            Str(24, "restartPolicy").KeepZeroValue(),
            Message(9, "volumeMounts", "core.v1.VolumeMount").Repeated(),
            Message(21, "volumeDevices", "core.v1.VolumeDevice").Repeated(),
            Message(10, "livenessProbe", "core.v1.Probe"),
            Message(11, "readinessProbe", "core.v1.Probe"),
            Message(22, "startupProbe", "core.v1.Probe"),
            Message(12, "lifecycle", "core.v1.Lifecycle"),
            Str(13, "terminationMessagePath"),
            Str(20, "terminationMessagePolicy"),
            Str(14, "imagePullPolicy"),
            Message(15, "securityContext", "core.v1.SecurityContext"),
            Bool(16, "stdin"),
            Bool(17, "stdinOnce"),
            Bool(18, "tty"));
        yield return Define(
            "core.v1.ContainerImage",
            Str(1, "names").Repeated(),
            Int64(2, "sizeBytes"));
        yield return Define(
            "core.v1.ContainerPort",
            Str(1, "name"),
            Int32(2, "hostPort"),
            Int32(3, "containerPort").KeepZeroValue(),
            Str(4, "protocol"),
            Str(5, "hostIP"));
        yield return Define(
            "core.v1.ContainerResizePolicy",
            Str(1, "resourceName"),
            Str(2, "restartPolicy"));
        yield return Define(
            "core.v1.ContainerState",
            Message(1, "waiting", "core.v1.ContainerStateWaiting"),
            Message(2, "running", "core.v1.ContainerStateRunning"),
            Message(3, "terminated", "core.v1.ContainerStateTerminated"));
        yield return Define(
            "core.v1.ContainerStateRunning",
            Time(1, "startedAt"));
        yield return Define(
            "core.v1.ContainerStateTerminated",
            Int32(1, "exitCode"),
            Int32(2, "signal"),
            Str(3, "reason"),
            Str(4, "message"),
            Time(5, "startedAt"),
            Time(6, "finishedAt"),
            Str(7, "containerID"));
        yield return Define(
            "core.v1.ContainerStateWaiting",
            Str(1, "reason"),
            Str(2, "message"));
        yield return Define(
            "core.v1.ContainerStatus",
            Str(1, "name"),
            Message(2, "state", "core.v1.ContainerState"),
            Message(3, "lastState", "core.v1.ContainerState"),
            Bool(4, "ready"),
            Int32(5, "restartCount"),
            Str(6, "image"),
            Str(7, "imageID"),
            Str(8, "containerID"),
            Bool(9, "started"),
            Quantity(10, "allocatedResources").Map(),
            Message(11, "resources", "core.v1.ResourceRequirements"),
            Message(12, "volumeMounts", "core.v1.VolumeMountStatus").Repeated(),
            Message(13, "user", "core.v1.ContainerUser"),
            Message(14, "allocatedResourcesStatus", "core.v1.ResourceStatus").Repeated());
        yield return Define(
            "core.v1.ContainerUser",
            Message(1, "linux", "core.v1.LinuxContainerUser"));
        yield return Define(
            "core.v1.DaemonEndpoint",
            Int32(1, "Port"));
        yield return Define(
            "core.v1.DownwardAPIProjection",
            Message(1, "items", "core.v1.DownwardAPIVolumeFile").Repeated());
        yield return Define(
            "core.v1.DownwardAPIVolumeFile",
            Str(1, "path"),
            Message(2, "fieldRef", "core.v1.ObjectFieldSelector"),
            Message(3, "resourceFieldRef", "core.v1.ResourceFieldSelector"),
            Int32(4, "mode").KeepZeroValue());
        yield return Define(
            "core.v1.DownwardAPIVolumeSource",
            Message(1, "items", "core.v1.DownwardAPIVolumeFile").Repeated(),
            Int32(2, "defaultMode").KeepZeroValue());
        yield return Define(
            "core.v1.EmptyDirVolumeSource",
            Str(1, "medium"),
            Quantity(2, "sizeLimit"));
        yield return Define(
            "core.v1.EndpointAddress",
            Str(1, "ip"),
            Str(3, "hostname"),
            Str(4, "nodeName"),
            Message(2, "targetRef", "core.v1.ObjectReference"));
        yield return Define(
            "core.v1.EndpointPort",
            Str(1, "name"),
            Int32(2, "port"),
            Str(3, "protocol"),
            Str(4, "appProtocol"));
        yield return Define(
            "core.v1.EndpointSubset",
            Message(1, "addresses", "core.v1.EndpointAddress").Repeated(),
            Message(2, "notReadyAddresses", "core.v1.EndpointAddress").Repeated(),
            Message(3, "ports", "core.v1.EndpointPort").Repeated());
        yield return Define(
            "core.v1.Endpoints",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "subsets", "core.v1.EndpointSubset").Repeated());
        yield return Define(
            "core.v1.EnvFromSource",
            Str(1, "prefix"),
            Message(2, "configMapRef", "core.v1.ConfigMapEnvSource"),
            Message(3, "secretRef", "core.v1.SecretEnvSource"));
        yield return Define(
            "core.v1.EnvVar",
            Str(1, "name"),
            Str(2, "value"),
            Message(3, "valueFrom", "core.v1.EnvVarSource"));
        yield return Define(
            "core.v1.EnvVarSource",
            Message(1, "fieldRef", "core.v1.ObjectFieldSelector"),
            Message(2, "resourceFieldRef", "core.v1.ResourceFieldSelector"),
            Message(3, "configMapKeyRef", "core.v1.ConfigMapKeySelector"),
            Message(4, "secretKeyRef", "core.v1.SecretKeySelector"));
        yield return Define(
            "core.v1.EphemeralContainer",
            Message(1, "ephemeralContainerCommon", "core.v1.EphemeralContainerCommon").Inlined(),
            Str(2, "targetContainerName"));
        yield return Define(
            "core.v1.EphemeralContainerCommon",
            Str(1, "name"),
            Str(2, "image"),
            Str(3, "command").Repeated(),
            Str(4, "args").Repeated(),
            Str(5, "workingDir"),
            Message(6, "ports", "core.v1.ContainerPort").Repeated(),
            Message(19, "envFrom", "core.v1.EnvFromSource").Repeated(),
            Message(7, "env", "core.v1.EnvVar").Repeated(),
            Message(8, "resources", "core.v1.ResourceRequirements"),
            Message(23, "resizePolicy", "core.v1.ContainerResizePolicy").Repeated(),
            Str(24, "restartPolicy").KeepZeroValue(),
            Message(9, "volumeMounts", "core.v1.VolumeMount").Repeated(),
            Message(21, "volumeDevices", "core.v1.VolumeDevice").Repeated(),
            Message(10, "livenessProbe", "core.v1.Probe"),
            Message(11, "readinessProbe", "core.v1.Probe"),
            Message(22, "startupProbe", "core.v1.Probe"),
            Message(12, "lifecycle", "core.v1.Lifecycle"),
            Str(13, "terminationMessagePath"),
            Str(20, "terminationMessagePolicy"),
            Str(14, "imagePullPolicy"),
            Message(15, "securityContext", "core.v1.SecurityContext"),
            Bool(16, "stdin"),
            Bool(17, "stdinOnce"),
            Bool(18, "tty"));
        yield return Define(
            "core.v1.EphemeralVolumeSource",
            Message(1, "volumeClaimTemplate", "core.v1.PersistentVolumeClaimTemplate"));
        yield return Define(
            "core.v1.Event",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "involvedObject", "core.v1.ObjectReference"),
            Str(3, "reason"),
            Str(4, "message"),
            Message(5, "source", "core.v1.EventSource"),
            Time(6, "firstTimestamp"),
            Time(7, "lastTimestamp"),
            Int32(8, "count"),
            Str(9, "type"),
            MicroTime(10, "eventTime"),
            Message(11, "series", "core.v1.EventSeries"),
            Str(12, "action"),
            Message(13, "related", "core.v1.ObjectReference"),
            Str(14, "reportingComponent"),
            Str(15, "reportingInstance"));
        yield return Define(
            "core.v1.EventSeries",
            Int32(1, "count"),
            MicroTime(2, "lastObservedTime"));
        yield return Define(
            "core.v1.EventSource",
            Str(1, "component"),
            Str(2, "host"));
        yield return Define(
            "core.v1.ExecAction",
            Str(1, "command").Repeated());
        yield return Define(
            "core.v1.FCVolumeSource",
            Str(1, "targetWWNs").Repeated(),
            Int32(2, "lun"),
            Str(3, "fsType"),
            Bool(4, "readOnly"),
            Str(5, "wwids").Repeated());
        yield return Define(
            "core.v1.FlexVolumeSource",
            Str(1, "driver"),
            Str(2, "fsType"),
            Message(3, "secretRef", "core.v1.LocalObjectReference"),
            Bool(4, "readOnly"),
            Str(5, "options").Map());
        yield return Define(
            "core.v1.FlockerVolumeSource",
            Str(1, "datasetName"),
            Str(2, "datasetUUID"));
        yield return Define(
            "core.v1.GCEPersistentDiskVolumeSource",
            Str(1, "pdName"),
            Str(2, "fsType"),
            Int32(3, "partition"),
            Bool(4, "readOnly"));
        yield return Define(
            "core.v1.GRPCAction",
            Int32(1, "port"),
            Str(2, "service").KeepZeroValue());
        yield return Define(
            "core.v1.GitRepoVolumeSource",
            Str(1, "repository"),
            Str(2, "revision"),
            Str(3, "directory"));
        yield return Define(
            "core.v1.GlusterfsVolumeSource",
            Str(1, "endpoints"),
            Str(2, "path"),
            Bool(3, "readOnly"));
        yield return Define(
            "core.v1.HTTPGetAction",
            Str(1, "path"),
            IntOrString(2, "port"),
            Str(3, "host"),
            Str(4, "scheme"),
            Message(5, "httpHeaders", "core.v1.HTTPHeader").Repeated());
        yield return Define(
            "core.v1.HTTPHeader",
            Str(1, "name"),
            Str(2, "value"));
        yield return Define(
            "core.v1.HostAlias",
            Str(1, "ip"),
            Str(2, "hostnames").Repeated());
        yield return Define(
            "core.v1.HostIP",
            Str(1, "ip"));
        yield return Define(
            "core.v1.HostPathVolumeSource",
            Str(1, "path"),
            Str(2, "type").KeepZeroValue());
        yield return Define(
            "core.v1.ISCSIVolumeSource",
            Str(1, "targetPortal"),
            Str(2, "iqn"),
            Int32(3, "lun"),
            Str(4, "iscsiInterface"),
            Str(5, "fsType"),
            Bool(6, "readOnly"),
            Str(7, "portals").Repeated(),
            Bool(8, "chapAuthDiscovery"),
            Bool(11, "chapAuthSession"),
            Message(10, "secretRef", "core.v1.LocalObjectReference"),
            Str(12, "initiatorName").KeepZeroValue());
        yield return Define(
            "core.v1.ImageVolumeSource",
            Str(1, "reference"),
            Str(2, "pullPolicy"));
        yield return Define(
            "core.v1.KeyToPath",
            Str(1, "key"),
            Str(2, "path"),
            Int32(3, "mode").KeepZeroValue());
        yield return Define(
            "core.v1.Lifecycle",
            Message(1, "postStart", "core.v1.LifecycleHandler"),
            Message(2, "preStop", "core.v1.LifecycleHandler"));
        yield return Define(
            "core.v1.LifecycleHandler",
            Message(1, "exec", "core.v1.ExecAction"),
            Message(2, "httpGet", "core.v1.HTTPGetAction"),
            Message(3, "tcpSocket", "core.v1.TCPSocketAction"),
            Message(4, "sleep", "core.v1.SleepAction"));
        yield return Define(
            "core.v1.LimitRange",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.LimitRangeSpec"));
        yield return Define(
            "core.v1.LimitRangeItem",
            Str(1, "type"),
            Quantity(2, "max").Map(),
            Quantity(3, "min").Map(),
            Quantity(4, "default").Map(),
            Quantity(5, "defaultRequest").Map(),
            Quantity(6, "maxLimitRequestRatio").Map());
        yield return Define(
            "core.v1.LimitRangeSpec",
            Message(1, "limits", "core.v1.LimitRangeItem").Repeated());
        yield return Define(
            "core.v1.LinuxContainerUser",
            Int64(1, "uid"),
            Int64(2, "gid"),
            Int64(3, "supplementalGroups").Repeated());
        yield return Define(
            "core.v1.LoadBalancerIngress",
            Str(1, "ip"),
            Str(2, "hostname"),
            Str(3, "ipMode"),
            Message(4, "ports", "core.v1.PortStatus").Repeated());
        yield return Define(
            "core.v1.LoadBalancerStatus",
            Message(1, "ingress", "core.v1.LoadBalancerIngress").Repeated());
        yield return Define(
            "core.v1.LocalObjectReference",
            Str(1, "name"));
        yield return Define(
            "core.v1.ModifyVolumeStatus",
            Str(1, "targetVolumeAttributesClassName"),
            Str(2, "status"));
        yield return Define(
            "core.v1.NFSVolumeSource",
            Str(1, "server"),
            Str(2, "path"),
            Bool(3, "readOnly"));
        yield return Define(
            "core.v1.Namespace",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.NamespaceSpec"),
            Message(3, "status", "core.v1.NamespaceStatus"));
        yield return Define(
            "core.v1.NamespaceCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(4, "lastTransitionTime"),
            Str(5, "reason"),
            Str(6, "message"));
        yield return Define(
            "core.v1.NamespaceSpec",
            Str(1, "finalizers").Repeated());
        yield return Define(
            "core.v1.NamespaceStatus",
            Str(1, "phase"),
            Message(2, "conditions", "core.v1.NamespaceCondition").Repeated());
        yield return Define(
            "core.v1.Node",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.NodeSpec"),
            Message(3, "status", "core.v1.NodeStatus"));
        yield return Define(
            "core.v1.NodeAddress",
            Str(1, "type"),
            Str(2, "address"));
        yield return Define(
            "core.v1.NodeAffinity",
            Message(1, "requiredDuringSchedulingIgnoredDuringExecution", "core.v1.NodeSelector"),
            Message(2, "preferredDuringSchedulingIgnoredDuringExecution", "core.v1.PreferredSchedulingTerm").Repeated());
        yield return Define(
            "core.v1.NodeCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastHeartbeatTime"),
            Time(4, "lastTransitionTime"),
            Str(5, "reason"),
            Str(6, "message"));
        yield return Define(
            "core.v1.NodeConfigSource",
            Message(2, "configMap", "core.v1.ConfigMapNodeConfigSource"));
        yield return Define(
            "core.v1.NodeConfigStatus",
            Message(1, "assigned", "core.v1.NodeConfigSource"),
            Message(2, "active", "core.v1.NodeConfigSource"),
            Message(3, "lastKnownGood", "core.v1.NodeConfigSource"),
            Str(4, "error"));
        yield return Define(
            "core.v1.NodeDaemonEndpoints",
            Message(1, "kubeletEndpoint", "core.v1.DaemonEndpoint"));
        yield return Define(
            "core.v1.NodeFeatures",
            Bool(1, "supplementalGroupsPolicy"));
        yield return Define(
            "core.v1.NodeRuntimeHandler",
            Str(1, "name"),
            Message(2, "features", "core.v1.NodeRuntimeHandlerFeatures"));
        yield return Define(
            "core.v1.NodeRuntimeHandlerFeatures",
            Bool(1, "recursiveReadOnlyMounts"),
            Bool(2, "userNamespaces"));
        yield return Define(
            "core.v1.NodeSelector",
            Message(1, "nodeSelectorTerms", "core.v1.NodeSelectorTerm").Repeated());
        yield return Define(
            "core.v1.NodeSelectorRequirement",
            Str(1, "key"),
            Str(2, "operator"),
            Str(3, "values").Repeated());
        yield return Define(
            "core.v1.NodeSelectorTerm",
            Message(1, "matchExpressions", "core.v1.NodeSelectorRequirement").Repeated(),
            Message(2, "matchFields", "core.v1.NodeSelectorRequirement").Repeated());
        yield return Define(
            "core.v1.NodeSpec",
            Str(1, "podCIDR"),
            Str(7, "podCIDRs").Repeated(),
            Str(3, "providerID"),
            Bool(4, "unschedulable"),
            Message(5, "taints", "core.v1.Taint").Repeated(),
            Message(6, "configSource", "core.v1.NodeConfigSource"),
            Str(2, "externalID"));
        yield return Define(
            "core.v1.NodeStatus",
            Quantity(1, "capacity").Map(),
            Quantity(2, "allocatable").Map(),
            Str(3, "phase"),
            Message(4, "conditions", "core.v1.NodeCondition").Repeated(),
            Message(5, "addresses", "core.v1.NodeAddress").Repeated(),
            Message(6, "daemonEndpoints", "core.v1.NodeDaemonEndpoints"),
            Message(7, "nodeInfo", "core.v1.NodeSystemInfo"),
            Message(8, "images", "core.v1.ContainerImage").Repeated(),
            Str(9, "volumesInUse").Repeated(),
            Message(10, "volumesAttached", "core.v1.AttachedVolume").Repeated(),
            Message(11, "config", "core.v1.NodeConfigStatus"),
            Message(12, "runtimeHandlers", "core.v1.NodeRuntimeHandler").Repeated(),
            Message(13, "features", "core.v1.NodeFeatures"));
        yield return Define(
            "core.v1.NodeSystemInfo",
            Str(1, "machineID"),
            Str(2, "systemUUID"),
            Str(3, "bootID"),
            Str(4, "kernelVersion"),
            Str(5, "osImage"),
            Str(6, "containerRuntimeVersion"),
            Str(7, "kubeletVersion"),
            Str(8, "kubeProxyVersion"),
            Str(9, "operatingSystem"),
            Str(10, "architecture"));
        yield return Define(
            "core.v1.ObjectFieldSelector",
            Str(1, "apiVersion"),
            Str(2, "fieldPath"));
        yield return Define(
            "core.v1.ObjectReference",
            Str(1, "kind"),
            Str(2, "namespace"),
            Str(3, "name"),
            Str(4, "uid"),
            Str(5, "apiVersion"),
            Str(6, "resourceVersion"),
            Str(7, "fieldPath"));
        yield return Define(
            "core.v1.PersistentVolumeClaim",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.PersistentVolumeClaimSpec"),
            Message(3, "status", "core.v1.PersistentVolumeClaimStatus"));
        yield return Define(
            "core.v1.PersistentVolumeClaimCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastProbeTime"),
            Time(4, "lastTransitionTime"),
            Str(5, "reason"),
            Str(6, "message"));
        yield return Define(
            "core.v1.PersistentVolumeClaimSpec",
            Str(1, "accessModes").Repeated(),
            Message(4, "selector", "meta.v1.LabelSelector"),
            Message(2, "resources", "core.v1.VolumeResourceRequirements"),
            Str(3, "volumeName"),
            Str(5, "storageClassName").KeepZeroValue(),
            Str(6, "volumeMode").KeepZeroValue(),
            Message(7, "dataSource", "core.v1.TypedLocalObjectReference"),
            Message(8, "dataSourceRef", "core.v1.TypedObjectReference"),
            Str(9, "volumeAttributesClassName").KeepZeroValue());
        yield return Define(
            "core.v1.PersistentVolumeClaimStatus",
            Str(1, "phase"),
            Str(2, "accessModes").Repeated(),
            Quantity(3, "capacity").Map(),
            Message(4, "conditions", "core.v1.PersistentVolumeClaimCondition").Repeated(),
            Quantity(5, "allocatedResources").Map(),
            Str(7, "allocatedResourceStatuses").Map(),
            Str(8, "currentVolumeAttributesClassName"),
            Message(9, "modifyVolumeStatus", "core.v1.ModifyVolumeStatus"));
        yield return Define(
            "core.v1.PersistentVolumeClaimTemplate",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.PersistentVolumeClaimSpec"));
        yield return Define(
            "core.v1.PersistentVolumeClaimVolumeSource",
            Str(1, "claimName"),
            Bool(2, "readOnly"));
        yield return Define(
            "core.v1.PhotonPersistentDiskVolumeSource",
            Str(1, "pdID"),
            Str(2, "fsType"));
        yield return Define(
            "core.v1.Pod",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.PodSpec"),
            Message(3, "status", "core.v1.PodStatus"));
        yield return Define(
            "core.v1.PodAffinity",
            Message(1, "requiredDuringSchedulingIgnoredDuringExecution", "core.v1.PodAffinityTerm").Repeated(),
            Message(2, "preferredDuringSchedulingIgnoredDuringExecution", "core.v1.WeightedPodAffinityTerm").Repeated());
        yield return Define(
            "core.v1.PodAffinityTerm",
            Message(1, "labelSelector", "meta.v1.LabelSelector"),
            Str(2, "namespaces").Repeated(),
            Str(3, "topologyKey"),
            Message(4, "namespaceSelector", "meta.v1.LabelSelector"),
            Str(5, "matchLabelKeys").Repeated(),
            Str(6, "mismatchLabelKeys").Repeated());
        yield return Define(
            "core.v1.PodAntiAffinity",
            Message(1, "requiredDuringSchedulingIgnoredDuringExecution", "core.v1.PodAffinityTerm").Repeated(),
            Message(2, "preferredDuringSchedulingIgnoredDuringExecution", "core.v1.WeightedPodAffinityTerm").Repeated());
        yield return Define(
            "core.v1.PodCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastProbeTime"),
            Time(4, "lastTransitionTime"),
            Str(5, "reason"),
            Str(6, "message"));
        yield return Define(
            "core.v1.PodDNSConfig",
            Str(1, "nameservers").Repeated(),
            Str(2, "searches").Repeated(),
            Message(3, "options", "core.v1.PodDNSConfigOption").Repeated());
        yield return Define(
            "core.v1.PodDNSConfigOption",
            Str(1, "name"),
            Str(2, "value").KeepZeroValue());
        yield return Define(
            "core.v1.PodIP",
            Str(1, "ip"));
        yield return Define(
            "core.v1.PodOS",
            Str(1, "name"));
        yield return Define(
            "core.v1.PodReadinessGate",
            Str(1, "conditionType"));
        yield return Define(
            "core.v1.PodResourceClaim",
            Str(1, "name"),
            Str(3, "resourceClaimName").KeepZeroValue(),
            Str(4, "resourceClaimTemplateName").KeepZeroValue());
        yield return Define(
            "core.v1.PodResourceClaimStatus",
            Str(1, "name"),
            Str(2, "resourceClaimName"));
        yield return Define(
            "core.v1.PodSchedulingGate",
            Str(1, "name"));
        yield return Define(
            "core.v1.PodSecurityContext",
            Message(1, "seLinuxOptions", "core.v1.SELinuxOptions"),
            Message(8, "windowsOptions", "core.v1.WindowsSecurityContextOptions"),
            Int64(2, "runAsUser").KeepZeroValue(),
            Int64(6, "runAsGroup").KeepZeroValue(),
            Bool(3, "runAsNonRoot").KeepZeroValue(),
            Int64(4, "supplementalGroups").Repeated(),
            Str(12, "supplementalGroupsPolicy").KeepZeroValue(),
            Int64(5, "fsGroup").KeepZeroValue(),
            Message(7, "sysctls", "core.v1.Sysctl").Repeated(),
            Str(9, "fsGroupChangePolicy").KeepZeroValue(),
            Message(10, "seccompProfile", "core.v1.SeccompProfile"),
            Message(11, "appArmorProfile", "core.v1.AppArmorProfile"),
            Str(13, "seLinuxChangePolicy"));
        yield return Define(
            "core.v1.PodSpec",
            Message(1, "volumes", "core.v1.Volume").Repeated(),
            Message(20, "initContainers", "core.v1.Container").Repeated(),
            Message(2, "containers", "core.v1.Container").Repeated(),
            Message(34, "ephemeralContainers", "core.v1.EphemeralContainer").Repeated(),
            Str(3, "restartPolicy"),
            Int64(4, "terminationGracePeriodSeconds").KeepZeroValue(),
            Int64(5, "activeDeadlineSeconds").KeepZeroValue(),
            Str(6, "dnsPolicy"),
            Str(7, "nodeSelector").Map(),
            Str(8, "serviceAccountName"),
            Str(9, "serviceAccount"),
            Bool(21, "automountServiceAccountToken").KeepZeroValue(),
            Str(10, "nodeName"),
            Bool(11, "hostNetwork"),
            Bool(12, "hostPID"),
            Bool(13, "hostIPC"),
            Bool(27, "shareProcessNamespace").KeepZeroValue(),
            Message(14, "securityContext", "core.v1.PodSecurityContext"),
            Message(15, "imagePullSecrets", "core.v1.LocalObjectReference").Repeated(),
            Str(16, "hostname"),
            Str(17, "subdomain"),
            Message(18, "affinity", "core.v1.Affinity"),
            Str(19, "schedulerName"),
            Message(22, "tolerations", "core.v1.Toleration").Repeated(),
            Message(23, "hostAliases", "core.v1.HostAlias").Repeated(),
            Str(24, "priorityClassName"),
            Int32(25, "priority").KeepZeroValue(),
            Message(26, "dnsConfig", "core.v1.PodDNSConfig"),
            Message(28, "readinessGates", "core.v1.PodReadinessGate").Repeated(),
            Str(29, "runtimeClassName").KeepZeroValue(),
            Bool(30, "enableServiceLinks").KeepZeroValue(),
            Str(31, "preemptionPolicy").KeepZeroValue(),
            Quantity(32, "overhead").Map(),
            Message(33, "topologySpreadConstraints", "core.v1.TopologySpreadConstraint").Repeated(),
            Bool(35, "setHostnameAsFQDN").KeepZeroValue(),
            Message(36, "os", "core.v1.PodOS"),
            Bool(37, "hostUsers").KeepZeroValue(),
            Message(38, "schedulingGates", "core.v1.PodSchedulingGate").Repeated(),
            Message(39, "resourceClaims", "core.v1.PodResourceClaim").Repeated(),
            Message(40, "resources", "core.v1.ResourceRequirements"));
        yield return Define(
            "core.v1.PodStatus",
            Str(1, "phase"),
            Message(2, "conditions", "core.v1.PodCondition").Repeated(),
            Str(3, "message"),
            Str(4, "reason"),
            Str(11, "nominatedNodeName"),
            Str(5, "hostIP"),
            Message(16, "hostIPs", "core.v1.HostIP").Repeated(),
            Str(6, "podIP"),
            Message(12, "podIPs", "core.v1.PodIP").Repeated(),
            Time(7, "startTime"),
            Message(10, "initContainerStatuses", "core.v1.ContainerStatus").Repeated(),
            Message(8, "containerStatuses", "core.v1.ContainerStatus").Repeated(),
            Str(9, "qosClass"),
            Message(13, "ephemeralContainerStatuses", "core.v1.ContainerStatus").Repeated(),
            Str(14, "resize"),
            Message(15, "resourceClaimStatuses", "core.v1.PodResourceClaimStatus").Repeated());
        yield return Define(
            "core.v1.PodTemplateSpec",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.PodSpec"));
        yield return Define(
            "core.v1.PortStatus",
            Int32(1, "port"),
            Str(2, "protocol"),
            Str(3, "error"));
        yield return Define(
            "core.v1.PortworxVolumeSource",
            Str(1, "volumeID"),
            Str(2, "fsType"),
            Bool(3, "readOnly"));
        yield return Define(
            "core.v1.PreferredSchedulingTerm",
            Int32(1, "weight"),
            Message(2, "preference", "core.v1.NodeSelectorTerm"));
        yield return Define(
            "core.v1.Probe",
            Message(1, "handler", "core.v1.ProbeHandler").Inlined(),
            Int32(2, "initialDelaySeconds"),
            Int32(3, "timeoutSeconds"),
            Int32(4, "periodSeconds"),
            Int32(5, "successThreshold"),
            Int32(6, "failureThreshold"),
            Int64(7, "terminationGracePeriodSeconds").KeepZeroValue());
        yield return Define(
            "core.v1.ProbeHandler",
            Message(1, "exec", "core.v1.ExecAction"),
            Message(2, "httpGet", "core.v1.HTTPGetAction"),
            Message(3, "tcpSocket", "core.v1.TCPSocketAction"),
            Message(4, "grpc", "core.v1.GRPCAction"));
        yield return Define(
            "core.v1.ProjectedVolumeSource",
            Message(1, "sources", "core.v1.VolumeProjection").Repeated(),
            Int32(2, "defaultMode").KeepZeroValue());
        yield return Define(
            "core.v1.QuobyteVolumeSource",
            Str(1, "registry"),
            Str(2, "volume"),
            Bool(3, "readOnly"),
            Str(4, "user"),
            Str(5, "group"),
            Str(6, "tenant"));
        yield return Define(
            "core.v1.RBDVolumeSource",
            Str(1, "monitors").Repeated(),
            Str(2, "image"),
            Str(3, "fsType"),
            Str(4, "pool"),
            Str(5, "user"),
            Str(6, "keyring"),
            Message(7, "secretRef", "core.v1.LocalObjectReference"),
            Bool(8, "readOnly"));
        yield return Define(
            "core.v1.ReplicationController",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.ReplicationControllerSpec"),
            Message(3, "status", "core.v1.ReplicationControllerStatus"));
        yield return Define(
            "core.v1.ReplicationControllerCondition",
            Str(1, "type"),
            Str(2, "status"),
            Time(3, "lastTransitionTime"),
            Str(4, "reason"),
            Str(5, "message"));
        yield return Define(
            "core.v1.ReplicationControllerSpec",
            Int32(1, "replicas").KeepZeroValue(),
            Int32(4, "minReadySeconds"),
            Str(2, "selector").Map(),
            Message(3, "template", "core.v1.PodTemplateSpec"));
        yield return Define(
            "core.v1.ReplicationControllerStatus",
            Int32(1, "replicas"),
            Int32(2, "fullyLabeledReplicas"),
            Int32(4, "readyReplicas"),
            Int32(5, "availableReplicas"),
            Int64(3, "observedGeneration"),
            Message(6, "conditions", "core.v1.ReplicationControllerCondition").Repeated());
        yield return Define(
            "core.v1.ResourceClaim",
            Str(1, "name"),
            Str(2, "request"));
        yield return Define(
            "core.v1.ResourceFieldSelector",
            Str(1, "containerName"),
            Str(2, "resource"),
            Quantity(3, "divisor"));
        yield return Define(
            "core.v1.ResourceHealth",
            Str(1, "resourceID"),
            Str(2, "health"));
        yield return Define(
            "core.v1.ResourceQuota",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.ResourceQuotaSpec"),
            Message(3, "status", "core.v1.ResourceQuotaStatus"));
        yield return Define(
            "core.v1.ResourceQuotaSpec",
            Quantity(1, "hard").Map(),
            Str(2, "scopes").Repeated(),
            Message(3, "scopeSelector", "core.v1.ScopeSelector"));
        yield return Define(
            "core.v1.ResourceQuotaStatus",
            Quantity(1, "hard").Map(),
            Quantity(2, "used").Map());
        yield return Define(
            "core.v1.ResourceRequirements",
            Quantity(1, "limits").Map(),
            Quantity(2, "requests").Map(),
            Message(3, "claims", "core.v1.ResourceClaim").Repeated());
        yield return Define(
            "core.v1.ResourceStatus",
            Str(1, "name"),
            Message(2, "resources", "core.v1.ResourceHealth").Repeated());
        yield return Define(
            "core.v1.SELinuxOptions",
            Str(1, "user"),
            Str(2, "role"),
            Str(3, "type"),
            Str(4, "level"));
        yield return Define(
            "core.v1.ScaleIOVolumeSource",
            Str(1, "gateway"),
            Str(2, "system"),
            Message(3, "secretRef", "core.v1.LocalObjectReference"),
            Bool(4, "sslEnabled"),
            Str(5, "protectionDomain"),
            Str(6, "storagePool"),
            Str(7, "storageMode"),
            Str(8, "volumeName"),
            Str(9, "fsType"),
            Bool(10, "readOnly"));
        yield return Define(
            "core.v1.ScopeSelector",
            Message(1, "matchExpressions", "core.v1.ScopedResourceSelectorRequirement").Repeated());
        yield return Define(
            "core.v1.ScopedResourceSelectorRequirement",
            Str(1, "scopeName"),
            Str(2, "operator"),
            Str(3, "values").Repeated());
        yield return Define(
            "core.v1.SeccompProfile",
            Str(1, "type"),
            Str(2, "localhostProfile").KeepZeroValue());
        yield return Define(
            "core.v1.Secret",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Bool(5, "immutable").KeepZeroValue(),
            Bytes(2, "data").Map(),
            Str(4, "stringData").Map(),
            Str(3, "type"));
        yield return Define(
            "core.v1.SecretEnvSource",
            Message(1, "localObjectReference", "core.v1.LocalObjectReference").Inlined(),
            Bool(2, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.SecretKeySelector",
            Message(1, "localObjectReference", "core.v1.LocalObjectReference").Inlined(),
            Str(2, "key"),
            Bool(3, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.SecretProjection",
            Message(1, "localObjectReference", "core.v1.LocalObjectReference").Inlined(),
            Message(2, "items", "core.v1.KeyToPath").Repeated(),
            Bool(4, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.SecretVolumeSource",
            Str(1, "secretName"),
            Message(2, "items", "core.v1.KeyToPath").Repeated(),
            Int32(3, "defaultMode").KeepZeroValue(),
            Bool(4, "optional").KeepZeroValue());
        yield return Define(
            "core.v1.SecurityContext",
            Message(1, "capabilities", "core.v1.Capabilities"),
            Bool(2, "privileged").KeepZeroValue(),
            Message(3, "seLinuxOptions", "core.v1.SELinuxOptions"),
            Message(10, "windowsOptions", "core.v1.WindowsSecurityContextOptions"),
            Int64(4, "runAsUser").KeepZeroValue(),
            Int64(8, "runAsGroup").KeepZeroValue(),
            Bool(5, "runAsNonRoot").KeepZeroValue(),
            Bool(6, "readOnlyRootFilesystem").KeepZeroValue(),
            Bool(7, "allowPrivilegeEscalation").KeepZeroValue(),
            Str(9, "procMount").KeepZeroValue(),
            Message(11, "seccompProfile", "core.v1.SeccompProfile"),
            Message(12, "appArmorProfile", "core.v1.AppArmorProfile"));
        yield return Define(
            "core.v1.Service",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "spec", "core.v1.ServiceSpec"),
            Message(3, "status", "core.v1.ServiceStatus"));
        yield return Define(
            "core.v1.ServiceAccount",
            Message(1, "metadata", "meta.v1.ObjectMeta"),
            Message(2, "secrets", "core.v1.ObjectReference").Repeated(),
            Message(3, "imagePullSecrets", "core.v1.LocalObjectReference").Repeated(),
            Bool(4, "automountServiceAccountToken").KeepZeroValue());
        yield return Define(
            "core.v1.ServiceAccountTokenProjection",
            Str(1, "audience"),
            Int64(2, "expirationSeconds").KeepZeroValue(),
            Str(3, "path"));
        yield return Define(
            "core.v1.ServicePort",
            Str(1, "name"),
            Str(2, "protocol"),
            Str(6, "appProtocol").KeepZeroValue(),
            Int32(3, "port").KeepZeroValue(),
            IntOrString(4, "targetPort"),
            Int32(5, "nodePort"));
        yield return Define(
            "core.v1.ServiceSpec",
            Message(1, "ports", "core.v1.ServicePort").Repeated(),
            Str(2, "selector").Map(),
            Str(3, "clusterIP"),
            Str(18, "clusterIPs").Repeated(),
            Str(4, "type"),
            Str(5, "externalIPs").Repeated(),
            Str(7, "sessionAffinity"),
            Str(8, "loadBalancerIP"),
            Str(9, "loadBalancerSourceRanges").Repeated(),
            Str(10, "externalName"),
            Str(11, "externalTrafficPolicy"),
            Int32(12, "healthCheckNodePort"),
            Bool(13, "publishNotReadyAddresses"),
            Message(14, "sessionAffinityConfig", "core.v1.SessionAffinityConfig"),
            Str(19, "ipFamilies").Repeated(),
            Str(17, "ipFamilyPolicy").KeepZeroValue(),
            Bool(20, "allocateLoadBalancerNodePorts").KeepZeroValue(),
            Str(21, "loadBalancerClass").KeepZeroValue(),
            Str(22, "internalTrafficPolicy").KeepZeroValue(),
            Str(23, "trafficDistribution").KeepZeroValue());
        yield return Define(
            "core.v1.ServiceStatus",
            Message(1, "loadBalancer", "core.v1.LoadBalancerStatus"),
            Message(2, "conditions", "meta.v1.Condition").Repeated());
        yield return Define(
            "core.v1.SessionAffinityConfig",
            Message(1, "clientIP", "core.v1.ClientIPConfig"));
        yield return Define(
            "core.v1.SleepAction",
            Int64(1, "seconds"));
        yield return Define(
            "core.v1.StorageOSVolumeSource",
            Str(1, "volumeName"),
            Str(2, "volumeNamespace"),
            Str(3, "fsType"),
            Bool(4, "readOnly"),
            Message(5, "secretRef", "core.v1.LocalObjectReference"));
        yield return Define(
            "core.v1.Sysctl",
            Str(1, "name"),
            Str(2, "value"));
        yield return Define(
            "core.v1.TCPSocketAction",
            IntOrString(1, "port"),
            Str(2, "host"));
        yield return Define(
            "core.v1.Taint",
            Str(1, "key"),
            Str(2, "value"),
            Str(3, "effect"),
            Time(4, "timeAdded"));
        yield return Define(
            "core.v1.Toleration",
            Str(1, "key"),
            Str(2, "operator"),
            Str(3, "value"),
            Str(4, "effect"),
            Int64(5, "tolerationSeconds").KeepZeroValue());
        yield return Define(
            "core.v1.TopologySpreadConstraint",
            Int32(1, "maxSkew"),
            Str(2, "topologyKey"),
            Str(3, "whenUnsatisfiable"),
            Message(4, "labelSelector", "meta.v1.LabelSelector"),
            Int32(5, "minDomains").KeepZeroValue(),
            Str(6, "nodeAffinityPolicy").KeepZeroValue(),
            Str(7, "nodeTaintsPolicy").KeepZeroValue(),
            Str(8, "matchLabelKeys").Repeated());
        yield return Define(
            "core.v1.TypedLocalObjectReference",
            Str(1, "apiGroup").KeepZeroValue(),
            Str(2, "kind"),
            Str(3, "name"));
        yield return Define(
            "core.v1.TypedObjectReference",
            Str(1, "apiGroup").KeepZeroValue(),
            Str(2, "kind"),
            Str(3, "name"),
            Str(4, "namespace").KeepZeroValue());
        yield return Define(
            "core.v1.Volume",
            Str(1, "name"),
            Message(2, "volumeSource", "core.v1.VolumeSource").Inlined());
        yield return Define(
            "core.v1.VolumeDevice",
            Str(1, "name"),
            Str(2, "devicePath"));
        yield return Define(
            "core.v1.VolumeMount",
            Str(1, "name"),
            Bool(2, "readOnly"),
            Str(7, "recursiveReadOnly").KeepZeroValue(),
            Str(3, "mountPath"),
            Str(4, "subPath"),
            Str(5, "mountPropagation").KeepZeroValue(),
            Str(6, "subPathExpr"));
        yield return Define(
            "core.v1.VolumeMountStatus",
            Str(1, "name"),
            Str(2, "mountPath"),
            Bool(3, "readOnly"),
            Str(4, "recursiveReadOnly"));
        yield return Define(
            "core.v1.VolumeProjection",
            Message(1, "secret", "core.v1.SecretProjection"),
            Message(2, "downwardAPI", "core.v1.DownwardAPIProjection"),
            Message(3, "configMap", "core.v1.ConfigMapProjection"),
            Message(4, "serviceAccountToken", "core.v1.ServiceAccountTokenProjection"),
            Message(5, "clusterTrustBundle", "core.v1.ClusterTrustBundleProjection"));
        yield return Define(
            "core.v1.VolumeResourceRequirements",
            Quantity(1, "limits").Map(),
            Quantity(2, "requests").Map());
        yield return Define(
            "core.v1.VolumeSource",
            Message(1, "hostPath", "core.v1.HostPathVolumeSource"),
            Message(2, "emptyDir", "core.v1.EmptyDirVolumeSource"),
            Message(3, "gcePersistentDisk", "core.v1.GCEPersistentDiskVolumeSource"),
            Message(4, "awsElasticBlockStore", "core.v1.AWSElasticBlockStoreVolumeSource"),
            Message(5, "gitRepo", "core.v1.GitRepoVolumeSource"),
            Message(6, "secret", "core.v1.SecretVolumeSource"),
            Message(7, "nfs", "core.v1.NFSVolumeSource"),
            Message(8, "iscsi", "core.v1.ISCSIVolumeSource"),
            Message(9, "glusterfs", "core.v1.GlusterfsVolumeSource"),
            Message(10, "persistentVolumeClaim", "core.v1.PersistentVolumeClaimVolumeSource"),
            Message(11, "rbd", "core.v1.RBDVolumeSource"),
            Message(12, "flexVolume", "core.v1.FlexVolumeSource"),
            Message(13, "cinder", "core.v1.CinderVolumeSource"),
            Message(14, "cephfs", "core.v1.CephFSVolumeSource"),
            Message(15, "flocker", "core.v1.FlockerVolumeSource"),
            Message(16, "downwardAPI", "core.v1.DownwardAPIVolumeSource"),
            Message(17, "fc", "core.v1.FCVolumeSource"),
            Message(18, "azureFile", "core.v1.AzureFileVolumeSource"),
            Message(19, "configMap", "core.v1.ConfigMapVolumeSource"),
            Message(20, "vsphereVolume", "core.v1.VsphereVirtualDiskVolumeSource"),
            Message(21, "quobyte", "core.v1.QuobyteVolumeSource"),
            Message(22, "azureDisk", "core.v1.AzureDiskVolumeSource"),
            Message(23, "photonPersistentDisk", "core.v1.PhotonPersistentDiskVolumeSource"),
            Message(26, "projected", "core.v1.ProjectedVolumeSource"),
            Message(24, "portworxVolume", "core.v1.PortworxVolumeSource"),
            Message(25, "scaleIO", "core.v1.ScaleIOVolumeSource"),
            Message(27, "storageos", "core.v1.StorageOSVolumeSource"),
            Message(28, "csi", "core.v1.CSIVolumeSource"),
            Message(29, "ephemeral", "core.v1.EphemeralVolumeSource"),
            Message(30, "image", "core.v1.ImageVolumeSource"));
        yield return Define(
            "core.v1.VsphereVirtualDiskVolumeSource",
            Str(1, "volumePath"),
            Str(2, "fsType"),
            Str(3, "storagePolicyName"),
            Str(4, "storagePolicyID"));
        yield return Define(
            "core.v1.WeightedPodAffinityTerm",
            Int32(1, "weight"),
            Message(2, "podAffinityTerm", "core.v1.PodAffinityTerm"));
        yield return Define(
            "core.v1.WindowsSecurityContextOptions",
            Str(1, "gmsaCredentialSpecName").KeepZeroValue(),
            Str(2, "gmsaCredentialSpec").KeepZeroValue(),
            Str(3, "runAsUserName").KeepZeroValue(),
            Bool(4, "hostProcess").KeepZeroValue());
    }
}
