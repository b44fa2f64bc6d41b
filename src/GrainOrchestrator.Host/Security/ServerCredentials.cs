using System.Globalization;
using System.Net;
using GrainOrchestrator.Gateway.Security;
using GrainOrchestrator.Host.Configuration;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.Host.Security;

/// <summary>The server's CA, serving certificate and admin token, with SANs for the addresses it serves on.</summary>
public static class ServerCredentials
{
    public static ClusterCredentialSet Ensure(NodeOptions options, ILogger logger)
    {
        var dnsNames = new[] { options.NodeName, Dns.GetHostName().ToLowerInvariant(), "kubernetes", "kubernetes.default" };
        var addresses = new[] { options.ApiEndpoint!.Address, options.AdvertiseAddress };
        return ClusterCredentials.EnsureCreated(options.DataDirectory, dnsNames.Distinct(), addresses.Distinct(), logger);
    }

    /// <summary>The URL clients use: a wildcard listen address is reached on loopback.</summary>
    public static string ApiUrl(IPEndPoint endpoint)
    {
        var host = endpoint.Address.Equals(IPAddress.Any) ? "127.0.0.1"
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? "[::1]"
            : endpoint.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{endpoint.Address}]"
            : endpoint.Address.ToString();
        return string.Create(CultureInfo.InvariantCulture, $"https://{host}:{endpoint.Port}");
    }
}
