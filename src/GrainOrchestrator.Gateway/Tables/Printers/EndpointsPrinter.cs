using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>Endpoints: NAME ENDPOINTS AGE (at most three "ip:port" entries, then "+ n more...").</summary>
internal sealed class EndpointsPrinter : ITablePrinter
{
    private const int Shown = 3;

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Endpoints", "The endpoints' addresses and ports."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
        [obj.Name(), Format(obj.Objects("subsets")), obj.Age(now)];

    private static string Format(IReadOnlyList<JsonObject> subsets)
    {
        if (subsets.Count == 0)
        {
            return "<none>";
        }

        var list = new List<string>();
        var more = false;
        var count = 0;
        foreach (var subset in subsets)
        {
            var addresses = subset.Objects("addresses").Select(a => a.Text("ip")).ToList();
            var ports = subset.Objects("ports");
            if (ports.Count == 0)
            {
                // Headless services may have no ports: list the bare addresses.
                count += addresses.Count;
                more |= Add(list, addresses);
                continue;
            }

            foreach (var port in ports)
            {
                count += addresses.Count;
                var number = (port.Long("port") ?? 0).ToString(CultureInfo.InvariantCulture);
                more |= Add(list, addresses.Select(ip => JoinHostPort(ip, number)));
            }
        }

        var text = string.Join(',', list);
        return more ? string.Create(CultureInfo.InvariantCulture, $"{text} + {count - Shown} more...") : text;
    }

    /// <summary>Adds entries until <see cref="Shown"/> are listed; true when some did not fit.</summary>
    private static bool Add(List<string> list, IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            if (list.Count == Shown)
            {
                return true;
            }

            list.Add(entry);
        }

        return false;
    }

    private static string JoinHostPort(string host, string port) =>
        host.Contains(':', StringComparison.Ordinal) ? "[" + host + "]:" + port : host + ":" + port;
}
