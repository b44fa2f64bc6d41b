using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>PATCH content types and the patch kinds they mean.</summary>
public static class PatchTypes
{
    public static readonly IReadOnlyList<string> MediaTypes =
    [
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/strategic-merge-patch+json",
        "application/apply-patch+yaml",
    ];

    public static PatchType? FromContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json-patch+json" => PatchType.Json,
            "application/merge-patch+json" => PatchType.Merge,
            "application/strategic-merge-patch+json" => PatchType.StrategicMerge,
            "application/apply-patch+yaml" or "application/apply-patch+json" => PatchType.Apply,
            _ => null,
        };
    }
}
