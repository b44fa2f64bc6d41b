using GrainOrchestrator.Bench.Gateway.Configuration;
using GrainOrchestrator.Bench.Shared.Measurement;

namespace GrainOrchestrator.Bench.Gateway.Reporting;

/// <summary>One measured phase: one operation through one transport at one concurrency.</summary>
/// <param name="FirstError">The first failure's description, if any failed.</param>
public sealed record PhaseResult(BenchOperation Operation, int Callers, string Transport, LatencyStats Stats, string? FirstError);
