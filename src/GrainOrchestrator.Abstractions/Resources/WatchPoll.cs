namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Asks a collection for the changes after a resourceVersion, waiting up to <see cref="MaxWait"/>.</summary>
[GenerateSerializer, Immutable]
public sealed class WatchPoll
{
    [Id(0)] public required long AfterResourceVersion { get; init; }

    [Id(1)] public string? Namespace { get; init; }

    [Id(2)] public string? LabelSelector { get; init; }

    [Id(3)] public string? FieldSelector { get; init; }

    [Id(4)] public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Upper bound on events in one answer.</summary>
    [Id(5)] public int MaxEvents { get; init; } = 1000;
}
