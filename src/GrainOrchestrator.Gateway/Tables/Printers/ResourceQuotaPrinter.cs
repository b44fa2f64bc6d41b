using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// ResourceQuotas: NAME AGE REQUEST LIMIT (the v1.32 order). Each hard resource prints as
/// "name: used/hard", sorted by name; "limits.*" ones go to LIMIT, the rest to REQUEST.
/// </summary>
internal sealed class ResourceQuotaPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Age,
        StandardColumns.Text("Request", "Used and hard amounts of the quota's request resources."),
        StandardColumns.Text("Limit", "Used and hard amounts of the quota's limits.* resources."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var requests = new List<string>();
        var limits = new List<string>();
        var used = obj.Object("status", "used");
        foreach (var (resource, hard) in (obj.Object("status", "hard") ?? []).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var entry = resource + ": " + (used.Scalar(resource) ?? "0") + "/" + (hard.Scalar() ?? "0");
            (resource.StartsWith("limits.", StringComparison.Ordinal) ? limits : requests).Add(entry);
        }

        return [obj.Name(), obj.Age(now), string.Join(", ", requests), string.Join(", ", limits)];
    }
}
