using Microsoft.Extensions.Logging;
using Npgsql;

namespace GrainOrchestrator.Host.Postgres;

/// <summary>
/// Applies the SQL scripts shipped in <c>postgres/</c> next to the executable (from
/// <c>infra/postgres/*.sql</c>) in file-name order, each once, recording them in
/// <c>schema_version</c>. Dropping a new numbered script into that folder is all a change needs.
/// </summary>
public static partial class PostgresSchema
{
    /// <summary>Advisory lock key ("grainorc" in ASCII): silos starting together apply scripts one at a time.</summary>
    internal const long AdvisoryLockKey = 0x6772_6169_6E6F_7263;

    public static string ScriptDirectory => Path.Combine(AppContext.BaseDirectory, "postgres");

    /// <summary>Applies every script of <see cref="ScriptDirectory"/> not yet applied to the database.</summary>
    public static Task ApplyAsync(string connectionString, ILogger logger, CancellationToken ct) =>
        ApplyAsync(connectionString, ScriptDirectory, logger, ct);

    internal static async Task ApplyAsync(string connectionString, string scriptDirectory, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var scripts = Directory.Exists(scriptDirectory)
            ? Directory.GetFiles(scriptDirectory, "*.sql").Order(StringComparer.Ordinal).ToArray()
            : throw new DirectoryNotFoundException($"PostgreSQL schema scripts not found in {scriptDirectory}.");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

        // Held until commit; a second starter waits here and then finds everything applied.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
            ct).ConfigureAwait(false);

        var applied = await ReadAppliedAsync(connection, transaction, ct).ConfigureAwait(false);
        var count = 0;
        foreach (var script in scripts)
        {
            var version = Path.GetFileNameWithoutExtension(script);
            if (applied.Contains(version))
            {
                continue;
            }

            LogApplying(logger, version);
            var sql = await File.ReadAllTextAsync(script, ct).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, sql, ct).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version) VALUES ($1)", connection, transaction);
            record.Parameters.AddWithValue(version);
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            count++;
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        LogApplied(logger, count, scripts.Length);
    }

    private static async Task<HashSet<string>> ReadAppliedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying PostgreSQL schema script {Version}")]
    private static partial void LogApplying(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL schema up to date ({Applied} of {Total} scripts applied now)")]
    private static partial void LogApplied(ILogger logger, int applied, int total);
}
