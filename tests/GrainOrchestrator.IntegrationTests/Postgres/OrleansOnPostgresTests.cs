using System.Diagnostics;
using GrainOrchestrator.Host.Postgres;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using GrainOrchestrator.IntegrationTests.Postgres.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.IntegrationTests.Postgres;

/// <summary>Real silos against the schema in infra/postgres: membership, grain state and reminders.</summary>
public sealed class OrleansOnPostgresTests(PostgresFixture postgres)
{
    private const int ActiveStatus = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_silos_join_one_cluster_and_grain_state_survives_a_full_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, clusterId) = await NewClusterAsync("orleans_state");

        await using (var first = await PostgresSilo.StartAsync(database, clusterId, "silo-a", ct))
        await using (var second = await PostgresSilo.StartAsync(database, clusterId, "silo-b", ct))
        {
            await EventuallyAsync(async () => await ActiveSiloCountAsync(database, clusterId) == 2);
            await EventuallyAsync(() => Task.FromResult(ActiveMembers(first).Count == 2));

            var counter = first.Grains.GetGrain<ICounterGrain>("c1");
            await counter.IncrementAsync();
            await counter.IncrementAsync();
            (await second.Grains.GetGrain<ICounterGrain>("c1").IncrementAsync()).ShouldBe(3);
        }

        (await StoredStateVersionAsync(database, "pgtest-counter")).ShouldBe(3);

        await using var restarted = await PostgresSilo.StartAsync(database, clusterId, "silo-c", ct);
        (await restarted.Grains.GetGrain<ICounterGrain>("c1").GetAsync()).ShouldBe(3);
        (await restarted.Grains.GetGrain<ICounterGrain>("c1").IncrementAsync()).ShouldBe(4);
    }

    [Fact]
    public async Task A_reminder_is_stored_and_fires()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, clusterId) = await NewClusterAsync("orleans_reminder");
        await using var silo = await PostgresSilo.StartAsync(database, clusterId, "silo-r", ct);
        var grain = silo.Grains.GetGrain<ITickGrain>("t1");

        await grain.RegisterAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        (await ScalarAsync(database, "SELECT count(*) FROM orleans_reminders WHERE remindername = 'tick'")).ShouldBe(1L);
        await EventuallyAsync(async () => await grain.FiredAsync() >= 2);
        await grain.UnregisterAsync();
        (await ScalarAsync(database, "SELECT count(*) FROM orleans_reminders")).ShouldBe(0L);
    }

    private async Task<(string Database, string ClusterId)> NewClusterAsync(string prefix)
    {
        var database = await postgres.CreateDatabaseAsync(prefix);
        await PostgresSchema.ApplyAsync(database, NullLogger.Instance, TestContext.Current.CancellationToken);
        return (database, $"{prefix}-{Guid.NewGuid():N}");
    }

    private static List<ClusterMember> ActiveMembers(PostgresSilo silo) =>
        silo.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values
            .Where(member => member.Status == SiloStatus.Active)
            .ToList();

    private static async Task<long> ActiveSiloCountAsync(string database, string clusterId) =>
        (long)(await ScalarAsync(
            database,
            $"SELECT count(*) FROM orleans_membership WHERE deploymentid = '{clusterId}' AND status = {ActiveStatus}"))!;

    private static async Task<int> StoredStateVersionAsync(string database, string stateName) =>
        (int)(await ScalarAsync(database, $"SELECT version FROM orleans_storage WHERE graintypestring = '{stateName}'"))!;

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"Condition not met within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), TestContext.Current.CancellationToken);
        }
    }
}
