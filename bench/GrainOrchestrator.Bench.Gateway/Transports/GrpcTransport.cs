using System.Security.Cryptography.X509Certificates;
using GrainOrchestrator.Bench.Gateway.Configuration;
using GrainOrchestrator.Bench.Gateway.Infrastructure;
using GrainOrchestrator.Bench.Shared.Objects;
using GrainOrchestrator.Client;
using GrainOrchestrator.Client.Errors;
using GrainOrchestrator.Client.Model;

namespace GrainOrchestrator.Bench.Gateway.Transports;

/// <summary>
/// The gRPC API through the client library (<see cref="GrainOrchestratorClient"/>), one HTTP/2
/// connection shared by all callers. It has no create or merge patch: writes are server-side apply.
/// </summary>
public sealed class GrpcTransport : IBenchTransport
{
    /// <summary>Every apply of the run (in process and gRPC) uses this manager, so none conflicts.</summary>
    public const string FieldManager = "bench";

    private const string Kind = "configmaps";

    private readonly SocketsHttpHandler _handler;
    private readonly GrainOrchestratorClient _client;

    public GrpcTransport(Uri address, X509Certificate2 certificateAuthority, string token)
    {
        _handler = ClusterTrust.CreateHandler(certificateAuthority);
        _client = new GrainOrchestratorClient(new GrainOrchestratorClientOptions { Address = address, Token = token, HttpHandler = _handler });
    }

    public string Name => "gRPC";

    public bool Supports(BenchOperation operation) =>
        operation is BenchOperation.Get or BenchOperation.List or BenchOperation.ApplyCreate or BenchOperation.ApplyPatch;

    public async Task<string?> RunAsync(BenchOperation operation, BenchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            switch (operation)
            {
                case BenchOperation.Get:
                    await _client.GetAsync(Kind, request.Namespace, request.Name).ConfigureAwait(false);
                    return null;
                case BenchOperation.List:
                    var list = await _client.ListAsync(Kind, request.Namespace).ConfigureAwait(false);
                    return list.Items.Count == request.ExpectedItems ? null : $"list returned {list.Items.Count} items, expected {request.ExpectedItems}";
                case BenchOperation.ApplyCreate:
                case BenchOperation.ApplyPatch:
                    var manifest = Manifests.ConfigMap(request.Name, Manifests.DataValue(request.Sequence));
                    var applied = await _client.ApplyAsync(manifest, new ApplyOptions { FieldManager = FieldManager, Namespace = request.Namespace }).ConfigureAwait(false);
                    var created = applied.Count == 1 && applied[0].Created;
                    return created == (operation == BenchOperation.ApplyCreate) ? null : $"apply answered created={created}";
                default:
                    throw new ArgumentOutOfRangeException(nameof(operation), operation, "gRPC is measured for get, list and apply");
            }
        }
        catch (GrainOrchestratorException e)
        {
            return e.Message;
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }
}
