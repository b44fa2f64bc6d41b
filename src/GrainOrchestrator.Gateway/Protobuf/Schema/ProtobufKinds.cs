namespace GrainOrchestrator.Gateway.Protobuf.Schema;

/// <summary>
/// The kinds a protobuf body may carry, by the apiVersion and kind of its envelope, and the
/// message type of each. These are the kinds kubectl's typed generators create (plus their
/// close relatives), not every served kind.
/// </summary>
internal static class ProtobufKinds
{
    public static IEnumerable<(string ApiVersion, string Kind, string MessageType)> All()
    {
        foreach (var kind in new[]
                 {
                     "Namespace", "Pod", "Service", "ConfigMap", "Secret", "ServiceAccount", "ResourceQuota",
                     "ReplicationController", "PersistentVolumeClaim", "Endpoints", "LimitRange", "Binding", "Event", "Node",
                 })
        {
            yield return ("v1", kind, "core.v1." + kind);
        }

        foreach (var kind in new[] { "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet" })
        {
            yield return ("apps/v1", kind, "apps.v1." + kind);
        }

        yield return ("batch/v1", "Job", "batch.v1.Job");
        yield return ("batch/v1", "CronJob", "batch.v1.CronJob");

        foreach (var kind in new[] { "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding" })
        {
            yield return ("rbac.authorization.k8s.io/v1", kind, "rbac.v1." + kind);
        }

        yield return ("networking.k8s.io/v1", "Ingress", "networking.v1.Ingress");
        yield return ("networking.k8s.io/v1", "IngressClass", "networking.v1.IngressClass");
        yield return ("networking.k8s.io/v1", "NetworkPolicy", "networking.v1.NetworkPolicy");
        yield return ("policy/v1", "PodDisruptionBudget", "policy.v1.PodDisruptionBudget");
        yield return ("policy/v1", "Eviction", "policy.v1.Eviction");
        yield return ("authorization.k8s.io/v1", "SelfSubjectAccessReview", "authorization.v1.SelfSubjectAccessReview");
        yield return ("authorization.k8s.io/v1", "SelfSubjectRulesReview", "authorization.v1.SelfSubjectRulesReview");
        yield return ("authentication.k8s.io/v1", "TokenRequest", "authentication.v1.TokenRequest");
        yield return ("scheduling.k8s.io/v1", "PriorityClass", "scheduling.v1.PriorityClass");
        yield return ("autoscaling/v1", "HorizontalPodAutoscaler", "autoscaling.v1.HorizontalPodAutoscaler");
        yield return ("autoscaling/v1", "Scale", "autoscaling.v1.Scale");
        yield return ("autoscaling/v2", "HorizontalPodAutoscaler", "autoscaling.v2.HorizontalPodAutoscaler");
        yield return ("coordination.k8s.io/v1", "Lease", "coordination.v1.Lease");
    }
}
