using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Api;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.ApiMachinery.Objects;

namespace GrainOrchestrator.ApiMachinery.Events;

/// <summary>
/// Records core/v1 Events about objects. Repeats of the same (object, type, reason, message,
/// component) land on one Event, named from a hash of those, whose count and lastTimestamp grow,
/// as the client-go recorder's aggregation does.
/// </summary>
public sealed class EventRecorder(ResourceApi api, TimeProvider time)
{
    private const int Attempts = 5;

    public const string Normal = "Normal";
    public const string Warning = "Warning";

    public async Task<ApiResult> RecordAsync(JsonObject involvedObject, string type, string reason, string message, string component, string? host = null)
    {
        KindRegistry.Default.TryGetByKind(string.Empty, "Event", out var eventKind);
        var reference = Reference(involvedObject);
        var ns = reference["namespace"]?.GetValue<string>() is { Length: > 0 } objectNamespace ? objectNamespace : "default";
        var name = EventName(reference, type, reason, message, component);
        var now = Meta.Timestamp(time.GetUtcNow());

        ApiResult result = ApiResult.Failure(Errors.ApiErrors.InternalError("event not recorded"));
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var existing = await api.GetAsync(eventKind!, ns, name).ConfigureAwait(false);
            if (existing.Ok)
            {
                var current = JsonNode.Parse(existing.Json!)!.AsObject();
                var count = current["count"] is JsonValue c && c.TryGetValue<int>(out var n) ? n : 1;
                var patch = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["resourceVersion"] = Meta.GetString(current, "resourceVersion") },
                    ["count"] = count + 1,
                    ["lastTimestamp"] = now,
                };
                result = await api.PatchAsync(eventKind!, ns, name, PatchType.Merge, patch.ToJsonString()).ConfigureAwait(false);
            }
            else
            {
                var source = new JsonObject { ["component"] = component };
                if (host is not null)
                {
                    source["host"] = host;
                }

                var created = new JsonObject
                {
                    ["apiVersion"] = "v1",
                    ["kind"] = "Event",
                    ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
                    ["involvedObject"] = reference,
                    ["reason"] = reason,
                    ["message"] = message,
                    ["type"] = type,
                    ["count"] = 1,
                    ["firstTimestamp"] = now,
                    ["lastTimestamp"] = now,
                    ["source"] = source,
                    ["reportingComponent"] = component,
                    ["reportingInstance"] = host ?? string.Empty,
                };
                result = await api.CreateAsync(eventKind!, ns, created.ToJsonString()).ConfigureAwait(false);
            }

            // A concurrent recorder got there first: read again and count on top of it.
            if (result.Error?.Reason is not ("Conflict" or "AlreadyExists"))
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>An ObjectReference to the involved object.</summary>
    public static JsonObject Reference(JsonObject obj)
    {
        var reference = new JsonObject
        {
            ["kind"] = obj["kind"]?.DeepClone(),
            ["apiVersion"] = obj["apiVersion"]?.DeepClone(),
            ["name"] = obj["metadata"]?["name"]?.DeepClone(),
            ["uid"] = obj["metadata"]?["uid"]?.DeepClone(),
            ["resourceVersion"] = obj["metadata"]?["resourceVersion"]?.DeepClone(),
        };
        if (obj["metadata"]?["namespace"]?.GetValue<string>() is { Length: > 0 } ns)
        {
            reference["namespace"] = ns;
        }

        return reference;
    }

    internal static string EventName(JsonObject reference, string type, string reason, string message, string component)
    {
        var key = string.Join('\n', reference["uid"]?.GetValue<string>() ?? reference["name"]?.GetValue<string>(), type, reason, message, component);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var objectName = reference["name"]?.GetValue<string>() ?? "object";
        if (objectName.Length > 200)
        {
            objectName = objectName[..200];
        }

        return $"{objectName}.{hash}";
    }
}
