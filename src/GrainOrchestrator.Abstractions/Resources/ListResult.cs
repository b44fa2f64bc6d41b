namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Items of a list, the list's resourceVersion and the continue token.</summary>
[GenerateSerializer, Immutable]
public sealed class ListResult
{
    [Id(0)] public IReadOnlyList<string> Items { get; init; } = [];

    [Id(1)] public required string ResourceVersion { get; init; }

    [Id(2)] public string? Continue { get; init; }

    /// <summary>Objects left after this page (set when paginated).</summary>
    [Id(3)] public long? RemainingItemCount { get; init; }

    [Id(4)] public ApiError? Error { get; init; }
}
