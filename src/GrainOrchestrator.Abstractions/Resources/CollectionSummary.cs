namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>What the garbage collector needs from one collection per sweep.</summary>
[GenerateSerializer, Immutable]
public sealed class CollectionSummary
{
    [Id(0)] public IReadOnlyList<string> Uids { get; init; } = [];

    /// <summary>JSON of objects with ownerReferences.</summary>
    [Id(1)] public IReadOnlyList<string> Owned { get; init; } = [];

    /// <summary>Names of objects with a deletionTimestamp.</summary>
    [Id(2)] public IReadOnlyList<ObjectName> Deleting { get; init; } = [];
}
