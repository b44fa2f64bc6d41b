using System.Diagnostics;
using System.Text;

namespace GrainOrchestrator.Host.Postgres;

/// <summary>
/// Runs the PostgreSQL tools. PostgreSQL refuses to run as root, so as root every tool runs as
/// the <c>postgres</c> OS user through <c>runuser</c>; otherwise as the current user.
/// </summary>
internal sealed class CommandRunner
{
    internal const string PostgresOsUser = "postgres";

    internal CommandRunner(bool asPostgresUser)
    {
        AsPostgresUser = asPostgresUser;
    }

    internal bool AsPostgresUser { get; }

    internal static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    internal async Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken ct)
    {
        var start = new ProcessStartInfo
        {
            FileName = AsPostgresUser ? "runuser" : fileName,
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (AsPostgresUser)
        {
            foreach (var prefix in new[] { "-u", PostgresOsUser, "--", fileName })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The tools print messages in the server's language otherwise; we log them as they are.
        start.Environment["LC_ALL"] = "C";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        return new CommandResult(process.ExitCode, output.ToString().Trim());
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        lock (sink)
        {
            sink.Append(text);
        }
    }
}
