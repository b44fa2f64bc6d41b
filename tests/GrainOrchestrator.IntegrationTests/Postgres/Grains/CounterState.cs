using Orleans;

namespace GrainOrchestrator.IntegrationTests.Postgres.Grains;

[GenerateSerializer]
public sealed class CounterState
{
    [Id(0)]
    public int Value { get; set; }
}
