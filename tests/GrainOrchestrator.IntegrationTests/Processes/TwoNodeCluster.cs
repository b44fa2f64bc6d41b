using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.Processes;

/// <summary>
/// A <c>server</c> and an <c>agent</c> process on one fresh database, each with its own data
/// directory and fixed loopback ports, so that <see cref="StartAsync"/> after a stop or a crash
/// brings back the same two nodes.
/// </summary>
internal sealed class TwoNodeCluster : IAsyncDisposable
{
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(40);

    private readonly TempDirectory _serverDirectory = new("go-proc-server");
    private readonly TempDirectory _agentDirectory = new("go-proc-agent");

    private TwoNodeCluster(string connectionString)
    {
        ConnectionString = connectionString;
        ServerSpec = NodeSpec.Server("server-1", _serverDirectory.Path, connectionString);
        AgentSpec = NodeSpec.Agent("agent-1", _agentDirectory.Path, connectionString);
    }

    public string ConnectionString { get; }

    public StepLog Log { get; } = new();

    public NodeSpec ServerSpec { get; }

    public NodeSpec AgentSpec { get; }

    public NodeProcess? Server { get; private set; }

    public NodeProcess? Agent { get; private set; }

    public static async Task<TwoNodeCluster> CreateAsync(PostgresFixture postgres, string name) =>
        new(await postgres.CreateDatabaseAsync(name));

    /// <summary>Starts both processes together (schema scripts serialize on an advisory lock) and waits until both are ready.</summary>
    public async Task StartAsync()
    {
        await DisposeProcessesAsync();
        Log.Step("starting server and agent");
        Server = NodeProcess.Start(ServerSpec);
        Agent = NodeProcess.Start(AgentSpec);
        await Task.WhenAll(Server.WaitUntilReadyAsync(ReadyTimeout), Agent.WaitUntilReadyAsync(ReadyTimeout));
        Log.Step("server and agent ready");
    }

    /// <summary>SIGINT to both at once; both must exit 0.</summary>
    public async Task StopAsync()
    {
        var server = Running(Server);
        var agent = Running(Agent);
        Log.Step("SIGINT to server and agent");
        var codes = await Task.WhenAll(server.StopAsync(StopTimeout), agent.StopAsync(StopTimeout));
        Log.Step("both exited");
        codes[0].ShouldBe(0, $"server exit code after SIGINT{Environment.NewLine}{server.Tail()}");
        codes[1].ShouldBe(0, $"agent exit code after SIGINT{Environment.NewLine}{agent.Tail()}");
    }

    /// <summary>SIGKILL to both at once.</summary>
    public async Task KillAsync()
    {
        Log.Step("SIGKILL to server and agent");
        await Task.WhenAll(Running(Server).KillAsync(), Running(Agent).KillAsync());
    }

    public async Task<OrleansTestClient> ConnectAsync(TimeSpan? responseTimeout = null)
    {
        Log.Step("connecting a client");
        var client = await OrleansTestClient.ConnectAsync(ConnectionString, responseTimeout);
        Log.Step("client connected");
        return client;
    }

    /// <summary>Output tails of both processes for failure messages.</summary>
    public string Tails() => string.Join(Environment.NewLine, new[] { Server, Agent }.OfType<NodeProcess>().Select(p => p.Tail()));

    public async ValueTask DisposeAsync()
    {
        await DisposeProcessesAsync();
        _serverDirectory.Dispose();
        _agentDirectory.Dispose();
    }

    private static NodeProcess Running(NodeProcess? process) =>
        process ?? throw new InvalidOperationException("the cluster was not started");

    private async Task DisposeProcessesAsync()
    {
        if (Agent is not null)
        {
            await Agent.DisposeAsync();
            Agent = null;
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
            Server = null;
        }
    }
}
