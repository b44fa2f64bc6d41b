using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>Deployments: NAME READY UP-TO-DATE AVAILABLE AGE; wide CONTAINERS IMAGES SELECTOR.</summary>
internal sealed class DeploymentPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Ready", "Ready pods out of the desired replicas."),
        StandardColumns.Text("Up-to-date", "Pods that run the current pod template."),
        StandardColumns.Text("Available", "Pods available to serve (ready for at least minReadySeconds)."),
        StandardColumns.Age,
        StandardColumns.Containers,
        StandardColumns.Images,
        StandardColumns.Selector("Label selector of the pods the deployment manages."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        // spec.replicas defaults to 1; the printer sees defaulted objects upstream.
        var desired = obj.Long("spec", "replicas") ?? 1;
        var ready = obj.Long("status", "readyReplicas") ?? 0;
        var (names, images) = ContainerCells.Layout(obj.Object("spec", "template", "spec"));

        // Unlike the other workloads, upstream prints the raw selector text here ("" when empty).
        var selector = LabelText.SelectorText(obj.Object("spec", "selector")) ?? "<invalid>";
        return
        [
            obj.Name(),
            string.Create(CultureInfo.InvariantCulture, $"{ready}/{desired}"),
            obj.Long("status", "updatedReplicas") ?? 0,
            obj.Long("status", "availableReplicas") ?? 0,
            obj.Age(now),
            names,
            images,
            selector,
        ];
    }
}
