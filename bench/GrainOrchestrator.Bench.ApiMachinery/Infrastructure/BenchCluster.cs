using System.Diagnostics;
using System.Net;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.Host.Configuration;
using GrainOrchestrator.Host.Hosting;
using GrainOrchestrator.Host.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GrainOrchestrator.Bench.ApiMachinery.Infrastructure;

/// <summary>
/// A throwaway embedded PostgreSQL with the project's schema, and one in-process silo wired like
/// the real host (<see cref="SiloHostingExtensions.AddGrainOrchestratorSilo"/>) on free loopback ports.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _directory;
    private readonly EmbeddedPostgres _postgres;
    private readonly ILoggerFactory _loggerFactory;
    private IHost? _host;

    private BenchCluster(TempDirectory directory, EmbeddedPostgres postgres, ILoggerFactory loggerFactory, string connectionString)
    {
        _directory = directory;
        _postgres = postgres;
        _loggerFactory = loggerFactory;
        ConnectionString = connectionString;
    }

    /// <summary>Superuser connection to the <c>grainorchestrator</c> database.</summary>
    public string ConnectionString { get; }

    public ResourceApi Api { get; private set; } = null!;

    /// <summary>Starts PostgreSQL and applies the schema; the silo starts in <see cref="StartSiloAsync"/>.</summary>
    public static async Task<BenchCluster> StartPostgresAsync(CancellationToken ct)
    {
        var loggerFactory = LoggerFactory.Create(b => b
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; })
            .SetMinimumLevel(LogLevel.Warning));
        var directory = new TempDirectory("grainorchestrator-bench");
        var postgres = new EmbeddedPostgres(Path.Combine(directory.Path, "postgres"), loggerFactory.CreateLogger<EmbeddedPostgres>());
        var connectionString = await postgres.StartAsync(ct).ConfigureAwait(false);
        await PostgresSchema.ApplyAsync(connectionString, loggerFactory.CreateLogger("schema"), ct).ConfigureAwait(false);
        return new BenchCluster(directory, postgres, loggerFactory, connectionString);
    }

    public async Task StartSiloAsync(CancellationToken ct)
    {
        var options = new NodeOptions
        {
            Role = NodeRole.Server,
            DataDirectory = _directory.Path,
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
        await WaitForDefaultNamespaceAsync(ct).ConfigureAwait(false);
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

        NpgsqlConnection.ClearAllPools();
        await _postgres.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _postgres.DisposeAsync().ConfigureAwait(false);
        _loggerFactory.Dispose();
        _directory.Dispose();
    }

    /// <summary>The host creates the initial namespaces in the background; objects need them.</summary>
    private async Task WaitForDefaultNamespaceAsync(CancellationToken ct)
    {
        KindRegistry.Default.TryGetByKind(string.Empty, "Namespace", out var nsKind);
        var clock = Stopwatch.StartNew();
        while (!(await Api.GetAsync(nsKind!, null, "default").ConfigureAwait(false)).Ok)
        {
            if (clock.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException("namespace default was not created within 60 s of the silo start");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct).ConfigureAwait(false);
        }
    }
}
