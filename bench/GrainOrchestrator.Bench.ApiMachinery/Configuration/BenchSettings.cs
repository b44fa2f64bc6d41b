namespace GrainOrchestrator.Bench.ApiMachinery.Configuration;

/// <summary>
/// Sizes and bounds of one run. <see cref="Full"/> is the default; <see cref="Quick"/> is a smoke run
/// that finishes in about a minute. Every phase is bounded both by a count and by a time cap.
/// </summary>
public sealed record BenchSettings
{
    public required string Name { get; init; }

    /// <summary>Objects in the namespace for the "small" list and row-write measurements.</summary>
    public required int SmallSize { get; init; }

    /// <summary>Objects in the namespace for the "large" list and row-write measurements.</summary>
    public required int LargeSize { get; init; }

    public IReadOnlyList<int> Callers { get; init; } = [1, 16, 64];

    /// <summary>Creates per caller count; they add up to <see cref="SmallSize"/>.</summary>
    public required IReadOnlyList<int> CreateOps { get; init; }

    public required IReadOnlyList<int> DryRunCreateOps { get; init; }

    public required IReadOnlyList<int> GetOps { get; init; }

    public required IReadOnlyList<int> SmallListOps { get; init; }

    public required IReadOnlyList<int> LargeListOps { get; init; }

    public required IReadOnlyList<int> WatchOps { get; init; }

    /// <summary>Creates, then updates, then deletes of this many objects per row-write measurement.</summary>
    public required int RowWriteOps { get; init; }

    public required TimeSpan PhaseCap { get; init; }

    public required TimeSpan PgBenchDuration { get; init; }

    public int PgBenchClients { get; init; } = 4;

    public static BenchSettings Full { get; } = new()
    {
        Name = "full",
        SmallSize = 1_000,
        LargeSize = 10_000,
        CreateOps = [200, 300, 500],
        DryRunCreateOps = [200, 1_000, 1_000],
        GetOps = [5_000, 20_000, 20_000],
        SmallListOps = [200, 400, 400],
        LargeListOps = [30, 60, 60],
        WatchOps = [200, 1_000, 2_000],
        RowWriteOps = 500,
        PhaseCap = TimeSpan.FromSeconds(20),
        PgBenchDuration = TimeSpan.FromSeconds(10),
    };

    public static BenchSettings Quick { get; } = new()
    {
        Name = "quick",
        SmallSize = 200,
        LargeSize = 1_000,
        CreateOps = [50, 50, 100],
        DryRunCreateOps = [50, 200, 200],
        GetOps = [500, 2_000, 2_000],
        SmallListOps = [50, 100, 100],
        LargeListOps = [20, 40, 40],
        WatchOps = [50, 200, 200],
        RowWriteOps = 100,
        PhaseCap = TimeSpan.FromSeconds(5),
        PgBenchDuration = TimeSpan.FromSeconds(3),
    };
}
