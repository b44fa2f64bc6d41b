using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrainOrchestrator.Gateway.PodStreams;

public static class PodStreamsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="UnavailablePodStreams"/> unless a real <see cref="IPodStreams"/> is already registered.</summary>
    public static IServiceCollection AddPodStreams(this IServiceCollection services)
    {
        services.TryAddSingleton<IPodStreams, UnavailablePodStreams>();
        return services;
    }
}
