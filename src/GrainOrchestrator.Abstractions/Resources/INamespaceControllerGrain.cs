using Orleans.Concurrency;

namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>Empties a Terminating namespace (key = its name), then lets it go.</summary>
public interface INamespaceControllerGrain : IGrainWithStringKey
{
    [OneWay]
    Task Start();
}
