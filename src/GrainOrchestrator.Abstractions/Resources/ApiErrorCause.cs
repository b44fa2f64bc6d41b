namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>One cause of a failure, e.g. a field that failed validation.</summary>
[GenerateSerializer, Immutable]
public sealed class ApiErrorCause
{
    [Id(0)] public required string Reason { get; init; }

    [Id(1)] public required string Message { get; init; }

    [Id(2)] public string? Field { get; init; }
}
