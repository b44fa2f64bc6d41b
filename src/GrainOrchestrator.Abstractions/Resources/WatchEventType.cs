namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Watch event types as on the wire.</summary>
public enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
}
