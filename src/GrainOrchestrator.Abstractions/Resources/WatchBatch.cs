namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Events after the polled version; <see cref="ResourceVersion"/> is where the next poll starts.</summary>
[GenerateSerializer, Immutable]
public sealed class WatchBatch
{
    [Id(0)] public IReadOnlyList<WatchEvent> Events { get; init; } = [];

    /// <summary>The collection's version this batch brings the watcher up to (for bookmarks and the next poll).</summary>
    [Id(1)] public required long ResourceVersion { get; init; }

    /// <summary>Set when the polled version is older than the kept history (410 Gone, reason Expired).</summary>
    [Id(2)] public ApiError? Error { get; init; }
}
