using GrainOrchestrator.Bench.ApiMachinery.Measurement;
using GrainOrchestrator.Bench.ApiMachinery.Reporting;
using GrainOrchestrator.Bench.Shared.Measurement;

namespace GrainOrchestrator.Bench.ApiMachinery.Scenarios;

/// <summary>
/// The phases in order. Namespace <c>bench</c> grows from 0 to the small size (creates at 1, 16
/// and 64 callers), is measured (get, list, row writes), grows to the large size and is measured
/// again; watch delivery runs last in its own namespace.
/// </summary>
public sealed class BenchRun(BenchContext context, RowWriteCounter counter, BenchReport report)
{
    private const string Ns = "bench";
    private const string Prefix = "cm";

    /// <summary>Filling a namespace must reach its size; this only stops a runaway.</summary>
    private static readonly TimeSpan FillCap = TimeSpan.FromMinutes(4);

    private readonly ObjectScenarios _objects = new(context);
    private readonly WatchDeliveryScenario _watch = new(context);
    private Configuration.BenchSettings Settings => context.Settings;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var ns in (string[])[Ns, "bench-dry", "bench-rw", "bench-watch"])
        {
            await context.EnsureNamespaceAsync(ns).ConfigureAwait(false);
        }

        var inNamespace = await CreatePhasesAsync().ConfigureAwait(false);
        await DryRunPhasesAsync().ConfigureAwait(false);
        await ReadPhasesAsync(inNamespace).ConfigureAwait(false);
        await RowWritePhasesAsync("small", ct).ConfigureAwait(false);

        context.Say($"filling namespace {Ns} to {Settings.LargeSize:N0} objects at 64 callers");
        var fill = await _objects.CreateAsync(Ns, Prefix, inNamespace, 64, Settings.LargeSize - inNamespace, FillCap).ConfigureAwait(false);
        report.Add(new LatencyRow("create (fill)", inNamespace, 64, fill, $"namespace grows {inNamespace:N0} -> {inNamespace + fill.Operations - fill.Failures:N0}"));
        inNamespace += fill.Operations - fill.Failures;

        await ReadPhasesAsync(inNamespace).ConfigureAwait(false);
        await RowWritePhasesAsync("large", ct).ConfigureAwait(false);
        await WatchPhasesAsync().ConfigureAwait(false);
    }

    private async Task<int> CreatePhasesAsync()
    {
        var created = 0;
        foreach (var (callers, ops) in Settings.Callers.Zip(Settings.CreateOps))
        {
            context.Say($"create: {ops:N0} at {callers} callers");
            var stats = await _objects.CreateAsync(Ns, Prefix, created, callers, ops, FillCap).ConfigureAwait(false);
            report.Add(new LatencyRow("create", created, callers, stats));
            created += stats.Operations - stats.Failures;
        }

        return created;
    }

    private async Task DryRunPhasesAsync()
    {
        var first = 0;
        foreach (var (callers, ops) in Settings.Callers.Zip(Settings.DryRunCreateOps))
        {
            context.Say($"create dryRun: {ops:N0} at {callers} callers");
            var stats = await _objects.CreateAsync("bench-dry", "dry", first, callers, ops, Settings.PhaseCap, dryRun: true).ConfigureAwait(false);
            report.Add(new LatencyRow("create dryRun", 0, callers, stats, "new grain + validation, no commit"));
            first += ops;
        }
    }

    private async Task ReadPhasesAsync(int inNamespace)
    {
        var cap = Settings.PhaseCap;
        foreach (var (callers, ops) in Settings.Callers.Zip(Settings.GetOps))
        {
            context.Say($"get: {ops:N0} at {callers} callers, {inNamespace:N0} objects");
            report.Add(new LatencyRow("get", inNamespace, callers, await _objects.GetAsync(Ns, Prefix, inNamespace, callers, ops, cap).ConfigureAwait(false)));
        }

        var listOps = inNamespace >= Settings.LargeSize ? Settings.LargeListOps : Settings.SmallListOps;
        foreach (var (callers, ops) in Settings.Callers.Zip(listOps))
        {
            context.Say($"list: {ops:N0} at {callers} callers, {inNamespace:N0} objects");
            report.Add(new LatencyRow("list", inNamespace, callers, await _objects.ListAsync(Ns, inNamespace, callers, ops, cap).ConfigureAwait(false)));
        }
    }

    /// <summary>N creates, then N updates (merge patch) and N deletes of the same objects, each counted alone.</summary>
    private async Task RowWritePhasesAsync(string label, CancellationToken ct)
    {
        const int Callers = 16;
        var n = Settings.RowWriteOps;
        var prefix = "rw-" + label;
        var size = await _objects.CollectionSizeAsync().ConfigureAwait(false);
        var cap = FillCap;
        context.Say($"row writes at {size:N0} ConfigMaps in the collection: {n} creates, updates, deletes");

        var phases = new (string Name, Func<Task<LatencyStats>> Run)[]
        {
            ("create", () => _objects.CreateAsync("bench-rw", prefix, 0, Callers, n, cap)),
            ("update (merge patch)", () => _objects.UpdateAsync("bench-rw", prefix, Callers, n, cap)),
            ("delete", () => _objects.DeleteAsync("bench-rw", prefix, Callers, n, cap)),
        };
        foreach (var (name, run) in phases)
        {
            var before = await counter.SettledAsync(ct).ConfigureAwait(false);
            var stats = await run().ConfigureAwait(false);
            var after = await counter.SettledAsync(ct).ConfigureAwait(false);
            report.Add(new RowWriteRow(name, size, stats.Operations, stats.Failures, after - before));
            report.Add(new LatencyRow(name, name == "create" ? 0 : n, Callers, stats, $"row-write phase, {size:N0} ConfigMaps in the collection"));
        }
    }

    private async Task WatchPhasesAsync()
    {
        var watched = 0;
        foreach (var (callers, ops) in Settings.Callers.Zip(Settings.WatchOps))
        {
            context.Say($"watch delivery: {ops:N0} creates at {callers} callers");
            var result = await _watch.RunAsync("bench-watch", $"w{callers}", callers, ops, Settings.PhaseCap).ConfigureAwait(false);
            var note = $"ack->event; {result.ArrivedBeforeAck} arrived before ack; ops/s = events delivered/s";
            if (result.Missing > 0 || result.FailedCreates > 0)
            {
                note += $"; {result.Missing} never arrived, {result.FailedCreates} creates failed";
            }

            report.Add(new LatencyRow("watch delivery", watched, callers, result.Delivery, note));
            watched += ops - result.FailedCreates;
        }
    }
}
