using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.Processes;

/// <summary>
/// A real <c>server</c> and <c>agent</c> process on one PostgreSQL database: membership,
/// readiness, objects across restarts and crashes.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class ClusterProcessTests(PostgresFixture postgres)
{
    private static readonly TimeSpan MembershipPatience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan NamespacePatience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Server_and_agent_join_one_cluster_and_both_are_ready()
    {
        await using var cluster = await TwoNodeCluster.CreateAsync(postgres, "proc_join");
        await cluster.StartAsync();

        await Eventually.HoldsAsync(
            "server-1 and agent-1 are Active in orleans_membership",
            MembershipPatience,
            async () => ActiveNames(await ClusterDatabase.MembershipAsync(cluster.ConnectionString)).SequenceEqual(["agent-1", "server-1"]),
            () => DescribeMembershipAsync(cluster));

        var rows = await ClusterDatabase.MembershipAsync(cluster.ConnectionString);
        rows.Single(r => r.SiloName == "server-1").Port.ShouldBe(cluster.ServerSpec.SiloPort);
        rows.Single(r => r.SiloName == "agent-1").Port.ShouldBe(cluster.AgentSpec.SiloPort);
        (await cluster.Server!.GetAsync("readyz")).Status.ShouldBe(HttpStatusCode.OK);
        (await cluster.Agent!.GetAsync("readyz")).Status.ShouldBe(HttpStatusCode.OK);

        await cluster.StopAsync();
    }

    [Fact]
    public async Task Objects_survive_a_restart_of_every_silo()
    {
        await using var cluster = await TwoNodeCluster.CreateAsync(postgres, "proc_restart");
        await cluster.StartAsync();

        List<StoredConfigMap> created;
        await using (var client = await cluster.ConnectAsync())
        {
            await ConfigMaps.WaitForDefaultNamespaceAsync(client.Api, NamespacePatience);
            var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => ConfigMaps.CreateAsync(client.Api, Name(i), Value(i))));
            results.Where(r => !r.Ok).Select(r => r.Error!.Message).ShouldBeEmpty();
            created = results.Select(r => ConfigMaps.Parse(r.Json!)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            cluster.Log.Step("50 ConfigMaps created");
        }

        await cluster.StopAsync();
        var afterStop = await ClusterDatabase.MembershipAsync(cluster.ConnectionString);
        afterStop.Where(r => r.Status != MembershipRow.Dead).ShouldBeEmpty("a graceful stop leaves every silo Dead in membership");

        await cluster.StartAsync();
        await using (var client = await cluster.ConnectAsync())
        {
            var listed = await ConfigMaps.ListAsync(client.Api);
            listed.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList().ShouldBe(created);
        }

        await cluster.StopAsync();
    }

    [Fact]
    public async Task The_server_declares_a_killed_agent_dead_and_keeps_serving()
    {
        await using var cluster = await TwoNodeCluster.CreateAsync(postgres, "proc_agent_kill");
        await cluster.StartAsync();
        await using var client = await cluster.ConnectAsync();
        await ConfigMaps.WaitForDefaultNamespaceAsync(client.Api, NamespacePatience);
        await CreateAllAsync(client, Enumerable.Range(0, 20));
        await Eventually.HoldsAsync(
            "agent-1 is Active",
            MembershipPatience,
            async () => (await ClusterDatabase.LatestAsync(cluster.ConnectionString, "agent-1"))?.Status == MembershipRow.Active,
            () => DescribeMembershipAsync(cluster));

        cluster.Log.Step("20 ConfigMaps created; killing the agent");
        await cluster.Agent!.KillAsync();

        await Eventually.HoldsAsync(
            "the killed agent-1 is declared Dead (6) in orleans_membership",
            MembershipPatience,
            async () => (await ClusterDatabase.LatestAsync(cluster.ConnectionString, "agent-1"))?.Status == MembershipRow.Dead,
            () => DescribeMembershipAsync(cluster));
        cluster.Log.Step("agent declared dead");
        (await ClusterDatabase.LatestAsync(cluster.ConnectionString, "server-1"))!.Status.ShouldBe(MembershipRow.Active);
        var ready = await cluster.Server!.GetAsync("readyz?verbose");
        ready.Status.ShouldBe(HttpStatusCode.OK, ready.Body);

        await CreateAllAsync(client, Enumerable.Range(20, 20));
        var listed = await ConfigMaps.ListAsync(client.Api);
        cluster.Log.Step("20 more created and listed");
        listed.Keys.Order(StringComparer.Ordinal).ShouldBe(Enumerable.Range(0, 40).Select(Name));
        listed.Values.ShouldAllBe(c => c.Value == "value-" + c.Name.Substring(3));

        (await cluster.Server.StopAsync(TwoNodeCluster.StopTimeout)).ShouldBe(0, cluster.Tails());
    }

    [Fact]
    public async Task After_kill_9_of_every_silo_acknowledged_objects_are_back_and_nothing_else()
    {
        const int Initial = 5_000;
        const int Parallelism = 32;
        await using var cluster = await TwoNodeCluster.CreateAsync(postgres, "proc_crash");
        await cluster.StartAsync();

        var attempted = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var acknowledged = new ConcurrentDictionary<string, StoredConfigMap>(StringComparer.Ordinal);
        await using (var client = await cluster.ConnectAsync(responseTimeout: TimeSpan.FromSeconds(20)))
        {
            await ConfigMaps.WaitForDefaultNamespaceAsync(client.Api, NamespacePatience);

            var failures = new ConcurrentQueue<string>();
            await Parallel.ForEachAsync(
                Enumerable.Range(0, Initial),
                new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
                async (i, _) =>
                {
                    attempted[Name(i)] = Value(i);
                    var result = await ConfigMaps.CreateAsync(client.Api, Name(i), Value(i));
                    if (result.Ok)
                    {
                        acknowledged[Name(i)] = ConfigMaps.Parse(result.Json!);
                    }
                    else
                    {
                        failures.Enqueue($"{Name(i)}: {result.Error!.Code} {result.Error.Message}");
                    }
                });
            failures.Take(5).ShouldBeEmpty("creates before the crash must all be acknowledged");
            cluster.Log.Step($"{Initial} ConfigMaps created");

            // A stream of creates that is in flight when every silo dies.
            using var stop = new CancellationTokenSource();
            var next = Initial - 1;
            var streamAcknowledged = 0;
            var workers = Enumerable.Range(0, Parallelism).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var i = Interlocked.Increment(ref next);
                    attempted[Name(i)] = Value(i);
                    try
                    {
                        var result = await ConfigMaps.CreateAsync(client.Api, Name(i), Value(i));
                        if (result.Ok)
                        {
                            acknowledged[Name(i)] = ConfigMaps.Parse(result.Json!);
                            Interlocked.Increment(ref streamAcknowledged);
                        }
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // Not acknowledged: the object may or may not exist after the restart.
                    }
                }
            })).ToList();

            await Eventually.HoldsAsync(
                "the create stream is running",
                TimeSpan.FromSeconds(30),
                () => Task.FromResult(Volatile.Read(ref streamAcknowledged) >= 100),
                () => Task.FromResult($"{Volatile.Read(ref streamAcknowledged)} acknowledged"));
            await cluster.KillAsync();
            stop.Cancel();
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            cluster.Log.Step("the create stream ended");
        }

        await cluster.StartAsync();
        await using (var client = await cluster.ConnectAsync())
        {
            var listed = await ConfigMaps.ListAsync(client.Api);
            cluster.Log.Step($"listed {listed.Count}");

            var lost = acknowledged.Keys.Where(n => !listed.ContainsKey(n)).Order(StringComparer.Ordinal).ToList();
            lost.ShouldBeEmpty($"acknowledged objects missing after the crash ({acknowledged.Count} acknowledged, {listed.Count} listed)");
            var phantoms = listed.Keys.Where(n => !attempted.ContainsKey(n)).ToList();
            phantoms.ShouldBeEmpty("listed objects nobody created");
            var changed = acknowledged.Values.Where(a => listed[a.Name] != a).Select(a => $"{a} became {listed[a.Name]}").ToList();
            changed.ShouldBeEmpty("acknowledged objects must come back unchanged (same uid and data)");
            listed.Values.Where(c => c.Value != attempted[c.Name]).ShouldBeEmpty();
            (await ClusterDatabase.CountObjectsAsync(cluster.ConnectionString, ConfigMaps.Resource)).ShouldBe(listed.Count);
            cluster.Log.Step($"{attempted.Count} attempted, {acknowledged.Count} acknowledged, {listed.Count} listed after the restart");
        }

        await cluster.StopAsync();
    }

    private static string Name(int i) => "cm-" + i.ToString("D5", CultureInfo.InvariantCulture);

    private static string Value(int i) => "value-" + i.ToString("D5", CultureInfo.InvariantCulture);

    private static IEnumerable<string> ActiveNames(IEnumerable<MembershipRow> rows) =>
        rows.Where(r => r.Status == MembershipRow.Active).Select(r => r.SiloName).Order(StringComparer.Ordinal);

    private static async Task CreateAllAsync(OrleansTestClient client, IEnumerable<int> indexes)
    {
        var results = await Task.WhenAll(indexes.Select(async i => (Index: i, Result: await ConfigMaps.CreateAsync(client.Api, Name(i), Value(i)))));
        results.Where(r => !r.Result.Ok).Select(r => $"{Name(r.Index)}: {r.Result.Error!.Message}").ShouldBeEmpty();
    }

    private static async Task<string> DescribeMembershipAsync(TwoNodeCluster cluster) =>
        string.Join(", ", await ClusterDatabase.MembershipAsync(cluster.ConnectionString)) + Environment.NewLine + cluster.Tails();
}
