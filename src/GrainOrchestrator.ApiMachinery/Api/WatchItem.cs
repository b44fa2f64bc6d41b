using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.ApiMachinery.Api;

/// <summary>What a watch stream carries: an event, a bookmark (version only) or a terminal error.</summary>
public sealed record WatchItem(WatchEvent? Event, long BookmarkVersion, ApiError? Error)
{
    public static WatchItem Of(WatchEvent e) => new(e, 0, null);

    public static WatchItem Bookmark(long version) => new(null, version, null);

    public static WatchItem Failed(ApiError error) => new(null, 0, error);
}
