using Orleans;

namespace GrainOrchestrator.IntegrationTests.Postgres.Grains;

public interface ITickGrain : IGrainWithStringKey
{
    Task RegisterAsync(TimeSpan dueTime, TimeSpan period);

    Task<int> FiredAsync();

    Task UnregisterAsync();
}
