using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>PodDisruptionBudgets: NAME MIN AVAILABLE MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE.</summary>
internal sealed class PodDisruptionBudgetPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Min Available", "The minimum number of pods that must be available."),
        StandardColumns.Text("Max Unavailable", "The maximum number of pods that may be unavailable."),
        StandardColumns.Integer("Allowed Disruptions", "How many pods may be disrupted now."),
        StandardColumns.Age,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now) =>
    [
        obj.Name(),
        obj.Scalar("spec", "minAvailable") ?? "N/A",
        obj.Scalar("spec", "maxUnavailable") ?? "N/A",
        obj.Long("status", "disruptionsAllowed") ?? 0,
        obj.Age(now),
    ];
}
