using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>The pod QoS class (Guaranteed, Burstable, BestEffort), computed from cpu/memory requests and limits.</summary>
internal static class QosClass
{
    private static readonly string[] Tracked = ["cpu", "memory"];

    public static string Of(V1PodSpec spec)
    {
        var containers = (spec.Containers ?? []).Concat(spec.InitContainers ?? []).ToList();
        var any = false;
        var guaranteed = true;
        foreach (var container in containers)
        {
            var requests = container.Resources?.Requests ?? new Dictionary<string, ResourceQuantity>();
            var limits = container.Resources?.Limits ?? new Dictionary<string, ResourceQuantity>();
            foreach (var resource in Tracked)
            {
                var hasRequest = requests.TryGetValue(resource, out var request) && !IsZero(request);
                var hasLimit = limits.TryGetValue(resource, out var limit) && !IsZero(limit);
                any |= hasRequest || hasLimit;
                if (!hasLimit || (hasRequest && request!.ToString() != limit!.ToString()))
                {
                    guaranteed = false;
                }
            }
        }

        return !any ? "BestEffort" : guaranteed ? "Guaranteed" : "Burstable";
    }

    private static bool IsZero(ResourceQuantity quantity) => quantity.ToString() is "0" or "";
}
