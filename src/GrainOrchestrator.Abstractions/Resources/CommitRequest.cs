namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>An object grain asks its collection to persist a new state (or the object's removal).</summary>
[GenerateSerializer, Immutable]
public sealed class CommitRequest
{
    [Id(0)] public required string Namespace { get; init; }

    [Id(1)] public required string Name { get; init; }

    /// <summary>The version the writer based its change on; 0 = the object must not exist yet.</summary>
    [Id(2)] public required long ExpectedResourceVersion { get; init; }

    /// <summary>The new object without resourceVersion; null removes the object.</summary>
    [Id(3)] public string? Json { get; init; }
}
