using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>Resolves the <c>container</c> query parameter against the pod's spec, with the apiserver's messages.</summary>
internal static class PodContainers
{
    public static string? Resolve(string podJson, string podName, string? requested, out ApiError? error)
    {
        error = null;
        var spec = JsonNode.Parse(podJson)?["spec"];
        var containers = Names(spec?["containers"]);
        if (string.IsNullOrEmpty(requested))
        {
            if (containers.Count == 1)
            {
                return containers[0];
            }

            error = ApiErrors.BadRequest(containers.Count == 0
                ? $"pod {podName} does not have a container"
                : $"a container name must be specified for pod {podName}, choose one of: [{string.Join(' ', containers)}]");
            return null;
        }

        // Init and ephemeral containers have logs and can be exec'd into as well.
        if (containers.Contains(requested)
            || Names(spec?["initContainers"]).Contains(requested)
            || Names(spec?["ephemeralContainers"]).Contains(requested))
        {
            return requested;
        }

        error = ApiErrors.BadRequest($"container {requested} is not valid for pod {podName}");
        return null;
    }

    private static List<string> Names(JsonNode? list) =>
        list is JsonArray array
            ? [.. array.Select(c => c?["name"]?.GetValue<string>()).OfType<string>()]
            : [];
}
