using System.Text.Json.Nodes;

namespace GrainOrchestrator.Client.Model;

/// <summary>One Kubernetes object as the gateway stores it; <see cref="Json"/> is the whole object.</summary>
public sealed record StoredObject(string ApiVersion, string Kind, string Namespace, string Name, string ResourceVersion, string Json)
{
    public JsonObject ToJsonObject() => JsonNode.Parse(Json)?.AsObject() ?? [];

    internal static StoredObject From(Grpc.V1.ResourceObject o) =>
        new(o.ApiVersion, o.Kind, o.Namespace, o.Name, o.ResourceVersion, o.ObjectJson);
}
