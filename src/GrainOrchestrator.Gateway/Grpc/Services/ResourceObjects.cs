using System.Text.Json;
using System.Text.Json.Nodes;
using V1 = GrainOrchestrator.Grpc.V1;

namespace GrainOrchestrator.Gateway.Grpc.Services;

/// <summary>Stored object JSON as a <see cref="V1.ResourceObject"/> with its identity pulled out.</summary>
internal static class ResourceObjects
{
    public static V1.ResourceObject ToMessage(string json)
    {
        var message = new V1.ResourceObject { ObjectJson = json };
        JsonObject? obj;
        try
        {
            obj = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return message;
        }

        if (obj is null)
        {
            return message;
        }

        message.ApiVersion = Text(obj["apiVersion"]);
        message.Kind = Text(obj["kind"]);
        message.Namespace = Text((obj["metadata"] as JsonObject)?["namespace"]);
        message.Name = Text((obj["metadata"] as JsonObject)?["name"]);
        message.ResourceVersion = Text((obj["metadata"] as JsonObject)?["resourceVersion"]);
        return message;
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
