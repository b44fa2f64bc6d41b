using GrainOrchestrator.Bench.Shared.Measurement;

namespace GrainOrchestrator.Bench.ApiMachinery.Scenarios;

/// <summary>Delivery latencies, events that beat their acknowledgment, and events never seen.</summary>
public sealed record WatchDeliveryResult(LatencyStats Delivery, int ArrivedBeforeAck, int Missing, int FailedCreates);
