namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Query options shared by create, update and patch.</summary>
[GenerateSerializer, Immutable]
public sealed class WriteOptions
{
    public static readonly WriteOptions Default = new();

    /// <summary><c>dryRun=All</c>: run everything but the write.</summary>
    [Id(0)] public bool DryRun { get; init; }

    [Id(1)] public string? FieldManager { get; init; }

    /// <summary>Server-side apply: take ownership of conflicting fields.</summary>
    [Id(2)] public bool Force { get; init; }

    /// <summary>Empty for the main resource, else e.g. <c>status</c>.</summary>
    [Id(3)] public string Subresource { get; init; } = string.Empty;
}
