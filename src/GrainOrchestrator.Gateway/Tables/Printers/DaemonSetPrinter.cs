using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// DaemonSets: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE; wide CONTAINERS
/// IMAGES SELECTOR.
/// </summary>
internal sealed class DaemonSetPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Integer("Desired", "Nodes that should run the daemon pod."),
        StandardColumns.Integer("Current", "Nodes that run at least one daemon pod and should."),
        StandardColumns.Integer("Ready", "Nodes whose daemon pod is ready."),
        StandardColumns.Integer("Up-to-date", "Nodes that run the current daemon pod template."),
        StandardColumns.Integer("Available", "Nodes whose daemon pod is available."),
        StandardColumns.Text("Node Selector", "The pod template's node selector."),
        StandardColumns.Age,
        StandardColumns.Containers,
        StandardColumns.Images,
        StandardColumns.Selector("Label selector of the pods the daemon set manages."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var template = obj.Object("spec", "template", "spec");
        var (names, images) = ContainerCells.Layout(template);
        return
        [
            obj.Name(),
            obj.Long("status", "desiredNumberScheduled") ?? 0,
            obj.Long("status", "currentNumberScheduled") ?? 0,
            obj.Long("status", "numberReady") ?? 0,
            obj.Long("status", "updatedNumberScheduled") ?? 0,
            obj.Long("status", "numberAvailable") ?? 0,
            LabelText.FormatMap(template.Object("nodeSelector")),
            obj.Age(now),
            names,
            images,
            LabelText.FormatSelector(obj.Object("spec", "selector")),
        ];
    }
}
