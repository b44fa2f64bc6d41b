using GrainOrchestrator.Host.Postgres;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.IntegrationTests.Postgres;

public sealed class PostgresSchemaTests(PostgresFixture postgres)
{
    /// <summary>Every query key the Orleans 10 clustering, persistence and reminder providers read.</summary>
    private static readonly string[] OrleansQueryKeys =
    [
        "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey",
        "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    private static int ShippedScriptCount => Directory.GetFiles(PostgresSchema.ScriptDirectory, "*.sql").Length;

    [Fact]
    public async Task Applying_twice_applies_each_script_once_and_fills_the_Orleans_queries()
    {
        var database = await postgres.CreateDatabaseAsync("schema_twice");

        await PostgresSchema.ApplyAsync(database, NullLogger.Instance, TestContext.Current.CancellationToken);
        await PostgresSchema.ApplyAsync(database, NullLogger.Instance, TestContext.Current.CancellationToken);

        (await ColumnAsync(database, "SELECT version FROM schema_version ORDER BY version"))
            .ShouldBe(Directory.GetFiles(PostgresSchema.ScriptDirectory, "*.sql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        (await ColumnAsync(database, "SELECT querykey FROM orleansquery")).ShouldBe(OrleansQueryKeys, ignoreOrder: true);
    }

    [Fact]
    public async Task Silos_applying_at_once_to_an_empty_database_all_succeed()
    {
        var database = await postgres.CreateDatabaseAsync("schema_race");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => PostgresSchema.ApplyAsync(database, NullLogger.Instance, TestContext.Current.CancellationToken))));

        (await ColumnAsync(database, "SELECT version FROM schema_version")).Count.ShouldBe(ShippedScriptCount);
    }

    [Fact]
    public async Task A_script_dropped_into_the_folder_is_applied_once_on_the_next_start()
    {
        var database = await postgres.CreateDatabaseAsync("schema_dropin");
        await PostgresSchema.ApplyAsync(database, NullLogger.Instance, TestContext.Current.CancellationToken);
        using var folder = new TempDirectory("grainorchestrator-schema");
        foreach (var script in Directory.GetFiles(PostgresSchema.ScriptDirectory, "*.sql"))
        {
            File.Copy(script, Path.Combine(folder.Path, Path.GetFileName(script)));
        }

        // Not idempotent on purpose: a second run would fail if the script were applied again.
        await File.WriteAllTextAsync(
            Path.Combine(folder.Path, "0100-extra.sql"),
            "CREATE TABLE extra (id int); INSERT INTO extra VALUES (1);",
            TestContext.Current.CancellationToken);
        await PostgresSchema.ApplyAsync(database, folder.Path, NullLogger.Instance, TestContext.Current.CancellationToken);
        await PostgresSchema.ApplyAsync(database, folder.Path, NullLogger.Instance, TestContext.Current.CancellationToken);

        (await ColumnAsync(database, "SELECT id::text FROM extra")).ShouldBe(["1"]);
        (await ColumnAsync(database, "SELECT version FROM schema_version")).ShouldContain("0100-extra");
    }

    [Fact]
    public async Task A_failing_script_leaves_nothing_applied()
    {
        var database = await postgres.CreateDatabaseAsync("schema_fail");
        using var folder = new TempDirectory("grainorchestrator-schema");
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "0001-good.sql"), "CREATE TABLE good (id int);", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "0002-bad.sql"), "CREATE TABLE oops (", TestContext.Current.CancellationToken);

        await Should.ThrowAsync<PostgresException>(
            () => PostgresSchema.ApplyAsync(database, folder.Path, NullLogger.Instance, TestContext.Current.CancellationToken));

        (await ColumnAsync(database, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")).ShouldBeEmpty();
    }

    private static async Task<List<string>> ColumnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
