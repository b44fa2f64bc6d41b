namespace GrainOrchestrator.ApiMachinery.Api;

/// <summary>A watch as the REST API expresses it.</summary>
public sealed record WatchRequest(
    string? Namespace,
    string? LabelSelector,
    string? FieldSelector,
    string? ResourceVersion,
    bool AllowBookmarks = false);
