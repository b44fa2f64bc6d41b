using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Tables.Formatting;

namespace GrainOrchestrator.Gateway.Tables.Printers;

/// <summary>
/// CronJobs: NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE; wide CONTAINERS IMAGES SELECTOR.
/// </summary>
internal sealed class CronJobPrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        StandardColumns.Name,
        StandardColumns.Text("Schedule", "The schedule in cron format."),
        StandardColumns.Text("Timezone", "The time zone the schedule is interpreted in."),
        new("Suspend", StandardColumns.BooleanType, string.Empty, "Whether subsequent executions are suspended.", 0),
        StandardColumns.Integer("Active", "Number of running jobs."),
        StandardColumns.Text("Last Schedule", "Time since a job was last scheduled."),
        StandardColumns.Age,
        StandardColumns.Containers,
        StandardColumns.Images,
        StandardColumns.Selector("Label selector of the jobs' pods."),
    ];

    public IReadOnlyList<object?> Cells(JsonObject obj, DateTimeOffset now)
    {
        var jobSpec = obj.Object("spec", "jobTemplate", "spec");
        var (names, images) = ContainerCells.Layout(jobSpec.Object("template", "spec"));
        var lastSchedule = obj.Time("status", "lastScheduleTime") is { } last ? HumanDuration.Since(last, now) : "<none>";

        // SUSPEND is typed boolean but upstream sends the text "True"/"False"/"<unset>".
        var suspend = obj.Bool("spec", "suspend") switch
        {
            true => "True",
            false => "False",
            null => "<unset>",
        };
        return
        [
            obj.Name(),
            obj.Text("spec", "schedule"),
            obj.String("spec", "timeZone") ?? "<none>",
            suspend,
            obj.Count("status", "active"),
            lastSchedule,
            obj.Age(now),
            names,
            images,
            LabelText.FormatSelector(jobSpec.Object("selector")),
        ];
    }
}
