using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.EndToEndTests.Infrastructure;

/// <summary>
/// One real <c>grainorchestrator server</c> per test class: embedded PostgreSQL in a fresh
/// temporary data directory, simulated runtime, free ports. Clients use only the kubeconfig the
/// server wrote, exactly as a user would.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(40);

    private readonly EmbeddedDataDirectory _dataDirectory = new();
    private NodeProcess? _server;
    private int _files;

    public string KubeconfigPath => Path.Combine(_dataDirectory.Path, "kubeconfig.yaml");

    public KubectlRunner Kubectl { get; private set; } = null!;

    public NodeProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(KubectlRunner.Executable))
        {
            throw new InvalidOperationException($"{KubectlRunner.Executable} is missing; these tests drive the real kubectl.");
        }

        var spec = NodeSpec.Server("e2e-" + Guid.NewGuid().ToString("N")[..6], _dataDirectory.Path, postgres: null);
        _server = NodeProcess.Start(spec);
        await _server.WaitUntilReadyAsync(ReadyTimeout);
        Kubectl = new KubectlRunner(KubeconfigPath, Path.Combine(_dataDirectory.Path, "kubectl-home"));

        // The server creates the built-in namespaces as it starts; tests assume "default" exists.
        await Eventually.HoldsAsync(
            "namespace default exists",
            TimeSpan.FromSeconds(30),
            async () => (await Kubectl.RunAsync("get", "namespace", "default")).ExitCode == 0,
            () => Task.FromResult(_server.Tail()));
    }

    /// <summary>Writes a manifest under the data directory and returns its path.</summary>
    public string WriteManifest(string yaml)
    {
        var directory = Path.Combine(_dataDirectory.Path, "manifests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"m{Interlocked.Increment(ref _files)}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>A fresh namespace for one test, so tests in a class do not see each other's objects.</summary>
    public async Task<string> CreateNamespaceAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";
        (await Kubectl.RunAsync("create", "namespace", name)).ShouldSucceed();
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_server is not null)
            {
                try
                {
                    await _server.StopAsync(StopTimeout);
                }
                finally
                {
                    await _server.DisposeAsync();
                }
            }
        }
        finally
        {
            await _dataDirectory.DisposeAsync();
        }
    }
}
