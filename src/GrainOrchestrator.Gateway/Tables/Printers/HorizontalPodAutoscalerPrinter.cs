using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>HorizontalPodAutoscalers: NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE.</summary>
internal sealed class HorizontalPodAutoscalerPrinter : ITablePrinter
{
    private const int Shown = 2;

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Reference", "The scaled object, as Kind/name."),
        StandardColumns.Text("Targets", "Current and target values of the metrics."),
        StandardColumns.Text("MinPods", "The lower limit of replicas."),
        StandardColumns.Text("MaxPods", "The upper limit of replicas."),
        StandardColumns.Text("Replicas", "The current number of replicas."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
    [
        obj.Name(),
        obj.Text("spec", "scaleTargetRef", "kind") + "/" + obj.Text("spec", "scaleTargetRef", "name"),
        Targets(obj.Objects("spec", "metrics"), obj.Objects("status", "currentMetrics")),
        obj.Long("spec", "minReplicas") is { } min ? min.ToString(CultureInfo.InvariantCulture) : "<unset>",
        obj.Long("spec", "maxReplicas") ?? 0,
        obj.Long("status", "currentReplicas") ?? 0,
        obj.Age(now),
    ];

    /// <summary>
    /// Each metric as "current/target" ("cpu: 40%/80%" for resources), statuses matched by position;
    /// the first two, then "+ n more...".
    /// </summary>
    private static string Targets(IReadOnlyList<JsonObject> specs, IReadOnlyList<JsonObject> statuses)
    {
        if (specs.Count == 0)
        {
            return "<none>";
        }

        var list = new List<string>();
        for (var i = 0; i < specs.Count; i++)
        {
            var status = i < statuses.Count ? statuses[i] : null;
            list.Add(Metric(specs[i], status));
        }

        var text = string.Join(", ", list.Take(Shown));
        return list.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $"{text} + {list.Count - Shown} more...") : text;
    }

    private static string Metric(JsonObject spec, JsonObject? status) => spec.Text("type") switch
    {
        "External" => ValueMetric(spec.Object("external"), status.Object("external")),
        "Object" => ValueMetric(spec.Object("object"), status.Object("object")),
        "Pods" => (status.Object("pods") is { } pods ? Quantity(pods, "current", "averageValue") : "<unknown>")
            + "/" + Quantity(spec, "pods", "target", "averageValue"),
        "Resource" => ResourceMetric(spec.Object("resource"), status.Object("resource")),
        "ContainerResource" => ResourceMetric(spec.Object("containerResource"), status.Object("containerResource")),
        _ => "<unknown type>",
    };

    /// <summary>External and Object metrics: an average value target gets "(avg)".</summary>
    private static string ValueMetric(JsonObject? spec, JsonObject? status)
    {
        if (spec.At("target", "averageValue") is not null)
        {
            var current = status.Scalar("current", "averageValue") ?? "<unknown>";
            return current + "/" + Quantity(spec, "target", "averageValue") + " (avg)";
        }

        var value = status is null ? "<unknown>" : Quantity(status, "current", "value");
        return value + "/" + Quantity(spec, "target", "value");
    }

    private static string ResourceMetric(JsonObject? spec, JsonObject? status)
    {
        var name = spec.Text("name");
        if (spec.At("target", "averageValue") is not null)
        {
            var current = status is null ? "<unknown>" : Quantity(status, "current", "averageValue");
            return name + ": " + current + "/" + Quantity(spec, "target", "averageValue");
        }

        var utilization = status.Long("current", "averageUtilization") is { } used
            ? string.Create(CultureInfo.InvariantCulture, $"{used}%")
            : "<unknown>";
        var target = spec.Long("target", "averageUtilization") is { } wanted
            ? string.Create(CultureInfo.InvariantCulture, $"{wanted}%")
            : "<auto>";
        return name + ": " + utilization + "/" + target;
    }

    /// <summary>A quantity's text; an unset quantity prints as Go's zero quantity, "0".</summary>
    private static string Quantity(JsonNode? node, params ReadOnlySpan<string> path) => node.Scalar(path) ?? "0";
}
