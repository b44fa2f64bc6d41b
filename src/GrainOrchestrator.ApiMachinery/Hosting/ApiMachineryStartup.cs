using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.ApiMachinery.Hosting;

/// <summary>After the silo is up: make sure the initial namespaces exist and the garbage collector runs.</summary>
internal sealed partial class ApiMachineryStartup(ResourceApi api, IGrainFactory grains, ILogger<ApiMachineryStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await api.EnsureInitialNamespacesAsync().ConfigureAwait(false);
                await grains.GetGrain<IGarbageCollectorGrain>(0).Sweep().ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRetry(logger, e.Message);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "initial namespaces not created yet ({Reason}); retrying")]
    private static partial void LogRetry(ILogger logger, string reason);
}
