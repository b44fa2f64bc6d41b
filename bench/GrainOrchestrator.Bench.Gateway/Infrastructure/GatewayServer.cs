using System.Net;
using System.Security.Cryptography.X509Certificates;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.Bench.Shared.Infrastructure;
using GrainOrchestrator.Gateway.Security;
using GrainOrchestrator.Host.Configuration;
using GrainOrchestrator.Host.Hosting;
using GrainOrchestrator.Host.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GrainOrchestrator.Bench.Gateway.Infrastructure;

/// <summary>
/// One in-process <c>server</c> built exactly as the executable builds it
/// (<see cref="NodeApplication.Build"/> with <see cref="ServerCredentials.Ensure"/>): silo, node agent
/// (simulated runtime), Kubernetes REST and gRPC over HTTPS with bearer tokens, on free loopback ports,
/// against the embedded PostgreSQL of <see cref="BenchPostgres"/>.
/// </summary>
public sealed class GatewayServer : IAsyncDisposable
{
    private readonly BenchPostgres _postgres;
    private readonly ClusterCredentialSet _credentials;
    private readonly IHost _host;

    private GatewayServer(BenchPostgres postgres, ClusterCredentialSet credentials, IHost host, Uri address)
    {
        _postgres = postgres;
        _credentials = credentials;
        _host = host;
        Address = address;
        CertificateAuthority = X509Certificate2.CreateFromPem(credentials.CaCertificatePem);
        Api = host.Services.GetRequiredService<ResourceApi>();
    }

    /// <summary>The API's HTTPS base address (REST and gRPC share it).</summary>
    public Uri Address { get; }

    /// <summary>The generated cluster CA, the only root clients trust.</summary>
    public X509Certificate2 CertificateAuthority { get; }

    /// <summary>The admin bearer token (the one the kubeconfig carries).</summary>
    public string Token => _credentials.AdminToken;

    /// <summary>The application layer both gateways call: the very instance in the server's container.</summary>
    public ResourceApi Api { get; }

    public static async Task<GatewayServer> StartAsync(CancellationToken ct)
    {
        var postgres = await BenchPostgres.StartAsync("grainorchestrator-gwbench", ct).ConfigureAwait(false);
        try
        {
            var options = new NodeOptions
            {
                Role = NodeRole.Server,
                DataDirectory = postgres.Directory.Path,
                PostgresConnectionString = postgres.ConnectionString,
                NodeName = "bench",
                ApiEndpoint = new IPEndPoint(IPAddress.Loopback, FreePort.Pick(IPAddress.Loopback)),
                AdvertiseAddress = IPAddress.Loopback,
                SiloPort = FreePort.Pick(IPAddress.Loopback),
                GatewayPort = FreePort.Pick(IPAddress.Loopback),
                Runtime = RuntimeKind.Simulated,
                ClusterId = "bench-gateway",
            };
            var credentials = ServerCredentials.Ensure(options, postgres.LoggerFactory.CreateLogger("credentials"));
            var host = NodeApplication.Build(options, postgres.ConnectionString, credentials);
            await host.StartAsync(ct).ConfigureAwait(false);
            var server = new GatewayServer(postgres, credentials, host, new Uri(ServerCredentials.ApiUrl(options.ApiEndpoint)));
            await ClusterReadiness.WaitForDefaultNamespaceAsync(server.Api, ct).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await postgres.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        _host.Dispose();
        _credentials.Dispose();
        CertificateAuthority.Dispose();
        await _postgres.DisposeAsync().ConfigureAwait(false);
    }
}
