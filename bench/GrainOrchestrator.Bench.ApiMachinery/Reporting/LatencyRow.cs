using GrainOrchestrator.Bench.Shared.Measurement;

namespace GrainOrchestrator.Bench.ApiMachinery.Reporting;

/// <summary>One line of the latency table.</summary>
/// <param name="Objects">Objects in the namespace the operation touches (for list: the list's length).</param>
public sealed record LatencyRow(string Scenario, int Objects, int Callers, LatencyStats Stats, string Note = "");
