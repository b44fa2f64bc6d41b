namespace GrainOrchestrator.Client.Model;

public sealed record ApplyOptions
{
    /// <summary>Owner of the applied fields; the server's default when null.</summary>
    public string? FieldManager { get; init; }

    /// <summary>Take over fields other managers own.</summary>
    public bool Force { get; init; }

    public bool DryRun { get; init; }

    /// <summary>For namespaced documents that name none; "default" when null.</summary>
    public string? Namespace { get; init; }
}
