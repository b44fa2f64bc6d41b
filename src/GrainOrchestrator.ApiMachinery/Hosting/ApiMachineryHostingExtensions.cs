using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrainOrchestrator.ApiMachinery.Hosting;

/// <summary>Registers the API machinery in a silo.</summary>
public static class ApiMachineryHostingExtensions
{
    /// <summary>Resource grains, the application layer, and start-up work (initial namespaces).</summary>
    public static IServiceCollection AddApiMachinery(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ResourceApi>();
        services.TryAddSingleton<Events.EventRecorder>();
        services.AddHostedService<ApiMachineryStartup>();
        return services;
    }

    /// <summary>Objects in PostgreSQL (table resource_objects).</summary>
    public static IServiceCollection AddPostgresResourceStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IResourceObjectStore, PostgresResourceObjectStore>();
        return services;
    }

    /// <summary>Objects in process memory: for in-process test clusters and simulations only.</summary>
    public static IServiceCollection AddInMemoryResourceStore(this IServiceCollection services, InMemoryResourceObjectStore store)
    {
        services.TryAddSingleton<IResourceObjectStore>(store);
        return services;
    }
}
