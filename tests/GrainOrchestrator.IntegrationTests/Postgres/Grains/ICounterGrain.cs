using Orleans;

namespace GrainOrchestrator.IntegrationTests.Postgres.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    Task<int> GetAsync();
}
