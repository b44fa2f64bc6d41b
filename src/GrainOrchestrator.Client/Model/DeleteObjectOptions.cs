namespace GrainOrchestrator.Client.Model;

public sealed record DeleteObjectOptions
{
    /// <summary>Background (default), Foreground or Orphan.</summary>
    public string? PropagationPolicy { get; init; }

    /// <summary>Null = the object's own grace period.</summary>
    public long? GracePeriodSeconds { get; init; }

    public bool DryRun { get; init; }
}
