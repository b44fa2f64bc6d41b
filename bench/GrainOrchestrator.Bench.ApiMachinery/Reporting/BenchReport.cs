using System.Globalization;
using System.Text;
using GrainOrchestrator.Bench.ApiMachinery.Measurement;
using GrainOrchestrator.Bench.Shared.Measurement;

namespace GrainOrchestrator.Bench.ApiMachinery.Reporting;

/// <summary>Collects the figures of a run and renders them as Markdown tables.</summary>
public sealed class BenchReport
{
    private readonly List<LatencyRow> _latencies = [];
    private readonly List<RowWriteRow> _rowWrites = [];

    public PgBenchResult? PgBench { get; set; }

    public string? PgBenchProblem { get; set; }

    /// <summary>The 1/5/15-minute load averages at start and end: on a shared machine, the noise level.</summary>
    public string LoadAtStart { get; set; } = "n/a";

    public string LoadAtEnd { get; set; } = "n/a";

    public void Add(LatencyRow row) => _latencies.Add(row);

    public void Add(RowWriteRow row) => _rowWrites.Add(row);

    public string Render(string runName, TimeSpan wallClock)
    {
        var s = new StringBuilder();
        s.AppendLine(Invariant($"## ApiMachinery bench ({runName} run, {Environment.ProcessorCount} cores, {wallClock.TotalSeconds:F0} s wall clock)"));
        s.AppendLine();
        s.AppendLine(Invariant($"Load average (1/5/15 min) at start {LoadAtStart}, at end {LoadAtEnd}."));
        s.AppendLine();
        s.AppendLine("| scenario | objects in ns | callers | ops | failed | p50 ms | p99 ms | ops/s | vs pgbench tps | note |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in _latencies)
        {
            var ratio = PgBench is { } pg && r.Scenario.StartsWith("create", StringComparison.Ordinal) && !r.Scenario.Contains("dryRun", StringComparison.Ordinal)
                ? Invariant($"{r.Stats.OpsPerSecond / pg.Tps:F2}")
                : string.Empty;
            s.AppendLine(Invariant(
                $"| {r.Scenario} | {r.Objects:N0} | {r.Callers} | {r.Stats.Operations:N0} | {r.Stats.Failures} | {r.Stats.P50:F2} | {r.Stats.P99:F2} | {r.Stats.OpsPerSecond:N0} | {ratio} | {r.Note} |"));
        }

        s.AppendLine();
        s.AppendLine(Invariant($"### PostgreSQL row writes per operation (target <= {RowWriteRow.Target:F0}, same at both sizes)"));
        s.AppendLine();
        s.AppendLine("| operation | ConfigMaps in collection | ops | failed | rows written (all tables) | rows/op (all tables) | rows/op (resource_objects) | within target |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in _rowWrites)
        {
            s.AppendLine(Invariant(
                $"| {r.Operation} | {r.CollectionSize:N0} | {r.Operations:N0} | {r.Failures} | {r.Delta.AllTables:N0} | {r.AllTablesPerOperation:F3} | {r.ResourceObjectsPerOperation:F3} | {(r.AllTablesPerOperation <= RowWriteRow.Target ? "yes" : "NO")} |"));
        }

        s.AppendLine();
        s.AppendLine("### pgbench ceiling (same PostgreSQL, own database)");
        s.AppendLine();
        if (PgBench is { } p)
        {
            s.AppendLine("| script | clients | duration s | tps | latency avg ms |");
            s.AppendLine("| --- | ---: | ---: | ---: | ---: |");
            s.AppendLine(Invariant($"| {p.Script} | {p.Clients} | {p.Duration.TotalSeconds:F0} | {p.Tps:N0} | {p.LatencyAverageMs:F2} |"));
        }
        else
        {
            s.AppendLine(Invariant($"not run: {PgBenchProblem ?? "disabled"}"));
        }

        return s.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
