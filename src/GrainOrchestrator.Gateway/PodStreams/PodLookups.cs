using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.Gateway.Rest;

namespace GrainOrchestrator.Gateway.PodStreams;

internal static class PodLookups
{
    public static PodLookup From(ResourceApi api, ResourcePath path) =>
        () => api.GetAsync(path.Kind, path.Namespace, path.Name!);
}
