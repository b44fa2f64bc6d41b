namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>What <c>metav1.DeleteOptions</c> carries.</summary>
[GenerateSerializer, Immutable]
public sealed class DeleteOptions
{
    public static readonly DeleteOptions Default = new();

    /// <summary>Null = the object's own grace period (pods: terminationGracePeriodSeconds).</summary>
    [Id(0)] public long? GracePeriodSeconds { get; init; }

    /// <summary>Orphan, Background or Foreground; null = the kind's default (Background).</summary>
    [Id(1)] public string? PropagationPolicy { get; init; }

    [Id(2)] public string? PreconditionUid { get; init; }

    [Id(3)] public string? PreconditionResourceVersion { get; init; }

    [Id(4)] public bool DryRun { get; init; }
}
