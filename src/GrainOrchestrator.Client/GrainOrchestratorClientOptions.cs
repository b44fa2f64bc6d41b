namespace GrainOrchestrator.Client;

/// <summary>Where the gateway is and how to authenticate to it.</summary>
public sealed class GrainOrchestratorClientOptions
{
    /// <summary>The gateway's gRPC address, e.g. <c>https://127.0.0.1:6443</c>.</summary>
    public required Uri Address { get; init; }

    /// <summary>The bearer token (as written into the kubeconfig); sent with every call.</summary>
    public string? Token { get; init; }

    /// <summary>Optional transport, e.g. one that trusts the cluster's CA.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>Largest message accepted from the server (a big list); 64 MiB by default.</summary>
    public int MaxReceiveMessageSize { get; init; } = 64 * 1024 * 1024;
}
