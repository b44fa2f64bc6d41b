namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>The stored object (with its new resourceVersion), or why the commit was refused.</summary>
[GenerateSerializer, Immutable]
public sealed class CommitResult
{
    [Id(0)] public long ResourceVersion { get; init; }

    /// <summary>The object as stored; for a removal, its last state.</summary>
    [Id(1)] public string? Json { get; init; }

    /// <summary>Set when the expected version did not match (another writer got there first).</summary>
    [Id(2)] public bool Conflict { get; init; }
}
