namespace GrainOrchestrator.Client.Model;

public sealed record WatchOptions
{
    public string? LabelSelector { get; init; }

    public string? FieldSelector { get; init; }

    /// <summary>Resume after this version; null starts with the current objects as ADDED.</summary>
    public string? ResourceVersion { get; init; }

    public bool AllowBookmarks { get; init; }
}
