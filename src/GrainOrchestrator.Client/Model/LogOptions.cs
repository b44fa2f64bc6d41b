namespace GrainOrchestrator.Client.Model;

public sealed record LogOptions
{
    public string? Container { get; init; }

    public bool Follow { get; init; }

    public long? TailLines { get; init; }

    public long? SinceSeconds { get; init; }

    public bool Timestamps { get; init; }
}
