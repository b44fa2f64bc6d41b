using System.Data.Common;
using GrainOrchestrator.ApiMachinery.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// An Orleans client of the <c>grainorchestrator</c> cluster that finds gateways through the
/// PostgreSQL membership table, with the application layer (<see cref="ResourceApi"/>) on top.
/// </summary>
public sealed class OrleansTestClient : IAsyncDisposable
{
    public const string ClusterId = "grainorchestrator";

    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);

    private readonly IHost _host;

    static OrleansTestClient()
    {
        DbProviderFactories.RegisterFactory("Npgsql", NpgsqlFactory.Instance);
    }

    private OrleansTestClient(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
        Api = new ResourceApi(Client);
    }

    public IClusterClient Client { get; }

    public ResourceApi Api { get; }

    /// <summary>Connects, retrying while no gateway answers yet (e.g. stale rows after a crash).</summary>
    public static async Task<OrleansTestClient> ConnectAsync(string connectionString, TimeSpan? responseTimeout = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = ClusterId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout ?? TimeSpan.FromSeconds(30));
            // Notice restarted or dead gateways within seconds, not the default minute.
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            client.UseConnectionRetryFilter(async (_, ct) =>
            {
                if (clock.Elapsed > ConnectTimeout)
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
                return true;
            });
        });

        var host = builder.Build();
        try
        {
            using var cts = new CancellationTokenSource(ConnectTimeout + TimeSpan.FromSeconds(10));
            await host.StartAsync(cts.Token);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new OrleansTestClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        // After a crash of every silo the graceful close has nobody to talk to: bound it.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _host.StopAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            // Abandoned: the process keeps no state of its own.
        }

        _host.Dispose();
    }
}
