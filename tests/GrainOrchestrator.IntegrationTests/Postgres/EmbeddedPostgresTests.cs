using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using GrainOrchestrator.Host.Postgres;
using GrainOrchestrator.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.IntegrationTests.Postgres;

[UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly TempDirectory _root = new("grainorchestrator-embeddedpg");

    private string Directory => Path.Combine(_root.Path, "postgres");

    private string DataDirectory => Path.Combine(Directory, "data");

    [Fact]
    public async Task Row_written_before_a_stop_is_there_after_the_next_start()
    {
        await using (var first = NewPostgres())
        {
            var connectionString = await first.StartAsync(TestContext.Current.CancellationToken);
            await ExecuteAsync(connectionString, "CREATE TABLE note (text text NOT NULL); INSERT INTO note VALUES ('kept')");
            await first.StopAsync(TestContext.Current.CancellationToken);
        }

        await using var second = NewPostgres();
        var again = await second.StartAsync(TestContext.Current.CancellationToken);

        (await ScalarAsync(again, "SELECT text FROM note")).ShouldBe("kept");
        var builder = new NpgsqlConnectionStringBuilder(again);
        builder.Host.ShouldBe("127.0.0.1");
        builder.Database.ShouldBe("grainorchestrator");
        await second.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Password_file_is_private_and_the_port_is_reused()
    {
        await using var postgres = NewPostgres();
        var first = new NpgsqlConnectionStringBuilder(await postgres.StartAsync(TestContext.Current.CancellationToken));
        await postgres.StopAsync(TestContext.Current.CancellationToken);
        var second = new NpgsqlConnectionStringBuilder(await postgres.StartAsync(TestContext.Current.CancellationToken));

        File.GetUnixFileMode(Path.Combine(Directory, "password")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        second.Password.ShouldBe(first.Password);
        second.Port.ShouldBe(first.Port);
        await postgres.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Stop_leaves_no_postmaster_behind()
    {
        await using var postgres = NewPostgres();
        await postgres.StartAsync(TestContext.Current.CancellationToken);
        var pid = PostmasterPid();
        EmbeddedPostgres.IsPostgresProcess(pid).ShouldBeTrue();

        await postgres.StopAsync(TestContext.Current.CancellationToken);

        File.Exists(Path.Combine(DataDirectory, "postmaster.pid")).ShouldBeFalse();
        EmbeddedPostgres.IsPostgresProcess(pid).ShouldBeFalse();
    }

    [Fact]
    public async Task Start_reuses_a_postmaster_left_running_by_a_killed_owner()
    {
        // The first owner "dies" without stopping: its postmaster keeps running on the directory.
        var orphaned = NewPostgres();
        var firstConnection = await orphaned.StartAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync(firstConnection, "CREATE TABLE note (text text NOT NULL); INSERT INTO note VALUES ('before crash')");
        var pid = PostmasterPid();

        await using var successor = NewPostgres();
        var connectionString = await successor.StartAsync(TestContext.Current.CancellationToken);

        PostmasterPid().ShouldBe(pid);
        (await ScalarAsync(connectionString, "SELECT text FROM note")).ShouldBe("before crash");
        await successor.StopAsync(TestContext.Current.CancellationToken);
        EmbeddedPostgres.IsPostgresProcess(pid).ShouldBeFalse();
    }

    [Fact]
    public async Task Start_picks_another_port_when_the_stored_one_is_taken()
    {
        await using var postgres = NewPostgres();
        var first = new NpgsqlConnectionStringBuilder(await postgres.StartAsync(TestContext.Current.CancellationToken));
        await postgres.StopAsync(TestContext.Current.CancellationToken);

        using var squatter = new TcpListener(IPAddress.Loopback, first.Port);
        squatter.Start();
        var second = await postgres.StartAsync(TestContext.Current.CancellationToken);

        new NpgsqlConnectionStringBuilder(second).Port.ShouldNotBe(first.Port);
        (await ScalarAsync(second, "SELECT current_database()")).ShouldBe("grainorchestrator");
        await postgres.StopAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose() => _root.Dispose();

    private EmbeddedPostgres NewPostgres() => new(Directory, NullLogger<EmbeddedPostgres>.Instance);

    private int PostmasterPid() =>
        int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
