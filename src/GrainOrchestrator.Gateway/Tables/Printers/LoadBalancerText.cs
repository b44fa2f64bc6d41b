using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// A load balancer status (Service or Ingress) as text: each ingress point's IP, else its hostname,
/// de-duplicated, sorted and joined by ','. Never clipped: the apiserver prints wide.
/// </summary>
internal static class LoadBalancerText
{
    public static string Format(JsonObject? loadBalancer) =>
        string.Join(',', loadBalancer.Objects("ingress")
            .Select(point => point.String("ip") is { Length: > 0 } ip ? ip : point.Text("hostname"))
            .Where(address => address.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
}
