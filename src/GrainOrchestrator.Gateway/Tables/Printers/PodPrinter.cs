using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>Pods: NAME READY STATUS RESTARTS AGE; wide IP NODE NOMINATED NODE READINESS GATES.</summary>
internal sealed class PodPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Ready", "Ready containers out of all containers of the pod."),
        StandardColumns.Text("Status", "The aggregate status of the pod's containers."),
        StandardColumns.Text("Restarts", "Container restarts of the pod, and how long ago the last one was."),
        StandardColumns.Age,
        StandardColumns.Wide("IP", "The pod's first IP address."),
        StandardColumns.Wide("Node", "The node the pod is bound to."),
        StandardColumns.Wide("Nominated Node", "The node the scheduler nominated for the pod after preemption."),
        StandardColumns.Wide("Readiness Gates", "Readiness gates whose condition is True, out of all gates."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var summary = PodSummarizer.Summarize(obj);
        var restarts = summary.Restarts != 0 && summary.LastRestart is { } last
            ? string.Create(CultureInfo.InvariantCulture, $"{summary.Restarts} ({HumanDuration.Since(last, now)} ago)")
            : summary.Restarts.ToString(CultureInfo.InvariantCulture);

        return
        [
            obj.Name(),
            string.Create(CultureInfo.InvariantCulture, $"{summary.Ready}/{summary.Total}"),
            summary.Reason,
            restarts,
            obj.Age(now),
            OrNone(PodIp(obj)),
            OrNone(obj.Text("spec", "nodeName")),
            OrNone(obj.Text("status", "nominatedNodeName")),
            ReadinessGates(obj),
        ];
    }

    // status.podIPs[0] as upstream; podIP covers objects written without the plural field.
    private static string PodIp(JsonObject pod) =>
        pod.Objects("status", "podIPs").FirstOrDefault()?.Text("ip") is { Length: > 0 } ip ? ip : pod.Text("status", "podIP");

    private static string ReadinessGates(JsonObject pod)
    {
        var gates = pod.Objects("spec", "readinessGates");
        if (gates.Count == 0)
        {
            return "<none>";
        }

        var conditions = pod.Objects("status", "conditions");
        var satisfied = gates.Count(gate =>
            conditions.FirstOrDefault(c => c.Text("type") == gate.Text("conditionType")) is { } condition
            && condition.Text("status") == "True");
        return string.Create(CultureInfo.InvariantCulture, $"{satisfied}/{gates.Count}");
    }

    private static string OrNone(string value) => value.Length == 0 ? "<none>" : value;
}
