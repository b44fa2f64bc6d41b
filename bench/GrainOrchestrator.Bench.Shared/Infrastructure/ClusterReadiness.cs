using System.Diagnostics;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.Bench.Shared.Infrastructure;

public static class ClusterReadiness
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The host creates the initial namespaces in the background; objects need them.</summary>
    public static async Task WaitForDefaultNamespaceAsync(ResourceApi api, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(api);
        KindRegistry.Default.TryGetByKind(string.Empty, "Namespace", out var nsKind);
        var clock = Stopwatch.StartNew();
        while (!(await api.GetAsync(nsKind!, null, "default").ConfigureAwait(false)).Ok)
        {
            if (clock.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException("namespace default was not created within 60 s of the silo start");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct).ConfigureAwait(false);
        }
    }
}
