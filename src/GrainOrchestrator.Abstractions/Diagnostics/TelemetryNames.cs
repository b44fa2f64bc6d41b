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

    /// <summary>Orleans' meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' activity sources (runtime and application grain calls).</summary>
    public static readonly IReadOnlyList<string> OrleansActivitySources =
    [
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Application",
    ];
}
