using System.Globalization;
using System.Text;
using GrainOrchestrator.Bench.Gateway.Configuration;
using GrainOrchestrator.Bench.Shared.Measurement;

namespace GrainOrchestrator.Bench.Gateway.Reporting;

/// <summary>Renders a run as Markdown: every phase's figures, then the gateways' overhead as ratios to the in-process baseline.</summary>
public sealed class GatewayBenchReport(IReadOnlyList<PhaseResult> results, string baseline, IReadOnlyList<string> gateways)
{
    /// <summary>The rows of the ratio table: what the user asked for, and the baseline form for a gateway that sends apply.</summary>
    private static readonly (string Label, BenchOperation Plain, BenchOperation Apply)[] Rows =
    [
        ("get", BenchOperation.Get, BenchOperation.Get),
        ("list", BenchOperation.List, BenchOperation.List),
        ("create", BenchOperation.Create, BenchOperation.ApplyCreate),
        ("patch", BenchOperation.MergePatch, BenchOperation.ApplyPatch),
    ];

    public string LoadAtStart { get; init; } = "n/a";

    public string LoadAtEnd { get; init; } = "n/a";

    public static string Label(BenchOperation operation) => operation switch
    {
        BenchOperation.Get => "get",
        BenchOperation.List => "list",
        BenchOperation.Create => "create",
        BenchOperation.MergePatch => "patch (merge)",
        BenchOperation.ApplyCreate => "create (apply)",
        BenchOperation.ApplyPatch => "patch (apply)",
        _ => operation.ToString(),
    };

    public string Render(GatewayBenchSettings settings, TimeSpan wallClock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var s = new StringBuilder();
        s.AppendLine(Invariant($"## Gateway bench ({settings.Name} run, {Environment.ProcessorCount} cores, {wallClock.TotalSeconds:F0} s wall clock)"));
        s.AppendLine();
        s.AppendLine(Invariant($"Load average (1/5/15 min) at start {LoadAtStart}, at end {LoadAtEnd}. List: {settings.ListSize} ConfigMaps in the namespace; each phase stops at its count or after {settings.PhaseCap.TotalSeconds:F1} s."));
        s.AppendLine();
        RenderOverhead(s);
        s.AppendLine();
        RenderPhases(s);
        return s.ToString();
    }

    private void RenderOverhead(StringBuilder s)
    {
        s.AppendLine("### Gateway overhead (p50 ratio to in-process; p99 ratio; added p50 ms)");
        s.AppendLine();
        s.Append("| operation | callers | in-process p50 ms |");
        foreach (var gateway in gateways)
        {
            s.Append(Invariant($" {gateway} p50 ms | ×p50 | ×p99 | +ms |"));
        }

        s.AppendLine();
        s.Append("| --- | ---: | ---: |");
        s.AppendLine(string.Concat(Enumerable.Repeat(" ---: | ---: | ---: | ---: |", gateways.Count)));
        foreach (var (label, plain, apply) in Rows)
        {
            foreach (var callers in results.Select(r => r.Callers).Distinct().Order())
            {
                var basePlain = Find(plain, callers, baseline);
                if (basePlain is null)
                {
                    continue;
                }

                s.Append(Invariant($"| {label} | {callers} | {basePlain.Stats.P50:F2} |"));
                foreach (var gateway in gateways)
                {
                    // A gateway that cannot send the plain form (gRPC: apply only) is compared with the baseline's apply.
                    var (measured, reference) = Find(plain, callers, gateway) is { } p
                        ? (p, basePlain)
                        : (Find(apply, callers, gateway), Find(apply, callers, baseline));
                    s.Append(measured is null || reference is null
                        ? " | | | |"
                        : Invariant($" {measured.Stats.P50:F2}{(measured.Operation != plain ? " (apply)" : string.Empty)} | {Ratio(measured.Stats.P50, reference.Stats.P50)} | {Ratio(measured.Stats.P99, reference.Stats.P99)} | {measured.Stats.P50 - reference.Stats.P50:F2} |"));
                }

                s.AppendLine();
            }
        }

        s.AppendLine();
        s.AppendLine("gRPC has no create or merge-patch call: its create and patch are server-side apply, compared with the in-process apply (`create (apply)`, `patch (apply)` below), not with create / merge patch.");
    }

    private void RenderPhases(StringBuilder s)
    {
        s.AppendLine("### All phases");
        s.AppendLine();
        s.AppendLine("| operation | callers | transport | ops | failed | p50 ms | p99 ms | ops/s | ops/s vs in-process | first error |");
        s.AppendLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in results)
        {
            var reference = Find(r.Operation, r.Callers, baseline);
            var throughput = reference is null || r.Transport == baseline ? string.Empty : Ratio(r.Stats.OpsPerSecond, reference.Stats.OpsPerSecond);
            s.AppendLine(Invariant(
                $"| {Label(r.Operation)} | {r.Callers} | {r.Transport} | {r.Stats.Operations:N0} | {r.Stats.Failures} | {r.Stats.P50:F2} | {r.Stats.P99:F2} | {r.Stats.OpsPerSecond:N0} | {throughput} | {Escape(r.FirstError)} |"));
        }
    }

    private PhaseResult? Find(BenchOperation operation, int callers, string transport) =>
        results.FirstOrDefault(r => r.Operation == operation && r.Callers == callers && r.Transport == transport);

    private static string Ratio(double value, double reference) =>
        reference > 0 && !double.IsNaN(value) ? Invariant($"{value / reference:F2}") : "n/a";

    private static string Escape(string? text) =>
        text is null ? string.Empty : text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ")[..Math.Min(text.Length, 160)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
