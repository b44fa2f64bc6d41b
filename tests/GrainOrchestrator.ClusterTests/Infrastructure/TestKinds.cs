using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.ClusterTests.Infrastructure;

/// <summary>Served kinds the tests use.</summary>
internal static class TestKinds
{
    public static ResourceKind Namespace { get; } = Get(string.Empty, "Namespace");

    public static ResourceKind ConfigMap { get; } = Get(string.Empty, "ConfigMap");

    public static ResourceKind Secret { get; } = Get(string.Empty, "Secret");

    public static ResourceKind Pod { get; } = Get(string.Empty, "Pod");

    public static ResourceKind Service { get; } = Get(string.Empty, "Service");

    public static ResourceKind Event { get; } = Get(string.Empty, "Event");

    public static ResourceKind Deployment { get; } = Get("apps", "Deployment");

    public static ResourceKind Lease { get; } = Get("coordination.k8s.io", "Lease");

    private static ResourceKind Get(string group, string kind) =>
        KindRegistry.Default.TryGetByKind(group, kind, out var k) ? k : throw new InvalidOperationException($"{group}/{kind} not served");
}
