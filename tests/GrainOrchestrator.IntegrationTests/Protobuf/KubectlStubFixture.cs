using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.Protobuf;

/// <summary>One stub server, kubeconfig and kubectl home shared by the generator tests.</summary>
public sealed class KubectlStubFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("grainorchestrator-kubectl-protobuf");
    private KubectlStubServer? _server;
    private KubectlRunner? _kubectl;

    internal KubectlStubServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    internal KubectlRunner Kubectl => _kubectl ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        _server = await KubectlStubServer.StartAsync();
        _kubectl = new KubectlRunner(KubectlRunner.WriteKubeconfig(_directory.Path, _server.Address), _directory.Path);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _directory.Dispose();
    }
}
