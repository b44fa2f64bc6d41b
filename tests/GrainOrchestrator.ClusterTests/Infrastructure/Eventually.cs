using System.Diagnostics;

namespace GrainOrchestrator.ClusterTests.Infrastructure;

/// <summary>Polls a condition until it holds or the timeout passes (then fails with a description).</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string description)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (watch.Elapsed > timeout)
            {
                throw new ShouldAssertException($"not true within {timeout.TotalSeconds:0.#} s: {description}");
            }

            await Task.Delay(100);
        }
    }
}
