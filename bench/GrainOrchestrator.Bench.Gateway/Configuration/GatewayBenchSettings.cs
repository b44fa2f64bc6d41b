namespace GrainOrchestrator.Bench.Gateway.Configuration;

/// <summary>
/// Sizes and bounds of one run. Every phase (one operation, one concurrency, one transport) stops
/// at its operation count or its time cap, whichever comes first.
/// </summary>
public sealed record GatewayBenchSettings
{
    public required string Name { get; init; }

    public IReadOnlyList<int> Callers { get; init; } = [1, 16, 64];

    /// <summary>Objects in the namespace that get and list read.</summary>
    public int ListSize { get; init; } = 100;

    /// <summary>Existing objects that patches go round robin over (more than the largest concurrency).</summary>
    public int PatchTargets { get; init; } = 256;

    /// <summary>Operation counts per concurrency (same order as <see cref="Callers"/>).</summary>
    public required IReadOnlyDictionary<BenchOperation, int[]> Operations { get; init; }

    public required TimeSpan PhaseCap { get; init; }

    /// <summary>Gets per transport at the largest concurrency before measuring (connections, JIT).</summary>
    public required int WarmUpOperations { get; init; }

    public int OperationsFor(BenchOperation operation, int callersIndex) => Operations[operation][callersIndex];

    public static GatewayBenchSettings Full { get; } = new()
    {
        Name = "full",
        Operations = new Dictionary<BenchOperation, int[]>
        {
            [BenchOperation.Get] = [4_000, 10_000, 10_000],
            [BenchOperation.List] = [1_000, 2_000, 2_000],
            [BenchOperation.Create] = [600, 1_500, 1_500],
            [BenchOperation.MergePatch] = [600, 1_500, 1_500],
            [BenchOperation.ApplyCreate] = [600, 1_500, 1_500],
            [BenchOperation.ApplyPatch] = [600, 1_500, 1_500],
        },
        PhaseCap = TimeSpan.FromSeconds(4),
        WarmUpOperations = 1_000,
    };

    public static GatewayBenchSettings Quick { get; } = new()
    {
        Name = "quick",
        Operations = new Dictionary<BenchOperation, int[]>
        {
            [BenchOperation.Get] = [300, 1_000, 1_000],
            [BenchOperation.List] = [100, 200, 200],
            [BenchOperation.Create] = [60, 200, 200],
            [BenchOperation.MergePatch] = [60, 200, 200],
            [BenchOperation.ApplyCreate] = [60, 200, 200],
            [BenchOperation.ApplyPatch] = [60, 200, 200],
        },
        PhaseCap = TimeSpan.FromSeconds(0.8),
        WarmUpOperations = 300,
    };
}
