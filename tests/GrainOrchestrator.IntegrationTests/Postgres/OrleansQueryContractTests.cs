using System.Data;
using GrainOrchestrator.Host.Postgres;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.IntegrationTests.Postgres;

/// <summary>
/// The stored Orleans queries, bound the way the ADO.NET providers bind them (named parameters,
/// DbType from the CLR type, typed nulls): the conflict answers Orleans relies on.
/// </summary>
public sealed class OrleansQueryContractTests(PostgresFixture postgres)
{
    /// <summary>A null string parameter (the providers type nulls by their CLR type).</summary>
    private static readonly object NullText = new();

    [Fact]
    public async Task Storage_write_answers_new_versions_and_repeats_a_stale_etag()
    {
        var database = await SchemaDatabaseAsync("contract_storage");

        (await WriteAsync(database, etag: null)).ShouldBe(1);
        (await WriteAsync(database, etag: null)).ShouldBeNull();   // lost first insert → conflict
        (await WriteAsync(database, etag: 1)).ShouldBe(2);
        (await WriteAsync(database, etag: 1)).ShouldBe(1);         // stale etag answered unchanged → conflict
        (await ClearAsync(database, etag: 2)).ShouldBe(3);
        (await ClearAsync(database, etag: 2)).ShouldBe(2);
    }

    [Fact]
    public async Task Membership_insert_and_update_need_the_current_table_version()
    {
        var database = await SchemaDatabaseAsync("contract_membership");
        var now = DateTime.UtcNow;

        (await QueryAsync(database, "InsertMembershipVersionKey", ("DeploymentId", "c"))).ShouldBe(true);
        (await QueryAsync(database, "InsertMembershipVersionKey", ("DeploymentId", "c"))).ShouldBe(false);

        (await InsertSiloAsync(database, now, version: 1)).ShouldBe(false);
        (await InsertSiloAsync(database, now, version: 0)).ShouldBe(true);
        (await InsertSiloAsync(database, now, version: 1)).ShouldBe(false); // same silo again
        (await UpdateSiloAsync(database, now, version: 0)).ShouldBe(false);
        (await UpdateSiloAsync(database, now, version: 1)).ShouldBe(true);

        var gateway = await ReadRowAsync(database, "GatewaysQueryKey", ("DeploymentId", "c"), ("Status", 3));
        gateway["proxyport"].ShouldBe(30000);
        var row = await ReadRowAsync(database, "MembershipReadAllKey", ("DeploymentId", "c"));
        row["version"].ShouldBe(2);
        row["iamalivetime"].ShouldBeOfType<DateTime>().ShouldBe(now, TimeSpan.FromMilliseconds(1));
    }

    private async Task<string> SchemaDatabaseAsync(string prefix)
    {
        var database = await postgres.CreateDatabaseAsync(prefix);
        await PostgresSchema.ApplyAsync(database, NullLogger.Instance, TestContext.Current.CancellationToken);
        return database;
    }

    private static Task<object?> WriteAsync(string database, int? etag) =>
        QueryAsync(database, "WriteToStorageKey", [.. GrainKey(), ("GrainStateVersion", etag), ("PayloadBinary", new byte[] { 1, 2 })]);

    private static Task<object?> ClearAsync(string database, int? etag) =>
        QueryAsync(database, "ClearStorageKey", [.. GrainKey(), ("GrainStateVersion", etag)]);

    private static (string, object?)[] GrainKey() =>
    [
        ("GrainIdHash", 7), ("GrainIdN0", 0L), ("GrainIdN1", 0L), ("GrainTypeHash", 11),
        ("GrainTypeString", "state"), ("GrainIdExtensionString", "key"), ("ServiceId", "svc"),
    ];

    private static Task<object?> InsertSiloAsync(string database, DateTime now, int version) =>
        QueryAsync(
            database,
            "InsertMembershipKey",
            ("DeploymentId", "c"), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", 1), ("SiloName", "s"),
            ("HostName", "h"), ("Status", 3), ("ProxyPort", 30000), ("StartTime", now), ("IAmAliveTime", now), ("Version", version));

    private static Task<object?> UpdateSiloAsync(string database, DateTime now, int version) =>
        QueryAsync(
            database,
            "UpdateMembershipKey",
            ("DeploymentId", "c"), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", 1), ("Status", 3),
            ("SuspectTimes", NullText), ("IAmAliveTime", now), ("Version", version));

    private static async Task<object?> QueryAsync(string database, string key, params (string Name, object? Value)[] parameters)
    {
        var row = await ReadRowAsync(database, key, parameters);
        return row.Count == 0 ? null : row.Values.First();
    }

    private static async Task<Dictionary<string, object?>> ReadRowAsync(string database, string key, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        string text;
        await using (var lookup = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = $1", connection))
        {
            lookup.Parameters.AddWithValue(key);
            text = (string)(await lookup.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }

        await using var command = new NpgsqlCommand(text, connection);
        foreach (var (name, value) in parameters)
        {
            var isNullText = ReferenceEquals(value, NullText);
            command.Parameters.Add(new NpgsqlParameter(name, isNullText ? DbType.String : DbTypeOf(value))
            {
                Value = isNullText || value is null ? DBNull.Value : value,
            });
        }

        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
        }

        return row;
    }

    /// <summary>The providers derive DbType from the CLR type; a plain null here is the nullable int version.</summary>
    private static DbType DbTypeOf(object? value) => value switch
    {
        long => DbType.Int64,
        int or null => DbType.Int32,
        byte[] => DbType.Binary,
        DateTime => DbType.DateTime,
        _ => DbType.String,
    };
}
