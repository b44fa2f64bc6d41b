using System.Collections.Frozen;
using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// Fields upstream's OpenAPI marks required. The client's model classes carry no such marks, so
/// this table lists them for the types of the served kinds (from upstream's definitions).
/// </summary>
internal static class RequiredFields
{
    private static readonly FrozenDictionary<Type, string[]> Table = new Dictionary<Type, string[]>
    {
        // core/v1
        [typeof(V1PodSpec)] = ["containers"],
        [typeof(V1Container)] = ["name"],
        [typeof(V1EphemeralContainer)] = ["name"],
        [typeof(V1ContainerPort)] = ["containerPort"],
        [typeof(V1EnvVar)] = ["name"],
        [typeof(V1VolumeMount)] = ["mountPath", "name"],
        [typeof(V1VolumeDevice)] = ["devicePath", "name"],
        [typeof(V1Volume)] = ["name"],
        [typeof(V1KeyToPath)] = ["key", "path"],
        [typeof(V1ConfigMapKeySelector)] = ["key"],
        [typeof(V1SecretKeySelector)] = ["key"],
        [typeof(V1ObjectFieldSelector)] = ["fieldPath"],
        [typeof(V1ResourceFieldSelector)] = ["resource"],
        [typeof(V1HostPathVolumeSource)] = ["path"],
        [typeof(V1PersistentVolumeClaimVolumeSource)] = ["claimName"],
        [typeof(V1HTTPGetAction)] = ["port"],
        [typeof(V1TCPSocketAction)] = ["port"],
        [typeof(V1GRPCAction)] = ["port"],
        [typeof(V1HTTPHeader)] = ["name", "value"],
        [typeof(V1HostAlias)] = ["ip"],
        [typeof(V1NodeSelector)] = ["nodeSelectorTerms"],
        [typeof(V1NodeSelectorRequirement)] = ["key", "operator"],
        [typeof(V1PreferredSchedulingTerm)] = ["preference", "weight"],
        [typeof(V1PodAffinityTerm)] = ["topologyKey"],
        [typeof(V1WeightedPodAffinityTerm)] = ["podAffinityTerm", "weight"],
        [typeof(V1TopologySpreadConstraint)] = ["maxSkew", "topologyKey", "whenUnsatisfiable"],
        [typeof(V1Taint)] = ["effect", "key"],
        [typeof(V1PodCondition)] = ["status", "type"],
        [typeof(V1NodeCondition)] = ["status", "type"],
        [typeof(V1NodeAddress)] = ["address", "type"],
        [typeof(V1ServicePort)] = ["port"],
        [typeof(V1LimitRangeSpec)] = ["limits"],
        [typeof(V1LimitRangeItem)] = ["type"],
        [typeof(V1ReplicationControllerCondition)] = ["status", "type"],
        [typeof(V1ContainerStatus)] = ["image", "imageID", "name", "ready", "restartCount"],

        // meta/v1
        [typeof(V1OwnerReference)] = ["apiVersion", "kind", "name", "uid"],
        [typeof(V1LabelSelectorRequirement)] = ["key", "operator"],
        [typeof(V1Condition)] = ["lastTransitionTime", "message", "reason", "status", "type"],

        // apps/v1
        [typeof(V1DeploymentSpec)] = ["selector", "template"],
        [typeof(V1ReplicaSetSpec)] = ["selector"],
        [typeof(V1StatefulSetSpec)] = ["selector", "template"],
        [typeof(V1DaemonSetSpec)] = ["selector", "template"],
        [typeof(V1ControllerRevision)] = ["revision"],
        [typeof(V1DeploymentCondition)] = ["status", "type"],
        [typeof(V1ReplicaSetCondition)] = ["status", "type"],
        [typeof(V1ReplicaSetStatus)] = ["replicas"],

        // batch/v1, autoscaling/v2, networking, discovery, rbac
        [typeof(V1JobSpec)] = ["template"],
        [typeof(V1JobCondition)] = ["status", "type"],
        [typeof(V1CronJobSpec)] = ["jobTemplate", "schedule"],
        [typeof(V2HorizontalPodAutoscalerSpec)] = ["maxReplicas", "scaleTargetRef"],
        [typeof(V2CrossVersionObjectReference)] = ["kind", "name"],
        [typeof(V1HTTPIngressPath)] = ["backend", "pathType"],
        [typeof(V1HTTPIngressRuleValue)] = ["paths"],
        [typeof(V1IngressServiceBackend)] = ["name"],
        [typeof(V1EndpointSlice)] = ["addressType", "endpoints"],
        [typeof(V1Endpoint)] = ["addresses"],
        [typeof(V1EndpointAddress)] = ["ip"],
        [typeof(V1PolicyRule)] = ["verbs"],
        [typeof(V1RoleRef)] = ["apiGroup", "kind", "name"],
        [typeof(Rbacv1Subject)] = ["kind", "name"],
        [typeof(V1RoleBinding)] = ["roleRef"],
        [typeof(V1ClusterRoleBinding)] = ["roleRef"],
    }.ToFrozenDictionary();

    /// <summary>The required JSON property names of a model class (empty when none are known).</summary>
    public static IReadOnlyList<string> Of(Type modelType) => Table.GetValueOrDefault(modelType) ?? [];

    /// <summary>Every model class with known required fields.</summary>
    public static IEnumerable<Type> Types => Table.Keys;
}
