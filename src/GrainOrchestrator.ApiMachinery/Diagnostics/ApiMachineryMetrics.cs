using System.Diagnostics;
using System.Diagnostics.Metrics;
using GrainOrchestrator.Abstractions.Diagnostics;

namespace GrainOrchestrator.ApiMachinery.Diagnostics;

/// <summary>The API machinery's instruments (names in <see cref="TelemetryNames"/>).</summary>
public static class ApiMachineryMetrics
{
    private static readonly Meter Meter = new(TelemetryNames.Meter);

    private static readonly Counter<long> ObjectWrites = Meter.CreateCounter<long>(TelemetryNames.ObjectWrites, "{object}", "Objects written to storage");
    private static readonly Histogram<double> BatchWriteDuration = Meter.CreateHistogram<double>(TelemetryNames.BatchWriteDuration, "s", "Duration of one batch write to storage");
    private static readonly Histogram<long> BatchSize = Meter.CreateHistogram<long>(TelemetryNames.BatchSize, "{object}", "Objects per batch write");
    private static readonly UpDownCounter<long> CachedObjects = Meter.CreateUpDownCounter<long>(TelemetryNames.CachedObjects, "{object}", "Objects held by active collections");
    private static readonly Counter<long> WatchEvents = Meter.CreateCounter<long>(TelemetryNames.WatchEventsDelivered, "{event}", "Watch events handed to watchers");
    private static readonly Counter<long> Lists = Meter.CreateCounter<long>(TelemetryNames.Lists, "{list}", "Lists served");

    public static void BatchWritten(string resource, int upserts, int deletes, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("resource", resource);
        if (upserts > 0)
        {
            ObjectWrites.Add(upserts, tag, new KeyValuePair<string, object?>("operation", "upsert"));
        }

        if (deletes > 0)
        {
            ObjectWrites.Add(deletes, tag, new KeyValuePair<string, object?>("operation", "delete"));
        }

        BatchWriteDuration.Record(duration.TotalSeconds, tag);
        BatchSize.Record(upserts + deletes, tag);
    }

    public static void ObjectsChanged(string resource, long delta)
    {
        if (delta != 0)
        {
            CachedObjects.Add(delta, new KeyValuePair<string, object?>("resource", resource));
        }
    }

    public static void WatchEventsDelivered(string resource, int count)
    {
        if (count > 0)
        {
            WatchEvents.Add(count, new KeyValuePair<string, object?>("resource", resource));
        }
    }

    public static void ListServed(string resource) => Lists.Add(1, new KeyValuePair<string, object?>("resource", resource));

    public static long StartTimestamp() => Stopwatch.GetTimestamp();
}
