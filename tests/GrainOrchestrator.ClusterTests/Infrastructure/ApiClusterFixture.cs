using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Hosting;
using GrainOrchestrator.ApiMachinery.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace GrainOrchestrator.ClusterTests.Infrastructure;

/// <summary>
/// An in-process Orleans cluster of two silos running the API machinery on a process-wide
/// in-memory object store (PostgreSQL is covered by the integration tests).
/// </summary>
public sealed class ApiClusterFixture : IAsyncLifetime
{
    /// <summary>Small, so that tests can push a version out of the watch history.</summary>
    public const int WatchHistoryCapacity = 200;

    /// <summary>Short, so that bookmark tests and deactivations do not wait for a long poll.</summary>
    public static readonly TimeSpan PollWait = TimeSpan.FromSeconds(2);

    internal static readonly InMemoryResourceObjectStore Store = new();

    public TestCluster Cluster { get; private set; } = null!;

    public ResourceApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Api = new ResourceApi(Cluster.Client) { PollWait = PollWait };
        await Api.EnsureInitialNamespacesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorageAsDefault();
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.Services.Configure<ApiMachineryOptions>(o => o.WatchHistoryCapacity = WatchHistoryCapacity);
            siloBuilder.Services.AddApiMachinery().AddInMemoryResourceStore(Store);
        }
    }
}
