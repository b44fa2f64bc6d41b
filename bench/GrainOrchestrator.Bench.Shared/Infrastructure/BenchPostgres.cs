using GrainOrchestrator.Host.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GrainOrchestrator.Bench.Shared.Infrastructure;

/// <summary>
/// A throwaway embedded PostgreSQL with the project's schema in a temp directory that also serves
/// as the node's data directory; everything is removed on dispose.
/// </summary>
public sealed class BenchPostgres : IAsyncDisposable
{
    private readonly EmbeddedPostgres _postgres;

    private BenchPostgres(TempDirectory directory, EmbeddedPostgres postgres, ILoggerFactory loggerFactory, string connectionString)
    {
        Directory = directory;
        _postgres = postgres;
        LoggerFactory = loggerFactory;
        ConnectionString = connectionString;
    }

    /// <summary>Superuser connection to the <c>grainorchestrator</c> database.</summary>
    public string ConnectionString { get; }

    /// <summary>The run's temp directory (PostgreSQL lives in its <c>postgres</c> subdirectory).</summary>
    public TempDirectory Directory { get; }

    /// <summary>Warnings and worse, one line each, on the console.</summary>
    public ILoggerFactory LoggerFactory { get; }

    public static async Task<BenchPostgres> StartAsync(string prefix, CancellationToken ct)
    {
        var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; })
            .SetMinimumLevel(LogLevel.Warning));
        var directory = new TempDirectory(prefix);
        var postgres = new EmbeddedPostgres(Path.Combine(directory.Path, "postgres"), loggerFactory.CreateLogger<EmbeddedPostgres>());
        var connectionString = await postgres.StartAsync(ct).ConfigureAwait(false);
        await PostgresSchema.ApplyAsync(connectionString, loggerFactory.CreateLogger("schema"), ct).ConfigureAwait(false);
        return new BenchPostgres(directory, postgres, loggerFactory, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _postgres.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _postgres.DisposeAsync().ConfigureAwait(false);
        LoggerFactory.Dispose();
        Directory.Dispose();
    }
}
