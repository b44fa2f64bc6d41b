using GrainOrchestrator.Bench.Gateway.Configuration;
using GrainOrchestrator.Bench.Gateway.Reporting;
using GrainOrchestrator.Bench.Gateway.Transports;
using GrainOrchestrator.Bench.Shared.Measurement;
using GrainOrchestrator.Bench.Shared.Objects;

namespace GrainOrchestrator.Bench.Gateway.Scenarios;

/// <summary>
/// Seeds the namespaces in process, warms every transport up, then
/// measures get, list, create and patch. For each operation and concurrency the transports run back
/// to back, so that a change of load on the machine hits them alike and their ratio stays meaningful.
/// </summary>
public sealed class GatewayBenchRun(InProcessTransport baseline, IReadOnlyList<IBenchTransport> gateways, GatewayBenchSettings settings, TextWriter progress)
{
    /// <summary>Get and list read this namespace; nothing writes it.</summary>
    public const string ReadNamespace = "gw-read";

    /// <summary>Creates (plain and apply) land here, each phase with its own name prefix.</summary>
    public const string CreateNamespace = "gw-create";

    /// <summary>Merge patches go round robin over this namespace's objects (created with create).</summary>
    public const string PatchNamespace = "gw-patch";

    /// <summary>Apply patches go round robin over this namespace's objects (created with apply, same field manager).</summary>
    public const string ApplyNamespace = "gw-apply";

    private const int SeedCallers = 16;
    private const int WarmUpWrites = 30;

    /// <summary>Operations measured together: a gateway that cannot send the first form sends the second.</summary>
    private static readonly BenchOperation[][] Groups =
    [
        [BenchOperation.Get],
        [BenchOperation.List],
        [BenchOperation.Create, BenchOperation.ApplyCreate],
        [BenchOperation.MergePatch, BenchOperation.ApplyPatch],
    ];

    private static readonly TimeSpan SeedCap = TimeSpan.FromMinutes(2);

    private readonly List<PhaseResult> _results = [];
    private int _phase;

    private readonly IReadOnlyList<IBenchTransport> _transports = [baseline, .. gateways];

    public async Task<IReadOnlyList<PhaseResult>> RunAsync(CancellationToken ct)
    {
        await SeedAsync().ConfigureAwait(false);
        await WarmUpAsync().ConfigureAwait(false);
        foreach (var group in Groups)
        {
            for (var c = 0; c < settings.Callers.Count; c++)
            {
                foreach (var transport in _transports)
                {
                    foreach (var operation in group.Where(transport.Supports))
                    {
                        ct.ThrowIfCancellationRequested();
                        _results.Add(await MeasureAsync(transport, operation, settings.Callers[c], settings.OperationsFor(operation, c), settings.PhaseCap).ConfigureAwait(false));
                    }
                }
            }
        }

        return _results;
    }

    private async Task SeedAsync()
    {
        Say($"seeding: {settings.ListSize} ConfigMaps to read, {settings.PatchTargets} to merge-patch, {settings.PatchTargets} to apply");
        foreach (var ns in (string[])[ReadNamespace, CreateNamespace, PatchNamespace, ApplyNamespace])
        {
            await baseline.EnsureNamespaceAsync(ns).ConfigureAwait(false);
        }

        var seeds = new (BenchOperation Operation, string Namespace, string Prefix, int Count)[]
        {
            (BenchOperation.Create, ReadNamespace, "cm", settings.ListSize),
            (BenchOperation.Create, PatchNamespace, "patch", settings.PatchTargets),
            (BenchOperation.ApplyCreate, ApplyNamespace, "apply", settings.PatchTargets),
        };
        foreach (var (operation, ns, prefix, count) in seeds)
        {
            var errors = new PhaseErrors();
            var stats = await ConcurrentLoad.RunAsync(SeedCallers, count, SeedCap, async i =>
                errors.Record(await baseline.RunAsync(operation, new BenchRequest(ns, Manifests.ObjectName(prefix, i), i, 0)).ConfigureAwait(false))).ConfigureAwait(false);
            if (stats.Failures > 0 || stats.Operations < count)
            {
                throw new InvalidOperationException($"seeding {ns} failed ({stats.Failures} of {stats.Operations}): {errors.First}");
            }
        }
    }

    /// <summary>Opens the connections (64 TLS handshakes for HTTP/1.1) and JIT-compiles every path before measuring.</summary>
    private async Task WarmUpAsync()
    {
        var callers = settings.Callers.Max();
        foreach (var transport in _transports)
        {
            Say($"warm-up: {transport.Name}");
            await WarmAsync(transport, BenchOperation.Get, callers, settings.WarmUpOperations).ConfigureAwait(false);
            foreach (var operation in Enum.GetValues<BenchOperation>().Where(o => o != BenchOperation.Get && transport.Supports(o)))
            {
                await WarmAsync(transport, operation, SeedCallers, WarmUpWrites).ConfigureAwait(false);
            }
        }
    }

    private async Task WarmAsync(IBenchTransport transport, BenchOperation operation, int callers, int ops)
    {
        var result = await MeasureAsync(transport, operation, callers, ops, SeedCap, warmUp: true).ConfigureAwait(false);
        if (result.Stats.Failures > 0)
        {
            throw new InvalidOperationException($"warm-up of {operation} through {transport.Name} failed: {result.FirstError}");
        }
    }

    private async Task<PhaseResult> MeasureAsync(IBenchTransport transport, BenchOperation operation, int callers, int ops, TimeSpan cap, bool warmUp = false)
    {
        var phase = ++_phase;
        if (!warmUp)
        {
            Say($"{operation} x{ops:N0} at {callers} callers via {transport.Name}");
        }

        // Unique object names per phase for creates, unique data values per phase for patches.
        var prefix = warmUp ? $"warm{phase}" : $"p{phase}";
        var errors = new PhaseErrors();
        var stats = await ConcurrentLoad.RunAsync(callers, ops, cap, async i =>
            errors.Record(await transport.RunAsync(operation, Request(operation, prefix, phase, i)).ConfigureAwait(false))).ConfigureAwait(false);
        return new PhaseResult(operation, callers, transport.Name, stats, errors.First);
    }

    private BenchRequest Request(BenchOperation operation, string prefix, int phase, int i)
    {
        var sequence = (phase * 1_000_000) + i;
        return operation switch
        {
            BenchOperation.Get => new BenchRequest(ReadNamespace, Manifests.ObjectName("cm", i % settings.ListSize), sequence, 0),
            BenchOperation.List => new BenchRequest(ReadNamespace, string.Empty, sequence, settings.ListSize),
            BenchOperation.Create or BenchOperation.ApplyCreate => new BenchRequest(CreateNamespace, Manifests.ObjectName(prefix, i), sequence, 0),
            BenchOperation.MergePatch => new BenchRequest(PatchNamespace, Manifests.ObjectName("patch", i % settings.PatchTargets), sequence, 0),
            BenchOperation.ApplyPatch => new BenchRequest(ApplyNamespace, Manifests.ObjectName("apply", i % settings.PatchTargets), sequence, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }

    private void Say(string message) => progress.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
