namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>A list (or the start of a watch) over one kind.</summary>
[GenerateSerializer, Immutable]
public sealed class ListRequest
{
    /// <summary>Null = all namespaces (or a cluster-scoped kind).</summary>
    [Id(0)] public string? Namespace { get; init; }

    [Id(1)] public string? LabelSelector { get; init; }

    [Id(2)] public string? FieldSelector { get; init; }

    /// <summary>0 = no limit.</summary>
    [Id(3)] public int Limit { get; init; }

    [Id(4)] public string? Continue { get; init; }
}
