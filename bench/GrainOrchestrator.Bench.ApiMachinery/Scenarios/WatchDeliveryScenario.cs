using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.Bench.Shared.Measurement;
using GrainOrchestrator.Bench.Shared.Objects;

namespace GrainOrchestrator.Bench.ApiMachinery.Scenarios;

/// <summary>
/// Watch delivery: one watcher on a namespace from its current resourceVersion, then creates
/// by N callers; for each object, the time from the create's acknowledgment (CreateAsync
/// returned) to the ADDED event reaching the watcher. An event that arrives before the
/// acknowledgment counts as 0 ms and is reported separately.
/// </summary>
public sealed class WatchDeliveryScenario(BenchContext context)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(15);

    public async Task<WatchDeliveryResult> RunAsync(string ns, string prefix, int callers, int ops, TimeSpan cap)
    {
        var list = await context.Api.ListAsync(context.ConfigMap, new ListRequest { Namespace = ns }).ConfigureAwait(false);
        var arrivals = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var acks = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(() => WatchAsync(ns, list.ResourceVersion, arrivals, stop.Token));

        var start = Stopwatch.GetTimestamp();
        var creates = await ConcurrentLoad.RunAsync(callers, ops, cap, async i =>
        {
            var name = Manifests.ObjectName(prefix, i);
            var result = await context.Api.CreateAsync(context.ConfigMap, ns, Manifests.ConfigMap(name)).ConfigureAwait(false);
            acks[name] = Stopwatch.GetTimestamp();
            return result.Ok;
        }).ConfigureAwait(false);

        var drain = Stopwatch.StartNew();
        while (acks.Keys.Any(name => !arrivals.ContainsKey(name)) && drain.Elapsed < DrainTimeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20)).ConfigureAwait(false);
        }

        var lastArrival = arrivals.IsEmpty ? Stopwatch.GetTimestamp() : arrivals.Values.Max();
        var window = Stopwatch.GetElapsedTime(start, lastArrival);
        await stop.CancelAsync().ConfigureAwait(false);
        await watcher.ConfigureAwait(false);

        var latencies = new List<double>(acks.Count);
        var early = 0;
        foreach (var (name, ack) in acks)
        {
            if (!arrivals.TryGetValue(name, out var arrival))
            {
                continue;
            }

            var ms = Stopwatch.GetElapsedTime(ack, arrival).TotalMilliseconds;
            early += ms < 0 ? 1 : 0;
            latencies.Add(Math.Max(0, ms));
        }

        var missing = acks.Count - latencies.Count;
        return new WatchDeliveryResult(LatencyStats.From(latencies, missing, window), early, missing, creates.Failures);
    }

    private async Task WatchAsync(string ns, string fromVersion, ConcurrentDictionary<string, long> arrivals, CancellationToken ct)
    {
        try
        {
            await foreach (var item in context.Api.WatchAsync(context.ConfigMap, new WatchRequest(ns, null, null, fromVersion), ct).ConfigureAwait(false))
            {
                var now = Stopwatch.GetTimestamp();
                if (item.Error is not null)
                {
                    throw new InvalidOperationException($"watch ended with {item.Error.Reason}: {item.Error.Message}");
                }

                if (item.Event is { Type: WatchEventType.Added } e)
                {
                    arrivals.TryAdd(NameOf(e.Json), now);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The scenario is over.
        }
    }

    private static string NameOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("metadata").GetProperty("name").GetString()!;
    }
}
