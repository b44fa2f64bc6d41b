namespace GrainOrchestrator.ApiMachinery.Hosting;

/// <summary>Tunables of the API machinery.</summary>
public sealed class ApiMachineryOptions
{
    /// <summary>Changes each collection keeps for watch resumption; older versions answer 410 Expired.</summary>
    public int WatchHistoryCapacity { get; set; } = 20_000;
}
