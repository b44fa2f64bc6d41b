namespace GrainOrchestrator.Bench.ApiMachinery.Measurement;

/// <summary>What <c>pgbench</c> reported for one run.</summary>
public sealed record PgBenchResult(string Script, int Clients, TimeSpan Duration, double Tps, double LatencyAverageMs);
