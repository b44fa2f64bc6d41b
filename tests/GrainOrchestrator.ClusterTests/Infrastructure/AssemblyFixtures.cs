using GrainOrchestrator.ClusterTests.Infrastructure;

[assembly: AssemblyFixture(typeof(ApiClusterFixture))]
