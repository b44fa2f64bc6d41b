using System.Collections.Frozen;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>The strategic-merge tags of the built-in kinds, keyed by (model type, JSON property name).
/// Written from the <c>patchStrategy</c>/<c>patchMergeKey</c> tags of upstream's types.go files
/// (core/v1, apps/v1, batch/v1, policy/v1, autoscaling/v2, meta/v1); networking and rbac types carry none.
/// A field not listed here has no tags.</summary>
public static class PatchMetadata
{
    private static readonly PatchFieldMeta MergeByName = new("name", true, false);
    private static readonly PatchFieldMeta MergeByType = new("type", true, false);
    private static readonly PatchFieldMeta MergeByIp = new("ip", true, false);
    private static readonly PatchFieldMeta MergeSet = new(null, true, false);

    private static readonly FrozenDictionary<(Type, string), PatchFieldMeta> Table = new Dictionary<(Type, string), PatchFieldMeta>
    {
        // meta/v1 ObjectMeta
        [(typeof(V1ObjectMeta), "finalizers")] = MergeSet,
        [(typeof(V1ObjectMeta), "ownerReferences")] = new("uid", true, false),

        // core/v1 PodSpec
        [(typeof(V1PodSpec), "volumes")] = new("name", true, true),
        [(typeof(V1PodSpec), "initContainers")] = MergeByName,
        [(typeof(V1PodSpec), "containers")] = MergeByName,
        [(typeof(V1PodSpec), "ephemeralContainers")] = MergeByName,
        [(typeof(V1PodSpec), "imagePullSecrets")] = MergeByName,
        [(typeof(V1PodSpec), "hostAliases")] = MergeByIp,
        [(typeof(V1PodSpec), "topologySpreadConstraints")] = new("topologyKey", true, false),
        [(typeof(V1PodSpec), "schedulingGates")] = MergeByName,
        [(typeof(V1PodSpec), "resourceClaims")] = new("name", true, true),

        // core/v1 Container and EphemeralContainer (same tags)
        [(typeof(V1Container), "ports")] = new("containerPort", true, false),
        [(typeof(V1Container), "env")] = MergeByName,
        [(typeof(V1Container), "volumeMounts")] = new("mountPath", true, false),
        [(typeof(V1Container), "volumeDevices")] = new("devicePath", true, false),
        [(typeof(V1EphemeralContainer), "ports")] = new("containerPort", true, false),
        [(typeof(V1EphemeralContainer), "env")] = MergeByName,
        [(typeof(V1EphemeralContainer), "volumeMounts")] = new("mountPath", true, false),
        [(typeof(V1EphemeralContainer), "volumeDevices")] = new("devicePath", true, false),

        // core/v1 statuses and other kinds
        [(typeof(V1PodStatus), "conditions")] = MergeByType,
        [(typeof(V1PodStatus), "podIPs")] = MergeByIp,
        [(typeof(V1PodStatus), "hostIPs")] = MergeByIp,
        [(typeof(V1PodStatus), "resourceClaimStatuses")] = new("name", true, true),
        [(typeof(V1ServiceSpec), "ports")] = new("port", true, false),
        [(typeof(V1ServiceStatus), "conditions")] = MergeByType,
        [(typeof(V1NodeSpec), "podCIDRs")] = MergeSet,
        [(typeof(V1NodeStatus), "conditions")] = MergeByType,
        [(typeof(V1NodeStatus), "addresses")] = MergeByType,
        [(typeof(V1NamespaceStatus), "conditions")] = MergeByType,
        [(typeof(V1PersistentVolumeClaimStatus), "conditions")] = MergeByType,
        [(typeof(V1ReplicationControllerStatus), "conditions")] = MergeByType,
        [(typeof(V1ComponentStatus), "conditions")] = MergeByType,
        [(typeof(V1ServiceAccount), "secrets")] = MergeByName,

        // apps/v1
        [(typeof(V1DeploymentSpec), "strategy")] = new(null, false, true),
        [(typeof(V1DeploymentStatus), "conditions")] = MergeByType,
        [(typeof(V1ReplicaSetStatus), "conditions")] = MergeByType,
        [(typeof(V1StatefulSetStatus), "conditions")] = MergeByType,
        [(typeof(V1DaemonSetStatus), "conditions")] = MergeByType,

        // batch/v1, policy/v1, autoscaling/v2
        [(typeof(V1JobStatus), "conditions")] = MergeByType,
        [(typeof(V1PodDisruptionBudgetStatus), "conditions")] = MergeByType,
        [(typeof(V2HorizontalPodAutoscalerStatus), "conditions")] = MergeByType,
    }.ToFrozenDictionary();

    /// <summary>Every tagged field, for OpenAPI generation and tests.</summary>
    public static IReadOnlyDictionary<(Type ModelType, string JsonName), PatchFieldMeta> All => Table;

    /// <summary>The tags of <paramref name="jsonName"/> on <paramref name="modelType"/>, or <see cref="PatchFieldMeta.None"/>.</summary>
    public static PatchFieldMeta Lookup(Type modelType, string jsonName) =>
        Table.TryGetValue((modelType, jsonName), out var meta) ? meta : PatchFieldMeta.None;
}
