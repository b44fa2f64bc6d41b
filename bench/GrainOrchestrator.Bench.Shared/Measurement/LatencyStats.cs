namespace GrainOrchestrator.Bench.Shared.Measurement;

/// <summary>Latency percentiles (milliseconds) and throughput of one measured phase.</summary>
public sealed record LatencyStats(int Operations, int Failures, TimeSpan Elapsed, double P50, double P99)
{
    public double OpsPerSecond => Elapsed > TimeSpan.Zero ? Operations / Elapsed.TotalSeconds : 0;

    /// <summary>Nearest-rank percentiles over <paramref name="samplesMs"/>.</summary>
    public static LatencyStats From(IReadOnlyList<double> samplesMs, int failures, TimeSpan elapsed)
    {
        var sorted = samplesMs.Order().ToArray();
        return new LatencyStats(sorted.Length, failures, elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    internal static double Percentile(IReadOnlyList<double> sorted, double quantile)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(quantile * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
