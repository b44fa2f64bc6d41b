using Npgsql;
using NpgsqlTypes;

namespace GrainOrchestrator.ApiMachinery.Storage;

/// <summary>
/// Objects in table <c>resource_objects</c> (infra/postgres/0100-resource-objects.sql):
/// one row write per object write, whatever the size of the collection.
/// </summary>
public sealed class PostgresResourceObjectStore(NpgsqlDataSource dataSource) : IResourceObjectStore
{
    public async Task<IReadOnlyList<StoredRow>> LoadAsync(string resource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT namespace, name, resource_version, body FROM resource_objects WHERE resource = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = resource });
        var rows = new List<StoredRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StoredRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        }

        return rows;
    }

    public async Task<long> ReserveVersionsAsync(int count, CancellationToken cancellationToken)
    {
        // The row lock serialises concurrent reservations, so blocks never overlap.
        await using var command = dataSource.CreateCommand(
            "UPDATE resource_version_counter SET value = value + $1 WHERE id = 1 RETURNING value - $1 + 1");
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var first = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return (long)first!;
    }

    public async Task WriteAsync(string resource, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken)
    {
        var upserts = writes.Where(w => w.Json is not null).ToList();
        var removals = writes.Where(w => w.Json is null).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        if (upserts.Count > 0)
        {
            var upsert = new NpgsqlBatchCommand(
                """
                INSERT INTO resource_objects (resource, namespace, name, resource_version, body)
                SELECT $1, u.ns, u.name, u.rv, u.body FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[]) AS u(ns, name, rv, body)
                ON CONFLICT (resource, namespace, name)
                DO UPDATE SET resource_version = excluded.resource_version, body = excluded.body
                """);
            upsert.Parameters.Add(new NpgsqlParameter { Value = resource });
            upsert.Parameters.Add(new NpgsqlParameter { Value = upserts.Select(w => w.Namespace).ToArray() });
            upsert.Parameters.Add(new NpgsqlParameter { Value = upserts.Select(w => w.Name).ToArray() });
            upsert.Parameters.Add(new NpgsqlParameter { Value = upserts.Select(w => w.ResourceVersion).ToArray() });
            upsert.Parameters.Add(new NpgsqlParameter { Value = upserts.Select(w => w.Json!).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            batch.BatchCommands.Add(upsert);
        }

        if (removals.Count > 0)
        {
            var delete = new NpgsqlBatchCommand(
                "DELETE FROM resource_objects r USING unnest($2::text[], $3::text[]) AS d(ns, name) WHERE r.resource = $1 AND r.namespace = d.ns AND r.name = d.name");
            delete.Parameters.Add(new NpgsqlParameter { Value = resource });
            delete.Parameters.Add(new NpgsqlParameter { Value = removals.Select(w => w.Namespace).ToArray() });
            delete.Parameters.Add(new NpgsqlParameter { Value = removals.Select(w => w.Name).ToArray() });
            batch.BatchCommands.Add(delete);
        }

        // A batch of several statements runs in one implicit transaction.
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
