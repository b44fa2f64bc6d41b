using System.Text.Json.Nodes;
using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>
/// The kinds served out of the box, with upstream's names, scope, short names, categories, verbs
/// and the subresources we serve. Adding a kind is one entry in <see cref="All"/>.
/// </summary>
internal static class BuiltInKinds
{
    private const string Core = "";
    private const string Apps = "apps";
    private const string Batch = "batch";
    private const string Autoscaling = "autoscaling";
    private const string Policy = "policy";
    private const string Networking = "networking.k8s.io";
    private const string Discovery = "discovery.k8s.io";
    private const string Coordination = "coordination.k8s.io";
    private const string Rbac = "rbac.authorization.k8s.io";

    private const bool Namespaced = true;
    private const bool ClusterScoped = false;

    private static readonly string[] Status = [KindSubresources.Status];
    private static readonly string[] StatusAndScale = [KindSubresources.Scale, KindSubresources.Status];
    private static readonly string[] PodSubresources =
        [KindSubresources.Binding, KindSubresources.Eviction, KindSubresources.Exec, KindSubresources.Log, KindSubresources.Status];

    public static IReadOnlyList<ResourceKind> All { get; } =
    [
        // core/v1
        Entry<V1Namespace, V1NamespaceList>(Core, "v1", "Namespace", "namespaces", ClusterScoped, ["ns"], Status,
            verbs: KindVerbs.AllButDeleteCollection, fields: KindFieldGetters.Namespace),
        Entry<V1Node, V1NodeList>(Core, "v1", "Node", "nodes", ClusterScoped, ["no"], Status, fields: KindFieldGetters.Node),
        Entry<V1Pod, V1PodList>(Core, "v1", "Pod", "pods", Namespaced, ["po"], PodSubresources, inAll: true, fields: KindFieldGetters.Pod),
        Entry<V1ReplicationController, V1ReplicationControllerList>(Core, "v1", "ReplicationController", "replicationcontrollers", Namespaced, ["rc"], StatusAndScale,
            inAll: true, fields: KindFieldGetters.Replicated),
        Entry<V1Service, V1ServiceList>(Core, "v1", "Service", "services", Namespaced, ["svc"], Status, inAll: true),
        Entry<V1Endpoints, V1EndpointsList>(Core, "v1", "Endpoints", "endpoints", Namespaced, ["ep"]),
        Entry<V1ConfigMap, V1ConfigMapList>(Core, "v1", "ConfigMap", "configmaps", Namespaced, ["cm"]),
        Entry<V1Secret, V1SecretList>(Core, "v1", "Secret", "secrets", Namespaced, fields: KindFieldGetters.Secret),
        Entry<Corev1Event, Corev1EventList>(Core, "v1", "Event", "events", Namespaced, ["ev"], fields: KindFieldGetters.Event),
        Entry<V1ResourceQuota, V1ResourceQuotaList>(Core, "v1", "ResourceQuota", "resourcequotas", Namespaced, ["quota"], Status),
        Entry<V1LimitRange, V1LimitRangeList>(Core, "v1", "LimitRange", "limitranges", Namespaced, ["limits"]),
        Entry<V1ServiceAccount, V1ServiceAccountList>(Core, "v1", "ServiceAccount", "serviceaccounts", Namespaced, ["sa"]),
        Entry<V1PersistentVolume, V1PersistentVolumeList>(Core, "v1", "PersistentVolume", "persistentvolumes", ClusterScoped, ["pv"], Status),
        Entry<V1PersistentVolumeClaim, V1PersistentVolumeClaimList>(Core, "v1", "PersistentVolumeClaim", "persistentvolumeclaims", Namespaced, ["pvc"], Status),

        // apps/v1
        Entry<V1Deployment, V1DeploymentList>(Apps, "v1", "Deployment", "deployments", Namespaced, ["deploy"], StatusAndScale, inAll: true),
        Entry<V1ReplicaSet, V1ReplicaSetList>(Apps, "v1", "ReplicaSet", "replicasets", Namespaced, ["rs"], StatusAndScale,
            inAll: true, fields: KindFieldGetters.Replicated),
        Entry<V1DaemonSet, V1DaemonSetList>(Apps, "v1", "DaemonSet", "daemonsets", Namespaced, ["ds"], Status, inAll: true),
        Entry<V1StatefulSet, V1StatefulSetList>(Apps, "v1", "StatefulSet", "statefulsets", Namespaced, ["sts"], StatusAndScale, inAll: true),
        Entry<V1ControllerRevision, V1ControllerRevisionList>(Apps, "v1", "ControllerRevision", "controllerrevisions", Namespaced),

        // batch/v1
        Entry<V1Job, V1JobList>(Batch, "v1", "Job", "jobs", Namespaced, subresources: Status, inAll: true, fields: KindFieldGetters.Job),
        Entry<V1CronJob, V1CronJobList>(Batch, "v1", "CronJob", "cronjobs", Namespaced, ["cj"], Status, inAll: true),

        // autoscaling/v2
        Entry<V2HorizontalPodAutoscaler, V2HorizontalPodAutoscalerList>(Autoscaling, "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", Namespaced, ["hpa"], Status,
            inAll: true),

        // policy/v1
        Entry<V1PodDisruptionBudget, V1PodDisruptionBudgetList>(Policy, "v1", "PodDisruptionBudget", "poddisruptionbudgets", Namespaced, ["pdb"], Status),

        // networking.k8s.io/v1
        Entry<V1Ingress, V1IngressList>(Networking, "v1", "Ingress", "ingresses", Namespaced, ["ing"], Status),
        Entry<V1IngressClass, V1IngressClassList>(Networking, "v1", "IngressClass", "ingressclasses", ClusterScoped),

        // discovery.k8s.io/v1
        Entry<V1EndpointSlice, V1EndpointSliceList>(Discovery, "v1", "EndpointSlice", "endpointslices", Namespaced),

        // coordination.k8s.io/v1
        Entry<V1Lease, V1LeaseList>(Coordination, "v1", "Lease", "leases", Namespaced),

        // rbac.authorization.k8s.io/v1
        Entry<V1Role, V1RoleList>(Rbac, "v1", "Role", "roles", Namespaced),
        Entry<V1RoleBinding, V1RoleBindingList>(Rbac, "v1", "RoleBinding", "rolebindings", Namespaced),
        Entry<V1ClusterRole, V1ClusterRoleList>(Rbac, "v1", "ClusterRole", "clusterroles", ClusterScoped),
        Entry<V1ClusterRoleBinding, V1ClusterRoleBindingList>(Rbac, "v1", "ClusterRoleBinding", "clusterrolebindings", ClusterScoped),
    ];

    // Upstream singular names are the lower-cased kind for every built-in kind.
    private static ResourceKind Entry<TModel, TList>(
        string group,
        string version,
        string kind,
        string plural,
        bool namespaced,
        string[]? shortNames = null,
        string[]? subresources = null,
        bool inAll = false,
        IReadOnlyList<string>? verbs = null,
        IReadOnlyDictionary<string, Func<JsonObject, string>>? fields = null) =>
        new(
            group,
            version,
            kind,
            plural,
            kind.ToLowerInvariant(),
            shortNames ?? [],
            namespaced,
            verbs ?? KindVerbs.All,
            subresources ?? [],
            inAll ? [KindCategories.All] : [],
            typeof(TModel),
            typeof(TList))
        {
            FieldGetters = fields ?? KindFieldGetters.Common,
        };
}
