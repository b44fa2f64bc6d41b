using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>StatefulSets: NAME READY AGE; wide CONTAINERS IMAGES.</summary>
internal sealed class StatefulSetPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Ready", "Ready pods out of the desired replicas."),
        StandardColumns.Age,
        StandardColumns.Containers,
        StandardColumns.Images,
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var (names, images) = ContainerCells.Layout(obj.Object("spec", "template", "spec"));
        var desired = obj.Long("spec", "replicas") ?? 1;
        var ready = obj.Long("status", "readyReplicas") ?? 0;
        return
        [
            obj.Name(),
            string.Create(CultureInfo.InvariantCulture, $"{ready}/{desired}"),
            obj.Age(now),
            names,
            images,
        ];
    }
}
