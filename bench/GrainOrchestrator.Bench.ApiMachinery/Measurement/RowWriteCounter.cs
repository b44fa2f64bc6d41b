using System.Diagnostics;
using Npgsql;

namespace GrainOrchestrator.Bench.ApiMachinery.Measurement;

/// <summary>
/// Reads the row-write counters of one database. They are updated asynchronously (a backend
/// flushes its pending counts at most once a second while busy, within ~10 s when idle, and at
/// exit), so <see cref="SettledAsync"/> first has the writers' idle connections closed and then
/// polls until the sum stops moving.
/// </summary>
public sealed class RowWriteCounter(string connectionString, Action closeWriterConnections)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan SettleCap = TimeSpan.FromSeconds(15);
    private const int StableReads = 6;

    private const string Query =
        """
        SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint,
               coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del) FILTER (WHERE relname = 'resource_objects'), 0)::bigint
        FROM pg_stat_user_tables
        """;

    // Unpooled: clearing the writers' pools must not touch this connection, and it holds no stats itself.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public async Task<RowWriteCount> SettledAsync(CancellationToken ct)
    {
        closeWriterConnections();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var last = await ReadAsync(connection, ct).ConfigureAwait(false);
        var stable = 0;
        while (stable < StableReads && clock.Elapsed < SettleCap)
        {
            await Task.Delay(PollInterval, ct).ConfigureAwait(false);
            var now = await ReadAsync(connection, ct).ConfigureAwait(false);
            stable = now == last ? stable + 1 : 0;
            last = now;
        }

        return last;
    }

    private static async Task<RowWriteCount> ReadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        // Each statement is its own transaction, but clear the cached snapshot explicitly anyway.
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
        {
            await clear.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await using var command = new NpgsqlCommand(Query, connection);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return new RowWriteCount(reader.GetInt64(0), reader.GetInt64(1));
    }
}
