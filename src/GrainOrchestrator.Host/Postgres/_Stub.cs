using Microsoft.Extensions.Logging;
namespace GrainOrchestrator.Host.Postgres;
public sealed class EmbeddedPostgres(string directory, ILogger<EmbeddedPostgres> logger) : IAsyncDisposable
{
    public Task<string> StartAsync(CancellationToken ct) => throw new NotImplementedException(directory + logger);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
public static class PostgresSchema { public static Task ApplyAsync(string c, ILogger l, CancellationToken ct) => Task.CompletedTask; }
public sealed class PostgresUnavailableException(string m) : Exception(m);
