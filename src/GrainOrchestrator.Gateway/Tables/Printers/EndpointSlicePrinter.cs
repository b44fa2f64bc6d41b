using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>EndpointSlices: NAME ADDRESSTYPE PORTS ENDPOINTS AGE.</summary>
internal sealed class EndpointSlicePrinter : ITablePrinter
{
    private const int Shown = 3;

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("AddressType", "The type of the slice's addresses (IPv4, IPv6, FQDN)."),
        StandardColumns.Text("Ports", "The slice's port numbers (or names)."),
        StandardColumns.Text("Endpoints", "The slice's endpoint addresses."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var ports = obj.Objects("ports").Select(port =>
            port.Long("port") is { } number ? number.ToString(CultureInfo.InvariantCulture) : port.String("name") ?? "*");
        var addresses = obj.Objects("endpoints").SelectMany(endpoint => endpoint.Strings("addresses"));
        return [obj.Name(), obj.Text("addressType"), ListWithMore(ports.ToList()), ListWithMore(addresses.ToList()), obj.Age(now)];
    }

    /// <summary>Up to three entries, "+ n more..." beyond, "&lt;unset&gt;" when empty.</summary>
    private static string ListWithMore(IReadOnlyList<string> entries)
    {
        var text = string.Join(',', entries.Take(Shown));
        if (entries.Count > Shown)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{text} + {entries.Count - Shown} more...");
        }

        return text.Length == 0 ? "<unset>" : text;
    }
}
