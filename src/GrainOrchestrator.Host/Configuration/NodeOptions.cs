using System.Net;

namespace GrainOrchestrator.Host.Configuration;

/// <summary>Everything a <c>server</c> or <c>agent</c> process was told on its command line.</summary>
public sealed record NodeOptions
{
    public const string DefaultClusterId = "grainorchestrator";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    public required NodeRole Role { get; init; }

    /// <summary>Directory for the embedded PostgreSQL, kubeconfig and generated files.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Shared PostgreSQL; null means the server starts its own embedded one.</summary>
    public string? PostgresConnectionString { get; init; }

    public required string NodeName { get; init; }

    /// <summary>Where the Kubernetes API, health and metrics listen (server only).</summary>
    public IPEndPoint? ApiEndpoint { get; init; }

    /// <summary>Where an agent serves health and metrics; null = not served.</summary>
    public IPEndPoint? HealthEndpoint { get; init; }

    /// <summary>The address other silos reach this one on.</summary>
    public required IPAddress AdvertiseAddress { get; init; }

    public required int SiloPort { get; init; }

    public required int GatewayPort { get; init; }

    public required RuntimeKind Runtime { get; init; }

    public string ClusterId { get; init; } = DefaultClusterId;

    /// <summary>Serve /metrics without a token (server only; agents' health ports are always open).</summary>
    public bool MetricsAnonymous { get; init; }

    /// <summary>The HTTP endpoint this process serves, whichever role.</summary>
    public IPEndPoint? HttpEndpoint => Role == NodeRole.Server ? ApiEndpoint : HealthEndpoint;
}
