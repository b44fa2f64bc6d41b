using System.Diagnostics;
using System.Globalization;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>Timestamps test steps in the test output, so a slow or failing step is easy to find.</summary>
public sealed class StepLog
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Step(string what) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,7:F2} s] {what}"));
}
