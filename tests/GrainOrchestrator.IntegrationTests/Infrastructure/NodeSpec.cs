using System.Globalization;
using System.Net;
using GrainOrchestrator.Host.Hosting;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// The command line of one <c>grainorchestrator</c> process. Ports are chosen once, so starting
/// the same spec again restarts "the same node" (same addresses), as a real deployment would.
/// </summary>
public sealed record NodeSpec
{
    /// <summary><c>server</c> or <c>agent</c>.</summary>
    public required string Role { get; init; }

    public required string NodeName { get; init; }

    public required string DataDirectory { get; init; }

    /// <summary>Null = embedded PostgreSQL (server only).</summary>
    public string? Postgres { get; init; }

    public required int SiloPort { get; init; }

    public required int GatewayPort { get; init; }

    /// <summary>The server's <c>--api-address</c> or the agent's <c>--health-address</c> port.</summary>
    public required int HttpPort { get; init; }

    /// <summary>The server's API is HTTPS (its own CA); an agent's health port is plain HTTP.</summary>
    public Uri HttpBase => new($"{(Role == "server" ? "https" : "http")}://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}/");

    public static NodeSpec Server(string nodeName, string dataDirectory, string? postgres) =>
        Create("server", nodeName, dataDirectory, postgres);

    public static NodeSpec Agent(string nodeName, string dataDirectory, string postgres) =>
        Create("agent", nodeName, dataDirectory, postgres);

    public IReadOnlyList<string> ToArguments()
    {
        var args = new List<string>
        {
            Role,
            "--node-name", NodeName,
            "--data-dir", DataDirectory,
            "--silo-port", SiloPort.ToString(CultureInfo.InvariantCulture),
            "--gateway-port", GatewayPort.ToString(CultureInfo.InvariantCulture),
            Role == "server" ? "--api-address" : "--health-address", $"127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}",
            "--runtime", "simulated",
        };
        if (Postgres is not null)
        {
            args.Add("--postgres");
            args.Add(Postgres);
        }

        return args;
    }

    private static NodeSpec Create(string role, string nodeName, string dataDirectory, string? postgres) => new()
    {
        Role = role,
        NodeName = nodeName,
        DataDirectory = dataDirectory,
        Postgres = postgres,
        SiloPort = FreePort.Pick(IPAddress.Loopback),
        GatewayPort = FreePort.Pick(IPAddress.Loopback),
        HttpPort = FreePort.Pick(IPAddress.Loopback),
    };
}
