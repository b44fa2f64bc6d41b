using System.Net;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using Npgsql;

namespace GrainOrchestrator.IntegrationTests.Processes;

/// <summary>
/// <c>server</c> without <c>--postgres</c>: it owns a PostgreSQL under its data directory,
/// stops it on SIGINT, and after a <c>kill -9</c> adopts the one it left running.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class EmbeddedServerProcessTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan NamespacePatience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stops_its_postgres_on_sigint_and_keeps_objects_across_restarts()
    {
        await using var dataDir = new EmbeddedDataDirectory();
        var spec = NodeSpec.Server("embedded-1", dataDir.Path, postgres: null);
        var log = new StepLog();

        StoredConfigMap created;
        await using (var server = NodeProcess.Start(spec))
        {
            await server.WaitUntilReadyAsync(ReadyTimeout);
            log.Step("first start ready");
            File.Exists(Path.Combine(dataDir.Path, "kubeconfig.yaml")).ShouldBeTrue();
            created = await CreateAsync(dataDir.ReadConnectionString(), "embedded-cm", "kept");
            log.Step("object created");

            (await server.StopAsync(StopTimeout)).ShouldBe(0, server.Tail());
            log.Step("stopped");
        }

        await ShouldLeaveNothingRunningAsync(dataDir);

        await using (var server = NodeProcess.Start(spec))
        {
            await server.WaitUntilReadyAsync(ReadyTimeout);
            log.Step("second start ready");
            (await GetAsync(dataDir.ReadConnectionString(), "embedded-cm")).ShouldBe(created);
            (await server.StopAsync(StopTimeout)).ShouldBe(0, server.Tail());
            log.Step("stopped again");
        }

        await ShouldLeaveNothingRunningAsync(dataDir);
    }

    [Fact]
    public async Task After_kill_9_the_next_start_reuses_the_postgres_left_running()
    {
        await using var dataDir = new EmbeddedDataDirectory();
        var spec = NodeSpec.Server("embedded-2", dataDir.Path, postgres: null);
        var log = new StepLog();

        int postmaster;
        StoredConfigMap created;
        await using (var server = NodeProcess.Start(spec))
        {
            await server.WaitUntilReadyAsync(ReadyTimeout);
            created = await CreateAsync(dataDir.ReadConnectionString(), "survivor", "after-kill");
            postmaster = dataDir.LivePostmasterPid() ?? throw new InvalidOperationException($"no live postmaster for {dataDir.Path}{Environment.NewLine}{server.Tail()}");
            log.Step("ready, object created; kill -9");
            await server.KillAsync();
        }

        dataDir.LivePostmasterPid().ShouldBe(postmaster, "kill -9 of the server leaves its postgres running");

        await using (var server = NodeProcess.Start(spec))
        {
            await server.WaitUntilReadyAsync(ReadyTimeout);
            log.Step("restarted and ready");
            dataDir.LivePostmasterPid().ShouldBe(postmaster, $"the restart reuses the running postgres{Environment.NewLine}{server.Tail()}");
            server.Output.ShouldContain("Reusing embedded PostgreSQL", Case.Sensitive, server.Tail());
            (await GetAsync(dataDir.ReadConnectionString(), "survivor")).ShouldBe(created);
            (await server.StopAsync(StopTimeout)).ShouldBe(0, server.Tail());
            log.Step("stopped");
        }

        await ShouldLeaveNothingRunningAsync(dataDir);
    }

    private static async Task<StoredConfigMap> CreateAsync(string connectionString, string name, string value)
    {
        await using var client = await OrleansTestClient.ConnectAsync(connectionString);
        try
        {
            await ConfigMaps.WaitForDefaultNamespaceAsync(client.Api, NamespacePatience);
            var result = await ConfigMaps.CreateAsync(client.Api, name, value);
            result.Ok.ShouldBeTrue(result.Error?.Message);
            return ConfigMaps.Parse(result.Json!);
        }
        finally
        {
            // Pooled connections die with the embedded server; a later start must not get them.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        }
    }

    private static async Task<StoredConfigMap> GetAsync(string connectionString, string name)
    {
        await using var client = await OrleansTestClient.ConnectAsync(connectionString);
        try
        {
            var result = await client.Api.GetAsync(ConfigMaps.Kind, ConfigMaps.Namespace, name);
            result.Ok.ShouldBeTrue(result.Error?.Message);
            return ConfigMaps.Parse(result.Json!);
        }
        finally
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        }
    }

    private static async Task ShouldLeaveNothingRunningAsync(EmbeddedDataDirectory dataDir)
    {
        File.Exists(dataDir.PostmasterPidPath).ShouldBeFalse("postmaster.pid remains after the server stopped");
        (await dataDir.ProcessesMentioningAsync()).ShouldBeEmpty("processes still running on the data directory");
    }
}
