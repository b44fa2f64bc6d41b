namespace GrainOrchestrator.Client.Model;

public enum ObjectEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
}
