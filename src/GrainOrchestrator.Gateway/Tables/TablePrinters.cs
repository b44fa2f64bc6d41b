using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Gateway.Tables.Printers;

namespace GrainOrchestrator.Gateway.Tables;

/// <summary>
/// The table printer of each kind, with upstream's columns (kubernetes pkg/printers/internalversion,
/// as of v1.32). Kinds upstream has no printer for (Role, ClusterRole, LimitRange, and any kind not
/// listed) get <see cref="Default"/>: NAME and CREATED AT.
/// </summary>
public static class TablePrinters
{
    private static readonly Dictionary<string, ITablePrinter> ByKey = new(StringComparer.Ordinal)
    {
        ["core/Pod"] = new PodPrinter(),
        ["core/ReplicationController"] = new ReplicationControllerPrinter(),
        ["core/Service"] = new ServicePrinter(),
        ["core/Endpoints"] = new EndpointsPrinter(),
        ["core/Node"] = new NodePrinter(),
        ["core/Namespace"] = new NamespacePrinter(),
        ["core/ConfigMap"] = new ConfigMapPrinter(),
        ["core/Secret"] = new SecretPrinter(),
        ["core/Event"] = new EventPrinter(),
        ["core/ServiceAccount"] = new ServiceAccountPrinter(),
        ["core/PersistentVolume"] = new PersistentVolumePrinter(),
        ["core/PersistentVolumeClaim"] = new PersistentVolumeClaimPrinter(),
        ["core/ResourceQuota"] = new ResourceQuotaPrinter(),
        ["apps/Deployment"] = new DeploymentPrinter(),
        ["apps/ReplicaSet"] = new ReplicaSetPrinter(),
        ["apps/DaemonSet"] = new DaemonSetPrinter(),
        ["apps/StatefulSet"] = new StatefulSetPrinter(),
        ["apps/ControllerRevision"] = new ControllerRevisionPrinter(),
        ["batch/Job"] = new JobPrinter(),
        ["batch/CronJob"] = new CronJobPrinter(),
        ["autoscaling/HorizontalPodAutoscaler"] = new HorizontalPodAutoscalerPrinter(),
        ["policy/PodDisruptionBudget"] = new PodDisruptionBudgetPrinter(),
        ["networking.k8s.io/Ingress"] = new IngressPrinter(),
        ["networking.k8s.io/IngressClass"] = new IngressClassPrinter(),
        ["discovery.k8s.io/EndpointSlice"] = new EndpointSlicePrinter(),
        ["coordination.k8s.io/Lease"] = new LeasePrinter(),
        ["rbac.authorization.k8s.io/RoleBinding"] = new RoleBindingPrinter("role binding"),
        ["rbac.authorization.k8s.io/ClusterRoleBinding"] = new RoleBindingPrinter("cluster role binding"),
    };

    /// <summary>NAME and CREATED AT, as the apiserver's default table convertor.</summary>
    public static ITablePrinter Default { get; } = new DefaultPrinter();

    /// <summary>The printer for <paramref name="kind"/> (by group and kind; any version).</summary>
    public static ITablePrinter For(ResourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return ByKey.TryGetValue(kind.Key, out var printer) ? printer : Default;
    }
}
