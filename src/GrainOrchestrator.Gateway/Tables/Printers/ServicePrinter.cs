using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>Services: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE; wide SELECTOR.</summary>
internal sealed class ServicePrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Type", "How the service is exposed."),
        StandardColumns.Text("Cluster-IP", "The service's cluster IP."),
        StandardColumns.Text("External-IP", "External addresses of the service."),
        StandardColumns.Text("Port(s)", "The service's ports, with the node port when there is one."),
        StandardColumns.Age,
        StandardColumns.Selector("Label selector of the pods behind the service."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var ports = Ports(obj.Objects("spec", "ports"));
        return
        [
            obj.Name(),
            obj.Text("spec", "type"),
            ClusterIp(obj),
            ExternalIp(obj),
            ports.Length == 0 ? "<none>" : ports,
            obj.Age(now),
            LabelText.FormatMap(obj.Object("spec", "selector")),
        ];
    }

    /// <summary>"80/TCP", or "443:30443/TCP" with a node port, joined by ','.</summary>
    internal static string Ports(IReadOnlyList<JsonObject> ports) =>
        string.Join(',', ports.Select(port =>
        {
            var number = port.Long("port") ?? 0;
            var protocol = port.Text("protocol");
            return port.Long("nodePort") is > 0 and var nodePort
                ? string.Create(CultureInfo.InvariantCulture, $"{number}:{nodePort}/{protocol}")
                : string.Create(CultureInfo.InvariantCulture, $"{number}/{protocol}");
        }));

    // spec.clusterIPs[0] as upstream; clusterIP covers objects written without the plural field.
    private static string ClusterIp(JsonObject service)
    {
        var ips = service.Strings("spec", "clusterIPs");
        if (ips.Count > 0)
        {
            return ips[0];
        }

        return service.String("spec", "clusterIP") is { Length: > 0 } ip ? ip : "<none>";
    }

    private static string ExternalIp(JsonObject service)
    {
        var externalIps = service.Strings("spec", "externalIPs");
        switch (service.Text("spec", "type"))
        {
            case "ClusterIP" or "NodePort":
                return externalIps.Count > 0 ? string.Join(',', externalIps) : "<none>";
            case "LoadBalancer":
                var balancer = LoadBalancerText.Format(service.Object("status", "loadBalancer"));
                if (externalIps.Count > 0)
                {
                    var all = new List<string>();
                    if (balancer.Length > 0)
                    {
                        all.AddRange(balancer.Split(','));
                    }

                    all.AddRange(externalIps);
                    return string.Join(',', all);
                }

                return balancer.Length > 0 ? balancer : "<pending>";
            case "ExternalName":
                return service.Text("spec", "externalName");
            default:
                return "<unknown>";
        }
    }
}
