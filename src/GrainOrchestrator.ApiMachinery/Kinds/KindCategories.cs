namespace GrainOrchestrator.ApiMachinery.Kinds;

/// <summary>Discovery categories (<c>kubectl get all</c> expands "all").</summary>
public static class KindCategories
{
    public const string All = "all";
}
