namespace GrainOrchestrator.Gateway.Grpc.Hosting;

/// <summary>Settings of the gRPC API.</summary>
public sealed class GrpcGatewayOptions
{
    /// <summary>Refuse calls without a valid bearer token (on by default; off only for tests and benchmarks).</summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>Field manager of applies that name none.</summary>
    public string DefaultFieldManager { get; set; } = "grainorchestrator-grpc";

    /// <summary>Largest request message; like the REST body limit (3 MiB). Larger ones get RESOURCE_EXHAUSTED.</summary>
    public int MaxRequestBytes { get; set; } = 3 * 1024 * 1024;
}
