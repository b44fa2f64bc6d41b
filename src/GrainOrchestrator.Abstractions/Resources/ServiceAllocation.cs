namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Result of <see cref="IServiceAllocatorGrain.Allocate"/>.</summary>
[GenerateSerializer, Immutable]
public sealed class ServiceAllocation
{
    [Id(0)] public string? Json { get; init; }

    [Id(1)] public ApiError? Error { get; init; }
}
