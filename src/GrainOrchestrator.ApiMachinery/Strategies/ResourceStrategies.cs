using System.Collections.Frozen;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// Finds the strategy of a kind by (group, kind); the core group is "". Kinds without a dedicated
/// strategy get a metadata-only <see cref="GenericStrategy"/>. Strategies are stateless singletons.
/// </summary>
public static class ResourceStrategies
{
    private static readonly FrozenDictionary<(string Group, string Kind), IResourceStrategy> Dedicated =
        new Dictionary<(string Group, string Kind), IResourceStrategy>
        {
            [("", "Pod")] = new PodStrategy(),
            [("", "Service")] = new ServiceStrategy(),
            [("", "Namespace")] = new NamespaceStrategy(),
            [("", "Node")] = new NodeStrategy(),
            [("", "ConfigMap")] = new ConfigMapStrategy(),
            [("", "Secret")] = new SecretStrategy(),
            [("", "Endpoints")] = new EndpointsStrategy(),
            [("", "Event")] = new EventStrategy(),
            [("", "ReplicationController")] = new ReplicationControllerStrategy(),
            [("", "PersistentVolumeClaim")] = new PersistentVolumeClaimStrategy(),
            [("apps", "Deployment")] = new DeploymentStrategy(),
            [("apps", "ReplicaSet")] = new ReplicaSetStrategy(),
            [("apps", "DaemonSet")] = new DaemonSetStrategy(),
            [("apps", "StatefulSet")] = new StatefulSetStrategy(),
            [("batch", "Job")] = new JobStrategy(),
            [("batch", "CronJob")] = new CronJobStrategy(),
            [("coordination.k8s.io", "Lease")] = new LeaseStrategy(),
            [("rbac.authorization.k8s.io", "Role")] = new RoleStrategy(),
            [("rbac.authorization.k8s.io", "ClusterRole")] = new ClusterRoleStrategy(),
            [("rbac.authorization.k8s.io", "RoleBinding")] = new RoleBindingStrategy(),
            [("rbac.authorization.k8s.io", "ClusterRoleBinding")] = new ClusterRoleBindingStrategy(),
            [("networking.k8s.io", "Ingress")] = new IngressStrategy(),
            [("autoscaling", "HorizontalPodAutoscaler")] = new HorizontalPodAutoscalerStrategy(),
            [("policy", "PodDisruptionBudget")] = new PodDisruptionBudgetStrategy(),
        }.ToFrozenDictionary();

    /// <summary>Well-known cluster-scoped kinds, for the generic strategy's namespace rule.</summary>
    private static readonly FrozenSet<(string Group, string Kind)> ClusterScoped = new (string, string)[]
    {
        ("", "Namespace"), ("", "Node"), ("", "PersistentVolume"), ("", "ComponentStatus"),
        ("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
        ("storage.k8s.io", "StorageClass"), ("storage.k8s.io", "CSIDriver"), ("storage.k8s.io", "CSINode"),
        ("storage.k8s.io", "VolumeAttachment"), ("scheduling.k8s.io", "PriorityClass"),
        ("apiextensions.k8s.io", "CustomResourceDefinition"), ("apiregistration.k8s.io", "APIService"),
        ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
        ("node.k8s.io", "RuntimeClass"), ("certificates.k8s.io", "CertificateSigningRequest"),
        ("networking.k8s.io", "IngressClass"), ("flowcontrol.apiserver.k8s.io", "FlowSchema"),
        ("flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"),
    }.ToFrozenSet();

    private static readonly GenericStrategy NamespacedGeneric = new(namespaced: true);
    private static readonly GenericStrategy ClusterGeneric = new(namespaced: false);

    /// <summary>The strategy for a kind; unknown kinds are treated as namespaced unless well known to be cluster-scoped.</summary>
    public static IResourceStrategy For(string group, string kind)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(kind);
        return Dedicated.TryGetValue((group, kind), out var strategy)
            ? strategy
            : ClusterScoped.Contains((group, kind)) ? ClusterGeneric : NamespacedGeneric;
    }

    /// <summary>The strategy for a kind whose scope the caller knows (custom resources); dedicated strategies win.</summary>
    public static IResourceStrategy For(string group, string kind, bool namespaced)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(kind);
        return Dedicated.TryGetValue((group, kind), out var strategy) ? strategy : namespaced ? NamespacedGeneric : ClusterGeneric;
    }

    /// <summary>Whether (group, kind) has a dedicated strategy.</summary>
    public static bool HasDedicated(string group, string kind) => Dedicated.ContainsKey((group, kind));
}
