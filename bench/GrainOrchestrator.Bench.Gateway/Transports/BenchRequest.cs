namespace GrainOrchestrator.Bench.Gateway.Transports;

/// <summary>One request's target.</summary>
/// <param name="Sequence">Unique across the run: patches and applies set data value <c>value-{Sequence}</c>, so each really changes the object.</param>
/// <param name="ExpectedItems">For a list: the length a correct answer has.</param>
public sealed record BenchRequest(string Namespace, string Name, int Sequence, int ExpectedItems);
