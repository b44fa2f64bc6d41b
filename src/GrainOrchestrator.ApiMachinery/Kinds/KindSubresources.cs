namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>Subresource names served by the built-in kinds.</summary>
public static class KindSubresources
{
    public const string Status = "status";
    public const string Scale = "scale";
    public const string Binding = "binding";
    public const string Eviction = "eviction";
    public const string Log = "log";
    public const string Exec = "exec";
}
