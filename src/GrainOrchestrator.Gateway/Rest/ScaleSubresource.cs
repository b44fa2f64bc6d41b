using System.Globalization;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.ApiMachinery.Patching;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>The <c>scale</c> subresource: an autoscaling/v1 Scale view of spec.replicas.</summary>
public static class ScaleSubresource
{
    public static async Task GetAsync(HttpContext context, ResourceApi api, ResourcePath path)
    {
        var result = await api.GetAsync(path.Kind, path.Namespace, path.Name!).ConfigureAwait(false);
        if (!result.Ok)
        {
            await StatusResponses.WriteAsync(context, result.Error!).ConfigureAwait(false);
            return;
        }

        await StatusResponses.WriteJsonAsync(context, 200, ToScale(JsonNode.Parse(result.Json!)!.AsObject()).ToJsonString()).ConfigureAwait(false);
    }

    public static async Task UpdateAsync(HttpContext context, ResourceApi api, ResourcePath path, RestQuery query, bool patch)
    {
        var current = await api.GetAsync(path.Kind, path.Namespace, path.Name!).ConfigureAwait(false);
        if (!current.Ok)
        {
            await StatusResponses.WriteAsync(context, current.Error!).ConfigureAwait(false);
            return;
        }

        var scale = ToScale(JsonNode.Parse(current.Json!)!.AsObject());
        var (bytes, error) = await RequestBodies.ReadBytesAsync(context).ConfigureAwait(false);
        if (bytes is null)
        {
            await StatusResponses.WriteAsync(context, error!).ConfigureAwait(false);
            return;
        }

        JsonObject desired;
        try
        {
            var body = JsonNode.Parse(bytes);
            if (patch)
            {
                var type = PatchTypes.FromContentType(context.Request.ContentType);
                desired = type switch
                {
                    PatchType.Json when body is JsonArray ops => JsonPatch.Apply(scale, ops)!.AsObject(),
                    PatchType.Merge or PatchType.StrategicMerge or PatchType.Apply when body is JsonObject => JsonMergePatch.Apply(scale, body)!.AsObject(),
                    _ => throw new PatchException("unsupported patch for the scale subresource"),
                };
            }
            else
            {
                desired = body as JsonObject ?? throw new PatchException("the body must be a Scale object");
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or PatchException or InvalidOperationException)
        {
            await StatusResponses.WriteAsync(context, ApiErrors.BadRequest($"error decoding the scale {(patch ? "patch" : "object")}: {e.Message}")).ConfigureAwait(false);
            return;
        }

        if (desired["spec"]?["replicas"] is not JsonValue replicasValue || !replicasValue.TryGetValue<int>(out var replicas) || replicas < 0)
        {
            await StatusResponses.WriteAsync(context, ApiErrors.Invalid("Scale", path.Name!, [new ApiErrorCause { Reason = "FieldValueInvalid", Field = "spec.replicas", Message = "Invalid value: must be greater than or equal to 0" }], "autoscaling")).ConfigureAwait(false);
            return;
        }

        var metadata = new JsonObject();
        if (desired["metadata"]?["resourceVersion"]?.GetValue<string>() is { Length: > 0 } rv)
        {
            metadata["resourceVersion"] = rv;
        }

        var replicasPatch = new JsonObject { ["metadata"] = metadata, ["spec"] = new JsonObject { ["replicas"] = replicas } };
        var result = await api.PatchAsync(path.Kind, path.Namespace, path.Name!, PatchType.Merge, replicasPatch.ToJsonString(), query.WriteOptions(null)).ConfigureAwait(false);
        if (!result.Ok)
        {
            await StatusResponses.WriteAsync(context, result.Error!).ConfigureAwait(false);
            return;
        }

        await StatusResponses.WriteJsonAsync(context, 200, ToScale(JsonNode.Parse(result.Json!)!.AsObject()).ToJsonString()).ConfigureAwait(false);
    }

    public static JsonObject ToScale(JsonObject obj)
    {
        var metadata = obj["metadata"] as JsonObject ?? [];
        var selector = obj["spec"]?["selector"];
        var selectorText = selector switch
        {
            JsonObject s when s["matchLabels"] is JsonObject labels && s["matchExpressions"] is null =>
                string.Join(",", labels.Select(l => $"{l.Key}={l.Value}")),
            JsonObject s => ApiMachinery.Selectors.LabelSelector.FromModel(k8s.KubernetesJson.Deserialize<k8s.Models.V1LabelSelector>(s.ToJsonString())).ToString(),
            _ => null,
        };
        var status = new JsonObject { ["replicas"] = obj["status"]?["replicas"]?.GetValue<int>() ?? 0 };
        if (selectorText is not null)
        {
            status["selector"] = selectorText;
        }

        return new JsonObject
        {
            ["kind"] = "Scale",
            ["apiVersion"] = "autoscaling/v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = metadata["name"]?.DeepClone(),
                ["namespace"] = metadata["namespace"]?.DeepClone(),
                ["uid"] = metadata["uid"]?.DeepClone(),
                ["resourceVersion"] = metadata["resourceVersion"]?.DeepClone(),
                ["creationTimestamp"] = metadata["creationTimestamp"]?.DeepClone(),
            },
            ["spec"] = new JsonObject { ["replicas"] = obj["spec"]?["replicas"]?.GetValue<int>() ?? 0 },
            ["status"] = status,
        };
    }
}
