using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// core/v1 Events: LAST SEEN TYPE REASON OBJECT MESSAGE; wide adds SUBOBJECT SOURCE (before MESSAGE)
/// and FIRST SEEN COUNT NAME (after it). As upstream, NAME is not the first column here.
/// </summary>
internal sealed class EventPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Text("Last Seen", "Time since the event was last observed."),
        StandardColumns.Text("Type", "The type of the event (Normal, Warning)."),
        StandardColumns.Text("Reason", "Why the event happened, in CamelCase."),
        StandardColumns.Text("Object", "The object the event is about, as kind/name."),
        StandardColumns.Wide("Subobject", "The field path within the object (e.g. a container)."),
        StandardColumns.Wide("Source", "The component (and host) that reported the event."),
        StandardColumns.Text("Message", "A human-readable description of the event."),
        StandardColumns.Wide("First Seen", "Time since the event was first observed."),
        StandardColumns.Wide("Count", "How many times the event occurred."),
        StandardColumns.Name with { Priority = 1 },
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var first = obj.Time("firstTimestamp") is { } firstTime
            ? HumanDuration.Since(firstTime, now)
            : HumanDuration.Since(obj.Time("eventTime"), now);
        var last = obj.Time("lastTimestamp") is { } lastTime ? HumanDuration.Since(lastTime, now) : first;
        long count;
        if (obj.Object("series") is { } series)
        {
            last = HumanDuration.Since(series.Time("lastObservedTime"), now);
            count = series.Long("count") ?? 0;
        }
        else
        {
            // Events of the newer API leave count unset for a single occurrence.
            count = obj.Long("count") is { } c and not 0 ? c : 1;
        }

        var kind = obj.Text("involvedObject", "kind").ToLowerInvariant();
        var name = obj.Text("involvedObject", "name");
        return
        [
            last,
            obj.Text("type"),
            obj.Text("reason"),
            name.Length > 0 ? kind + "/" + name : kind,
            obj.Text("involvedObject", "fieldPath"),
            Source(obj),
            obj.Text("message").Trim(),
            first,
            count,
            obj.Name(),
        ];
    }

    /// <summary>"component, host" (host left out when empty), falling back to the reporting fields.</summary>
    private static string Source(JsonObject ev)
    {
        var component = FirstNonEmpty(ev.Text("source", "component"), ev.Text("reportingComponent"));
        var instance = FirstNonEmpty(ev.Text("source", "host"), ev.Text("reportingInstance"));
        return instance.Length == 0 ? component : component + ", " + instance;
    }

    private static string FirstNonEmpty(string first, string second) => first.Length > 0 ? first : second;
}
