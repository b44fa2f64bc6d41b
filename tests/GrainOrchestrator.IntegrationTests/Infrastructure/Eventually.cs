using System.Diagnostics;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>Bounded polling for conditions that become true asynchronously.</summary>
public static class Eventually
{
    /// <summary>
    /// Polls <paramref name="condition"/> until it holds; after <paramref name="timeout"/> fails with
    /// <paramref name="what"/> and the latest <paramref name="describe"/> output (the observed state).
    /// </summary>
    public static async Task HoldsAsync(string what, TimeSpan timeout, Func<Task<bool>> condition, Func<Task<string>> describe)
    {
        var clock = Stopwatch.StartNew();
        Exception? lastError = null;
        while (clock.Elapsed < timeout)
        {
            try
            {
                if (await condition())
                {
                    return;
                }

                lastError = null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Transient while processes start or die; report it if it never clears.
                lastError = e;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        var observed = await SafeDescribeAsync(describe);
        throw new TimeoutException($"Not true within {timeout.TotalSeconds} s: {what}. Observed: {observed}" + (lastError is null ? string.Empty : $" Last error: {lastError.GetType().Name}: {lastError.Message}"));
    }

    private static async Task<string> SafeDescribeAsync(Func<Task<string>> describe)
    {
        try
        {
            return await describe();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"(could not describe: {e.Message})";
        }
    }
}
