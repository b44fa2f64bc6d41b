using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace GrainOrchestrator.Bench.ApiMachinery.Measurement;

/// <summary>
/// Runs the machine's <c>pgbench</c> against the same PostgreSQL, in a database of its own: the
/// ceiling of small committed write transactions this server and disk manage. pgbench is only
/// a client, so it runs as the invoking user; the password goes through PGPASSWORD.
/// </summary>
public static partial class PgBench
{
    public const string Database = "pgbench_ceiling";
    public const string Script = "simple-update";

    public static string? Locate()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Reverse().Select(d => Path.Combine(d, "bin"))
            : [];
        return path.Concat(debian).Append("/usr/local/bin")
            .Select(d => Path.Combine(d, "pgbench"))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<PgBenchResult> RunAsync(string executable, string connectionString, int clients, TimeSpan duration, CancellationToken ct)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        await CreateDatabaseAsync(connectionString, ct).ConfigureAwait(false);

        string[] common = ["-h", server.Host!, "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", server.Username!];
        await RunToolAsync(executable, [.. common, "-i", "-q", "-s", "1", Database], server.Password!, ct).ConfigureAwait(false);
        var output = await RunToolAsync(
            executable,
            [.. common, "-b", Script, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture), "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-n", Database],
            server.Password!,
            ct).ConfigureAwait(false);

        var tps = TpsPattern().Match(output);
        var latency = LatencyPattern().Match(output);
        if (!tps.Success)
        {
            throw new InvalidOperationException($"pgbench printed no tps: {output}");
        }

        return new PgBenchResult(
            Script,
            clients,
            duration,
            double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN);
    }

    private static async Task CreateDatabaseAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<string> RunToolAsync(string executable, IReadOnlyList<string> arguments, string password, CancellationToken ct)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = password;
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        var output = await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false);
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"pgbench {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {output}");
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyPattern();
}
