using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>ReplicaSets: NAME DESIRED CURRENT READY AGE; wide CONTAINERS IMAGES SELECTOR.</summary>
internal sealed class ReplicaSetPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Integer("Desired", "Number of desired pods (spec.replicas)."),
        StandardColumns.Integer("Current", "Number of pods that currently exist (status.replicas)."),
        StandardColumns.Integer("Ready", "Number of ready pods (status.readyReplicas)."),
        StandardColumns.Age,
        StandardColumns.Containers,
        StandardColumns.Images,
        StandardColumns.Selector("Label selector of the pods the replica set manages."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var (names, images) = ContainerCells.Layout(obj.Object("spec", "template", "spec"));
        return
        [
            obj.Name(),
            obj.Long("spec", "replicas") ?? 1,
            obj.Long("status", "replicas") ?? 0,
            obj.Long("status", "readyReplicas") ?? 0,
            obj.Age(now),
            names,
            images,
            LabelText.FormatSelector(obj.Object("spec", "selector")),
        ];
    }
}
