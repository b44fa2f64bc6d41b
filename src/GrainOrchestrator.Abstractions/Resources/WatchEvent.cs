namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>One change of one object.</summary>
[GenerateSerializer, Immutable]
public sealed class WatchEvent
{
    [Id(0)] public required WatchEventType Type { get; init; }

    /// <summary>The object after the change (for DELETED: the last state).</summary>
    [Id(1)] public required string Json { get; init; }

    [Id(2)] public required long ResourceVersion { get; init; }
}
