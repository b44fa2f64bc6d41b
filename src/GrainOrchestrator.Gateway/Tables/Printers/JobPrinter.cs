using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>Jobs: NAME STATUS COMPLETIONS DURATION AGE; wide CONTAINERS IMAGES SELECTOR.</summary>
internal sealed class JobPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Status", "Status of the job."),
        StandardColumns.Text("Completions", "Succeeded pods out of the completions the job needs."),
        StandardColumns.Text("Duration", "Time required to complete the job."),
        StandardColumns.Age,
        StandardColumns.Containers,
        StandardColumns.Images,
        StandardColumns.Selector("Label selector of the job's pods."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var (names, images) = ContainerCells.Layout(obj.Object("spec", "template", "spec"));
        return
        [
            obj.Name(),
            Status(obj),
            Completions(obj),
            Duration(obj, now),
            obj.Age(now),
            names,
            images,
            LabelText.FormatSelector(obj.Object("spec", "selector")),
        ];
    }

    private static string Completions(JsonObject job)
    {
        var succeeded = job.Long("status", "succeeded") ?? 0;
        if (job.Long("spec", "completions") is { } completions)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{succeeded}/{completions}");
        }

        var parallelism = job.Long("spec", "parallelism") ?? 0;
        return parallelism > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{succeeded}/1 of {parallelism}")
            : string.Create(CultureInfo.InvariantCulture, $"{succeeded}/1");
    }

    private static string Duration(JsonObject job, DateTimeOffset now)
    {
        if (job.Time("status", "startTime") is not { } start)
        {
            return string.Empty;
        }

        var end = job.Time("status", "completionTime") ?? now;
        return HumanDuration.Format(end - start);
    }

    // The order matters: a finished job is Complete/Failed even while it is being deleted.
    private static string Status(JsonObject job)
    {
        var conditions = job.Objects("status", "conditions");
        if (Has(conditions, "Complete"))
        {
            return "Complete";
        }

        if (Has(conditions, "Failed"))
        {
            return "Failed";
        }

        if (job.IsDeleting())
        {
            return "Terminating";
        }

        if (Has(conditions, "Suspended"))
        {
            return "Suspended";
        }

        if (Has(conditions, "FailureTarget"))
        {
            return "FailureTarget";
        }

        return Has(conditions, "SuccessCriteriaMet") ? "SuccessCriteriaMet" : "Running";
    }

    /// <summary>The first condition of the type decides, as upstream's hasJobCondition.</summary>
    private static bool Has(IReadOnlyList<JsonObject> conditions, string type) =>
        conditions.FirstOrDefault(c => c.Text("type") == type)?.Text("status") == "True";
}
