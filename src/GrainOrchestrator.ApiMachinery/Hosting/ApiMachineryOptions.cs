namespace GrainOrchestrator.ApiMachinery.Hosting;

/// <summary>Tunables of the API machinery.</summary>
public sealed class ApiMachineryOptions
{
    /// <summary>Changes each collection keeps for watch resumption; older versions answer 410 Expired.</summary>
    public int WatchHistoryCapacity { get; set; } = 20_000;

    /// <summary>Where Services get their clusterIP (IPv4 CIDR); the first address is reserved.</summary>
    public string ServiceClusterIpRange { get; set; } = "10.96.0.0/16";
}
