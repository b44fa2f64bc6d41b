using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.ClusterTests.Infrastructure;

/// <summary>Reads a watch stream in the background so tests can wait for a number of items.</summary>
internal sealed class WatchReader : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly List<WatchItem> items = [];
    private readonly Task pump;

    public WatchReader(ResourceApi api, ResourceKind kind, WatchRequest request)
    {
        pump = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in api.WatchAsync(kind, request, stop.Token))
                {
                    lock (items)
                    {
                        items.Add(item);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public IReadOnlyList<WatchItem> Snapshot()
    {
        lock (items)
        {
            return items.ToList();
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> items arrived; fails with what did arrive.</summary>
    public async Task<IReadOnlyList<WatchItem>> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var snapshot = Snapshot();
            if (snapshot.Count >= count)
            {
                return snapshot;
            }

            if (pump.IsFaulted)
            {
                throw new ShouldAssertException($"watch failed: {pump.Exception}");
            }

            await Task.Delay(50);
        }

        throw new ShouldAssertException($"expected {count} watch items within {timeout.TotalSeconds} s, got {Snapshot().Count}: {Describe(Snapshot())}");
    }

    public static string Describe(IEnumerable<WatchItem> items) =>
        string.Join(", ", items.Select(i => i.Error is not null ? $"ERROR {i.Error}"
            : i.Event is null ? $"BOOKMARK {i.BookmarkVersion}"
            : $"{i.Event.Type} {Manifests.Parse(i.Event.Json).Name()}@{i.Event.ResourceVersion}"));

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await pump;
        stop.Dispose();
    }
}
