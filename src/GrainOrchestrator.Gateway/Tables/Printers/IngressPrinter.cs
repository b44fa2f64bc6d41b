using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>Ingresses: NAME CLASS HOSTS ADDRESS PORTS AGE.</summary>
internal sealed class IngressPrinter : ITablePrinter
{
    private const int Shown = 3;

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Class", "The IngressClass that handles the ingress."),
        StandardColumns.Text("Hosts", "Hosts the ingress rules match."),
        StandardColumns.Text("Address", "Addresses of the load balancer serving the ingress."),
        StandardColumns.Text("Ports", "Ports the ingress serves (443 too when it has TLS)."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
    [
        obj.Name(),
        obj.String("spec", "ingressClassName") ?? "<none>",
        Hosts(obj.Objects("spec", "rules")),
        LoadBalancerText.Format(obj.Object("status", "loadBalancer")),
        obj.Objects("spec", "tls").Count > 0 ? "80, 443" : "80",
        obj.Age(now),
    ];

    /// <summary>The first three rules' hosts, "+ n more..." counting all further rules, "*" when none.</summary>
    private static string Hosts(IReadOnlyList<JsonObject> rules)
    {
        var hosts = new List<string>();
        var more = false;
        foreach (var rule in rules)
        {
            if (hosts.Count == Shown)
            {
                more = true;
            }

            if (!more && rule.Text("host") is { Length: > 0 } host)
            {
                hosts.Add(host);
            }
        }

        if (hosts.Count == 0)
        {
            return "*";
        }

        var text = string.Join(',', hosts);
        return more ? string.Create(CultureInfo.InvariantCulture, $"{text} + {rules.Count - Shown} more...") : text;
    }
}
