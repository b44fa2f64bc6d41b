namespace GrainOrchestrator.ClusterTests.Infrastructure;

/// <summary>Tests that kill or restart silos run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(SiloFailureCollection), DisableParallelization = true)]
public sealed class SiloFailureCollection;
