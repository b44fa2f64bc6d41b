using System.Diagnostics;
using GrainOrchestrator.Host.Hosting;
using GrainOrchestrator.Host.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// A server data directory for embedded-PostgreSQL tests: tells what the server left in it and
/// which processes still mention it, and on dispose stops any postmaster a test left behind.
/// </summary>
public sealed class EmbeddedDataDirectory : IAsyncDisposable
{
    private readonly TempDirectory _directory = new("go-proc-embedded");

    public string Path => _directory.Path;

    public string PostgresDirectory => System.IO.Path.Combine(Path, "postgres");

    public string PostmasterPidPath => System.IO.Path.Combine(PostgresDirectory, "data", PostmasterPidFile.FileName);

    /// <summary>The connection string the server wrote for agents.</summary>
    public string ReadConnectionString() => File.ReadAllText(System.IO.Path.Combine(Path, NodeRunner.ConnectionFileName)).Trim();

    /// <summary>The pid in postmaster.pid when that process is a live postgres, else null.</summary>
    public int? LivePostmasterPid() =>
        PostmasterPidFile.Read(System.IO.Path.Combine(PostgresDirectory, "data")) is { } pidFile && EmbeddedPostgres.IsPostgresProcess(pidFile.Pid)
            ? pidFile.Pid
            : null;

    /// <summary><c>pgrep -af &lt;data dir&gt;</c>: every process whose command line mentions this directory.</summary>
    public async Task<IReadOnlyList<string>> ProcessesMentioningAsync()
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep")
        {
            ArgumentList = { "-af", Path },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = await pgrep.StandardOutput.ReadToEndAsync();
        await pgrep.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (LivePostmasterPid() is not null)
            {
                await new EmbeddedPostgres(PostgresDirectory, NullLogger<EmbeddedPostgres>.Instance).StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            _directory.Dispose();
        }
    }
}
