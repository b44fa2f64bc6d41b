using System.Net;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.Bench.Shared.Infrastructure;
using GrainOrchestrator.Host.Configuration;
using GrainOrchestrator.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GrainOrchestrator.Bench.ApiMachinery.Infrastructure;

/// <summary>
/// A throwaway embedded PostgreSQL with the project's schema (<see cref="BenchPostgres"/>), and one
/// in-process silo wired like the real host (<see cref="SiloHostingExtensions.AddGrainOrchestratorSilo"/>)
/// on free loopback ports.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private readonly BenchPostgres _postgres;
    private IHost? _host;

    private BenchCluster(BenchPostgres postgres) => _postgres = postgres;

    /// <summary>Superuser connection to the <c>grainorchestrator</c> database.</summary>
    public string ConnectionString => _postgres.ConnectionString;

    public ResourceApi Api { get; private set; } = null!;

    /// <summary>Starts PostgreSQL and applies the schema; the silo starts in <see cref="StartSiloAsync"/>.</summary>
    public static async Task<BenchCluster> StartPostgresAsync(CancellationToken ct) =>
        new(await BenchPostgres.StartAsync("grainorchestrator-bench", ct).ConfigureAwait(false));

    public async Task StartSiloAsync(CancellationToken ct)
    {
        var options = new NodeOptions
        {
            Role = NodeRole.Server,
            DataDirectory = _postgres.Directory.Path,
            PostgresConnectionString = ConnectionString,
            NodeName = "bench",
            AdvertiseAddress = IPAddress.Loopback,
            SiloPort = FreePort.Pick(IPAddress.Loopback),
            GatewayPort = FreePort.Pick(IPAddress.Loopback),
            Runtime = RuntimeKind.Simulated,
            ClusterId = "bench",
        };

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGrainOrchestratorSilo(options, ConnectionString);

        _host = builder.Build();
        await _host.StartAsync(ct).ConfigureAwait(false);
        Api = new ResourceApi(_host.Services.GetRequiredService<IGrainFactory>());
        await ClusterReadiness.WaitForDefaultNamespaceAsync(Api, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Closes the idle PostgreSQL connections of the silo: a backend flushes its table statistics
    /// when it exits, so the counters of <c>pg_stat_user_tables</c> catch up at once.
    /// </summary>
    public void ClosePooledConnections()
    {
        _host?.Services.GetRequiredService<NpgsqlDataSource>().Clear();
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            _host.Dispose();
        }

        await _postgres.DisposeAsync().ConfigureAwait(false);
    }
}
