namespace GrainOrchestrator.Abstractions.Diagnostics;

/// <summary>Every telemetry name the project emits or subscribes to, in one place.</summary>
public static class TelemetryNames
{
    /// <summary>Service name reported in the OpenTelemetry resource.</summary>
    public const string ServiceName = "grainorchestrator";

    /// <summary>Our own meter (API machinery, controllers, node agent).</summary>
    public const string Meter = "GrainOrchestrator";

    /// <summary>Our own activity source.</summary>
    public const string ActivitySource = "GrainOrchestrator";

    /// <summary>Objects written (tags: resource, operation = upsert|delete).</summary>
    public const string ObjectWrites = "grainorchestrator.apimachinery.object.writes";

    /// <summary>Duration of one PostgreSQL batch write of a collection, in seconds.</summary>
    public const string BatchWriteDuration = "grainorchestrator.apimachinery.batch.write.duration";

    /// <summary>Objects per batch write.</summary>
    public const string BatchSize = "grainorchestrator.apimachinery.batch.size";

    /// <summary>Objects held by active collections (tag: resource).</summary>
    public const string CachedObjects = "grainorchestrator.apimachinery.objects";

    /// <summary>Watch events handed to watchers (tag: resource).</summary>
    public const string WatchEventsDelivered = "grainorchestrator.apimachinery.watch.events";

    /// <summary>Lists served (tag: resource).</summary>
    public const string Lists = "grainorchestrator.apimachinery.lists";

    /// <summary>Orleans' meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' activity sources (runtime and application grain calls).</summary>
    public static readonly IReadOnlyList<string> OrleansActivitySources =
    [
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Application",
    ];
}
