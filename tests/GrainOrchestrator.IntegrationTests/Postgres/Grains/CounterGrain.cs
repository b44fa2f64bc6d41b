using Orleans;
using Orleans.Runtime;

namespace GrainOrchestrator.IntegrationTests.Postgres.Grains;

/// <summary>A persistent counter: every increment is written to the "Default" ADO.NET storage.</summary>
public sealed class CounterGrain([PersistentState("pgtest-counter", "Default")] IPersistentState<CounterState> counter)
    : Grain, ICounterGrain
{
    public async Task<int> IncrementAsync()
    {
        counter.State.Value++;
        await counter.WriteStateAsync();
        return counter.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Value);
}
