using System.Diagnostics;

namespace GrainOrchestrator.Bench.Shared.Measurement;

/// <summary>
/// Closed-loop load: <c>callers</c> tasks take operation numbers 0..n-1 from a shared counter and
/// run them back to back, each timed. Stops at n operations or when the time cap passes (an
/// operation already started is finished and counted).
/// </summary>
public static class ConcurrentLoad
{
    /// <param name="operation">Runs operation <c>i</c>; answers whether it succeeded.</param>
    public static async Task<LatencyStats> RunAsync(int callers, int operations, TimeSpan cap, Func<int, Task<bool>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var samples = new double[operations];
        var next = -1;
        var failures = 0;
        var clock = Stopwatch.StartNew();

        async Task CallerAsync()
        {
            while (clock.Elapsed < cap)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= operations)
                {
                    return;
                }

                var start = Stopwatch.GetTimestamp();
                var ok = await operation(i).ConfigureAwait(false);
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(CallerAsync))).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var completed = Math.Min(Volatile.Read(ref next) + 1, operations);

        // The cap is checked before claiming, so every claimed number below n was run.
        return LatencyStats.From(samples.AsSpan(0, completed).ToArray(), failures, elapsed);
    }
}
