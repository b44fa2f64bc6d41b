using k8s.Models;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>Model classes used by operations besides the served kinds themselves (bodies and answers of
/// delete, subresources and discovery).</summary>
internal static class SharedModels
{
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(V1DeleteOptions),
        typeof(V1Status),
        typeof(V1Scale),
        typeof(V1Binding),
        typeof(V1Eviction),
        typeof(V1APIVersions),
        typeof(V1APIGroupList),
        typeof(V1APIResourceList),
    ];
}
